#include <annalist/eval/timex_scoring.hpp>

#include <catch2/catch.hpp>

#include <sstream>

using annalist::eval::annotated_pair;
using annalist::eval::error_kind;
using annalist::eval::score_timex;
using annalist::eval::timex_annotation;
using annalist::eval::timex_scores;

namespace {

// Four gold timexes; of the four predictions two are exact, one overlaps with a wrong
// value (and a shorter span), one is spurious; the gold TIME is missed.
annotated_pair mixed_document() {
    return {"a",
            {{0, 10, "DATE", "2024-01-01"},
             {20, 30, "DATE", "2024-02-01"},
             {40, 50, "DURATION", "P2D"},
             {60, 70, "TIME", "2024-01-01T10:00"}},
            {{0, 10, "DATE", "2024-01-01"},
             {20, 30, "DATE", "2024-02-01"},
             {42, 50, "DURATION", "P3D"},
             {80, 85, "DATE", "2024"}}};
}

std::string report_of(const timex_scores& scores, bool list_errors) {
    std::ostringstream out;
    annalist::eval::write_report(scores, list_errors, out);
    return out.str();
}

bool has_line(const std::string& text, const std::string& line) {
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);)
        if (l == line) return true;
    return false;
}

} // namespace

TEST_CASE("strict, relaxed, type and value scores of one document") {
    const timex_scores s = score_timex({mixed_document()});
    // strict: 2 exact of 4 predicted and 4 gold: P = R = F1 = 0.5.
    CHECK(s.strict.true_positives == 2);
    CHECK(s.strict.predicted == 4);
    CHECK(s.strict.gold == 4);
    CHECK(s.strict.precision() == Approx(0.5));
    CHECK(s.strict.recall() == Approx(0.5));
    CHECK(s.strict.f1() == Approx(0.5));
    // relaxed: 3 overlapping pairs: P = R = F1 = 3/4.
    CHECK(s.relaxed.true_positives == 3);
    CHECK(s.relaxed.precision() == Approx(0.75));
    CHECK(s.relaxed.recall() == Approx(0.75));
    CHECK(s.relaxed.f1() == Approx(0.75));
    // type: 3/3 correct, F1 = 0.75 x 1; value: 2/3 correct, F1 = 0.75 x 2/3 = 0.5.
    CHECK(s.type.correct == 3);
    CHECK(s.type.matched == 3);
    CHECK(s.type.accuracy() == Approx(1.0));
    CHECK(s.type.f1(s.relaxed) == Approx(0.75));
    CHECK(s.value.correct == 2);
    CHECK(s.value.matched == 3);
    CHECK(s.value.accuracy() == Approx(2.0 / 3.0));
    CHECK(s.value.f1(s.relaxed) == Approx(0.5));
}

TEST_CASE("per-type scores count gold by its type and predictions by theirs") {
    const timex_scores s = score_timex({mixed_document()});
    REQUIRE(s.relaxed_by_type.size() == 3);
    // DATE: 2 gold, 3 predicted (one spurious), 2 matched: P 2/3, R 1, F1 0.8.
    const auto& date = s.relaxed_by_type.at("DATE");
    CHECK(date.gold == 2);
    CHECK(date.predicted == 3);
    CHECK(date.true_positives == 2);
    CHECK(date.f1() == Approx(0.8));
    const auto& duration = s.relaxed_by_type.at("DURATION");
    CHECK((duration.gold == 1 && duration.predicted == 1 && duration.true_positives == 1));
    const auto& time = s.relaxed_by_type.at("TIME");
    CHECK((time.gold == 1 && time.predicted == 0 && time.true_positives == 0));
    // Values by gold type: DATE 2/2, DURATION 0/1, TIME never matched 0/0.
    CHECK(s.value_by_type.at("DATE").correct == 2);
    CHECK(s.value_by_type.at("DATE").matched == 2);
    CHECK(s.value_by_type.at("DURATION").correct == 0);
    CHECK(s.value_by_type.at("DURATION").matched == 1);
    CHECK(s.value_by_type.at("TIME").matched == 0);
}

TEST_CASE("a prediction of another type matches but is not a per-type true positive") {
    // One relaxed pair, gold DATE and predicted TIME: type accuracy 0/1, no per-type hit.
    const timex_scores s = score_timex({{"d", {{0, 5, "DATE", "2024"}}, {{0, 5, "TIME", "2024"}}}});
    CHECK(s.relaxed.true_positives == 1);
    CHECK(s.type.correct == 0);
    CHECK(s.relaxed_by_type.at("DATE").true_positives == 0);
    CHECK(s.relaxed_by_type.at("DATE").gold == 1);
    CHECK(s.relaxed_by_type.at("TIME").predicted == 1);
    CHECK(s.value_by_type.at("DATE").correct == 1);
    REQUIRE(s.errors.size() == 1);
    CHECK(s.errors[0].kind == error_kind::wrong_type);
}

TEST_CASE("errors of one document come in offset order") {
    const timex_scores s = score_timex({mixed_document()});
    REQUIRE(s.errors.size() == 3);
    // The overlapping DURATION has a wrong value and a wrong span: only the value is reported.
    CHECK(s.errors[0].kind == error_kind::wrong_value);
    REQUIRE(s.errors[0].gold);
    REQUIRE(s.errors[0].predicted);
    CHECK(s.errors[0].gold->value == "P2D");
    CHECK(s.errors[0].predicted->value == "P3D");
    CHECK(s.errors[1].kind == error_kind::missed);
    CHECK(s.errors[1].gold->begin == 60);
    CHECK_FALSE(s.errors[1].predicted);
    CHECK(s.errors[2].kind == error_kind::spurious);
    CHECK_FALSE(s.errors[2].gold);
    CHECK(s.errors[2].predicted->begin == 80);
    CHECK(s.errors[2].document == "a");
}

TEST_CASE("a wrong span is reported only when type and value are right") {
    SECTION("span only") {
        const timex_scores s = score_timex({{"d", {{0, 10, "DATE", "2024-05"}}, {{0, 8, "DATE", "2024-05"}}}});
        CHECK(s.strict.true_positives == 0);
        CHECK(s.relaxed.true_positives == 1);
        REQUIRE(s.errors.size() == 1);
        CHECK(s.errors[0].kind == error_kind::wrong_span);
    }
    SECTION("type and value: one entry each, no wrong span") {
        const timex_scores s = score_timex({{"d", {{0, 10, "DATE", "2024-05"}}, {{2, 10, "TIME", "2024-05T10"}}}});
        REQUIRE(s.errors.size() == 2);
        CHECK(s.errors[0].kind == error_kind::wrong_type);
        CHECK(s.errors[1].kind == error_kind::wrong_value);
    }
    SECTION("an exact pair with right attributes is no error") {
        const timex_scores s = score_timex({{"d", {{0, 10, "DATE", "2024-05"}}, {{0, 10, "DATE", "2024-05"}}}});
        CHECK(s.errors.empty());
    }
}

TEST_CASE("two documents are added up and their errors keep document order") {
    // Document "b" (first): gold [5,9) matched exactly, gold [30,34) missed; given out of order.
    // Document "a": no gold, one spurious prediction at 0.
    // Totals: gold 2, predicted 2, strict = relaxed = 1: P = R = 0.5.
    const std::vector<annotated_pair> docs{
        {"b", {{30, 34, "SET", "P1W"}, {5, 9, "DATE", "2024"}}, {{5, 9, "DATE", "2024"}}},
        {"a", {}, {{0, 3, "DATE", "2023"}}},
    };
    const timex_scores s = score_timex(docs);
    CHECK(s.strict.true_positives == 1);
    CHECK(s.relaxed.true_positives == 1);
    CHECK(s.relaxed.gold == 2);
    CHECK(s.relaxed.predicted == 2);
    CHECK(s.relaxed.precision() == Approx(0.5));
    CHECK(s.relaxed.recall() == Approx(0.5));
    REQUIRE(s.errors.size() == 2);
    CHECK(s.errors[0].document == "b");
    CHECK(s.errors[0].kind == error_kind::missed);
    CHECK(s.errors[1].document == "a");
    CHECK(s.errors[1].kind == error_kind::spurious);
}

TEST_CASE("spans in different documents never match") {
    // Same offsets, different documents: one missed, one spurious.
    const timex_scores s = score_timex({{"x", {{0, 4, "DATE", "2024"}}, {}}, {"y", {}, {{0, 4, "DATE", "2024"}}}});
    CHECK(s.relaxed.true_positives == 0);
    CHECK(s.errors.size() == 2);
}

TEST_CASE("empty inputs score zero without dividing by zero") {
    for (const timex_scores& s : {score_timex({}), score_timex({{"empty", {}, {}}})}) {
        CHECK(s.strict.precision() == 0.0);
        CHECK(s.strict.recall() == 0.0);
        CHECK(s.strict.f1() == 0.0);
        CHECK(s.relaxed.f1() == 0.0);
        CHECK(s.type.accuracy() == 0.0);
        CHECK(s.value.f1(s.relaxed) == 0.0);
        CHECK(s.relaxed_by_type.empty());
        CHECK(s.errors.empty());
        CHECK(has_line(report_of(s, true), "strict   P 0.0  R 0.0  F1 0.0"));
    }
    // Only gold: recall 0 over 1, precision 0 over 0, F1 0.
    const timex_scores s = score_timex({{"d", {{0, 4, "DATE", "2024"}}, {}}});
    CHECK(s.relaxed.gold == 1);
    CHECK(s.relaxed.f1() == 0.0);
}

TEST_CASE("one gold overlapped by two predictions matches only one") {
    SECTION("the larger overlap wins") {
        // Gold [10,20); [5,12) shares 2 code points, [15,30) shares 5.
        const timex_scores s =
            score_timex({{"d", {{10, 20, "DATE", "2024"}}, {{5, 12, "DATE", "2024"}, {15, 30, "DATE", "2024"}}}});
        CHECK(s.relaxed.true_positives == 1);
        CHECK(s.relaxed.precision() == Approx(0.5));
        CHECK(s.relaxed.recall() == Approx(1.0));
        REQUIRE(s.errors.size() == 2);
        CHECK(s.errors[0].kind == error_kind::spurious);
        CHECK(s.errors[0].predicted->begin == 5);
        CHECK(s.errors[1].kind == error_kind::wrong_span);
        CHECK(s.errors[1].predicted->begin == 15);
    }
    SECTION("equal overlaps: the earlier prediction wins") {
        // Gold [10,20); [5,15) and [15,25) both share 5 code points.
        const timex_scores s =
            score_timex({{"d", {{10, 20, "DATE", "2024"}}, {{15, 25, "DATE", "2024"}, {5, 15, "DATE", "2024"}}}});
        REQUIRE(s.errors.size() == 2);
        CHECK(s.errors[0].kind == error_kind::wrong_span);
        CHECK(s.errors[0].predicted->begin == 5);
        CHECK(s.errors[1].kind == error_kind::spurious);
        CHECK(s.errors[1].predicted->begin == 15);
    }
    SECTION("an exact match wins over an equal overlap") {
        // Prediction [10,20) shares 10 code points with gold [0,30) and with gold [10,20).
        const timex_scores s =
            score_timex({{"d", {{0, 30, "DATE", "2024"}, {10, 20, "DATE", "2024"}}, {{10, 20, "DATE", "2024"}}}});
        CHECK(s.strict.true_positives == 1);
        REQUIRE(s.errors.size() == 1);
        CHECK(s.errors[0].kind == error_kind::missed);
        CHECK(s.errors[0].gold->end == 30);
    }
}

TEST_CASE("touching spans do not overlap") {
    // [0,10) and [10,20) share no code point.
    const timex_scores s = score_timex({{"d", {{0, 10, "DATE", "2024"}}, {{10, 20, "DATE", "2024"}}}});
    CHECK(s.relaxed.true_positives == 0);
}

TEST_CASE("the report shows scores, per-type lines and, on request, errors") {
    const timex_scores s = score_timex({mixed_document()});
    const std::string plain = report_of(s, false);
    CHECK(has_line(plain, "gold 4  predicted 4  matched 3 (2 exact)"));
    CHECK(has_line(plain, "strict   P 50.0  R 50.0  F1 50.0"));
    CHECK(has_line(plain, "relaxed  P 75.0  R 75.0  F1 75.0"));
    CHECK(has_line(plain, "type     accuracy 100.0  F1 75.0"));
    CHECK(has_line(plain, "value    accuracy 66.7  F1 50.0"));
    CHECK(has_line(plain, "DATE     P 66.7  R 100.0  F1 80.0  value 100.0 (2/2)"));
    CHECK(has_line(plain, "DURATION P 100.0  R 100.0  F1 100.0  value 0.0 (0/1)"));
    CHECK(has_line(plain, "TIME     P 0.0  R 0.0  F1 0.0  value 0.0 (0/0)"));
    CHECK(plain.find("missed") == std::string::npos);

    const std::string detailed = report_of(s, true);
    CHECK(has_line(detailed, "errors 3"));
    CHECK(has_line(detailed, "wrong value a  gold [40,50) DURATION P2D  predicted [42,50) DURATION P3D"));
    CHECK(has_line(detailed, "missed      a  gold [60,70) TIME 2024-01-01T10:00  predicted none"));
    CHECK(has_line(detailed, "spurious    a  gold none  predicted [80,85) DATE 2024"));
}

TEST_CASE("error kinds format as words") {
    CHECK(fmt::format("{}", error_kind::wrong_value) == "wrong value");
    CHECK(fmt::format("{}", error_kind::wrong_span) == "wrong span");
    CHECK(fmt::format("{}", error_kind::missed) == "missed");
}

// Finding and resolving expressions in running text: extents, directions, and what
// must not be found.
#include "support/english.hpp"
#include "support/shared_article.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using annalist::test::mentions_in;

namespace {

struct found {
    std::string text;
    std::string value;
};

std::vector<found> found_in(std::string_view text, std::string_view published = "2024-11-04") {
    std::vector<found> out;
    for (const auto& m : mentions_in(text, published)) out.push_back({m.text, m.value.value});
    return out;
}

} // namespace

TEST_CASE("several expressions in one text come in text order") {
    const auto f = found_in("From 3 March 2020 to March 5, 2020 and then 2020-03-09.");
    REQUIRE(f.size() == 3);
    CHECK(f[0].value == "2020-03-03");
    CHECK(f[1].value == "2020-03-05");
    CHECK(f[2].value == "2020-03-09");
}

TEST_CASE("offsets point into the original text, dashes and spaces folded") {
    // U+2011 non-breaking hyphen and U+00A0 no-break space.
    const std::string text = "Enacted in mid\xE2\x80\x91October, on\xC2\xA0June 19, 2024.";
    const auto m = mentions_in(text, "2024-11-04");
    REQUIRE(m.size() == 2);
    CHECK(m[0].text == "mid\xE2\x80\x91October");
    CHECK(m[0].value.value == "2024-10");
    CHECK(m[0].value.mod == annalist::modifier::mid);
    CHECK(text.substr(m[1].begin, m[1].end - m[1].begin) == "June 19, 2024");
}

TEST_CASE("the tense around a partial date picks its year") {
    // Reference Monday 2024-11-04. "March 3" is 246 days back or 119 ahead.
    CHECK(found_in("Talks will resume on March 3.").at(0).value == "2025-03-03");
    CHECK(found_in("Talks resumed on March 3.").at(0).value == "2024-03-03");
    CHECK(found_in("Talks on March 3.").at(0).value == "2025-03-03"); // nearest
    CHECK(found_in("The election will come on November 5.").at(0).value == "2024-11-05");
    CHECK(found_in("They met on Thursday.").at(0).value == "2024-10-31");
    CHECK(found_in("They will meet on Thursday.").at(0).value == "2024-11-07");
}

TEST_CASE("the parts a date's text wrote are kept apart from those the reference gave") {
    using annalist::date_part;
    const auto written = [](std::string_view text) {
        const auto m = mentions_in(text, "2024-11-04");
        REQUIRE(m.size() == 1);
        return m[0].written;
    };
    CHECK(written("It opened on June 19, 2024.") == (date_part::year | date_part::month | date_part::day));
    CHECK(written("The vote is on November 5.") == (date_part::month | date_part::day));
    CHECK(written("They met last Thursday.") == static_cast<annalist::date_parts>(date_part::weekday));
    CHECK(written("It rained three days ago.") == 0);
    CHECK(written("They met at 3 p.m.") == static_cast<annalist::date_parts>(date_part::time));
    CHECK(written("Prices rose in 2023.") == static_cast<annalist::date_parts>(date_part::year));
    CHECK(written("He left on 06/19/2024.") == (date_part::year | date_part::month | date_part::day));
    // The parts of a value at its grain: what is not written is implied.
    const auto vote = mentions_in("The vote is on November 5.", "2024-11-04").at(0);
    CHECK(annalist::part_names(annalist::parts_at_grain(vote.value) & ~vote.written) ==
          std::vector<std::string_view>{"year"});
}

TEST_CASE("a direction the text did not give keeps the other reading and the policy's record") {
    // Reference Monday 2024-11-04. No cue: March 3 is the nearest, 2025 (119 days on,
    // 246 back); the other reading is 2024-03-03.
    const auto march = mentions_in("Talks on March 3.", "2024-11-04").at(0);
    CHECK(march.value.value == "2025-03-03");
    REQUIRE(march.alternative);
    CHECK(march.alternative->value == "2024-03-03");
    CHECK(march.confidence == Approx(0.83));
    // A bare weekday in news is the one just past, Thursday October 31; else November 7.
    const auto thursday = mentions_in("Talks on Thursday.", "2024-11-04").at(0);
    CHECK(thursday.value.value == "2024-10-31");
    REQUIRE(thursday.alternative);
    CHECK(thursday.alternative->value == "2024-11-07");
    CHECK(thursday.confidence == Approx(0.97));
    // A day within 90 days is the nearest whatever the tense: November 5, else a year back.
    const auto vote = mentions_in("The vote is on November 5.", "2024-11-04").at(0);
    REQUIRE(vote.alternative);
    CHECK(vote.alternative->value == "2023-11-05");
    // Around another expression, the other reading changes with it: mid-March 2024 is
    // March 11 to 21.
    const auto mid_march = mentions_in("Talks in mid-March.", "2024-11-04").at(0);
    CHECK(mid_march.value.value == "2025-03");
    REQUIRE(mid_march.alternative);
    CHECK(mid_march.alternative->value == "2024-03");
    CHECK(mid_march.alternative->mod == annalist::modifier::mid);
    CHECK(date::format("%F", mid_march.alternative->begin) == "2024-03-11");
    // A tense cue, a year, or a direction word decides: nothing was guessed.
    for (const char* text : {"They met on Thursday.", "Talks resumed on March 3.", "It opened on June 19, 2024.",
                             "The dam burst last June."}) {
        INFO(text);
        const auto m = mentions_in(text, "2024-11-04").at(0);
        CHECK_FALSE(m.alternative);
        CHECK(m.confidence == 1.0);
    }
}

TEST_CASE("two dates written as a range stay two mentions that both know the range") {
    const auto range_of = [](std::string_view text, std::string_view published) {
        const auto m = mentions_in(text, published);
        REQUIRE(m.size() == 2);
        REQUIRE(m[0].range);
        CHECK(m[0].range == m[1].range);
        return std::string(date::format("%F", date::floor<date::days>(m[0].range->first.begin))) + "/" +
               date::format("%F", date::floor<date::days>(m[0].range->last.end));
    };
    CHECK(range_of("The summit will run June 3-5 in Brussels.", "2024-05-20") == "2024-06-03/2024-06-06");
    CHECK(range_of("Prices rose from June to August.", "2024-11-04") == "2024-06-01/2024-09-01");
    CHECK(range_of("Output fell steadily in 2019\xE2\x80\x93"
                   "2021.",
                   "2024-11-04") == "2019-01-01/2022-01-01");
    CHECK(range_of("It happened between 1990 and 1995.", "2024-11-04") == "1990-01-01/1996-01-01");
    CHECK(range_of("The fair runs 10\xE2\x80\x93"
                   "12 June 2024.",
                   "2024-05-20") == "2024-06-10/2024-06-13");
    // The second end may lie inside the first: January 1 to the end of October 19.
    CHECK(range_of("The fund has fallen 2.08% this year through Oct. 19.", "1989-10-30") == "1989-01-01/1989-10-20");
    // "and" without "between" lists two dates.
    for (const auto& m : mentions_in("They met in June and August.", "2024-11-04")) CHECK_FALSE(m.range);
    // Written in May, "rose" puts August in 2023; June, the nearest by policy, takes its
    // other reading so that the range runs forward.
    const auto rose = mentions_in("Prices rose from June to August.", "2024-05-20");
    REQUIRE(rose.size() == 2);
    CHECK(rose[0].value.value == "2023-06");
    REQUIRE(rose[0].alternative);
    CHECK(rose[0].alternative->value == "2024-06");
    CHECK(range_of("Prices rose from June to August.", "2024-05-20") == "2023-06-01/2023-09-01");
}

TEST_CASE("narrative mode and anaphora count from the last date mentioned") {
    const auto narrative = mentions_in("On March 3, 2020 the talks began. Two days later they broke down.",
                                       "2024-11-04", annalist::resolution_mode::narrative);
    REQUIRE(narrative.size() == 2);
    CHECK(narrative[1].value.value == "2020-03-05");
    CHECK(narrative[1].anchor == annalist::anchor::previous);

    const auto news = mentions_in("On March 3, 2020 the talks began. The following day they broke down.", "2024-11-04");
    REQUIRE(news.size() == 2);
    CHECK(news[1].value.value == "2020-03-04");
}

TEST_CASE("numbers, codes, names and verbs that are not dates") {
    const char* texts[] = {
        "some 1,500 elite special forces",
        "around 10,000-15,000 soldiers",
        "around 10,000\xE2\x80\x93"
        "15,000 soldiers",
        "more than 60 percent of adults",
        "the Hwasong-19 missile and the Malligyong-1 satellite",
        "a B-1B bomber",
        "call 555-0142 now or 555-2024-0619",
        "build 12024-06-19 and v2024-06-19",
        "you may go and we may not",
        "they march on the capital",
        "the South China Morning Post and The Times of Israel",
        "The Sunday Times and Monday Night Football",
        "Room 1998, Flight 1066, a fee of $2024, 2000 people",
    };
    for (const char* text : texts) {
        INFO(text);
        for (const auto& f : found_in(text)) CHECK(f.value == "PRESENT_REF"); // "now" is fine
    }
}

TEST_CASE("a day that does not exist leaves only the year") {
    const auto f = found_in("June 32, 2024");
    REQUIRE(f.size() == 1);
    CHECK(f[0].text == "2024");
    CHECK(f[0].value == "2024");
}

TEST_CASE("a date that does not exist is a warning") {
    annalist::document doc;
    doc.source = "x.txt";
    doc.text = "Filed on February 30, 2024.";
    annalist::diagnostics notes;
    const auto m = annalist::find_mentions(doc, annalist::test::english_engine(), notes);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].where.line == 1);
    CHECK(notes[0].where.column == 10);
    CHECK(notes[0].message == "'February 30, 2024' is not a calendar date; left out");
}

TEST_CASE("explanations are written only when asked for, the values the same") {
    annalist::document doc;
    doc.source = "x.txt";
    doc.text = "The talks began in mid-October and ended last Thursday.";
    doc.published = date::year{2024} / 11 / 4;
    annalist::diagnostics notes;
    auto context = annalist::test::english_engine();
    const auto explained = annalist::find_mentions(doc, context, notes);
    context.explanations = false;
    const auto bare = annalist::find_mentions(doc, context, notes);
    REQUIRE(explained.size() == 2);
    REQUIRE(bare.size() == 2);
    // mid-October goes through a modifier around the month, which adds its own words.
    CHECK(explained[0].explanation.starts_with("rule fuzzy_part ("));
    CHECK(explained[0].explanation.find(" applies MID to: rule month_after_preposition (") != std::string::npos);
    CHECK(explained[1].explanation.find("reference 2024-11-04 (the publication date)") != std::string::npos);
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(bare[i].explanation.empty());
        CHECK(bare[i].value.value == explained[i].value.value);
        CHECK(bare[i].rule == explained[i].rule);
    }
}

// The article in ../shared/articles, published Monday 2024-11-04: the values the
// engine issue lists, checked by hand against the text.
TEST_CASE("the shared news article resolves as an analyst reads it") {
    const auto article = annalist::test::shared_article();
    if (!article) {
        WARN("skipped: " << annalist::test::shared_article_path << " is absent");
        return;
    }
    const auto mentions = mentions_in(*article, "2024-11-04");
    const auto value_of = [&](std::string_view expr) -> std::string {
        for (const auto& m : mentions)
            if (m.text == expr) return m.value.value;
        return "(not found)";
    };
    CHECK(value_of("June 19, 2024") == "2024-06-19");
    CHECK(value_of("November 5") == "2024-11-05");
    CHECK(value_of("last June") == "2024-06");
    CHECK(value_of("mid-October") == "2024-10");
    CHECK(value_of("every week") == "P1W");
    CHECK(value_of("last week") == "2024-W44");
    CHECK(value_of("November 2023") == "2023-11");
    CHECK(value_of("two months") == "P2M");
    CHECK(value_of("last Thursday") == "2024-10-31");
    CHECK(value_of("now") == "PRESENT_REF");
    CHECK(value_of("at present") == "PRESENT_REF");
    CHECK(value_of("two-day") == "P2D");
    CHECK(value_of("many more days") == "PXD");
    // Citation dates: (TASS, October 31), (Interfax, May 28), (Terrorism Monitor, September 11).
    CHECK(value_of("May 28") == "2024-05-28");
    CHECK(value_of("September 11") == "2024-09-11");
    CHECK(value_of("October 31") == "2024-10-31");
    for (const auto& m : mentions) {
        INFO(m.text);
        CHECK(m.text.find("1,500") == std::string::npos);
        CHECK(m.text.find("Hwasong") == std::string::npos);
        CHECK(m.text.find("Malligyong") == std::string::npos);
    }
    for (const auto& m : mentions) {
        if (m.text != "mid-October") continue;
        CHECK(m.value.mod == annalist::modifier::mid);
        CHECK(date::format("%F", m.value.begin) == "2024-10-11");
        CHECK(date::format("%F", m.value.end) == "2024-10-21");
    }
}

TEST_CASE("mentions come a paragraph at a time, with ranges, citations and code points as in one piece") {
    // Three paragraphs; the first holds "Kim’s" (a three-byte apostrophe), so every
    // code point offset after it is two less than the byte offset. Counted by hand.
    annalist::document doc;
    doc.source = "test";
    doc.text = "Kim\xE2\x80\x99s visit began on June 19.\n\nTalks ran June 3-5 (TASS, June 6).\n\nNo date here.\n\n"
               "It ended on June 21.";
    doc.published = date::year{2024} / 6 / 25;
    annalist::diagnostics notes;
    std::vector<std::vector<annalist::mention>> batches;
    annalist::scan_mentions(doc, annalist::test::english_engine(), notes,
                            [&](std::vector<annalist::mention>& found) { batches.push_back(found); });
    REQUIRE(batches.size() == 3); // the paragraph with no date hands nothing over
    REQUIRE(batches[0].size() == 1);
    CHECK(batches[0][0].begin == 23);
    CHECK(batches[0][0].begin_code_point == 21);
    REQUIRE(batches[1].size() == 3); // "June 3", "5" and "June 6"
    CHECK(batches[1][0].text == "June 3");
    CHECK(batches[1][0].begin_code_point == 41); // 21 + "June 19." 8 + 2 newlines + "Talks ran " 10
    REQUIRE(batches[1][0].range != nullptr);     // the two ends of "June 3-5" share their range
    CHECK(batches[1][1].range == batches[1][0].range);
    CHECK(batches[1][1].value.value == "2024-06-05");
    CHECK(batches[1][2].cited_outlet == "TASS");
    REQUIRE(batches[2].size() == 1);
    CHECK(batches[2][0].value.value == "2024-06-21");
    CHECK(batches[2][0].begin_code_point == doc.text.size() - 2 - std::string_view("June 21.").size());
    CHECK(annalist::find_mentions(doc, annalist::test::english_engine(), notes).size() == 5);
}

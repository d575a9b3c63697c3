#include <annalist/events/merge.hpp>
#include <annalist/formats/json_writer.hpp>
#include <annalist/pipeline.hpp>

#include "support/english.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <random>
#include <sstream>

namespace {

annalist::document article(std::string source, std::string text, unsigned day) {
    annalist::document doc;
    doc.source = std::move(source);
    doc.text = std::move(text);
    doc.published = date::year{2024} / 6 / date::day{day};
    return doc;
}

annalist::chronology merged(std::vector<annalist::document> documents) {
    return annalist::build_chronology(std::move(documents), annalist::test::english_engine());
}

} // namespace

TEST_CASE("two accounts are the same when they share most of their content words") {
    const auto& en = annalist::test::english();
    CHECK(annalist::same_account("The leaders met at a summit in Geneva", "Leaders met in Geneva for the summit", en));
    CHECK(annalist::same_account("Putin met Kim at Vostochny",
                                 "The cordial meeting between Putin and Kim at the Vostochny Cosmodrome", en));
    CHECK_FALSE(annalist::same_account("Prices rose", "The leaders met at a summit in Geneva", en));
    CHECK_FALSE(annalist::same_account("The council voted", "The council resigned", en)); // one shared word
    CHECK_FALSE(annalist::same_account("The bank cut rates in the morning", "The bank raised its fees for savers", en));
}

TEST_CASE("the same event in two articles becomes one event with both sources") {
    const auto c =
        merged({article("a.txt", "The leaders met at a summit in Geneva on June 12. Prices rose on June 12.", 20),
                article("b.txt",
                        "Leaders met in Geneva for the summit on June 12, officials said. "
                        "The central bank cut rates in June.",
                        21)});
    REQUIRE(c.events.size() == 3);
    CHECK(c.events[0].headline == "The central bank cut rates"); // June, before the days inside it
    CHECK(c.events[1].headline == "The leaders met at a summit in Geneva");
    CHECK(c.events[1].document == 0);
    REQUIRE(c.events[1].also_reported.size() == 1);
    CHECK(c.events[1].also_reported[0].document == 1);
    CHECK(c.events[1].also_reported[0].mention.text == "June 12");
    CHECK(c.events[2].headline == "Prices rose");
    CHECK(c.events[2].also_reported.empty());

    std::ostringstream out;
    annalist::formats::write_chronology_json(c, {}, out);
    const auto j = nlohmann::json::parse(out.str());
    const auto& summit = j["events"][1];
    REQUIRE(summit["sources"].size() == 2);
    CHECK(summit["sources"][0]["document"] == 0);
    CHECK(summit["sources"][1]["document"] == 1);
    CHECK(summit["sources"][1]["sentence"] == "Leaders met in Geneva for the summit on June 12, officials said.");
    REQUIRE(summit["mentions"].size() == 2);
    CHECK(summit["mentions"][1]["source"] == "b.txt");
    CHECK(summit["mentions"][1]["start"] == 40); // "June 12" in b.txt's text, counted by hand
}

TEST_CASE("the most precise report leads a merged event") {
    const auto c = merged({article("a.txt", "The leaders met in Geneva in June.", 20),
                           article("b.txt", "The leaders met in Geneva on June 12.", 21)});
    REQUIRE(c.events.size() == 1);
    CHECK(c.events[0].mention.value.value == "2024-06-12");
    CHECK(c.events[0].document == 1);
    REQUIRE(c.events[0].also_reported.size() == 1);
    CHECK(c.events[0].also_reported[0].mention.value.value == "2024-06");
}

TEST_CASE("reports in one article, or on days that do not overlap, stay apart") {
    CHECK(merged({article("a.txt", "The leaders met in Geneva on June 12. The leaders met in Geneva again on June 12.",
                          20)})
              .events.size() == 2);
    CHECK(merged({article("a.txt", "The leaders met in Geneva on June 12.", 20),
                  article("b.txt", "The leaders met in Geneva on June 14.", 20)})
              .events.size() == 2);
}

TEST_CASE("accounts that each name someone the other does not are different events") {
    const auto& en = annalist::test::english();
    CHECK_FALSE(annalist::same_account("In composite trading on the New York Stock Exchange, Crossland shares closed",
                                       "In composite trading on the New York Stock Exchange, Compaq shares closed",
                                       en));
    // One naming more than the other is still the same account.
    CHECK(annalist::same_account("Leaders met in Geneva for the summit",
                                 "The leaders met at the Geneva summit with Kim", en));
}

namespace {

// "zqba", "zqbb"...: letters only, since figures are no content words.
std::string made_up_word(std::size_t n) {
    std::string w = "zq";
    for (int i = 0; i < 3; ++i, n /= 26) w += static_cast<char>('a' + n % 26);
    return w;
}

// `documents` reports of one each, all on one day (the worst case: every report
// overlaps every other), headlines of four words drawn from `vocabulary` made-up
// words, plus `copies` documents that all carry the same report.
std::vector<annalist::event> reports_on_one_day(std::size_t documents, std::size_t vocabulary, std::size_t copies) {
    std::mt19937 random(7);
    std::uniform_int_distribution<std::size_t> word(0, vocabulary - 1);
    const auto day = annalist::day_value(date::year{2024} / 11 / 4);
    std::vector<annalist::event> events;
    for (std::size_t d = 0; d < documents + copies; ++d) {
        std::string headline = "the";
        for (int w = 0; w < 4; ++w) headline.append(" ").append(made_up_word(word(random)));
        if (d >= documents) headline = "the harbour bridge reopened to traffic";
        annalist::event e;
        e.mention.value = day;
        e.headline = headline;
        e.document = d;
        events.push_back(std::move(e));
    }
    return events;
}

} // namespace

TEST_CASE("merging costs work in proportion to the events, however many share a day") {
    // Each made-up word is in about 150 of 12,000 documents, and 600 of 48,000: in
    // at most one in fifty, so telling, and every report is a candidate for every
    // other holding one of its words. Pairwise, four times the reports would be
    // sixteen times the work.
    const auto& en = annalist::test::english();
    auto small = reports_on_one_day(12000, 320, 0);
    auto large = reports_on_one_day(48000, 320, 0);
    const auto small_work = annalist::merge_reports(small, en);
    const auto large_work = annalist::merge_reports(large, en);
    INFO("compared " << small_work.compared << " then " << large_work.compared << "; walked " << small_work.walked
                     << " then " << large_work.walked);
    CHECK(small_work.compared > 12000); // the index does find candidates
    // At most 32 unlike reports for each of a headline's four words, plus those it absorbs.
    CHECK(large_work.compared <= (4 * 32 + 1) * 48000);
    CHECK(large_work.compared <= 4.6 * static_cast<double>(small_work.compared));
    CHECK(large_work.walked <= 4.6 * static_cast<double>(small_work.walked));
}

TEST_CASE("any number of copies of one report become one event") {
    // 300 documents carry the same report among 16,000 others: its words are in
    // fewer than one in fifty documents, so telling, and every copy joins the first.
    const auto& en = annalist::test::english();
    auto events = reports_on_one_day(16000, 5000, 300);
    annalist::merge_reports(events, en);
    std::size_t bridges = 0;
    for (const auto& e : events) {
        if (e.headline != "the harbour bridge reopened to traffic") continue;
        ++bridges;
        CHECK(e.document == 16000);
        CHECK(e.also_reported.size() == 299);
    }
    CHECK(bridges == 1);
}

#include <annalist/pipeline.hpp>

#include "support/english.hpp"
#include "support/run_annalist.hpp"
#include "support/shared_article.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace {

annalist::chronology undated_chronology(std::string_view text) {
    annalist::document doc;
    doc.source = "undated.txt";
    doc.text = std::string(text);
    return annalist::build_chronology({doc}, annalist::test::english_engine());
}

std::string published(const annalist::document& doc) {
    return doc.published ? date::format("%F", *doc.published) : std::string("none");
}

} // namespace

TEST_CASE("a dateline gives the publication date, marked inferred, and relative dates count from it") {
    const auto c = undated_chronology("VIENNA, March 3, 2021 \xE2\x80\x94 The council said yesterday that the "
                                      "bridge would reopen.\n");
    const auto& doc = c.documents.front();
    CHECK(published(doc) == "2021-03-03");
    CHECK(doc.published_inferred);
    CHECK(doc.published_source == "inferred from the dateline 'March 3, 2021' (line 1)");
    REQUIRE(c.notes.size() == 1);
    CHECK(c.notes[0].message.find("2021-03-03 inferred from the dateline") != std::string::npos);
    std::vector<std::string> values;
    for (const auto& e : c.events) values.push_back(e.mention.value.value);
    CHECK(values == std::vector<std::string>{"2021-03-02", "2021-03-03"}); // yesterday, then the dateline
}

TEST_CASE("without a dateline, the day after the latest cited source's date") {
    const auto c = undated_chronology("The ministry confirmed the deal last week (Reuters, March 5, 2021; TASS, "
                                      "March 7, 2021). It was signed on February 2, 2021.");
    CHECK(published(c.documents.front()) == "2021-03-08");
    CHECK(c.documents.front().published_source ==
          "inferred from the day after the latest cited source's date 'March 7, 2021' (line 1)");
    // The text puts the next day still ahead: the source's own day is all it says.
    const auto ahead = undated_chronology("The ministry confirmed the deal (TASS, March 7, 2021). It will be "
                                          "signed on March 8, 2021.");
    CHECK(published(ahead.documents.front()) == "2021-03-07");
    CHECK(ahead.documents.front().published_source ==
          "inferred from the latest cited source's date 'March 7, 2021' (line 1)");
}

TEST_CASE("yearless citations take their year from the text's latest full date") {
    const auto c = undated_chronology(
        "Seoul, June 19, 2024. The leaders signed a pact.\n\nThe troops arrived in mid-October (TASS, October 31). "
        "An earlier launch was praised (Interfax, May 28). Officials met again (Vedomosti, November 2). The vote "
        "will be held on November 5.\n");
    CHECK(published(c.documents.front()) == "2024-11-03");
    CHECK(c.documents.front().published_source ==
          "inferred from the day after the latest cited source's date 'November 2' (line 3), in the year of "
          "'June 19, 2024' (line 1), the latest full date the text states");
    // Half a year or more before that date, a source is from the next January.
    const auto wrapped = undated_chronology("The accord was signed on December 20, 2024.\n\nTalks resumed "
                                            "(TASS, December 28; Reuters, January 3).\n");
    CHECK(published(wrapped.documents.front()) == "2025-01-04");
    // A future date the next day keeps the source's own day.
    const auto eve = undated_chronology("The accord was signed on June 19, 2024.\n\nThe count closed (TASS, "
                                        "November 4). The result will be announced on November 5.\n");
    CHECK(published(eve.documents.front()) == "2024-11-04");
    // Without a full date there is no year to give them.
    CHECK(published(undated_chronology("Talks resumed (TASS, December 28).").documents.front()) == "none");
}

TEST_CASE("else the latest date reported in the past tense, not a future one") {
    const auto c = undated_chronology("The council met on March 3, 2021. It will vote on April 9, 2021. "
                                      "Two days earlier, on March 1, 2021, the mayor had resigned.");
    CHECK(published(c.documents.front()) == "2021-03-03");
    CHECK(c.documents.front().published_source.find("past tense 'March 3, 2021'") != std::string::npos);
}

TEST_CASE("a date from the metadata is never replaced") {
    annalist::document doc;
    doc.source = "dated.txt";
    doc.text = "VIENNA, March 3, 2021 \xE2\x80\x94 The council met yesterday.";
    doc.published = date::year{2021} / 3 / 5;
    const auto c = annalist::build_chronology({doc}, annalist::test::english_engine());
    CHECK(published(c.documents.front()) == "2021-03-05");
    CHECK_FALSE(c.documents.front().published_inferred);
    CHECK(c.notes.empty());
}

TEST_CASE("nothing to infer: the document is reported undated and its relative dates stay unresolved") {
    const auto c = undated_chronology("Officials met yesterday and will meet again next week.");
    CHECK(published(c.documents.front()) == "none");
    CHECK(c.events.empty());
    REQUIRE(c.notes.size() == 1);
    CHECK(c.notes[0].where.file == "undated.txt");
    CHECK(c.notes[0].message.find("relative dates are left unresolved") != std::string::npos);
}

TEST_CASE("build says the date was inferred and the JSON marks it") {
    annalist::test::temp_folder folder;
    folder.write("dateline.txt", "VIENNA, March 3, 2021 - The council met yesterday.\n");
    const auto run = annalist::test::run_annalist(folder, "build dateline.txt -t json");
    CHECK(run.exit_code == 0);
    CHECK(run.err.find("dateline.txt: warning: no publication date in its metadata or from --pub-date; 2021-03-03 "
                       "inferred from the dateline 'March 3, 2021' (line 1)") != std::string::npos);
    const auto j = nlohmann::json::parse(run.out);
    CHECK(j["documents"][0]["published"] == "2021-03-03");
    CHECK(j["documents"][0]["published_inferred"] == true);
    CHECK(j["events"][0]["value"] == "2021-03-02");
}

TEST_CASE("the shared article without a date: inferred from its citations, the same chronology as with it") {
    auto doc = annalist::test::shared_article_document();
    if (!doc) return;
    const auto undated = annalist::build_chronology({*doc}, annalist::test::english_engine());
    // Its latest source is "(NV.ua, November 3)" and its only full date June 19, 2024;
    // the README gives Monday 2024-11-04.
    CHECK(published(undated.documents.front()) == "2024-11-04");
    CHECK(undated.documents.front().published_inferred);
    doc->published = date::year{2024} / 11 / 4;
    const auto dated = annalist::build_chronology({*doc}, annalist::test::english_engine());
    REQUIRE(undated.events.size() == dated.events.size());
    for (std::size_t i = 0; i < dated.events.size(); ++i) {
        CHECK(undated.events[i].mention.value.value == dated.events[i].mention.value.value);
        CHECK(undated.events[i].headline == dated.events[i].headline);
    }
}

#include <annalist/pipeline.hpp>

#include "support/english.hpp"

#include <catch2/catch.hpp>

namespace {

annalist::chronology chronology_of(std::string_view text) {
    annalist::document doc;
    doc.source = "clauses.txt";
    doc.text = std::string(text);
    doc.published = date::year{2024} / 11 / 4;
    return annalist::build_chronology({doc}, annalist::test::english_engine());
}

std::vector<std::string> headlines_of(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& e : chronology_of(text).events) out.push_back(e.headline);
    return out;
}

} // namespace

TEST_CASE("two dates joined by 'and' date two clauses; the second borrows the subject") {
    const auto c = chronology_of("The plan, most likely agreed on during the visit last June and enacted in "
                                 "mid-October, envisaged sending troops.");
    REQUIRE(c.events.size() == 2);
    CHECK(c.events[0].mention.text == "last June");
    CHECK(c.events[0].headline == "The plan, most likely agreed on during the visit");
    CHECK(c.events[1].mention.text == "mid-October");
    CHECK(c.events[1].headline == "The plan enacted");
    CHECK(c.events[0].sentence == c.events[1].sentence); // both keep the whole sentence as evidence
}

TEST_CASE("a comma or a semicolon between two dates splits their clauses") {
    CHECK(headlines_of("After the vote on June 3, the parliament met on June 5.") ==
          std::vector<std::string>{"After the vote", "The parliament met"});
    CHECK(headlines_of("Prices rose in May; in June 2024 the bank raised rates.") ==
          std::vector<std::string>{"Prices rose", "The bank raised rates"});
    CHECK(headlines_of("Ministers met on June 3, but talks failed on June 5.") ==
          std::vector<std::string>{"Ministers met", "Talks failed"});
}

TEST_CASE("a date and its restatement date one event") {
    const auto c = chronology_of("The summit took place last Thursday (October 31) in Geneva.");
    REQUIRE(c.events.size() == 1);
    CHECK(c.events[0].mention.text == "last Thursday");
    CHECK(c.events[0].mention.value.value == "2024-10-31");
    CHECK(c.events[0].headline == "The summit took place in Geneva");
    REQUIRE(c.events[0].also_reported.size() == 1);
    CHECK(c.events[0].also_reported[0].mention.text == "October 31");
    CHECK(c.events[0].also_reported[0].document == 0);
}

TEST_CASE("the finer of a date and its restatement dates the event") {
    const auto c = chronology_of("The accord was signed in Pyongyang in June, on June 19.");
    REQUIRE(c.events.size() == 1);
    CHECK(c.events[0].mention.value.value == "2024-06-19");
    CHECK(c.events[0].headline == "The accord was signed in Pyongyang");
}

TEST_CASE("two different dates with only punctuation between them are still two events") {
    const auto c = chronology_of("The talks ran on June 3, July 8 and August 2.");
    CHECK(c.events.size() == 3);
}

TEST_CASE("the two ends of a range share their clause") {
    CHECK(headlines_of("The exhibition ran from June 3 to June 5 in Oslo.") ==
          std::vector<std::string>{"The exhibition ran in Oslo", "The exhibition ran in Oslo"});
}

#include <annalist/events/citations.hpp>

#include "support/english.hpp"
#include "support/shared_article.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using annalist::test::mentions_in;

namespace {

// Each mention's text and the outlet it cites ("" for an event date).
std::vector<std::pair<std::string, std::string>> citations_in(std::string_view text) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& m : mentions_in(text, "2024-11-04")) out.emplace_back(m.text, m.cited_outlet);
    return out;
}

using pairs = std::vector<std::pair<std::string, std::string>>;

} // namespace

TEST_CASE("bracketed source references are citations of their outlet") {
    CHECK(citations_in("Most follow the race (TASS, October 31).") == pairs{{"October 31", "TASS"}});
    CHECK(citations_in("Troops arrived (see EDM, June 24; Svoboda.org, October 21).") ==
          pairs{{"June 24", "EDM"}, {"October 21", "Svoboda.org"}});
    CHECK(citations_in("Discontent grows (see EDM, August 7, October 10; Meduza, October 28).") ==
          pairs{{"August 7", "EDM"}, {"October 10", "EDM"}, {"October 28", "Meduza"}});
}

TEST_CASE("no-break spaces and a citation without a date part") {
    // U+00A0 after "see" and after the semicolon, as the article has them.
    CHECK(citations_in("It grew (see\xC2\xA0"
                       "EDM, June 24;\xC2\xA0Svoboda.org, October 21).") ==
          pairs{{"June 24", "EDM"}, {"October 21", "Svoboda.org"}});
    CHECK(citations_in("Doubts (South China Morning Post; Venezuelanalysis, November 1).") ==
          pairs{{"November 1", "Venezuelanalysis"}});
}

TEST_CASE("dates in parentheses that are not citations stay event dates") {
    CHECK(citations_in("The treaty (signed on June 19, 2024) holds.") == pairs{{"June 19, 2024", ""}});
    CHECK(citations_in("Growth (in 2023, slower) fell.") == pairs{{"2023", ""}});
    CHECK(citations_in("The vote (and, on November 5, the count) matters.") == pairs{{"November 5", ""}});
    CHECK(citations_in("The TASS report, October 31, said so.") == pairs{{"October 31", ""}});
}

// The article in ../shared/articles, published Monday 2024-11-04: without citations,
// its dated events in order, as an analyst reads them: the Vostochny meeting (two months
// before November 2023), the Malligyong-1 launch, the visit to Pyongyang (last June,
// and the caption's June 19), mid-October, the week of Choe Son Hui's visit, last
// Thursday, the election.
TEST_CASE("the shared article's chronology has its events in order and no citations") {
    auto doc = annalist::test::shared_article_document();
    if (!doc) return;
    doc->published = date::year{2024} / 11 / 4;
    const auto c = annalist::build_chronology({*doc}, annalist::test::english_engine());
    std::vector<std::string> values;
    for (const auto& e : c.events)
        if (e.mention.value.value != "PRESENT_REF") values.push_back(e.mention.value.value);
    CHECK(values == std::vector<std::string>{"2023-09", "2023-11", "2024-06", "2024-06-19", "2024-10", "2024-W44",
                                             "2024-10-31", "2024-11-05"});
    CHECK(c.events.front().headline == "The cordial meeting between Putin and Kim at the Vostochny Cosmodrome");
    // "agreed on during Putin's visit to Pyongyang last June and enacted in mid-October": two clauses.
    for (const auto& e : c.events)
        if (e.mention.value.value == "2024-10") CHECK(e.headline == "The plan enacted");
    // Counted by hand in the article's 25 parentheses: 32 dates after an outlet's name,
    // "(NATO)" and "(South China Morning Post; ..." without one.
    CHECK(c.citations.size() == 32);
    CHECK(c.citations.front().outlet == "TASS");
    CHECK(c.citations.back().outlet == "Terrorism Monitor");
    CHECK(c.citations.back().mention.value.value == "2024-09-11");
}

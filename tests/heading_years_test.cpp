#include <annalist/text/heading_years.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace {

// The text of each span, with its year.
std::vector<std::pair<int, std::string>> spans_in(std::string_view text) {
    std::vector<std::pair<int, std::string>> out;
    for (const auto& s : annalist::heading_years(text))
        out.emplace_back(s.year, std::string(text.substr(s.begin, s.end - s.begin)));
    return out;
}

} // namespace

TEST_CASE("a heading's year covers the list under it, up to prose or the next heading") {
    const std::string text = "2021 tour dates:\nMay 4 -- Trenton\n\nAug. 30 -- Inglewood\n"
                             "Results 2019\nJune 2 -- 3-1\nThe season ended early after a long dispute over the "
                             "players' wages, the stadium's lease and the league's new television contract.\n"
                             "June 9 -- 2-2\n";
    CHECK(spans_in(text) == std::vector<std::pair<int, std::string>>{
                                {2021, "\nMay 4 -- Trenton\n\nAug. 30 -- Inglewood\n"}, {2019, "\nJune 2 -- 3-1\n"}});
}

TEST_CASE("no heading: a sentence, a long line, two years, a copyright, a number that is no year") {
    CHECK(spans_in("Tickets for 2021 are sold out.\nMay 4 -- Trenton\n").empty());
    CHECK(spans_in("The tour that the band announced for 2021 will visit eleven cities\nMay 4\n").empty());
    CHECK(spans_in("Season 2019-2020\nMay 4 -- Trenton\n").empty());
    CHECK(spans_in("\xC2\xA9 2019 Harbor Gazette\nMay 4 -- Trenton\n").empty());
    CHECK(spans_in("Copyright 2019 Harbor Gazette\nMay 4\n").empty());
    CHECK(spans_in("Price: $1.2019\nMay 4\n").empty());
    CHECK(spans_in("Room 1850\nMay 4\n").empty()); // not a year from 1900 to 2100
    // A heading with nothing under it has no span.
    CHECK(spans_in("Archive 2020").empty());
}

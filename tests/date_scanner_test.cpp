#include <annalist/resolve/resolver.hpp>
#include <annalist/scan/date_scanner.hpp>

#include "support/english.hpp"

#include <catch2/catch.hpp>

using annalist::scan_dates;

namespace {

struct found {
    std::string text;
    std::string value;
};

std::vector<found> dates_in(std::string_view text) {
    std::vector<found> out;
    for (const auto& match : scan_dates(text, annalist::test::english())) {
        const auto value = annalist::resolve_full_date(match.parts);
        out.push_back(
            {std::string(text.substr(match.begin, match.end - match.begin)), value ? value->value : "invalid"});
    }
    return out;
}

} // namespace

// Full dates need no reference date: each case's expected value is the date as written.
TEST_CASE("full dates in the common written forms") {
    struct table_case {
        const char* text;
        const char* span;
        const char* value;
    };
    const table_case cases[] = {
        {"on June 19, 2024 the", "June 19, 2024", "2024-06-19"},
        {"on June 19 2024 the", "June 19 2024", "2024-06-19"},
        {"on June 19th, 2024.", "June 19th, 2024", "2024-06-19"},
        {"(Oct. 31, 2024)", "Oct. 31, 2024", "2024-10-31"},
        {"Sept. 9, 1999", "Sept. 9, 1999", "1999-09-09"},
        {"DEC 1, 2023", "DEC 1, 2023", "2023-12-01"},
        {"on 19 June 2024.", "19 June 2024", "2024-06-19"},
        {"on 31 October, 2024", "31 October, 2024", "2024-10-31"},
        {"the 19th of June, 2024", "19th of June, 2024", "2024-06-19"},
        {"the 1st of Feb 2020", "1st of Feb 2020", "2020-02-01"},
        {"filed 2024-06-19.", "2024-06-19", "2024-06-19"},
        {"leap day February 29, 2024", "February 29, 2024", "2024-02-29"},
        {"no leap day February 29, 2023", "February 29, 2023", "invalid"},
        {"Pyongyang, North Korea June 19, 2024. Vladimir", "June 19, 2024", "2024-06-19"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const auto found = dates_in(c.text);
        REQUIRE(found.size() == 1);
        CHECK(found[0].text == c.span);
        CHECK(found[0].value == c.value);
    }
}

TEST_CASE("several dates in one text come in order") {
    const auto found = dates_in("From 3 March 2020 to March 5, 2020 and then 2020-03-09.");
    REQUIRE(found.size() == 3);
    CHECK(found[0].value == "2020-03-03");
    CHECK(found[1].value == "2020-03-05");
    CHECK(found[2].value == "2020-03-09");
}

TEST_CASE("numbers, codes and words that are not dates") {
    const char* texts[] = {
        "some 1,500 elite special forces",
        "around 10,000-15,000 soldiers",
        "more than 60 percent of adults",
        "the Hwasong-19 missile and the Malligyong-1 satellite",
        "a B-1B bomber",
        "call 555-2024-0619 now",
        "build 12024-06-19 and v2024-06-19 and 2024-06-193",
        "you may go and we may not",
        "June 2024 and 19 June alone",
        "June 32, 2024",
        "2024-6-19",
    };
    for (const char* text : texts) {
        INFO(text);
        CHECK(dates_in(text).empty());
    }
}

#include <annalist/config/language.hpp>
#include <annalist/model/diagnostic.hpp>

#include "support/temp_folder.hpp"

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string_view>

using annalist::located_error;
using annalist::parse_language;

namespace {

// The smallest lexicon that parses, then one holiday (line 8) from `holiday`.
std::string lexicon_with_holiday(const std::string& holiday) {
    return R"(ordinal_suffixes = []
abbreviations = []
future_cues = []
past_cues = []
[classes.MONTH]
smarch = 13
[classes.WEEKDAY]
[[holidays]]
)" + holiday;
}

// The error a lexicon is refused with; the test fails if it is accepted.
located_error refusal(std::string_view text, std::string_view file = "lexicon.toml") {
    try {
        parse_language(text, file);
    } catch (const located_error& e) {
        return e;
    }
    FAIL("the lexicon was accepted");
    throw std::logic_error("unreachable: FAIL throws");
}

} // namespace

TEST_CASE("the English lexicon loads") {
    const auto file = std::string(ANNALIST_SOURCE_DIR) + "/configs/languages/en/lexicon.toml";
    const auto lang = parse_language(annalist::test::read_file(file), file);
    const auto month = lang.find_class("MONTH");
    const auto weekday = lang.find_class("WEEKDAY");
    const auto unit = lang.find_class("UNIT");
    REQUIRE(month);
    REQUIRE(weekday);
    REQUIRE(unit);
    CHECK(*lang.meaning("january", *month) == "1");
    CHECK(*lang.meaning("sept", *month) == "9");
    CHECK(*lang.meaning("thurs", *weekday) == "4");
    CHECK(*lang.meaning("sunday", *weekday) == "7");
    CHECK(*lang.meaning("days", *unit) == "day");
    CHECK(lang.meaning("june", *weekday) == nullptr);
    CHECK_FALSE(lang.find_class("NOPE"));
    // "last" is both a direction and an ordinal.
    CHECK(lang.meanings("last")->size() == 2);
    CHECK(lang.ordinal_suffixes.contains("th"));
    CHECK(lang.abbreviations.contains("u.s"));
    CHECK(lang.future_cues.contains("will"));
    REQUIRE(lang.holidays.size() == 14); // the [[holiday]] tables of lexicon.toml
    CHECK(lang.holidays[0].names == std::vector<std::string>{"christmas", "christmas day"});
    CHECK(lang.holidays[0].month == 12);
    CHECK(lang.holidays[0].day == 25);
}

TEST_CASE("a bad holiday names its line") {
    const std::string text = lexicon_with_holiday("names = [\"festivus\"]\nmonth = 12\n");
    const located_error e = refusal(text);
    CHECK(e.where().file == "lexicon.toml");
    CHECK(e.where().line == 8);
    CHECK(e.message() == "a holiday needs month and day, month, weekday and nth, or easter_offset");
}

TEST_CASE("a holiday counted after a day needs a positive nth") {
    const std::string text =
        lexicon_with_holiday("names = [\"vote day\"]\nmonth = 11\nweekday = 2\nnth = -1\nafter_day = 1\n");
    const located_error e = refusal(text);
    CHECK(e.where().line == 8);
    CHECK(e.message() == "a holiday's after_day must be 1-27 and come with a positive nth");
}

TEST_CASE("a lexicon without months is refused") {
    const located_error e = refusal("ordinal_suffixes = []\nabbreviations = []\nfuture_cues = []\npast_cues = []\n"
                                    "[classes.WEEKDAY]\nmonday = 1\n",
                                    "x.toml");
    CHECK(e.message() == "missing class MONTH");
}

TEST_CASE("an empty word in a class names its line") {
    const located_error e = refusal("ordinal_suffixes = []\nabbreviations = []\nfuture_cues = []\npast_cues = []\n"
                                    "[classes.MONTH]\njanuary = 1\n\"\" = 2\n",
                                    "x.toml");
    CHECK(e.where().file == "x.toml");
    CHECK(e.where().line == 7);
    CHECK(e.message() == "class MONTH lists an empty word");
}

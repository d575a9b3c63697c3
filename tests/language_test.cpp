#include <annalist/config/language.hpp>
#include <annalist/model/diagnostic.hpp>

#include "support/temp_folder.hpp"

#include <catch2/catch.hpp>

using annalist::located_error;
using annalist::parse_language;

TEST_CASE("the English lexicon loads") {
    const auto file = std::string(ANNALIST_SOURCE_DIR) + "/configs/languages/en/lexicon.toml";
    const auto lang = parse_language(annalist::test::read_file(file), file);
    CHECK(lang.months.at("january") == 1);
    CHECK(lang.months.at("sept") == 9);
    CHECK(lang.months.at("dec") == 12);
    CHECK(lang.months.size() == 24); // 12 names, 11 abbreviations ("may" has none) and "sep" beside "sept"
    CHECK(lang.weekdays.at("sunday") == 0);
    CHECK(lang.weekdays.at("thurs") == 4);
    CHECK(lang.ordinal_suffixes.contains("th"));
    CHECK(lang.abbreviations.contains("u.s"));
}

TEST_CASE("a bad lexicon entry names its line") {
    const std::string text = R"(months = [
  { number = 13, names = ["smarch"] },
]
weekdays = []
ordinal_suffixes = []
abbreviations = []
)";
    try {
        parse_language(text, "lexicon.toml");
        FAIL("a thirteenth month was accepted");
    } catch (const located_error& e) {
        CHECK(e.where().file == "lexicon.toml");
        CHECK(e.where().line == 2);
        CHECK(e.message() == "'months' entry needs a number from 1 to 12");
    }
}

TEST_CASE("a lexicon without months is refused") {
    CHECK_THROWS_AS(parse_language("weekdays = []\nordinal_suffixes = []\nabbreviations = []\n", "x.toml"),
                    located_error);
}

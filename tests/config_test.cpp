#include <annalist/config/config.hpp>
#include <annalist/model/diagnostic.hpp>

#include "support/temp_folder.hpp"

#include <catch2/catch.hpp>

using annalist::config;
using annalist::located_error;
using annalist::parse_config;

namespace {

// The error parse_config throws for `text`, which must throw.
located_error error_for(std::string_view text) {
    try {
        parse_config(text, "my.toml");
    } catch (const located_error& e) {
        return e;
    }
    FAIL("no error for: " << text);
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("the shipped configuration parses and holds the documented defaults") {
    const auto text = annalist::test::read_file(std::string(ANNALIST_SOURCE_DIR) + "/configs/annalist.toml");
    const config c = parse_config(text, "annalist.toml");
    CHECK(c.plugins.search_path.empty());
    CHECK(c.output.format == "csv");
    CHECK(c.output.csv_profile == "default");
    CHECK(c.resolve.mode == annalist::resolution_mode::automatic);
    CHECK(c.resolve.language == "en");
    CHECK(c.resolve.date_order == annalist::numeric_date_order::mdy);
}

TEST_CASE("every setting is read") {
    const config c = parse_config(R"(
[plugins]
search_path = ["plugins", "/opt/annalist"]
[output]
format = "json"
csv_profile = "timelinejs"
[resolve]
mode = "narrative"
language = "en"
date_order = "dmy"
)",
                                  "my.toml");
    CHECK(c.plugins.search_path == std::vector<std::string>{"plugins", "/opt/annalist"});
    CHECK(c.output.format == "json");
    CHECK(c.output.csv_profile == "timelinejs");
    CHECK(c.resolve.mode == annalist::resolution_mode::narrative);
    CHECK(c.resolve.date_order == annalist::numeric_date_order::dmy);
}

TEST_CASE("an unknown key is an error at its line and column") {
    const auto e = error_for("[output]\nformat = \"csv\"\n  colour = \"red\"\n");
    CHECK(e.where().file == "my.toml");
    CHECK(e.where().line == 3);
    CHECK(e.where().column == 3);
    CHECK(e.message() == "unknown key 'colour' in [output] (known: format, csv_profile)");
    CHECK(std::string(e.what()) == "my.toml:3:3: unknown key 'colour' in [output] (known: format, csv_profile)");
}

TEST_CASE("an unknown section is an error") {
    const auto e = error_for("[output]\nformat = \"csv\"\n[outptu]\n");
    CHECK(e.where().line == 3);
    CHECK(e.message().find("unknown key 'outptu' in the top level") == 0);
}

TEST_CASE("a bad value is an error at the value") {
    const auto e = error_for("[resolve]\nmode = \"poetry\"\n");
    CHECK(e.where().line == 2);
    CHECK(e.where().column == 8);
    CHECK(e.message() == "'mode' must be one of: news, narrative, auto");

    const auto wrong_type = error_for("[plugins]\nsearch_path = \"plugins\"\n");
    CHECK(wrong_type.where().line == 2);
    CHECK(wrong_type.message() == "'search_path' must be an array of strings");

    const auto wrong_element = error_for("[plugins]\nsearch_path = [\"a\", 3]\n");
    CHECK(wrong_element.where().line == 2);
    CHECK(wrong_element.where().column == 21);

    const auto bad_format = error_for("[output]\nformat = \"pdf\"\n");
    CHECK(bad_format.where().line == 2);
    CHECK(bad_format.message() == "'format' must be one of: csv, json, ics, html");

    const auto bad_profile = error_for("[output]\ncsv_profile = \"excel\"\n");
    CHECK(bad_profile.message() == "'csv_profile' must be one of: default, timelinejs, gcal");

    const auto not_a_table = error_for("output = 3\n");
    CHECK(not_a_table.message() == "'output' must be a table");
}

TEST_CASE("a TOML syntax error keeps toml++'s position") {
    const auto e = error_for("[output]\nformat = \n");
    CHECK(e.where().file == "my.toml");
    CHECK(e.where().line == 2);
    CHECK(e.where().column > 1);
}

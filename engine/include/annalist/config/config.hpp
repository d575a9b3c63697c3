// annalist.toml: what a user may set, checked strictly so a typo is an error, not a no-op.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace annalist {

enum class resolution_mode { news, narrative };
enum class numeric_date_order { mdy, dmy, ymd };

struct config {
    struct plugins_section {
        std::vector<std::string> search_path; // as written; relative to the config file
    } plugins;
    struct output_section {
        std::string format = "csv";          // csv, json, ics or html
        std::string csv_profile = "default"; // default, timelinejs or gcal
    } output;
    struct resolve_section {
        resolution_mode mode = resolution_mode::news;
        std::string language = "en";
        numeric_date_order date_order = numeric_date_order::mdy;
    } resolve;
};

// Parses and validates; throws located_error naming source_name:line:col for a
// syntax error, an unknown key or a bad value.
config parse_config(std::string_view toml_text, std::string_view source_name);

} // namespace annalist

// annalist.toml: what a user may set, checked strictly so a typo is an error, not a no-op.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annalist {

// news: relative dates count from the publication date; narrative: from the story's
// last date; automatic: the engine decides per document (resolve/story_time.hpp).
enum class resolution_mode { news, narrative, automatic };
enum class numeric_date_order { mdy, dmy, ymd };

// "news", "narrative" or "auto", as the configuration and --mode name them.
std::optional<resolution_mode> resolution_mode_named(std::string_view name);

struct config {
    struct plugins_section {
        std::vector<std::string> search_path; // as written; relative to the config file
    } plugins;
    struct output_section {
        std::string format = "csv";          // csv, json, ics or html
        std::string csv_profile = "default"; // default, timelinejs or gcal
    } output;
    struct resolve_section {
        resolution_mode mode = resolution_mode::automatic;
        std::string language = "en";
        numeric_date_order date_order = numeric_date_order::mdy;
    } resolve;
};

// Parses and validates; throws located_error naming source_name:line:col for a
// syntax error, an unknown key or a bad value.
config parse_config(std::string_view toml_text, std::string_view source_name);

} // namespace annalist

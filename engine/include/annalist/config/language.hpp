// The words of one language the scanner needs, loaded from configs/languages/<lang>/.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace annalist {

struct language {
    std::string code;
    std::unordered_map<std::string, std::uint8_t> months;   // lower-case name or abbreviation -> 1..12
    std::unordered_map<std::string, std::uint8_t> weekdays; // lower-case name or abbreviation -> 0 (Sunday)..6
    std::unordered_set<std::string> abbreviations;          // lower case, without the dot: "gen", "u.s"
    std::unordered_set<std::string> ordinal_suffixes;       // "st", "nd", "rd", "th"
};

// Reads a lexicon file (see configs/languages/en/lexicon.toml); throws located_error
// naming source_name:line:col on a bad entry.
language parse_language(std::string_view toml_text, std::string_view source_name);

} // namespace annalist

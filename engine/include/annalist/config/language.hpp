// The words of one language the scanner needs, loaded from
// configs/languages/<lang>/lexicon.toml: word classes with values, holidays,
// abbreviations and tense cues.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace annalist {

using word_class = std::uint16_t;

// One meaning of a word: the class it belongs to and its value there, as written
// in the lexicon ("6" for june in MONTH, "day" for days in UNIT).
struct word_meaning {
    word_class cls;
    std::string value;
};

struct holiday {
    std::vector<std::string> names; // lower case, as written: "new year's day"
    unsigned month = 0;
    unsigned day = 0;                 // a fixed day, or
    unsigned weekday = 0;             // ISO weekday (1 = Monday) with
    int nth = 0;                      // its nth occurrence in the month, -1 for the last,
    unsigned after_day = 0;           // counted from the day after this one (U.S. Election Day), or
    std::optional<int> easter_offset; // days from Easter Sunday
};

// Transparent hashing so lookups take a string_view without allocating.
struct string_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct language {
    std::string code;
    std::vector<std::string> class_names; // index = word_class
    std::unordered_map<std::string, std::vector<word_meaning>, string_hash, std::equal_to<>> words;
    std::vector<holiday> holidays;
    std::unordered_set<std::string, string_hash, std::equal_to<>> abbreviations;    // lower case, no final dot
    std::unordered_set<std::string, string_hash, std::equal_to<>> ordinal_suffixes; // "st", "th"
    std::unordered_set<std::string, string_hash, std::equal_to<>> future_cues;
    std::unordered_set<std::string, string_hash, std::equal_to<>> past_cues;
    // Words that say nothing of what happened ("the", "said"): left out when two
    // articles' accounts of an event are compared. Optional in a lexicon.
    std::unordered_set<std::string, string_hash, std::equal_to<>> function_words;
    // Words that join a range's two days as a dash does ("10 to 12 May"). Optional.
    std::unordered_set<std::string, string_hash, std::equal_to<>> range_words;
    // Words by which a story steps back from the day it has reached ("had",
    // "earlier"): a date beside one lies before the story's last date. Optional.
    std::unordered_set<std::string, string_hash, std::equal_to<>> story_back_cues;

    // The class's id, or nullopt when the lexicon has no such class.
    [[nodiscard]] std::optional<word_class> find_class(std::string_view name) const;
    // The word's value in the class, or nullptr.
    [[nodiscard]] const std::string* meaning(std::string_view folded_word, word_class cls) const;
    [[nodiscard]] const std::vector<word_meaning>* meanings(std::string_view folded_word) const;
};

// Reads a lexicon file; throws located_error naming source_name:line:col on a bad entry.
language parse_language(std::string_view toml_text, std::string_view source_name);

} // namespace annalist

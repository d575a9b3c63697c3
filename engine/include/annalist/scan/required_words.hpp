// What a rule cannot match without: the elements after its first that every match
// reads (neither optional nor negated) and whose first token is known by its word or
// its count of digits (literals, lexicon classes, YEAR, DAY...), each with the tokens it
// can start on, counted from the rule's first token. Most attempts that reached the
// backtracking matcher failed for want of such a token ("the first ... century", "two
// days ... ago", "June 5" with no year); a few token lookups settle them.
#pragma once

#include <annalist/scan/rules.hpp>
#include <annalist/scan/tokenizer.hpp>
#include <annalist/scan/word_index.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace annalist {

// The most tokens an element can take where it is not a plain word.
struct element_reach {
    std::size_t holiday = 1;    // the longest holiday name
    std::size_t expression = 1; // the longest match of a rule that is not a wrapper
};

// The most tokens one element can take (a compound number word takes three: "twenty - four").
std::size_t max_tokens(const pattern_element& e, const element_reach& reach);
// The most tokens a rule's mention can take (its context left out).
std::size_t max_mention_tokens(const rule& r, const element_reach& reach);

class required_words {
public:
    required_words() = default;
    // The required elements after `first` (the rule's first content element, or the last
    // of the optional ones its first token may match), against the words of `index`.
    required_words(const rule& r, std::size_t first, const word_index& index, const element_reach& reach);

    [[nodiscard]] bool empty() const { return elements_.empty(); }
    // Whether each required element has a token that could match it within its reach of `at`.
    [[nodiscard]] bool in_reach(const token_list& tokens, std::size_t at) const {
        for (const element& e : elements_)
            if (!found(e, tokens, at)) return false;
        return true;
    }

private:
    struct element {
        std::size_t min_offset = 0, max_offset = 0; // the tokens it may start on, from the rule's first
        std::vector<std::uint8_t> by_entry;         // by word entry id: a token that can start it (a byte: read often)
        std::uint16_t digits = 0;                   // bit n: a number of n digits can start it (15: more)
    };
    static bool starts(const element& e, const token& t) {
        if (t.kind == token_kind::number && ((e.digits >> std::min<std::size_t>(t.folded_size, 15)) & 1U) != 0)
            return true;
        return t.entry != nullptr && e.by_entry[t.entry->id];
    }
    static bool found(const element& e, const token_list& tokens, std::size_t at) {
        const std::size_t last = std::min(at + e.max_offset + 1, tokens.size());
        for (std::size_t i = at + e.min_offset; i < last; ++i)
            if (starts(e, tokens[i])) return true;
        return false;
    }
    static bool starting_tokens(const pattern_element& pattern, const word_index& index, element& e);
    std::vector<element> elements_;
};

} // namespace annalist

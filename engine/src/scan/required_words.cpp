#include <annalist/scan/required_words.hpp>

#include <algorithm>

namespace annalist {
namespace {

std::size_t max_tokens(const pattern_alternative& alt, const element_reach& reach) {
    switch (alt.what) {
    case pattern_alternative::type::literal:
        return 1;
    case pattern_alternative::type::word_class:
        return 3; // "twenty - four"
    case pattern_alternative::type::builtin:
        break;
    }
    switch (alt.builtin) {
    case builtin_class::num:
    case builtin_class::year:
    case builtin_class::word:
        return 1;
    case builtin_class::day:
    case builtin_class::month_num:
    case builtin_class::ordinal_num:
        return 2; // "19th"
    case builtin_class::clock:
    case builtin_class::decade:
        return 3; // "9 : 30", "' 90 s"
    case builtin_class::meridiem:
        return 4; // "a . m ."
    case builtin_class::holiday:
        return reach.holiday;
    case builtin_class::expression:
        return reach.expression;
    }
    return reach.expression;
}

// Digits counts from `low` to `high`, as bits.
constexpr std::uint16_t digit_counts(unsigned low, unsigned high) {
    std::uint16_t bits = 0;
    for (unsigned n = low; n <= high; ++n) bits = static_cast<std::uint16_t>(bits | (1U << n));
    return bits;
}

// The counts of digits of the number a built-in starts with; 0 for the others.
constexpr std::uint16_t number_digits(builtin_class b) {
    switch (b) {
    case builtin_class::num:
        return digit_counts(1, 12);
    case builtin_class::year:
    case builtin_class::decade:
        return digit_counts(4, 4);
    case builtin_class::day:
    case builtin_class::month_num:
    case builtin_class::clock:
        return digit_counts(1, 2);
    case builtin_class::ordinal_num:
        return digit_counts(1, 3);
    default:
        return 0;
    }
}

void mark_class(word_class cls, const word_index& index, std::vector<std::uint8_t>& by_entry) {
    for (std::uint32_t id = 0; id < index.size(); ++id) {
        const auto* meanings = index[id].meanings;
        if (meanings != nullptr &&
            std::any_of(meanings->begin(), meanings->end(), [&](const auto& m) { return m.cls == cls; }))
            by_entry[id] = 1;
    }
}

} // namespace

// The tokens that can start one of the element's alternatives, as the matcher reads
// them (a built-in by its count of digits or its first word); false when some
// alternative can start with any word.
bool required_words::starting_tokens(const pattern_element& pattern, const word_index& index, element& e) {
    e.by_entry.assign(index.size(), 0);
    const auto mark = [&](std::string_view word) {
        if (const word_entry* w = index.find(word)) e.by_entry[w->id] = 1;
    };
    for (const auto& alt : pattern.alternatives) {
        if (alt.what == pattern_alternative::type::literal) {
            mark(alt.literal); // every literal is in the index
            continue;
        }
        if (alt.what == pattern_alternative::type::word_class) {
            mark_class(alt.cls, index, e.by_entry);
            continue;
        }
        e.digits = static_cast<std::uint16_t>(e.digits | number_digits(alt.builtin));
        if (alt.builtin == builtin_class::decade) { // 1990s, '90s
            mark("'");
        } else if (alt.builtin == builtin_class::meridiem) {
            for (const char* start : {"am", "pm", "a", "p"}) mark(start);
        } else if (number_digits(alt.builtin) == 0) {
            return false; // any word, a holiday, <expr>
        }
    }
    return true;
}

std::size_t max_tokens(const pattern_element& e, const element_reach& reach) {
    if (e.negated) return 0; // read, never taken
    std::size_t most = 0;
    for (const auto& alt : e.alternatives) most = std::max(most, max_tokens(alt, reach));
    return most;
}

std::size_t max_mention_tokens(const rule& r, const element_reach& reach) {
    std::size_t most = 0;
    for (const auto& e : r.pattern)
        if (!e.context) most += max_tokens(e, reach);
    return most;
}

required_words::required_words(const rule& r, std::size_t first, const word_index& index, const element_reach& reach) {
    std::size_t min_offset = 0, max_offset = 0;
    for (std::size_t k = 0; k < r.pattern.size(); ++k) {
        const pattern_element& e = r.pattern[k];
        if (k < first && e.context) continue; // leading context stands before the first token
        if (element required{min_offset, max_offset, {}, 0};
            k > first && !e.optional && !e.negated && starting_tokens(e, index, required))
            elements_.push_back(std::move(required));
        // Every element that is neither optional nor negated takes a token at least.
        if (!e.optional && !e.negated) ++min_offset;
        max_offset += max_tokens(e, reach);
    }
}

} // namespace annalist

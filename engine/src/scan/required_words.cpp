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

// Every entry whose word can match one of the element's alternatives; empty when one
// of them is not a word (a built-in).
std::vector<bool> matching_entries(const pattern_element& e, const word_index& index) {
    std::vector<bool> by_entry(index.size(), false);
    for (const auto& alt : e.alternatives) {
        switch (alt.what) {
        case pattern_alternative::type::literal:
            by_entry[index.find(alt.literal)->id] = true; // every literal is in the index
            break;
        case pattern_alternative::type::word_class:
            for (std::uint32_t id = 0; id < index.size(); ++id) {
                const auto* meanings = index[id].meanings;
                if (meanings != nullptr &&
                    std::any_of(meanings->begin(), meanings->end(), [&](const auto& m) { return m.cls == alt.cls; }))
                    by_entry[id] = true;
            }
            break;
        case pattern_alternative::type::builtin:
            return {};
        }
    }
    return by_entry;
}

} // namespace

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
        if (k > first && !e.optional && !e.negated) {
            if (auto by_entry = matching_entries(e, index); !by_entry.empty())
                elements_.push_back({min_offset, max_offset, std::move(by_entry)});
        }
        // Every element that is neither optional nor negated takes a token at least.
        if (!e.optional && !e.negated) ++min_offset;
        max_offset += max_tokens(e, reach);
    }
}

} // namespace annalist

// Every word the rules can read (the lexicon's words and the patterns' literals), each
// with a small dense id. The tokenizer hashes a token as it folds it and probes an
// open-addressed table once: most words of a text are in no rule, and they are
// rejected there without a string comparison.
#pragma once

#include <annalist/config/language.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace annalist {

struct word_entry {
    std::string folded;
    std::uint32_t id = 0;                                // index in word_index::entries()
    const std::vector<word_meaning>* meanings = nullptr; // the lexicon's entries for it, if any
    // Set by the matcher: one bit per kind of token (its plan number) that may start a
    // rule, so a token that starts none is passed over without a look at the rules.
    std::uint16_t starts = 0;
    std::int8_t tense = 0; // a listed tense cue: +1 future, -1 past, 0 none
};

class word_index {
public:
    // The hash of a folded token, one byte at a time (FNV-1a), so the tokenizer can
    // compute it while it folds.
    static constexpr std::uint64_t hash_start = 14695981039346656037ULL;
    static constexpr std::uint64_t hash_step(std::uint64_t h, unsigned char c) { return (h ^ c) * 1099511628211ULL; }
    static std::uint64_t hash(std::string_view folded);

    // Starts with every word of the lexicon and every tense cue word.
    explicit word_index(const language& lang);

    // Adds a word (a pattern literal) if it is not there yet; returns its id.
    std::uint32_t add(std::string_view folded);

    // Inline: the tokenizer calls it once per token.
    [[nodiscard]] const word_entry* find(std::string_view folded, std::uint64_t h) const {
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const slot& s = slots_[i];
            if (s.entry == empty) return nullptr;
            if (s.hash == h && std::string_view(entries_[s.entry].folded) == folded) return &entries_[s.entry];
        }
    }
    [[nodiscard]] const word_entry* find(std::string_view folded) const { return find(folded, hash(folded)); }
    [[nodiscard]] std::size_t size() const { return entries_.size(); }
    [[nodiscard]] const word_entry& operator[](std::uint32_t id) const { return entries_[id]; }
    void set_starts(std::uint32_t id, std::uint16_t starts) { entries_[id].starts = starts; }

private:
    struct slot {
        std::uint64_t hash = 0;
        std::uint32_t entry = empty;
    };
    static constexpr std::uint32_t empty = 0xFFFFFFFF;
    void grow();
    void insert_slot(std::uint64_t h, std::uint32_t entry);

    const language& lang_;
    std::vector<word_entry> entries_;
    std::vector<slot> slots_; // a power of two, at most a quarter full
};

} // namespace annalist

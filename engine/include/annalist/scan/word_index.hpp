// Every word the rules can read (the lexicon's words and the patterns' literals), each
// with a small dense id. The tokenizer probes an open-addressed table once per token,
// keyed by the token's first eight bytes and its length: most words of a text are in
// no rule, and they are rejected there without a string comparison.
#pragma once

#include <annalist/config/language.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace annalist {

struct word_entry {
    std::string folded;
    std::uint32_t id = 0;                                // index in word_index::entries()
    const std::vector<word_meaning>* meanings = nullptr; // the lexicon's entries for it, if any
    // Set by the matcher: one bit per kind of token (its token_shape) that may start a
    // rule, so a token that starts none is passed over without a look at the rules.
    std::uint16_t starts = 0;
    std::int8_t tense = 0; // a listed tense cue: +1 future, -1 past, 0 none
};

class word_index {
    static constexpr std::uint32_t empty = 0xFFFFFFFF;

public:
    // Starts with every word of the lexicon and every tense cue word.
    explicit word_index(const language& lang);

    // Adds a word (a pattern literal) if it is not there yet; returns its id.
    std::uint32_t add(std::string_view folded);

    [[nodiscard]] const word_entry* find(std::string_view folded) const {
        const std::uint64_t first = head(folded);
        return find_in(heads_.data(), ids_.data(), heads_.size() - 1, entries_.data(), folded, first,
                       hash(first, folded.size()));
    }

    // The tokenizer's view of the index, taken once per paragraph: a copy of the few
    // pointers a lookup reads, which the tokenizer's stores into its own buffers cannot
    // change, so they are not read again for every token.
    class reader {
    public:
        // A word followed in memory by at least eight readable bytes (the tokenizer's
        // folded text is): its first bytes are read in one load.
        [[nodiscard]] const word_entry* find_padded(std::string_view folded) const {
            if (folded.size() == 1) { // a punctuation mark, a digit, "a": a quarter of all tokens
                const std::uint32_t id = singles_[static_cast<unsigned char>(folded.front())];
                return id == empty ? nullptr : entries_ + id;
            }
            std::uint64_t first;
            std::memcpy(&first, folded.data(), sizeof first);
            first &= head_mask(folded.size());
            const std::uint64_t h = hash(first, folded.size());
            if (!maybe_known(known_, h)) return nullptr;
            return find_in(heads_, ids_, mask_, entries_, folded, first, h);
        }

    private:
        friend class word_index;
        const std::uint64_t* heads_ = nullptr;
        const std::uint32_t* ids_ = nullptr;
        std::size_t mask_ = 0;
        const word_entry* entries_ = nullptr;
        const std::uint32_t* singles_ = nullptr;
        const std::uint64_t* known_ = nullptr;
    };
    [[nodiscard]] reader read() const {
        reader r;
        r.heads_ = heads_.data();
        r.ids_ = ids_.data();
        r.mask_ = heads_.size() - 1;
        r.entries_ = entries_.data();
        r.singles_ = singles_.data();
        r.known_ = known_.data();
        return r;
    }

    [[nodiscard]] std::size_t size() const { return entries_.size(); }
    [[nodiscard]] const word_entry& operator[](std::uint32_t id) const { return entries_[id]; }
    void set_starts(std::uint32_t id, std::uint16_t starts) { entries_[id].starts = starts; }
    // word_entry::starts for a token not in the index (a number, any word).
    [[nodiscard]] std::uint16_t unlisted_starts() const { return unlisted_starts_; }
    void set_unlisted_starts(std::uint16_t starts) { unlisted_starts_ = starts; }

private:
    static constexpr std::uint64_t head_mask(std::size_t size) {
        if (size >= 8) return ~std::uint64_t{0};
        if constexpr (std::endian::native == std::endian::little) return (std::uint64_t{1} << (8 * size)) - 1;
        return ~(~std::uint64_t{0} >> (8 * size));
    }
    static std::uint64_t head(std::string_view folded) {
        unsigned char bytes[8] = {};
        if (!folded.empty()) std::memcpy(bytes, folded.data(), std::min<std::size_t>(folded.size(), sizeof bytes));
        std::uint64_t first;
        std::memcpy(&first, bytes, sizeof first);
        return first;
    }
    // The hash of a word from its first eight bytes and its length: most words are no
    // longer, and those that are still differ in the bytes compared after it.
    static std::uint64_t hash(std::uint64_t first, std::size_t size) {
        std::uint64_t h = (first ^ size) * 0x9E3779B97F4A7C15ULL;
        return h ^ (h >> 29);
    }
    // A bit for each word's hash, by its top 16 bits: most tokens are in no rule, and
    // they are told so from these 8 KB, one bit in a hundred set, where a probe of the
    // table (24 KB for the English rules, heads and ids) often misses the first-level
    // cache. Measured: 4% faster scanning with it, the same with 1 KB.
    static constexpr std::size_t known_bits = 1 << 16;
    static bool maybe_known(const std::uint64_t* known, std::uint64_t h) {
        const std::uint64_t bit = h >> 48;
        return ((known[bit >> 6] >> (bit & 63)) & 1) != 0;
    }
    // Inline: the tokenizer calls it once per token. A slot is a word's first eight
    // bytes (fewer, zero-padded: no word starts with a zero byte, so 0 is an empty slot),
    // and most words are rejected there, reading eight bytes a slot; the entry, read
    // only when the head agrees, tells the length and the bytes after the eighth.
    static const word_entry* find_in(const std::uint64_t* heads, const std::uint32_t* ids, std::size_t mask,
                                     const word_entry* entries, std::string_view folded, std::uint64_t first,
                                     std::uint64_t h) {
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const std::uint64_t h = heads[i];
            if (h == 0) return nullptr;
            if (h != first) continue;
            const word_entry& e = entries[ids[i]];
            if (e.folded.size() != folded.size()) continue;
            if (folded.size() <= 8 || std::memcmp(e.folded.data() + 8, folded.data() + 8, folded.size() - 8) == 0)
                return &e;
        }
    }
    void grow();
    void insert_slot(std::uint32_t entry);

    const language& lang_;
    std::vector<word_entry> entries_;
    // Open-addressed, a power of two, at most a quarter full: each word's head, and
    // beside it its entry's id.
    std::vector<std::uint64_t> heads_;
    std::vector<std::uint32_t> ids_;
    // The words of one byte by that byte, found without a hash.
    std::array<std::uint32_t, 256> singles_;
    std::vector<std::uint64_t> known_ = std::vector<std::uint64_t>(known_bits / 64, 0);
    std::uint16_t unlisted_starts_ = 0;
};

} // namespace annalist

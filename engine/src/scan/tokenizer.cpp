#include <annalist/scan/tokenizer.hpp>
#include <annalist/work_meter.hpp>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <span>

namespace annalist {
namespace {

enum class byte_class : std::uint8_t { space, digit, letter, punct };

struct folded_char {
    byte_class cls;
    std::size_t length; // bytes in the original
    char ascii;         // the folded character for punctuation and spaces
};

constexpr bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Classifies the character at text[i], folding the look-alikes the rules should not
// have to list.
folded_char classify(std::string_view text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return {byte_class::space, 1, ' '};
    if (is_digit(c)) return {byte_class::digit, 1, static_cast<char>(c)};
    if (is_ascii_letter(c)) return {byte_class::letter, 1, static_cast<char>(c)};
    if (c < 0x80) return {byte_class::punct, 1, static_cast<char>(c)};
    const auto at = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0; };
    if (c == 0xC2 && at(1) == 0xA0) return {byte_class::space, 2, ' '}; // no-break space
    if (c == 0xE2 && at(1) == 0x80) {
        const unsigned char third = at(2);
        if (third >= 0x90 && third <= 0x95) return {byte_class::punct, 3, '-'}; // hyphens and dashes
        if (third == 0x98 || third == 0x99) return {byte_class::punct, 3, '\''};
        if (third == 0x9C || third == 0x9D) return {byte_class::punct, 3, '"'};
        if ((third >= 0x80 && third <= 0x8A) || third == 0xAF) return {byte_class::space, 3, ' '};
        // Invisible marks: zero-width space, non-joiner and joiner, the direction
        // marks and embeddings. Read as space: "June\u200B 3" is "June 3", and a word
        // with one inside is two words, as a screen reader reads it.
        if ((third >= 0x8B && third <= 0x8F) || (third >= 0xAA && third <= 0xAE)) return {byte_class::space, 3, ' '};
    }
    if (c == 0xE2 && at(1) == 0x81 && (at(2) == 0xA0 || (at(2) >= 0xA6 && at(2) <= 0xA9)))
        return {byte_class::space, 3, ' '}; // word joiner, direction isolates
    if (c == 0xEF && at(1) == 0xBB && at(2) == 0xBF) return {byte_class::space, 3, ' '}; // zero-width no-break space
    if (c == 0xE2 && at(1) == 0x88 && at(2) == 0x92) return {byte_class::punct, 3, '-'}; // minus sign
    if (c == 0xE3 && at(1) == 0x80 && at(2) == 0x80) return {byte_class::space, 3, ' '}; // ideographic space
    // Any other non-ASCII character is part of a word ("Zürich").
    std::size_t length = 1;
    while (i + length < text.size() && (static_cast<unsigned char>(text[i + length]) & 0xC0) == 0x80) ++length;
    return {byte_class::letter, length, 0};
}

// Bytes kept past the folded text, so a token's first eight bytes can be read at once.
constexpr std::size_t padding = 8;

} // namespace

void token_list::assign(std::string_view text, std::size_t begin, std::size_t end, const language* lang) {
    tokenize(text, begin, end, lang, nullptr);
}

void token_list::assign(std::string_view text, std::size_t begin, std::size_t end, const word_index& words) {
    tokenize(text, begin, end, nullptr, &words);
}

void token_list::tokenize(std::string_view text, std::size_t begin, std::size_t end, const language* lang,
                          const word_index* words) {
    count_ = 0;
    rule_start_count_ = 0;
    words_ = words;
    work_meter::add(end - begin);
    split(text, begin, end);
    // Each token looked up in a second pass: in one loop with the splitting, GCC kept
    // most of their values on the stack.
    const char* const folded = folded_.data();
    if (words != nullptr) {
        const word_index::reader index = words->read();
        const std::uint16_t unlisted_starts = words->unlisted_starts();
        token* const first = tokens_.data();
        token* const last = first + count_;
        // Every token's index is written, and the next one goes past it only when the
        // token may start a rule: no branch to mispredict.
        if (rule_starts_.size() < count_) rule_starts_.resize(std::max(count_, 2 * rule_starts_.size()));
        std::size_t* const starts_begin = rule_starts_.data();
        std::size_t* starts_out = starts_begin;
        for (token* p = first; p != last; ++p) {
            token& t = *p;
            t.entry = index.find_padded(std::string_view(folded + t.folded_begin, t.folded_size));
            const std::uint16_t starts = t.entry == nullptr ? unlisted_starts : t.entry->starts;
            if (t.entry != nullptr && t.kind == token_kind::word) t.meanings = t.entry->meanings;
            *starts_out = static_cast<std::size_t>(p - first);
            starts_out += (starts >> t.shape) & 1U;
        }
        rule_start_count_ = static_cast<std::size_t>(starts_out - starts_begin);
    } else if (lang != nullptr) {
        for (token& t : std::span(tokens_.data(), count_))
            if (t.kind == token_kind::word)
                t.meanings = lang->meanings(std::string_view(folded + t.folded_begin, t.folded_size));
    }
}

void token_list::split(std::string_view text, std::size_t begin, std::size_t end) {
    std::size_t size = end > begin ? end - begin : 0;
    // The folded text keeps the paragraph's offsets: the masks' pass lowers every ASCII
    // letter in its place, and only a character from 0x80 that folds to one ("-" for a
    // dash) is written after it. The padding lets the word index read the first eight
    // bytes of any token at once.
    folded_.resize(byte_masks::lowered_size(size) + padding);
    if (masks_.assign(reinterpret_cast<const unsigned char*>(text.data()) + begin, size, folded_.data()))
        size = mark_non_ascii(text, begin, size);
    masks_.find_tokens(size);
    // Each token from the next bit of each mask: where it starts and where it ends.
    const byte_masks::block* const blocks = masks_.blocks();
    const std::size_t count = byte_masks::lowered_size(size) / 64;
    std::size_t end_block = 0;
    std::uint64_t ends = blocks[0].ends;
    count_ = 0;
    for (std::size_t b = 0; b < count; ++b) {
        const byte_masks::block& at = blocks[b];
        if (at.starts == 0) continue;
        // Room for the block's tokens, one a byte at most; each is then written whole
        // through a pointer. The list only grows (filling new tokens in costs as much as
        // writing them), and count_ says how many are this paragraph's.
        if (tokens_.size() < count_ + 64) tokens_.resize(std::max(count_ + 64, 2 * tokens_.size()));
        token* out = tokens_.data() + count_;
        for (std::uint64_t starts = at.starts; starts != 0; starts &= starts - 1) {
            while (ends == 0) ends = blocks[++end_block].ends;
            const std::size_t first = b * 64 + static_cast<std::size_t>(std::countr_zero(starts));
            const std::size_t last = end_block * 64 + static_cast<std::size_t>(std::countr_zero(ends));
            ends &= ends - 1;
            const std::uint64_t bit = starts & (~starts + 1);
            token_kind kind = token_kind::punct;
            std::uint8_t shape = token_shape::punct;
            std::size_t folded_size = 1; // punctuation folds to one character
            bool capitalized = false;
            if ((at.letters & bit) != 0) {
                kind = token_kind::word;
                const auto c = static_cast<unsigned char>(text[begin + first]);
                capitalized = c >= 'A' && c <= 'Z';
                shape = capitalized ? token_shape::capitalized_word : token_shape::lower_word;
                folded_size = last + 1 - first;
            } else if ((at.digits & bit) != 0) {
                kind = token_kind::number;
                folded_size = last + 1 - first;
                shape = token_shape::of_number(folded_size);
            }
            *out++ =
                token{kind,        shape,   begin + first, begin + last + 1, first, folded_size, (at.spaced & bit) != 0,
                      capitalized, nullptr, nullptr};
        }
        count_ = static_cast<std::size_t>(out - tokens_.data());
    }
}

std::size_t token_list::mark_non_ascii(std::string_view text, std::size_t begin, std::size_t size) {
    const std::size_t count = byte_masks::lowered_size(size) / 64;
    std::size_t next_char = 0; // the first byte after the characters read
    for (std::size_t b = 0; b < count; ++b) {
        for (std::uint64_t high = masks_.blocks()[b].high; high != 0; high &= high - 1) {
            const std::size_t at = b * 64 + static_cast<std::size_t>(std::countr_zero(high));
            if (at < next_char) continue; // a byte inside a character
            const folded_char c = classify(text, begin + at);
            next_char = at + c.length;
            if (next_char > size) { // the last character, read whole past the paragraph's end
                folded_.resize(byte_masks::lowered_size(next_char) + padding);
                std::memcpy(folded_.data() + size, text.data() + begin + size, next_char - size);
                masks_.grow(next_char);
                size = next_char;
            }
            if (c.cls == byte_class::letter) {
                masks_.mark(at, c.length, byte_masks::character::letter);
            } else if (c.cls == byte_class::space) {
                masks_.mark(at, c.length, byte_masks::character::space);
            } else {
                masks_.mark(at, c.length, byte_masks::character::punct);
                folded_[at] = c.ascii;
            }
        }
    }
    return size;
}

std::vector<std::string> folded_tokens(std::string_view phrase) {
    token_list tokens;
    tokens.assign(phrase, 0, phrase.size());
    std::vector<std::string> out;
    for (std::size_t i = 0; i < tokens.size(); ++i) out.emplace_back(tokens.folded(i));
    return out;
}

} // namespace annalist

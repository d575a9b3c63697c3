#include <annalist/scan/tokenizer.hpp>

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

namespace annalist {
namespace {

enum class byte_class : std::uint8_t { space, digit, letter, punct, other }; // other: a byte from 0x80, for classify()

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
    }
    if (c == 0xE2 && at(1) == 0x88 && at(2) == 0x92) return {byte_class::punct, 3, '-'}; // minus sign
    if (c == 0xE3 && at(1) == 0x80 && at(2) == 0x80) return {byte_class::space, 3, ' '}; // ideographic space
    // Any other non-ASCII character is part of a word ("Zürich").
    std::size_t length = 1;
    while (i + length < text.size() && (static_cast<unsigned char>(text[i + length]) & 0xC0) == 0x80) ++length;
    return {byte_class::letter, length, 0};
}

// Every byte's class, so the loops over ASCII read one table; bytes from 0x80 are
// `other` here and classify() reads them.
constexpr std::array<byte_class, 256> byte_classes = [] {
    std::array<byte_class, 256> table{};
    for (std::size_t c = 0; c < table.size(); ++c) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80)
            table[c] = byte_class::other;
        else if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v')
            table[c] = byte_class::space;
        else if (is_digit(b))
            table[c] = byte_class::digit;
        else if (is_ascii_letter(b))
            table[c] = byte_class::letter;
        else
            table[c] = byte_class::punct;
    }
    return table;
}();

// Bytes kept past the folded text, so a token's first eight bytes can be read at once.
constexpr std::size_t padding = 8;

// The high bit of each of eight bytes where `in_range` holds: bytes below 0x80 from
// `low` to `high`. No byte's sum carries into the next.
constexpr std::uint64_t bytes_in_range(std::uint64_t bytes, unsigned char low, unsigned char high) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, high_bits = 0x8080808080808080ULL;
    const std::uint64_t seven_bits = bytes & ~high_bits;
    const std::uint64_t at_least_low = seven_bits + ones * (0x80U - low);
    const std::uint64_t above_high = seven_bits + ones * (0x7FU - high);
    return at_least_low & ~above_high & ~bytes & high_bits;
}

// The length of the run of ASCII letters (or digits) at `in`, at most `size` bytes,
// copied folded to `out` (which takes eight bytes more than the run). Eight bytes at a
// time: a byte loop cost as much as the rest of the tokenizer.
template <byte_class cls> std::size_t ascii_run(const unsigned char* in, std::size_t size, char* out) {
    std::size_t k = 0;
    if constexpr (std::endian::native == std::endian::little) {
        for (; size - k >= 8; k += 8) {
            std::uint64_t bytes;
            std::memcpy(&bytes, in + k, sizeof bytes);
            // Lower case: a letter's 0x20 bit ("@" and "[" around the capitals fail the range).
            if constexpr (cls == byte_class::letter) bytes |= 0x2020202020202020ULL;
            const std::uint64_t in_run =
                cls == byte_class::letter ? bytes_in_range(bytes, 'a', 'z') : bytes_in_range(bytes, '0', '9');
            std::memcpy(out + k, &bytes, sizeof bytes);
            if (in_run != 0x8080808080808080ULL) return k + std::countr_zero(~in_run & 0x8080808080808080ULL) / 8;
        }
    }
    for (; k < size && byte_classes[in[k]] == cls; ++k)
        out[k] = static_cast<char>(cls == byte_class::letter ? in[k] | 0x20 : in[k]);
    return k;
}

} // namespace

void token_list::assign(std::string_view text, std::size_t begin, std::size_t end, const language* lang) {
    tokenize(text, begin, end, lang, nullptr);
}

void token_list::assign(std::string_view text, std::size_t begin, std::size_t end, const word_index& words) {
    tokenize(text, begin, end, nullptr, &words);
}

void token_list::tokenize(std::string_view text, std::size_t begin, std::size_t end, const language* lang,
                          const word_index* words) {
    tokens_.clear();
    rule_starts_.clear();
    words_ = words;
    // Folded bytes are written in place, then the string is cut to what was written:
    // folding never lengthens text, except a last character that runs past `end`. The
    // padding lets the word index read the first eight bytes of any token at once.
    folded_.resize((end > begin ? end - begin : 0) + padding);
    char* out = folded_.data();
    std::size_t n = 0;
    // Raw bytes: stores through `out` (a char*) may alias anything, and a string_view
    // behind a reference would be read again after each of them.
    const auto* const bytes = reinterpret_cast<const unsigned char*>(text.data());
    const word_index::reader index = words != nullptr ? words->read() : word_index::reader{};
    bool space = true;
    for (std::size_t i = begin; i < end;) {
        const unsigned char c = bytes[i];
        const folded_char first = c < 0x80 ? folded_char{byte_classes[c], 1, static_cast<char>(c)} : classify(text, i);
        if (first.cls == byte_class::space) {
            space = true;
            i += first.length;
            continue;
        }
        // Built in place in the list: every token is kept, and copying one in cost as much as
        // folding a short word.
        token& t = tokens_.emplace_back(
            token{token_kind::punct, token_shape::punct, i, i, n, 0, space, false, nullptr, nullptr});
        if (first.cls == byte_class::punct) {
            out[n++] = first.ascii;
            i += first.length;
        } else {
            t.kind = first.cls == byte_class::digit ? token_kind::number : token_kind::word;
            t.capitalized = first.cls == byte_class::letter && c >= 'A' && c <= 'Z';
            t.shape = t.capitalized ? token_shape::capitalized_word : token_shape::lower_word; // a number's below
            const byte_class cls = first.cls;
            for (;;) {
                const std::size_t run = cls == byte_class::letter
                                            ? ascii_run<byte_class::letter>(bytes + i, end - i, out + n)
                                            : ascii_run<byte_class::digit>(bytes + i, end - i, out + n);
                n += run;
                i += run;
                if (i >= end || bytes[i] < 0x80) break;
                const folded_char next = classify(text, i);
                if (next.cls != cls) break;
                if (n + next.length + padding > folded_.size()) {
                    folded_.resize(n + next.length + padding);
                    out = folded_.data();
                }
                for (std::size_t k = 0; k < next.length; ++k) out[n++] = text[i + k]; // only ASCII folds
                i += next.length;
            }
        }
        t.end = i;
        t.folded_size = n - t.folded_begin;
        if (t.kind == token_kind::number) t.shape = token_shape::of_number(t.folded_size);
        const std::string_view folded_token(out + t.folded_begin, t.folded_size);
        if (words != nullptr) {
            t.entry = index.find_padded(folded_token);
            if (t.entry != nullptr && t.kind == token_kind::word) t.meanings = t.entry->meanings;
            const std::uint16_t starts = t.entry == nullptr ? words->unlisted_starts() : t.entry->starts;
            if (((starts >> t.shape) & 1U) != 0) rule_starts_.push_back(tokens_.size() - 1);
        } else if (lang != nullptr && t.kind == token_kind::word) {
            t.meanings = lang->meanings(folded_token);
        }
        // Most tokens are followed by one plain space: passed over here, without a turn
        // of the loop.
        space = i < end && bytes[i] == ' ';
        i += space ? 1 : 0;
    }
    folded_.resize(n);
}

std::vector<std::string> folded_tokens(std::string_view phrase) {
    token_list tokens;
    tokens.assign(phrase, 0, phrase.size());
    std::vector<std::string> out;
    for (std::size_t i = 0; i < tokens.size(); ++i) out.emplace_back(tokens.folded(i));
    return out;
}

} // namespace annalist

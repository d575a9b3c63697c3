#include <annalist/scan/byte_masks.hpp>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace annalist {
namespace {

struct ascii_masks {
    std::uint64_t letters = 0, digits = 0, spaces = 0, high = 0;
};

#if defined(__SSE2__)

// One block's 64 bytes, lowered to `out`.
ascii_masks classify_block(const unsigned char* text, char* out) {
    const auto bytes = [](int c) { return _mm_set1_epi8(static_cast<char>(c)); };
    // Whether each byte is from `low` to `high`: moved so that `low` is the least signed
    // byte, one signed comparison tells.
    const auto in_range = [&](__m128i x, int low, int high) {
        return _mm_cmplt_epi8(_mm_add_epi8(x, bytes(0x80 - low)), bytes(high - low + 1 - 0x80));
    };
    const auto bits = [](__m128i m, int shift) {
        return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(m))) << shift;
    };
    ascii_masks m;
    for (int k = 0; k < 4; ++k) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + k * 16));
        // A letter's 0x20 bit lowers it; "@" and "[" around the capitals fall outside.
        const __m128i letters = in_range(_mm_or_si128(x, bytes(0x20)), 'a', 'z');
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + k * 16),
                         _mm_or_si128(x, _mm_and_si128(letters, bytes(0x20))));
        // Tab, line feed, vertical tab, form feed, carriage return, space.
        const __m128i spaces = _mm_or_si128(_mm_cmpeq_epi8(x, bytes(' ')), in_range(x, '\t', '\r'));
        m.letters |= bits(letters, k * 16);
        m.digits |= bits(in_range(x, '0', '9'), k * 16);
        m.spaces |= bits(spaces, k * 16);
        m.high |= bits(x, k * 16);
    }
    return m;
}

#else

ascii_masks classify_block(const unsigned char* text, char* out) {
    ascii_masks m;
    for (std::size_t i = 0; i < 64; ++i) {
        const unsigned char c = text[i];
        const bool upper = c >= 'A' && c <= 'Z';
        const std::uint64_t bit = std::uint64_t{1} << i;
        if (upper || (c >= 'a' && c <= 'z')) m.letters |= bit;
        if (c >= '0' && c <= '9') m.digits |= bit;
        if (c == ' ' || (c >= '\t' && c <= '\r')) m.spaces |= bit;
        if (c >= 0x80) m.high |= bit;
        out[i] = static_cast<char>(upper ? c | 0x20 : c);
    }
    return m;
}

#endif

} // namespace

bool byte_masks::assign(const unsigned char* text, std::size_t size, char* lowered) {
    const std::size_t count = lowered_size(size) / 64;
    blocks_.assign(count + 1, block{});
    std::uint64_t high = 0;
    for (std::size_t b = 0; b < count; ++b) {
        ascii_masks m;
        if (const std::size_t left = size - b * 64; left >= 64) {
            m = classify_block(text + b * 64, lowered + b * 64);
        } else { // the last bytes, zero-padded: a zero byte is none of the classes
            unsigned char last[64] = {};
            std::memcpy(last, text + b * 64, left);
            m = classify_block(last, lowered + b * 64);
        }
        block& k = blocks_[b];
        k.letters = m.letters;
        k.digits = m.digits;
        k.spaces = m.spaces;
        k.high = m.high;
        high |= m.high;
    }
    return high != 0;
}

void byte_masks::grow(std::size_t size) {
    if (const std::size_t count = lowered_size(size) / 64 + 1; count > blocks_.size()) blocks_.resize(count);
}

void byte_masks::mark(std::size_t at, std::size_t length, character c) {
    for (std::size_t i = at; i < at + length; ++i) {
        block& k = blocks_[i / 64];
        const std::uint64_t bit = std::uint64_t{1} << (i % 64);
        if (c == character::letter) k.letters |= bit;
        if (c == character::space) k.spaces |= bit;
        if (c == character::punct && i > at) k.joined |= bit;
    }
}

void byte_masks::find_tokens(std::size_t size) {
    const std::size_t count = lowered_size(size) / 64;
    // Bit 63 of the block before; the paragraph's start counts as whitespace.
    std::uint64_t letter_before = 0, digit_before = 0, space_before = 1;
    for (std::size_t b = 0; b < count; ++b) {
        block& k = blocks_[b];
        const block& next = blocks_[b + 1];
        const std::size_t left = size - b * 64;
        const std::uint64_t in_text = left >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << left) - 1;
        const std::uint64_t punct = ~(k.letters | k.digits | k.spaces) & in_text;
        k.starts = (k.letters & ~(k.letters << 1 | letter_before)) | (k.digits & ~(k.digits << 1 | digit_before)) |
                   (punct & ~k.joined);
        k.ends = (k.letters & ~(k.letters >> 1 | next.letters << 63)) |
                 (k.digits & ~(k.digits >> 1 | next.digits << 63)) | (punct & ~(k.joined >> 1 | next.joined << 63));
        k.spaced = k.starts & (k.spaces << 1 | space_before);
        letter_before = k.letters >> 63;
        digit_before = k.digits >> 63;
        space_before = k.spaces >> 63;
    }
}

} // namespace annalist

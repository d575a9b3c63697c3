// UTF-8 checks every reader needs: find the first invalid byte and say where it is.
#pragma once

#include <annalist/sdk/reader_plugin.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace annalist::sdk {

// Length of the well-formed UTF-8 sequence starting at text[i] (RFC 3629: no
// overlongs, no surrogates, nothing above U+10FFFF), or 0 if it is ill-formed.
inline std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;
        if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;
    } else
        return 0;
    if (i + length > text.size()) return 0;
    if (byte(i + 1) < low || byte(i + 1) > high) return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
    return length;
}

// The offset of the first byte that is not well-formed UTF-8, or npos. ASCII, most
// of any text, is passed over eight bytes at a time.
inline std::size_t first_invalid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        if (i + 8 <= text.size()) {
            std::uint64_t word = 0;
            std::memcpy(&word, text.data() + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) return i;
        i += length;
    }
    return std::string_view::npos;
}

// The position of the first invalid byte, with line and column (in code points)
// counted so that an editor finds it; nullopt if the text is valid UTF-8.
inline std::optional<position> find_invalid_utf8(std::string_view text) {
    const std::size_t bad = first_invalid_utf8(text);
    if (bad == std::string_view::npos) return std::nullopt;
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < bad;) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += utf8_sequence_length(text, i);
    }
    return position{line, column, bad};
}

// Line and column (in code points) of a byte offset, for messages.
inline position position_of_offset(std::string_view text, std::size_t byte_offset) {
    position where{1, 1, byte_offset};
    for (std::size_t i = 0; i < byte_offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++where.line;
            where.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++where.column;
        }
    }
    return where;
}

inline void require_valid_utf8(std::string_view text) {
    if (const auto bad = find_invalid_utf8(text)) {
        throw read_error("invalid UTF-8 at byte offset " + std::to_string(bad->byte_offset), *bad);
    }
}

inline std::string_view strip_utf8_bom(std::string_view text) {
    return text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
}

} // namespace annalist::sdk

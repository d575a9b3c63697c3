#include <annalist/scan/tokenizer.hpp>

namespace annalist {
namespace {

bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
// ASCII letters, and every byte of a multi-byte UTF-8 sequence, so "Zürich" stays one word.
bool is_word_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }

} // namespace

std::vector<token> tokenize(std::string_view text) {
    std::vector<token> tokens;
    tokens.reserve(text.size() / 4);
    bool space = false;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (is_space(c)) {
            space = true;
            ++i;
            continue;
        }
        const std::size_t start = i;
        token_kind kind = token_kind::punct;
        if (is_digit(c)) {
            kind = token_kind::number;
            while (i < text.size() && is_digit(static_cast<unsigned char>(text[i]))) ++i;
        } else if (is_word_byte(c)) {
            kind = token_kind::word;
            while (i < text.size() && is_word_byte(static_cast<unsigned char>(text[i]))) ++i;
        } else {
            ++i;
        }
        tokens.push_back({kind, start, i, space});
        space = false;
    }
    return tokens;
}

} // namespace annalist

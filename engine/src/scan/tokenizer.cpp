#include <annalist/scan/tokenizer.hpp>

namespace annalist {
namespace {

enum class byte_class { space, digit, letter, punct };

struct folded_char {
    byte_class cls;
    std::size_t length; // bytes in the original
    char ascii;         // the folded character for punctuation and spaces
};

bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

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

} // namespace

void token_list::assign(std::string_view text, std::size_t begin, std::size_t end, const language* lang) {
    tokens_.clear();
    folded_.clear();
    bool space = true;
    for (std::size_t i = begin; i < end;) {
        const folded_char first = classify(text, i);
        if (first.cls == byte_class::space) {
            space = true;
            i += first.length;
            continue;
        }
        token t{token_kind::punct, i, i, folded_.size(), 0, space, false, nullptr};
        if (first.cls == byte_class::punct) {
            folded_.push_back(first.ascii);
            i += first.length;
        } else {
            t.kind = first.cls == byte_class::digit ? token_kind::number : token_kind::word;
            t.capitalized = first.cls == byte_class::letter && text[i] >= 'A' && text[i] <= 'Z';
            while (i < end) {
                const folded_char next = classify(text, i);
                if (next.cls != first.cls) break;
                if (next.length == 1) {
                    const char ch = text[i];
                    folded_.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch);
                } else {
                    folded_.append(text.substr(i, next.length));
                }
                i += next.length;
            }
        }
        t.end = i;
        t.folded_size = folded_.size() - t.folded_begin;
        if (lang != nullptr && t.kind == token_kind::word)
            t.meanings = lang->meanings(std::string_view(folded_).substr(t.folded_begin, t.folded_size));
        tokens_.push_back(t);
        space = false;
    }
}

std::vector<std::string> folded_tokens(std::string_view phrase) {
    token_list tokens;
    tokens.assign(phrase, 0, phrase.size());
    std::vector<std::string> out;
    for (std::size_t i = 0; i < tokens.size(); ++i) out.emplace_back(tokens.folded(i));
    return out;
}

} // namespace annalist

// Splits text into words, numbers and single punctuation marks, keeping byte offsets
// into the original text. Whitespace is dropped but remembered on the next token.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace annalist {

enum class token_kind { word, number, punct };

struct token {
    token_kind kind;
    std::size_t begin; // byte offsets into the text, [begin, end)
    std::size_t end;
    bool space_before; // whitespace separates it from the previous token
};

std::vector<token> tokenize(std::string_view text);

} // namespace annalist

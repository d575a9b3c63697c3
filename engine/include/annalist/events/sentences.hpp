// Where the sentence around a mention begins and ends, and how to show it.
#pragma once

#include <annalist/config/language.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace annalist {

struct text_span {
    std::size_t begin = 0; // byte offsets, [begin, end)
    std::size_t end = 0;
};

// The sentence holding [begin, end). Sentences end at '.', '!' or '?' followed by
// a space (unless the word before is an abbreviation, an initial or a month
// abbreviation) and at blank lines; a single line break inside a paragraph is not
// a boundary, since plain text is often hard-wrapped.
text_span sentence_around(std::string_view text, text_span mention, const language& lang);

// The text with every run of whitespace folded to one space, trimmed.
std::string fold_whitespace(std::string_view text);

// At most max_chars code points, cut at a word boundary, with "…" when cut.
std::string shorten(std::string_view text, std::size_t max_chars);

} // namespace annalist

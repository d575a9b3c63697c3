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
// a boundary, since plain text is often hard-wrapped. The search reaches at most
// `reach` bytes either way from the mention and stops there: enough to show a
// sentence, where reading the whole of a run-on one for each of its mentions was
// quadratic.
text_span sentence_around(std::string_view text, text_span mention, const language& lang,
                          std::size_t reach = std::string_view::npos);

// The text with every run of whitespace folded to one space, trimmed.
std::string fold_whitespace(std::string_view text);

// A sentence as an event shows it: folded (fold_whitespace). One longer than
// longest_shown_sentence bytes is no sentence a person reads (a table, a list, a
// scraped page without full stops) and would be copied into every event it
// dates: only the words within shown_around bytes of the mention are kept, cut at
// spaces, with "…" where cut.
inline constexpr std::size_t longest_shown_sentence = 1000;
inline constexpr std::size_t shown_around = 300;
std::string shown_sentence(std::string_view text, text_span sentence, text_span mention);

// The sentence around a mention as shown_sentence shows it, read no further than
// showing it needs: linear in the mentions of a long sentence.
std::string shown_sentence_around(std::string_view text, text_span mention, const language& lang);

// At most max_chars code points, cut at a word boundary, with "…" when cut.
std::string shorten(std::string_view text, std::size_t max_chars);

} // namespace annalist

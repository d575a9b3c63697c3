// The page's own date stamps in its text: a byline or a date line says when the page
// was published, and is no event ("By Staff · Tuesday, March 5, 2019 · Issue 42",
// "Published 9:41 AM EST Mar 5, 2019", "05.03.2019 | 09:41").
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace annalist::html {

// The lines of `text` (as read_page makes it) that are date stamps: a line holding a
// written day that either begins with a byline or publishing word ("By", "Von",
// "Par", "Published", "Updated", "Posted", "Veröffentlicht", "Aktualisiert",
// "Publié", "Mis à jour"...) or says "retrieved", in at most 25 words, or is a short
// line of at most 6 words. A line that ends as a sentence does ('.', '!', '?') is a
// stamp only by a publishing word: "By 2030, ..." and "Von März an ..." are news.
using text_range = std::pair<std::size_t, std::size_t>; // [first, second) bytes

std::vector<text_range> date_stamps(std::string_view text);

// Whether one line (no '\n') is such a stamp.
bool is_date_stamp(std::string_view line);

} // namespace annalist::html

// HTML to article text and metadata with gumbo, an HTML5 parser: shared by the html
// reader and the rss reader (feed items carry HTML), linked into both.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace annalist::html {

struct page {
    std::string text; // the article body: blocks separated by blank lines
    std::string title;
    std::string url;
    std::string published;         // ISO 8601 as found, or empty
    std::string published_source;  // which metadata gave it
    std::size_t tags_left_out = 0; // start tags nested too deep to keep (html_nesting.hpp)
    // The lines of `text` that are the page's date stamps (html_stamps.hpp).
    std::vector<std::pair<std::size_t, std::size_t>> stamps;
};

// Everything a page says about itself. The body is the element marked
// itemprop="articleBody", else the blocks that score best as article text
// (html_body.hpp: paragraphs, commas, link density, class names), else <article>,
// <main> or <body>; without script, style, nav, footer, aside, forms, comments,
// hidden elements, boxes whose text is mostly links, and elements whose class or id
// names comments, share bars, related links, newsletters, breadcrumbs or cookie
// notices; block elements become paragraph breaks, <br> a line break, runs of white
// space one space, entities decoded. A best block that scores poorly, or blocks with
// no text, give way to the page's <article>, <main> or <body>, else its captions. The publication date is
// the day the page's own statements support best (html_date.hpp): metadata,
// structured data, the address, <time>, script data, and visible dates weighed by
// their line, each kind of place trusted so far, agreeing kinds adding up; a change's
// date is no publication, and a visible date after the page's latest record is none.
// `html` is UTF-8 (html_charset.hpp converts other charsets). Elements nested deeper
// than 512 levels are left out, their text kept (html_nesting.hpp).
page read_page(std::string_view html);

// Just the text of an HTML fragment (a feed item's description), nested no deeper
// than read_page reads.
std::string fragment_text(std::string_view html);

} // namespace annalist::html

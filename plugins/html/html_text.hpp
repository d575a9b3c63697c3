// HTML to article text and metadata with gumbo, an HTML5 parser: shared by the html
// reader and the rss reader (feed items carry HTML), linked into both.
#pragma once

#include <string>
#include <string_view>

namespace annalist::html {

struct page {
    std::string text; // the article body: blocks separated by blank lines
    std::string title;
    std::string url;
    std::string published;        // ISO 8601 as found, or empty
    std::string published_source; // which metadata gave it
};

// Everything a page says about itself. The body is the element marked
// itemprop="articleBody", else the blocks that score best as article text
// (html_body.hpp: paragraphs, commas, link density, class names), else <article>,
// <main> or <body>; without script, style, nav, footer, aside, forms, comments,
// hidden elements, boxes whose text is mostly links, and elements whose class or id
// names comments, share bars, related links, newsletters, breadcrumbs or cookie
// notices; block elements become paragraph breaks, <br> a line break, runs of white
// space one space, entities decoded. The publication date is looked for in order:
// article:published_time, <time datetime> in the article's header, JSON-LD
// datePublished, itemprop datePublished, <meta name="date"> and its common variants
// (pubdate, DC.date.issued...), a /YYYY/MM/DD/ path in the page's URL, any <time
// datetime>, then a date written near the top of the article's text or the page's.
// `html` is UTF-8 (html_charset.hpp converts other charsets).
page read_page(std::string_view html);

// Just the text of an HTML fragment (a feed item's description).
std::string fragment_text(std::string_view html);

} // namespace annalist::html

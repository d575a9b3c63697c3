// A page's publication date, chosen among every place the page states a day
// (html_date_candidates.hpp) by how much each is trusted and how far they agree.
#pragma once

#include "html_dom.hpp"

#include <string>

namespace annalist::html::detail {

struct found_date {
    std::string value;  // ISO 8601 as found, or empty
    std::string source; // which metadata or text gave it
};

// `article` is the page's <article> if any, `body` the element chosen as its body
// (either may be null), `url` the page's canonical URL.
found_date find_publication_date(const GumboNode* root, const GumboNode* article, const GumboNode* body,
                                 const std::string& url);

} // namespace annalist::html::detail

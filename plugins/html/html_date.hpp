// Where a page states its publication date, tried in a fixed order (see html_text.hpp).
#pragma once

#include "html_dom.hpp"

#include <string>

namespace annalist::html::detail {

struct found_date {
    std::string value;  // ISO 8601 as found, or empty
    std::string source; // which metadata or text gave it
};

struct text_dates {
    std::string published; // the first date not marked as an update
    std::string updated;   // the first date after a word for an update
};

// Days written in visible text, in the forms news pages use: 2021-03-03, 03.03.2021,
// 17/03/2020 (day first unless that cannot be), 3. März 2021, 13 juin 2019,
// 3 March 2021, March 3, 2021; as YYYY-MM-DD. A date just after a word for an update
// ("aktualisiert", "updated", "Stand", "mis à jour") is kept apart: it is not the
// publication, but better than nothing.
text_dates visible_dates(std::string_view text);

// `article` is the page's <article> if any, `body` the element chosen as its body
// (either may be null), `url` the page's canonical URL.
found_date find_publication_date(const GumboNode* root, const GumboNode* article, const GumboNode* body,
                                 const std::string& url);

} // namespace annalist::html::detail

// Every place a page states a day, as candidates for its publication date: metadata,
// structured data, the address, <time>, script data, the visible text with the words
// around each date, pictures' addresses. html_date.cpp chooses among them.
#pragma once

#include "html_dom.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace annalist::html::detail {

enum class date_role {
    published, // says when the page was published, or may
    updated,   // says when it was changed: never its publication, but a bound on it
};

struct date_candidate {
    std::string value;     // iso_day form: YYYY-MM-DD, maybe with a time
    std::string source;    // where, as published_source reports it
    std::string_view kind; // sources of one kind are not independent evidence
    int weight = 0;        // how far this kind of place is trusted to hold the day
    date_role role = date_role::published;
    // A visible date shown as the page's: on a date line or byline, or opening its
    // paragraph as a dateline does ("31. Oktober 2023. Dragqueens sind ...").
    bool shown_as_date = false;
};

// `article` is the page's <article> if any, `body` the element chosen as its body
// (either may be null), `url` the page's canonical URL. In document order within
// each kind, the kinds from the most to the least trusted.
std::vector<date_candidate> date_candidates(const GumboNode* root, const GumboNode* article, const GumboNode* body,
                                            const std::string& url);

// The visible text's candidates alone (read_page's text, or any text): each date
// weighed by its line. A date in prose is weak; one on a short line of its own, after
// a publishing word or a byline ("Published", "Posted on", "By Ann Lee |"), or near
// the headline (the line `headline`, when there is one) is strong; one after a word
// for an update is an update.
std::vector<date_candidate> text_candidates(std::string_view text, std::string_view source,
                                            std::string_view headline = {});

} // namespace annalist::html::detail

// The publication date a document does not state, read from its text: a dateline
// ("VIENNA, March 3, 2021 —"), else the latest date among the sources it cites, else
// the latest date it reports in the past tense (an article appears after what it
// reports). A guess, so it says why.
#pragma once

#include <annalist/model/document.hpp>
#include <annalist/model/mention.hpp>

#include <date/date.h>

#include <optional>
#include <string>
#include <vector>

namespace annalist {

struct inferred_publication {
    date::year_month_day day;
    std::string reason; // "the dateline 'March 3, 2021' (line 1)"
};

// `mentions` are the document's, found with no publication date: only those that
// name a full date on their own can be trusted here.
std::optional<inferred_publication> infer_publication_date(const document& doc, const std::vector<mention>& mentions);

} // namespace annalist

// The publication date a document does not state, read from its text: a dateline
// ("VIENNA, March 3, 2021 —"), else the day after the latest date among the sources
// it cites (an article is written after reading them), else the latest date it
// reports in the past tense (an article appears after what it reports). A guess, so
// it says why.
#pragma once

#include <annalist/model/document.hpp>
#include <annalist/model/mention.hpp>

#include <date/date.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace annalist {

struct inferred_publication {
    date::year_month_day day;
    std::string reason; // "the dateline 'March 3, 2021' (line 1)"
};

// The text's mentions found again against a provisional publication date.
using find_against = std::function<std::vector<mention>(date::year_month_day)>;

// `mentions` are the document's, found with no publication date: only those that
// name a full date on their own can be trusted here. In order: a dateline; the day
// after the latest dated citation; yearless citations (below, through `find_again`);
// the latest date reported in the past tense.
std::optional<inferred_publication> infer_publication_date(const document& doc, const std::vector<mention>& mentions,
                                                           const find_against& find_again = {});

// Citations often give a source's day without its year ("(NV.ua, November 3)"). The
// year comes from the text's own full dates: the latest that it does not put in the
// future (`latest_full_date`). Found again against that day as a provisional
// reference, each yearless citation is placed in its year (in the next when that
// puts it half a year or more before the full date: "December 20, 2024" and "(TASS,
// January 3)"), and the day after the latest is the publication date, as for dated
// citations: "November 3" and "June 19, 2024" give 2024-11-04.
const mention* latest_full_date(const std::vector<mention>& mentions);
std::optional<inferred_publication>
infer_from_yearless_citations(const document& doc, const std::vector<mention>& provisional, const mention& year_source);

} // namespace annalist

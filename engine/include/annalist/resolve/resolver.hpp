// Turns a rule match into a time value: absolute dates as written, everything
// relative against a reference (the publication date, or in narrative mode and for
// anaphora the last date mentioned), underspecified dates in the direction the
// tense points. Every decision is recorded for --explain.
#pragma once

#include <annalist/config/config.hpp>
#include <annalist/config/language.hpp>
#include <annalist/model/mention.hpp>
#include <annalist/model/time_value.hpp>
#include <annalist/scan/matcher.hpp>

#include <date/date.h>

#include <memory>
#include <optional>
#include <string>

namespace annalist {

// The words around a match, where its tense cue is read when a resolution needs it:
// most do not, and reading the cue costs about as much as resolving.
struct tense_window {
    const token_list* tokens = nullptr;
    std::size_t first_token = 0;
    std::size_t end_token = 0;
};

struct resolve_context {
    std::optional<date::year_month_day> publication;
    std::optional<time_value> last_date; // the last dated mention before this one
    // The mention just before in the same paragraph, and the token it ended at, so a
    // range's end can join it.
    std::optional<time_value> previous_value;
    std::size_t previous_end_token = 0;
    resolution_mode mode = resolution_mode::news;
    numeric_date_order order = numeric_date_order::mdy;
    int tense = 0;       // the cue around the mention (-1 past, +1 future, 0 none), without a window
    tense_window window; // when it has tokens, the cue is read there instead
    bool explain = true; // write each resolution's explanation
    // The year a heading names for the list this mention stands in (heading_years.hpp):
    // a day or month without a year takes it.
    std::optional<int> heading_year;
};

struct resolution {
    timex_type type = timex_type::date;
    time_value value;
    annalist::anchor anchor = anchor::absolute;
    std::string explanation;
    // A point of comparison counted back in years ("a year ago", "the year-earlier
    // quarter"): the text goes on from the date it was counted from, so it never
    // becomes the last date a later "a year earlier" counts from.
    bool comparison = false;
    std::optional<int> tense;                      // the tense cue, when the resolution read it
    date_parts written = 0;                        // mention::written
    std::shared_ptr<const time_value> alternative; // mention::alternative and confidence
    double confidence = 1.0;
};

// nullopt when the match does not make a value (February 30, a decade "1995s", a
// relative date with no reference).
std::optional<resolution> resolve_match(const rule_match& match, const language& lang, const resolve_context& context);

// Picks among candidate periods of the same kind (sorted by begin) the one the
// direction points to from `reference`: the one holding it if any; else future:
// the first after, past: the last before, none: the nearest (ties go to the past).
const time_value* choose_instance(const std::vector<time_value>& candidates, date::sys_days reference, int direction);

} // namespace annalist

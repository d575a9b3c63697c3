// Events dated from other events. Each offset phrase ("two months after the
// meeting", "the day after the summit") ties two events together: the one its clause
// reports and the one it names. An event is dated when the text dates it (a date in
// its own clause, or "November 2023, two months after X"), and dates flow along the
// ties until nothing changes. A date inside the name ("the armistice of November
// 1918") or in a relative clause after it ("the election, which was held on October
// 20") dates the named event, not the clause. A name the text dates twice over in one
// clause ("called the vote for March 3 and March 17") is not dated. A tie that contradicts the dates at both its ends,
// or events dated only from each other (a cycle), are reported and left undated: never guessed.
#pragma once

#include <annalist/config/language.hpp>
#include <annalist/model/mention.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace annalist {

struct anchored_event {
    mention anchor;       // the span that names the event, dated: "the meeting ...", "The day after the summit"
    std::string headline; // what happened, as a headline
};

// Why a tie between events was left unresolved, at the byte where its phrase begins.
struct dating_problem {
    std::size_t at = 0;
    std::string message;
};

struct anchored_dating {
    std::vector<anchored_event> events; // events dated only through ties, in text order
    std::vector<dating_problem> problems;
    // Dates that belong to an event an offset phrase names, not to the clause they
    // stand in: "50 years after the armistice of November 1918", "three days before
    // the election, which was held on October 20". Begins of those mentions, sorted.
    std::vector<std::size_t> naming_dates;
};

anchored_dating anchored_events(std::string_view text, const std::vector<mention>& mentions, const language& lang);

} // namespace annalist

// Phrases that date one event from another: "two months after the meeting at
// Vostochny", "the day after the summit", "a week before the vote".
#pragma once

#include <annalist/events/sentences.hpp>
#include <annalist/model/mention.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annalist {

// A whole number of calendar units: 2 months, 1 day.
struct calendar_offset {
    int count = 0;
    char unit = 0; // Y, M, W, D
};

struct offset_phrase {
    text_span span;                // "the day after the summit"
    text_span name;                // "the summit": the event the offset leads from
    std::string head;              // "summit": the word that names that event elsewhere
    calendar_offset offset;        // 1 day
    int direction = 0;             // +1 for "after", -1 for "before"
    const mention* date = nullptr; // "November 2023, two months after X": the date just before, if any
    text_span clause;              // the clause the phrase stands in, up to ';' or the sentence's end
};

// "P2M" -> 2 months; nullopt for an unknown count (PXM) or a time unit (PT2H).
std::optional<calendar_offset> parse_calendar_offset(std::string_view timex_duration);

// The day `offset` away from `from`, forward for direction +1, back for -1. Months
// and years land on the first of the month, since they say nothing finer.
date::sys_days moved(date::sys_days from, calendar_offset offset, int direction);

// Every offset phrase in the text, in text order: a duration mention or "the
// day/week/month/year", then "after" or "before", then a name that is not itself a
// time expression and starts like a noun phrase ("the ...", "Kim's ...").
std::vector<offset_phrase> find_offset_phrases(std::string_view text, const std::vector<mention>& mentions,
                                               const language& lang);

// The clause around [begin, end): its sentence, cut at semicolons.
text_span clause_around(std::string_view text, text_span span, const language& lang);

// Does `word` (lower case) stand as a whole word, singular or plural, in text[span]
// outside [skip.begin, skip.end)?
bool names_word(std::string_view text, text_span span, text_span skip, std::string_view word);

} // namespace annalist

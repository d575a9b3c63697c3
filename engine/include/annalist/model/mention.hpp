// A temporal expression found in a document, with its resolved value.
#pragma once

#include <annalist/model/date_parts.hpp>
#include <annalist/model/time_value.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace annalist {

// A range written with two dates ("June 3-5"): its ends' values; the range runs from
// the first's start to the second's end.
struct date_range {
    time_value first;
    time_value last;
};

// What the value was computed from.
enum class anchor : std::uint8_t { absolute, publication, previous, event };

struct mention {
    std::size_t begin = 0; // byte offsets into document::text, [begin, end)
    std::size_t end = 0;
    // The same bounds in Unicode code points, as users and TimeML tools count them:
    // kept so that writers need not hold the document's text.
    std::size_t begin_code_point = 0;
    std::size_t end_code_point = 0;
    std::string text;
    time_value value;
    std::string rule;         // which rule found it, for --explain
    std::string explanation;  // the reference and direction used, and why
    std::string cited_outlet; // set when it dates a source citation ("TASS"), not an event
    // The small fields together, so that padding does not grow every mention.
    timex_type type = timex_type::date;
    annalist::anchor anchor = anchor::absolute;
    int tense = 0;          // the tense around it: -1 past, +1 future, 0 none seen
    date_parts written = 0; // the calendar parts the text wrote; the value's others are implied
    // When the text gave no direction and a policy chose the instance ("on Thursday"
    // with no cue is the one just past), the instance on the other side, and how often
    // that policy was right on TempEval-3 (1 when nothing was guessed). Shared, not
    // held: most mentions have none, and a held value would make each one 70 bytes larger.
    std::shared_ptr<const time_value> alternative;
    double confidence = 1.0;
    std::shared_ptr<const date_range> range; // set on both ends of a range
};

std::string_view to_string(anchor a);

} // namespace annalist

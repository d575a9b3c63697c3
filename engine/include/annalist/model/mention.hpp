// A temporal expression found in a document, with its resolved value.
#pragma once

#include <annalist/model/time_value.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace annalist {

// What the value was computed from.
enum class anchor { absolute, publication, previous, event };

struct mention {
    std::size_t begin = 0; // byte offsets into document::text, [begin, end)
    std::size_t end = 0;
    std::string text;
    timex_type type = timex_type::date;
    time_value value;
    annalist::anchor anchor = anchor::absolute;
    std::string rule;         // which rule found it, for --explain
    std::string explanation;  // the reference and direction used, and why
    std::string cited_outlet; // set when it dates a source citation ("TASS"), not an event
    int tense = 0;            // the tense around it: -1 past, +1 future, 0 none seen
};

std::string_view to_string(anchor a);

} // namespace annalist

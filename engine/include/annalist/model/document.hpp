// One article as a reader produced it, plus what the host knows about where it came from.
#pragma once

#include <date/date.h>

#include <compare>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace annalist {

// Where a document stands among a run's inputs: the input's position, then the
// document's among those its reader made of it (a feed's items). Partial
// chronologies merge in this order, whatever order they were made in.
struct document_order {
    std::size_t input = 0;
    std::size_t item = 0;
    auto operator<=>(const document_order&) const = default;
};

// A byte range [begin, end) of a document's text.
struct text_range {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool operator==(const text_range&) const = default;
};

struct document {
    std::string source;    // the input path as the user named it ("-" for stdin)
    std::string reader_id; // which plugin read it
    std::string title;
    std::string url;
    std::string text; // UTF-8, the reader's output; offsets refer to it
    std::optional<date::year_month_day> published;
    std::string published_source;    // where the date came from: a header line, --pub-date
    bool published_inferred = false; // guessed from the text (a dateline, the latest citation)
    document_order order;
    // Where the document states its own date (a byline, a date line), as its reader
    // marked it: no event is made there. In order, within `text`; dropped with it.
    std::vector<text_range> stamps;
};

} // namespace annalist

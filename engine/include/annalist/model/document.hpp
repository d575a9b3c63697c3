// One article as a reader produced it, plus what the host knows about where it came from.
#pragma once

#include <date/date.h>

#include <compare>
#include <cstddef>
#include <optional>
#include <string>

namespace annalist {

// Where a document stands among a run's inputs: the input's position, then the
// document's among those its reader made of it (a feed's items). Partial
// chronologies merge in this order, whatever order they were made in.
struct document_order {
    std::size_t input = 0;
    std::size_t item = 0;
    auto operator<=>(const document_order&) const = default;
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
};

} // namespace annalist

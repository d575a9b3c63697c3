// The part of a sentence each of its dates dates. Two dates with a clause boundary
// between them (";", ", and", " and ", ", but", ", while", a comma) date two
// clauses, so two events; a date and its restatement ("last Thursday (October 31)")
// date one. A range ("June 3 to June 5") shares its clause.
#pragma once

#include <annalist/model/mention.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace annalist {

struct dated_clause {
    std::size_t date = 0;                // index of the mention that dates it
    std::vector<std::size_t> restatings; // indices of mentions that say the same date again
    // The clause as a headline source, with its restatements left out and, when it
    // has no subject of its own ("... and enacted in mid-October"), the sentence's
    // ("The plan enacted in mid-October").
    std::string text;
    std::size_t date_begin = 0; // the dating mention's bytes within `text`
    std::size_t date_end = 0;
};

// `dates` are indices into `mentions`, in text order, all within the sentence that
// starts at byte `sentence_begin` of the document and reads `sentence`.
std::vector<dated_clause> split_dated_clauses(std::string_view sentence, std::size_t sentence_begin,
                                              const std::vector<mention>& mentions,
                                              const std::vector<std::size_t>& dates);

} // namespace annalist

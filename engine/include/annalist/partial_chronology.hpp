// A chronology in the making: what some of a run's documents say, each part computed
// from its document alone. Partials merge in any grouping and any order into the same
// whole, so documents can be mapped on many threads or machines and merged as they
// come; finish_chronology then joins the reports of one event across documents and
// orders the events, once, over the whole.
#pragma once

#include <annalist/config/language.hpp>
#include <annalist/model/chronology.hpp>

#include <vector>

namespace annalist {

struct partial_chronology {
    std::vector<document> documents;        // in document::order; their texts are dropped
    std::vector<event> events;              // grouped by document in that order, then in text order
    std::vector<source_citation> citations; // likewise
    std::vector<diagnostics> notes;         // notes[d] are about documents[d]
};

// The union of two partials, documents in their order (a's first where two share
// one). Associative, and commutative when no two documents share an order: the
// result depends only on the set of documents. Linear in the two sizes; appending
// partials already in order moves b's parts only.
partial_chronology merge_partials(partial_chronology a, partial_chronology b);

// All of `parts` merged, as merging them two at a time in any grouping would: parts
// that follow one another in document order are joined in one pass into lists
// made to size, each part released once moved, so the whole is never held twice.
partial_chronology merge_partials(std::vector<partial_chronology> parts);

// The chronology of the merged whole: events ordered (sort_chronologically), the
// reports of one event in several documents joined (merge_reports), notes in
// document order.
chronology finish_chronology(partial_chronology whole, const language& lang);

} // namespace annalist

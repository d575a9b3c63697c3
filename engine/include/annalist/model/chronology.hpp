// The neutral model between the engine and the writers.
#pragma once

#include <annalist/model/diagnostic.hpp>
#include <annalist/model/document.hpp>
#include <annalist/model/mention.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace annalist {

// Bumped whenever a writer-visible field changes meaning or shape.
inline constexpr int model_version = 1;

// Another article's account of an event, kept when the same event is merged.
struct event_report {
    std::size_t document = 0;
    annalist::mention mention;
    std::string sentence;
};

struct event {
    annalist::mention mention; // the expression that dates it
    std::string sentence;      // the sentence the mention stands in
    std::string headline;
    std::size_t document = 0;                // index into chronology::documents
    std::vector<event_report> also_reported; // the same event in other documents, in input order
};

// A source an article cites with a date: "(TASS, October 31)".
struct source_citation {
    std::size_t document = 0;
    std::string outlet;
    annalist::mention mention;
};

struct chronology {
    std::vector<document> documents;
    std::vector<event> events;              // in chronological order
    std::vector<source_citation> citations; // in document and text order
    diagnostics notes;
};

} // namespace annalist

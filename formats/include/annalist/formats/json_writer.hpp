// JSON forms of the model: the whole chronology, and mentions one per line.
#pragma once

#include <annalist/model/chronology.hpp>

#include <ostream>
#include <vector>

namespace annalist::formats {

struct json_options {
    bool explain = false; // add the rule that found each mention
};

// {"model_version", "documents", "events", "diagnostics"}; events in chronological
// order; offsets in Unicode code points into the document text.
void write_chronology_json(const chronology& c, const json_options& options, std::ostream& out);

// One object a line per mention: source, start, end, text, type, value, mod, grain,
// interval, anchor (and rule with explain). `mentions` holds one list per document.
void write_mentions_jsonl(const std::vector<document>& documents, const std::vector<std::vector<mention>>& mentions,
                          const json_options& options, std::ostream& out);

// One object a line per document, exactly as its reader produced it: source,
// reader, title, url, published, published_source, text.
void write_documents_jsonl(const std::vector<document>& documents, std::ostream& out);

} // namespace annalist::formats

// JSON forms of the model: the whole chronology, and mentions one per line.
#pragma once

#include <annalist/model/chronology.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace annalist::formats {

struct json_options {
    bool explain = false; // add the rule that found each mention
};

// {"model_version", "documents", "events", "citations", "diagnostics"}; events in
// chronological order; offsets in Unicode code points into the document text (the
// mentions carry them, so the text itself is not needed). Written one item at a
// time: memory does not grow with the output.
void write_chronology_json(const chronology& c, const json_options& options, std::ostream& out);

// One object a line per mention: source, start, end, text, type, value, mod, grain,
// interval, anchor (and rule with explain), for one document's mentions...
void write_mentions_jsonl(const document& doc, const std::vector<mention>& mentions, const json_options& options,
                          std::ostream& out);
// The same lines appended to a string, which grows once to about their size.
void append_mentions_jsonl(const document& doc, const std::vector<mention>& mentions, const json_options& options,
                           std::string& out);

// The same line for one mention built as a JSON tree and dumped by nlohmann: the
// reference the fast line above is tested against.
std::string mention_json_line(const mention& m, const document& doc, const json_options& options);

// ... or for several, `mentions` holding one list per document.
void write_mentions_jsonl(const std::vector<document>& documents, const std::vector<std::vector<mention>>& mentions,
                          const json_options& options, std::ostream& out);

// One object a line per document, exactly as its reader produced it: source,
// reader, title, url, published, published_source, text.
void write_documents_jsonl(const std::vector<document>& documents, std::ostream& out);

} // namespace annalist::formats

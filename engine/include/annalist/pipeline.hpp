// The engine's stages in order: scan, resolve, attach events, order. Pure functions
// of their inputs: no clock, no environment, no files.
#pragma once

#include <annalist/config/language.hpp>
#include <annalist/model/chronology.hpp>

#include <vector>

namespace annalist {

struct engine_context {
    const language& lang;
};

// Every temporal expression in the document, resolved, in text order. Expressions
// that cannot be resolved (a date that does not exist) become warnings in `notes`.
std::vector<mention> find_mentions(const document& doc, const engine_context& context, diagnostics& notes);

// One event per dating mention, across all documents, in chronological order:
// earlier start first; at the same start the wider interval (a month before the
// days inside it); then document and text order.
chronology build_chronology(std::vector<document> documents, const engine_context& context);

} // namespace annalist

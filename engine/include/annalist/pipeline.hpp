// The engine's stages in order: scan, resolve, attach events, order. Pure functions
// of their inputs: no clock, no environment, no files.
#pragma once

#include <annalist/config/config.hpp>
#include <annalist/config/language.hpp>
#include <annalist/config/language_identifier.hpp>
#include <annalist/model/chronology.hpp>
#include <annalist/partial_chronology.hpp>
#include <annalist/scan/matcher.hpp>

#include <functional>
#include <vector>

namespace annalist {

struct engine_context {
    const language& lang;
    const matcher& rules;
    resolution_mode mode = resolution_mode::news;
    numeric_date_order order = numeric_date_order::mdy;
    bool include_citations = false; // citation dates become events too
    // Each mention says why it has its value; off where no output shows it, since
    // writing the reasons is a tenth of the scan.
    bool explanations = true;
    // Tells a text in another language, which is then reported and left unread.
    const language_identifier* identifier = nullptr;
};

// Every temporal expression in the document, resolved, in text order, those in a
// bracketed source citation marked with their outlet. A full date that does not
// exist (February 30) becomes a warning in `notes`.
std::vector<mention> find_mentions(const document& doc, const engine_context& context, diagnostics& notes);

// The same, a paragraph at a time: `take` gets each paragraph's mentions (it may
// move them away), so a long document's mentions need not all be held at once.
void scan_mentions(const document& doc, const engine_context& context, diagnostics& notes,
                   const std::function<void(std::vector<mention>&)>& take);

// A document with no publication date gets one inferred from its text (a dateline,
// the latest cited source's date, the latest date reported in the past tense),
// marked inferred with the reason, and a warning; one with none to infer is
// reported, and its relative dates stay unresolved.
void date_undated_document(document& doc, const engine_context& context, diagnostics& notes);

// The map step: a document's share of the chronology, from it alone. Its publication
// date first (date_undated_document), then one event per dated DATE or TIME mention
// that is not a citation (unless the context includes them), in text order; the
// document's text is dropped once they are made.
partial_chronology map_document(document doc, const engine_context& context);

// Every document mapped, the partials merged and finished: events across all
// documents in chronological order (earlier start first; at the same start the wider
// interval, a month before the days inside it; then document and text order).
chronology build_chronology(std::vector<document> documents, const engine_context& context);

} // namespace annalist

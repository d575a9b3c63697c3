#include "engine_handle.hpp"

#include <annalist/formats/json_writer.hpp>

#include <fmt/format.h>

namespace annalist::python {
namespace {

cli::input_options options_of(std::string config_file, std::vector<std::string> plugin_dirs) {
    cli::input_options options;
    options.config_file = std::move(config_file);
    options.plugin_dirs = std::move(plugin_dirs);
    return options;
}

} // namespace

engine_handle::engine_handle(std::string config_file, std::vector<std::string> plugin_dirs,
                             const cli::installation& where)
    : session_(options_of(std::move(config_file), std::move(plugin_dirs)), where,
               [this](const diagnostic& d) { load_notes_.push_back(d); }) {}

engine_context engine_handle::context(std::optional<resolution_mode> mode) const {
    engine_context c = session_.engine();
    if (mode) c.mode = *mode;
    return c;
}

const loaded_reader* engine_handle::reader_named(const std::string& id) const {
    if (id.empty()) return nullptr;
    const loaded_reader* reader = session_.plugins().find(id);
    if (reader == nullptr)
        throw cli::usage_error(fmt::format("reader {}: no such reader is loaded (see `annalist plugins`)", id));
    return reader;
}

std::string engine_handle::mentions_jsonl(document doc, std::optional<resolution_mode> mode, bool explain,
                                          diagnostics& notes) const {
    engine_context c = context(mode);
    c.explanations = explain;
    date_undated_document(doc, c, notes);
    std::string lines;
    scan_mentions(doc, c, notes,
                  [&](std::vector<mention>& found) { formats::append_mentions_jsonl(doc, found, {explain}, lines); });
    return lines;
}

std::string engine_handle::resolve_jsonl(std::string expression, date::year_month_day reference, bool explain,
                                         diagnostics& notes) const {
    document doc;
    doc.source = "expression";
    doc.text = std::move(expression);
    doc.published = reference;
    doc.published_source = "--ref";
    std::string lines;
    formats::append_mentions_jsonl(doc, find_mentions(doc, context(std::nullopt), notes), {explain}, lines);
    return lines;
}

std::vector<document> engine_handle::read(const std::vector<std::string>& paths, const build_settings& settings,
                                          diagnostics& notes) const {
    const loaded_reader* reader = reader_named(settings.reader);
    std::vector<document> documents;
    const auto inputs = cli::list_inputs(paths, false);
    for (std::size_t k = 0; k < inputs.size(); ++k) {
        cli::read_result r = session_.read(inputs[k], k, reader, settings.published);
        notes.insert(notes.end(), r.notes.begin(), r.notes.end());
        for (document& doc : r.documents) documents.push_back(std::move(doc));
    }
    return documents;
}

mapped engine_handle::map(std::vector<build_item> items, std::size_t first_position,
                          const build_settings& settings) const {
    const loaded_reader* reader = reader_named(settings.reader);
    engine_context c = context(settings.mode);
    c.include_citations = settings.include_citations;
    c.explanations = false; // as the CLI's build without --explain
    mapped out;
    std::size_t position = first_position;
    const auto add = [&](document doc) {
        out.part = merge_partials(std::move(out.part), map_document(std::move(doc), c));
    };
    for (build_item& item : items) {
        if (auto* doc = std::get_if<document>(&item)) {
            doc->order = {position++, 0};
            if (!doc->published && settings.published) {
                doc->published = settings.published;
                doc->published_source = "--pub-date";
            }
            add(std::move(*doc));
            continue;
        }
        for (const cli::input_file& input : cli::list_inputs({std::get<std::string>(item)}, false)) {
            cli::read_result r = session_.read(input, position++, reader, settings.published);
            out.reader_notes.insert(out.reader_notes.end(), r.notes.begin(), r.notes.end());
            for (document& doc : r.documents) add(std::move(doc));
        }
    }
    return out;
}

} // namespace annalist::python

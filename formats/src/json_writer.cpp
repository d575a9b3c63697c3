#include <annalist/formats/json_writer.hpp>
#include <annalist/model/iso_date.hpp>

#include "mention_line.hpp"

#include <date/date.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace annalist::formats {
namespace {

using json = nlohmann::ordered_json;

json optional_string(std::string_view s) { return s.empty() ? json(nullptr) : json(s); }

// [begin, end) as ISO 8601, or null for what dates nothing (durations, sets).
json interval_json(const time_value& v) {
    if (!v.dated) return nullptr;
    return json::array({format_instant(v.begin, v.grain), format_instant(v.end, v.grain)});
}

json mention_json(const mention& m, const document& doc, const json_options& options) {
    const time_value& v = m.value;
    json j;
    j["source"] = doc.source;
    j["start"] = m.begin_code_point;
    j["end"] = m.end_code_point;
    j["text"] = m.text;
    j["type"] = to_string(m.type);
    j["value"] = v.value;
    j["mod"] = optional_string(to_string(v.mod));
    j["grain"] = to_string(v.grain);
    j["interval"] = interval_json(v);
    j["anchor"] = to_string(m.anchor);
    j["written"] = part_names(m.written);
    j["implied"] = part_names(static_cast<date_parts>(parts_at_grain(v) & ~m.written));
    if (m.alternative) {
        j["alternative"] = {{"value", m.alternative->value}, {"interval", interval_json(*m.alternative)}};
        j["confidence"] = m.confidence;
    } else {
        j["alternative"] = nullptr;
        j["confidence"] = nullptr;
    }
    if (m.range) {
        const date_range& r = *m.range;
        j["range"] = {{"start", r.first.value},
                      {"end", r.last.value},
                      {"interval", json::array({format_instant(r.first.begin, r.first.grain),
                                                format_instant(r.last.end, r.last.grain)})}};
    } else {
        j["range"] = nullptr;
    }
    if (!m.cited_outlet.empty()) j["citation"] = m.cited_outlet;
    if (options.explain) {
        j["rule"] = m.rule;
        j["explanation"] = m.explanation;
    }
    return j;
}

json document_json(const document& doc) {
    json j;
    j["source"] = doc.source;
    j["reader"] = doc.reader_id;
    j["title"] = optional_string(doc.title);
    j["url"] = optional_string(doc.url);
    j["published"] = doc.published ? json(iso_day_text(*doc.published)) : json(nullptr);
    j["published_source"] = optional_string(doc.published_source);
    j["published_inferred"] = doc.published_inferred;
    return j;
}

json diagnostic_json(const diagnostic& d) {
    json j;
    j["severity"] = d.level == severity::error ? "error" : "warning";
    j["file"] = d.where.file;
    j["line"] = d.where.line == 0 ? json(nullptr) : json(d.where.line);
    j["column"] = d.where.column == 0 ? json(nullptr) : json(d.where.column);
    j["message"] = d.message;
    return j;
}

std::string dumped(const json& j, int indent = -1) {
    return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

// `"key": [items]` inside the root object, laid out as dump(2) lays out the whole,
// one item at a time so the whole never stands in memory.
template <typename Items, typename ToJson>
void write_member_array(std::ostream& out, std::string_view key, const Items& items, ToJson to_json, bool last) {
    out << "  \"" << key << "\": [";
    bool first = true;
    for (const auto& item : items) {
        out << (first ? "\n" : ",\n") << "    ";
        first = false;
        const std::string text = dumped(to_json(item), 2);
        for (const char c : text) { // dump never writes a raw newline inside a string
            out << c;
            if (c == '\n') out << "    ";
        }
    }
    out << (first ? "]" : "\n  ]") << (last ? "\n" : ",\n");
}

} // namespace

void write_chronology_json(const chronology& c, const json_options& options, std::ostream& out) {
    out << "{\n  \"model_version\": " << model_version << ",\n";
    write_member_array(out, "documents", c.documents, document_json, false);
    write_member_array(
        out, "events", c.events,
        [&](const event& e) {
            json j;
            j["value"] = e.mention.value.value;
            j["mod"] = optional_string(to_string(e.mention.value.mod));
            j["grain"] = to_string(e.mention.value.grain);
            j["interval"] = interval_json(e.mention.value);
            j["headline"] = e.headline;
            j["sentence"] = e.sentence;
            j["document"] = e.document;
            j["mentions"] = json::array();
            j["sources"] = json::array();
            const auto add = [&](std::size_t d, const mention& m, const std::string& sentence) {
                j["mentions"].push_back(mention_json(m, c.documents.at(d), options));
                for (const auto& source : j["sources"])
                    if (source["document"] == d) return;
                j["sources"].push_back({{"document", d}, {"sentence", sentence}});
            };
            add(e.document, e.mention, e.sentence);
            for (const event_report& r : e.also_reported) add(r.document, r.mention, r.sentence);
            return j;
        },
        false);
    write_member_array(
        out, "citations", c.citations,
        [&](const source_citation& s) {
            json cite;
            cite["document"] = s.document;
            cite["outlet"] = s.outlet;
            cite["mention"] = mention_json(s.mention, c.documents.at(s.document), options);
            return cite;
        },
        false);
    write_member_array(out, "diagnostics", c.notes, diagnostic_json, true);
    out << "}\n";
}

void write_documents_jsonl(const std::vector<document>& documents, std::ostream& out) {
    for (const document& doc : documents) {
        json j = document_json(doc);
        j["text"] = doc.text;
        // Where the text states its own date, so that `build` on these lines makes
        // no event there either (the jsonl reader reads them back).
        j["stamps"] = json::array();
        for (const text_range& r : doc.stamps) j["stamps"].push_back({r.begin, r.end});
        out << dumped(j) << '\n';
    }
}

void write_mentions_jsonl(const document& doc, const std::vector<mention>& mentions, const json_options& options,
                          std::ostream& out) {
    std::string lines;
    append_mentions_jsonl(doc, mentions, options, lines);
    out << lines;
}

void append_mentions_jsonl(const document& doc, const std::vector<mention>& mentions, const json_options& options,
                           std::string& out) {
    constexpr std::size_t typical_line = 320; // bytes, TempEval-3 without explanations
    const std::size_t needed = out.size() + mentions.size() * typical_line;
    if (out.capacity() < needed) out.reserve(std::max(needed, 2 * out.capacity())); // called again and again

    for (const mention& m : mentions) detail::append_mention_line(m, doc, options, out);
}

std::string mention_json_line(const mention& m, const document& doc, const json_options& options) {
    return dumped(mention_json(m, doc, options)) + '\n';
}

void write_mentions_jsonl(const std::vector<document>& documents, const std::vector<std::vector<mention>>& mentions,
                          const json_options& options, std::ostream& out) {
    for (std::size_t d = 0; d < documents.size() && d < mentions.size(); ++d)
        write_mentions_jsonl(documents[d], mentions[d], options, out);
}

} // namespace annalist::formats

#include <annalist/formats/json_writer.hpp>

#include <annalist/text/code_points.hpp>

#include <date/date.h>
#include <nlohmann/json.hpp>

namespace annalist::formats {
namespace {

using json = nlohmann::ordered_json;

json optional_string(std::string_view s) { return s.empty() ? json(nullptr) : json(s); }

// [begin, end) as ISO 8601, or null for what dates nothing (durations, sets).
json interval_json(const time_value& v) {
    if (!v.dated) return nullptr;
    return json::array({format_instant(v.begin, v.grain), format_instant(v.end, v.grain)});
}

json mention_json(const mention& m, const document& doc, code_point_counter& offsets, const json_options& options) {
    const time_value& v = m.value;
    json j;
    j["source"] = doc.source;
    j["start"] = offsets.at(m.begin);
    j["end"] = offsets.at(m.end);
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
    j["published"] = doc.published ? json(date::format("%F", *doc.published)) : json(nullptr);
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

} // namespace

void write_chronology_json(const chronology& c, const json_options& options, std::ostream& out) {
    json root;
    root["model_version"] = model_version;
    root["documents"] = json::array();
    for (const document& doc : c.documents) root["documents"].push_back(document_json(doc));
    root["events"] = json::array();
    for (const event& e : c.events) {
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
            const document& from = c.documents.at(d);
            code_point_counter offsets(from.text);
            j["mentions"].push_back(mention_json(m, from, offsets, options));
            for (const auto& source : j["sources"])
                if (source["document"] == d) return;
            j["sources"].push_back({{"document", d}, {"sentence", sentence}});
        };
        add(e.document, e.mention, e.sentence);
        for (const event_report& r : e.also_reported) add(r.document, r.mention, r.sentence);
        root["events"].push_back(std::move(j));
    }
    root["citations"] = json::array();
    for (const source_citation& s : c.citations) {
        const document& doc = c.documents.at(s.document);
        code_point_counter offsets(doc.text);
        json cite;
        cite["document"] = s.document;
        cite["outlet"] = s.outlet;
        cite["mention"] = mention_json(s.mention, doc, offsets, options);
        root["citations"].push_back(std::move(cite));
    }
    root["diagnostics"] = json::array();
    for (const diagnostic& d : c.notes) root["diagnostics"].push_back(diagnostic_json(d));
    out << root.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

void write_documents_jsonl(const std::vector<document>& documents, std::ostream& out) {
    for (const document& doc : documents) {
        json j = document_json(doc);
        j["text"] = doc.text;
        out << j.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
    }
}

void write_mentions_jsonl(const std::vector<document>& documents, const std::vector<std::vector<mention>>& mentions,
                          const json_options& options, std::ostream& out) {
    for (std::size_t d = 0; d < documents.size() && d < mentions.size(); ++d) {
        code_point_counter offsets(documents[d].text);
        for (const mention& m : mentions[d])
            out << mention_json(m, documents[d], offsets, options).dump(-1, ' ', false, json::error_handler_t::replace)
                << '\n';
    }
}

} // namespace annalist::formats

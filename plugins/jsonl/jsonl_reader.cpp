// JSON lines: one article per line, {"text", "title", "url", "published", "stamps"}
// ("stamps": the [begin, end) byte ranges of the text that state its own date, as
// `annalist read -t jsonl` writes them).
// A bad line is reported with its line number and skipped; the others are read.
#include <annalist/sdk/iso_date.hpp>
#include <annalist/sdk/reader_plugin.hpp>
#include <annalist/sdk/utf8.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace {

using annalist::sdk::position;
using annalist::sdk::probe_answer;
using nlohmann::json;

bool has_extension(std::string_view file_name, std::string_view ext) {
    return file_name.size() >= ext.size() && file_name.substr(file_name.size() - ext.size()) == ext;
}

// The string under `key`, "" when absent; throws when it is there but not a string.
std::string optional_string(const json& object, const char* key) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return {};
    if (!it->is_string()) throw std::invalid_argument(std::string("'") + key + "' must be a string");
    return it->get<std::string>();
}

annalist::sdk::document parse_line(std::string_view line) {
    const json object = json::parse(line);
    if (!object.is_object()) throw std::invalid_argument("a line must hold one JSON object");
    const auto text = object.find("text");
    if (text == object.end() || !text->is_string()) throw std::invalid_argument("'text' (a string) is required");
    annalist::sdk::document doc;
    doc.text = text->get<std::string>();
    doc.title = optional_string(object, "title");
    doc.url = optional_string(object, "url");
    doc.published = optional_string(object, "published");
    if (!doc.published.empty()) {
        if (!annalist::sdk::looks_like_iso_date(doc.published))
            throw std::invalid_argument("'published' wants an ISO 8601 date like 2024-11-04, got '" + doc.published +
                                        "'");
        doc.published_source = "'published'";
    }
    if (const auto stamps = object.find("stamps"); stamps != object.end() && !stamps->is_null()) {
        const auto bad = std::invalid_argument("'stamps' must be a list of [begin, end] byte offsets");
        if (!stamps->is_array()) throw bad;
        for (const json& range : *stamps) {
            if (!range.is_array() || range.size() != 2 || !range[0].is_number_unsigned() ||
                !range[1].is_number_unsigned())
                throw bad;
            const auto begin = range[0].get<std::size_t>(), end = range[1].get<std::size_t>();
            if (begin > end || end > doc.text.size() || (!doc.stamps.empty() && begin < doc.stamps.back().end))
                throw std::invalid_argument("'stamps' must lie in the text, in order");
            doc.stamps.push_back({begin, end});
        }
    }
    return doc;
}

class jsonl_reader final : public annalist::sdk::reader {
public:
    [[nodiscard]] probe_answer probe(std::string_view file_name, std::string_view head) const override {
        if (has_extension(file_name, ".jsonl") || has_extension(file_name, ".ndjson")) return probe_answer::yes;
        const auto first = head.find_first_not_of(" \t\r\n");
        return first != std::string_view::npos && head[first] == '{' ? probe_answer::maybe : probe_answer::no;
    }

    void read(std::string_view, std::string_view bytes, const annalist::sdk::read_context& context) const override {
        bytes = annalist::sdk::strip_utf8_bom(bytes);
        std::size_t line_number = 0;
        std::size_t failed = 0, read = 0;
        for (std::size_t start = 0; start < bytes.size();) {
            const std::size_t end = std::min(bytes.find('\n', start), bytes.size());
            const std::string_view line = bytes.substr(start, end - start);
            ++line_number;
            const std::size_t line_start = start;
            start = end + 1;
            if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
            try {
                if (const auto bad = annalist::sdk::find_invalid_utf8(line)) {
                    context.error("invalid UTF-8 at byte offset " + std::to_string(line_start + bad->byte_offset) +
                                      "; line skipped",
                                  position{line_number, bad->column, line_start + bad->byte_offset});
                    ++failed;
                    continue;
                }
                context.add(parse_line(line));
                ++read;
            } catch (const json::parse_error& e) {
                // nlohmann's message starts with its own position in the one-line input.
                const std::string what = e.what();
                const auto detail = what.find(": ", what.find("column"));
                const std::size_t column = e.byte == 0 ? 1 : e.byte;
                context.error("not valid JSON: " + what.substr(detail == std::string::npos ? 0 : detail + 2) +
                                  "; line skipped",
                              position{line_number, column, line_start + column - 1});
                ++failed;
            } catch (const std::exception& e) {
                context.error(std::string(e.what()) + "; line skipped", position{line_number, 0, line_start});
                ++failed;
            }
        }
        if (read == 0 && failed == 0) context.warn("no articles in this file");
    }
};

} // namespace

ANNALIST_READER_PLUGIN(jsonl_reader, "jsonl", "JSON lines (one article a line)", "1.0.0", ".jsonl .ndjson")

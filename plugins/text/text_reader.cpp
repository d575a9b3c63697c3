// Plain UTF-8 text. An optional header block of "Key: value" lines at the very top
// (Published, Title, URL) gives metadata and is not part of the document text.
#include <annalist/sdk/iso_date.hpp>
#include <annalist/sdk/reader_plugin.hpp>
#include <annalist/sdk/utf8.hpp>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

namespace {

using annalist::sdk::position;
using annalist::sdk::probe_answer;
using annalist::sdk::read_error;

constexpr std::size_t max_title_length = 200;

std::string_view trim(std::string_view s) {
    const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

bool has_text_extension(std::string_view file_name) {
    const auto dot = file_name.rfind('.');
    if (dot == std::string_view::npos) return false;
    const auto ext = file_name.substr(dot);
    return iequals(ext, ".txt") || iequals(ext, ".text");
}

struct header_line {
    std::string_view key, value;
    std::size_t value_column; // 1-based, in bytes: header keys are ASCII
};

// A line "Key: value" whose key is one this reader knows.
bool parse_header_line(std::string_view line, header_line& out) {
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) return false;
    const auto key = trim(line.substr(0, colon));
    if (!(iequals(key, "published") || iequals(key, "date") || iequals(key, "title") || iequals(key, "url")))
        return false;
    const auto value = trim(line.substr(colon + 1));
    out = {key, value, static_cast<std::size_t>(value.data() - line.data()) + 1};
    return true;
}

class text_reader final : public annalist::sdk::reader {
public:
    // A .txt file is ours even when broken, so that read() can say where it breaks;
    // anything else is a maybe if its head looks like UTF-8 text.
    [[nodiscard]] probe_answer probe(std::string_view file_name, std::string_view head) const override {
        if (has_text_extension(file_name)) return probe_answer::yes;
        if (head.find('\0') != std::string_view::npos) return probe_answer::no;
        const auto bad = annalist::sdk::find_invalid_utf8(head);
        // A multi-byte sequence cut by the end of the head is not a fault of the file.
        const bool valid = !bad || bad->byte_offset + 4 > head.size();
        return valid ? probe_answer::maybe : probe_answer::no;
    }

    void read(std::string_view, std::string_view bytes, const annalist::sdk::read_context& context) const override {
        annalist::sdk::require_valid_utf8(bytes);
        std::string_view text = annalist::sdk::strip_utf8_bom(bytes);

        annalist::sdk::document doc;
        std::size_t line_number = 1;
        header_line header;
        while (!text.empty()) {
            const auto end = std::min(text.find('\n'), text.size());
            if (!parse_header_line(text.substr(0, end), header)) break;
            if (iequals(header.key, "published") || iequals(header.key, "date")) {
                if (!annalist::sdk::looks_like_iso_date(header.value)) {
                    throw read_error("'" + std::string(header.key) +
                                         ":' wants an ISO 8601 date like 2024-11-04, got '" +
                                         std::string(header.value) + "'",
                                     position{line_number, header.value_column,
                                              static_cast<std::size_t>(header.value.data() - bytes.data())});
                }
                doc.published = std::string(header.value);
                doc.published_source =
                    "header line " + std::to_string(line_number) + " '" + std::string(header.key) + ":'";
            } else if (iequals(header.key, "title")) {
                doc.title = std::string(header.value);
            } else {
                doc.url = std::string(header.value);
            }
            text.remove_prefix(std::min(end + 1, text.size()));
            ++line_number;
        }
        if (line_number > 1) { // the blank line that ends a header block is not text
            while (!text.empty() && (text.front() == '\n' || text.front() == '\r')) text.remove_prefix(1);
        }
        if (doc.title.empty()) {
            const auto first = trim(text.substr(0, std::min(text.find('\n'), text.size())));
            if (!first.empty() && first.size() <= max_title_length && first.back() != '.')
                doc.title = std::string(first);
        }
        context.add(doc, text); // the text as it stands in the file: no copy
    }
};

} // namespace

ANNALIST_READER_PLUGIN(text_reader, "text", "Plain text", "1.0.0", ".txt .text")

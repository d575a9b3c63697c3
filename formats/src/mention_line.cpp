#include "mention_line.hpp"

#include <annalist/sdk/utf8.hpp>

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include <charconv>
#include <iterator>

namespace annalist::formats::detail {
namespace {

bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i; // ASCII, most text
    for (std::size_t length = 0; i < s.size(); i += length)
        if ((length = sdk::utf8_sequence_length(s, i)) == 0) return false;
    return true;
}

bool needs_escape(char c) { return static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\'; }

// A JSON string as nlohmann writes it with ensure_ascii off: quotes, backslashes
// and control characters escaped, the rest copied a run at a time. Text that is
// not UTF-8 goes to nlohmann itself, which replaces what it cannot read.
void append_string(std::string_view s, std::string& out) {
    if (!valid_utf8(s)) {
        out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
    }
    out += '"';
    for (std::size_t i = 0; i < s.size();) {
        std::size_t run = i;
        while (run < s.size() && !needs_escape(s[run])) ++run;
        out.append(s.data() + i, run - i);
        if (run == s.size()) break;
        const char c = s[run];
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<unsigned>(c));
        }
        i = run + 1;
    }
    out += '"';
}

void append_number(std::size_t n, std::string& out) {
    char digits[24];
    const auto end = std::to_chars(std::begin(digits), std::end(digits), n).ptr;
    out.append(digits, end);
}

void append_or_null(std::string_view s, std::string& out) {
    if (s.empty()) {
        out += "null";
    } else {
        append_string(s, out);
    }
}

void append_interval(const time_value& v, std::string& out) {
    if (!v.dated) {
        out += "null";
        return;
    }
    out += '[';
    append_string(format_instant(v.begin, v.grain), out);
    out += ',';
    append_string(format_instant(v.end, v.grain), out);
    out += ']';
}

void append_names(const std::vector<std::string_view>& names, std::string& out) {
    out += '[';
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += ',';
        append_string(names[i], out);
    }
    out += ']';
}

// A double as nlohmann writes one: the shortest form that reads back, and ".0"
// after a whole number so it stays a float.
void append_double(double x, std::string& out) {
    const std::string text = fmt::format("{}", x);
    out += text;
    if (text.find_first_of(".eEn") == std::string::npos) out += ".0";
}

} // namespace

void append_mention_line(const mention& m, const document& doc, const json_options& options, std::string& out) {
    const time_value& v = m.value;
    out += "{\"source\":";
    append_string(doc.source, out);
    out += ",\"start\":";
    append_number(m.begin_code_point, out);
    out += ",\"end\":";
    append_number(m.end_code_point, out);
    out += ",\"text\":";
    append_string(m.text, out);
    out += ",\"type\":";
    append_string(to_string(m.type), out);
    out += ",\"value\":";
    append_string(v.value, out);
    out += ",\"mod\":";
    append_or_null(to_string(v.mod), out);
    out += ",\"grain\":";
    append_string(to_string(v.grain), out);
    out += ",\"interval\":";
    append_interval(v, out);
    out += ",\"anchor\":";
    append_string(to_string(m.anchor), out);
    out += ",\"written\":";
    append_names(part_names(m.written), out);
    out += ",\"implied\":";
    append_names(part_names(static_cast<date_parts>(parts_at_grain(v) & ~m.written)), out);
    if (m.alternative) {
        out += ",\"alternative\":{\"value\":";
        append_string(m.alternative->value, out);
        out += ",\"interval\":";
        append_interval(*m.alternative, out);
        out += "},\"confidence\":";
        append_double(m.confidence, out);
    } else {
        out += ",\"alternative\":null,\"confidence\":null";
    }
    if (m.range) {
        const date_range& r = *m.range;
        out += ",\"range\":{\"start\":";
        append_string(r.first.value, out);
        out += ",\"end\":";
        append_string(r.last.value, out);
        out += ",\"interval\":[";
        append_string(format_instant(r.first.begin, r.first.grain), out);
        out += ',';
        append_string(format_instant(r.last.end, r.last.grain), out);
        out += "]}";
    } else {
        out += ",\"range\":null";
    }
    if (!m.cited_outlet.empty()) {
        out += ",\"citation\":";
        append_string(m.cited_outlet, out);
    }
    if (options.explain) {
        out += ",\"rule\":";
        append_string(m.rule, out);
        out += ",\"explanation\":";
        append_string(m.explanation, out);
    }
    out += "}\n";
}

} // namespace annalist::formats::detail

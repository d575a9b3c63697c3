#include <annalist/formats/escape.hpp>

namespace annalist::formats {

std::string csv_quoted(std::string_view cell) {
    if (cell.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(cell);
    std::string quoted = "\"";
    for (const char c : cell) {
        if (c == '"') quoted.push_back('"');
        quoted.push_back(c);
    }
    quoted.push_back('"');
    return quoted;
}

std::string csv_field(std::string_view cell) {
    // What a spreadsheet may run as a formula: a cell starting with = + - @, tab or
    // CR, also after spaces or quotes, which some importers strip first.
    const auto first = cell.find_first_not_of(" \"'");
    const bool formula =
        first != std::string_view::npos && std::string_view("=+-@\t\r").find(cell[first]) != std::string_view::npos;
    if (formula) {
        // Built by appending: GCC 12 at -O3 misreports "'" + std::string as overlapping (-Wrestrict).
        std::string guarded(1, '\'');
        guarded.append(cell);
        return csv_quoted(guarded);
    }
    return csv_quoted(cell);
}

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        default:
            out.push_back(c);
        }
    }
    return out;
}

} // namespace annalist::formats

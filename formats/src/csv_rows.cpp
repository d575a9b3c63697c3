#include "csv_rows.hpp"

#include <annalist/formats/escape.hpp>
#include <annalist/formats/event_sources.hpp>

#include <fmt/format.h>

namespace annalist::formats::detail {

void write_row(std::ostream& out, const std::vector<cell>& cells) {
    bool first = true;
    for (const cell& c : cells) {
        if (!first) out << ',';
        out << (c.is_generated ? csv_quoted(c.text) : csv_field(c.text));
        first = false;
    }
    out << "\r\n";
}

void write_header(std::ostream& out, const std::vector<std::string_view>& names) {
    std::vector<cell> cells;
    for (const std::string_view name : names) cells.emplace_back(generated{std::string(name)});
    write_row(out, cells);
}

date::sys_seconds inclusive_end(const time_value& v) {
    return v.grain >= grain::day ? v.end - date::days{1} : v.end - std::chrono::seconds{1};
}

std::string join_sources(const chronology& c, const event& e, std::string (*field)(const document&)) {
    std::string joined;
    for (const document* doc : sources_of(c, e)) {
        if (!joined.empty()) joined += "; ";
        joined += field(*doc);
    }
    return joined;
}

} // namespace annalist::formats::detail

#include <annalist/formats/csv_writer.hpp>

#include <annalist/formats/escape.hpp>

#include <date/date.h>

#include <array>
#include <string>

namespace annalist::formats {
namespace {

void write_row(std::ostream& out, const auto& cells) {
    bool first = true;
    for (const auto& cell : cells) {
        if (!first) out << ',';
        out << csv_field(cell);
        first = false;
    }
    out << "\r\n";
}

} // namespace

void write_csv(const chronology& c, std::ostream& out) {
    write_row(out, std::array<std::string_view, 11>{"start", "end", "grain", "value", "mod", "headline", "sentence",
                                                    "source", "title", "url", "published"});
    for (const event& e : c.events) {
        const time_value& v = e.mention.value;
        const document& doc = c.documents.at(e.document);
        // People read an end date as the last day included, not the first excluded.
        const auto last = v.grain >= grain::day ? v.end - date::days{1} : v.end - std::chrono::seconds{1};
        write_row(out,
                  std::array<std::string, 11>{format_instant(v.begin, v.grain), format_instant(last, v.grain),
                                              std::string(to_string(v.grain)), v.value, std::string(to_string(v.mod)),
                                              e.headline, e.sentence, doc.source, doc.title, doc.url,
                                              doc.published ? date::format("%F", *doc.published) : std::string()});
    }
}

} // namespace annalist::formats

#include <annalist/formats/csv_writer.hpp>

#include <annalist/formats/display_date.hpp>
#include <annalist/model/iso_date.hpp>

#include "csv_profiles.hpp"
#include "csv_rows.hpp"

#include <date/date.h>

namespace annalist::formats {
namespace detail {
namespace {

std::string source_path(const document& doc) { return doc.source; }
std::string source_url(const document& doc) { return doc.url; }
std::string published_day(const document& doc) { return doc.published ? iso_day_text(*doc.published) : std::string(); }

} // namespace

void write_standard_csv(const chronology& c, std::ostream& out) {
    const auto& columns = standard_csv_columns();
    write_header(out, std::vector<std::string_view>(columns.begin(), columns.end()));
    std::vector<cell> row;
    for (const event& e : c.events) {
        row.clear();
        for (std::string& text : standard_csv_cells(c, e)) {
            // The article's words are neutralised; the dates and values made here are not.
            const bool article_text = row.size() >= 6 && row.size() <= 9;
            row.push_back(article_text ? cell(std::move(text)) : cell(generated{std::move(text)}));
        }
        write_row(out, row);
    }
}

} // namespace detail

const std::array<std::string_view, 11>& standard_csv_columns() {
    static constexpr std::array<std::string_view, 11> columns{
        "start", "end", "grain", "value", "mod", "display_date", "headline", "sentence", "source", "url", "published"};
    return columns;
}

std::vector<std::string> standard_csv_cells(const chronology& c, const event& e) {
    using namespace detail;
    const time_value& v = e.mention.value;
    // A duration or a set dates nothing: no start or end rather than a made-up one.
    return {v.dated ? format_instant(v.begin, v.grain) : std::string(),
            v.dated ? format_instant(inclusive_end(v), v.grain) : std::string(),
            std::string(to_string(v.grain)),
            v.value,
            std::string(to_string(v.mod)),
            display_date(v),
            e.headline,
            e.sentence,
            join_sources(c, e, source_path),
            join_sources(c, e, source_url),
            join_sources(c, e, published_day)};
}

std::optional<csv_profile> csv_profile_named(std::string_view name) {
    if (name == "default") return csv_profile::standard;
    if (name == "timelinejs") return csv_profile::timelinejs;
    if (name == "gcal") return csv_profile::gcal;
    return std::nullopt;
}

void write_csv(const chronology& c, const csv_options& options, std::ostream& out) {
    switch (options.profile) {
    case csv_profile::standard:
        detail::write_standard_csv(c, out);
        return;
    case csv_profile::timelinejs:
        detail::write_timelinejs_csv(c, out);
        return;
    case csv_profile::gcal:
        detail::write_gcal_csv(c, out);
        return;
    }
}

} // namespace annalist::formats

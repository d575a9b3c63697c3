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
    write_header(out, {"start", "end", "grain", "value", "mod", "display_date", "headline", "sentence", "source", "url",
                       "published"});
    for (const event& e : c.events) {
        const time_value& v = e.mention.value;
        // A duration or a set dates nothing: no start or end rather than a made-up one.
        write_row(out, {generated{v.dated ? iso_instant(v.begin, v.grain) : std::string()},
                        generated{v.dated ? iso_instant(inclusive_end(v), v.grain) : std::string()},
                        generated{std::string(to_string(v.grain))}, generated{v.value},
                        generated{std::string(to_string(v.mod))}, generated{display_date(v)}, e.headline, e.sentence,
                        join_sources(c, e, source_path), join_sources(c, e, source_url),
                        generated{join_sources(c, e, published_day)}});
    }
}

} // namespace detail

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

#include <annalist/formats/ics_writer.hpp>

#include <annalist/formats/display_date.hpp>
#include <annalist/formats/event_description.hpp>
#include <annalist/formats/event_sources.hpp>
#include <annalist/formats/ical_text.hpp>

#include <date/date.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <set>

namespace annalist::formats {
namespace {

// FNV-1a, 64 bits: small, fixed by its definition, so UIDs stay the same across
// runs, builds and machines.
std::uint64_t fnv1a(std::string_view bytes) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

// The run's clock must not change the output: the latest publication date stands in.
std::string dtstamp(const chronology& c) {
    std::optional<date::year_month_day> latest;
    for (const document& doc : c.documents)
        if (doc.published && (!latest || *doc.published > *latest)) latest = doc.published;
    const date::year_month_day day = latest.value_or(date::year{1970} / 1 / 1);
    return date::format("%Y%m%dT000000Z", day);
}

// iCalendar writes years 0001 to 9999 only.
bool representable(const time_value& v) {
    const auto year_of = [](date::sys_seconds t) {
        return static_cast<int>(date::year_month_day{date::floor<date::days>(t)}.year());
    };
    return v.dated && year_of(v.begin) >= 1 && year_of(v.end) <= 9999 && v.end > v.begin;
}

std::string first_web_url(const chronology& c, const event& e) {
    for (const document* doc : sources_of(c, e))
        if (is_web_url(doc->url) && std::none_of(doc->url.begin(), doc->url.end(),
                                                 [](char ch) { return static_cast<unsigned char>(ch) <= ' '; }))
            return doc->url;
    return {};
}

// NAME:value, folded. Built by appending: GCC 12 at -O3 misreports "NAME:" + value (-Wrestrict).
std::string property(std::string_view name, std::string_view value) {
    std::string line(name);
    line += ':';
    line += value;
    return ical_fold(line);
}

void write_event(std::ostream& out, const chronology& c, const event& e, const std::string& uid,
                 const std::string& stamp) {
    const time_value& v = e.mention.value;
    out << ical_fold("BEGIN:VEVENT");
    out << property("UID", uid);
    out << property("DTSTAMP", stamp);
    if (v.grain >= grain::day) {
        out << property("DTSTART;VALUE=DATE", date::format("%Y%m%d", date::floor<date::days>(v.begin)));
        out << property("DTEND;VALUE=DATE", date::format("%Y%m%d", date::floor<date::days>(v.end)));
    } else {
        out << property("DTSTART", date::format("%Y%m%dT%H%M%SZ", v.begin));
        out << property("DTEND", date::format("%Y%m%dT%H%M%SZ", v.end));
    }
    out << property("SUMMARY", ical_text(e.headline.empty() ? display_date(v) : e.headline));
    out << property("DESCRIPTION", ical_text(event_description(c, e)));
    if (const std::string url = first_web_url(c, e); !url.empty()) out << property("URL", url);
    std::string categories = ical_text(to_string(v.grain));
    if (v.mod != modifier::none) categories += ",approximate";
    out << property("CATEGORIES", categories);
    out << ical_fold("TRANSP:TRANSPARENT");
    out << ical_fold("END:VEVENT");
}

} // namespace

std::string event_uid(const chronology& c, const event& e) {
    const mention& m = e.mention;
    const std::string key =
        fmt::format("{}\n{}\n{}\n{}", c.documents.at(e.document).source, m.begin, m.end, m.value.value);
    return fmt::format("{:016x}@annalist", fnv1a(key));
}

void write_ics(const chronology& c, std::ostream& out) {
    const std::string name = ical_text(chronology_title(c));
    out << ical_fold("BEGIN:VCALENDAR");
    out << ical_fold("VERSION:2.0");
    out << ical_fold("PRODID:-//annalist//annalist chronology//EN");
    out << ical_fold("CALSCALE:GREGORIAN");
    out << ical_fold("METHOD:PUBLISH");
    out << property("NAME", name);
    out << property("X-WR-CALNAME", name);
    const std::string stamp = dtstamp(c);
    std::set<std::string> uids;
    for (const event& e : c.events) {
        if (!representable(e.mention.value)) continue;
        std::string uid = event_uid(c, e);
        // Two events with the same key in one file still need distinct UIDs.
        for (int n = 2; !uids.insert(uid).second; ++n) {
            const std::string first = event_uid(c, e);
            uid = fmt::format("{}-{}{}", first.substr(0, first.find('@')), n, first.substr(first.find('@')));
        }
        write_event(out, c, e, uid, stamp);
    }
    out << ical_fold("END:VCALENDAR");
}

} // namespace annalist::formats

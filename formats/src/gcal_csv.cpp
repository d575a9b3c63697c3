// Google Calendar's CSV import: its documented columns, US dates (MM/DD/YYYY) and
// 12-hour times. The file names no time zone, so times are UTC and say so.
#include <annalist/formats/display_date.hpp>
#include <annalist/formats/event_description.hpp>

#include "csv_profiles.hpp"
#include "csv_rows.hpp"

#include <date/date.h>

namespace annalist::formats::detail {
namespace {

std::string us_date(date::sys_seconds t) { return date::format("%m/%d/%Y", date::floor<date::days>(t)); }
std::string us_time(date::sys_seconds t) { return date::format("%I:%M %p", date::floor<std::chrono::minutes>(t)); }

} // namespace

void write_gcal_csv(const chronology& c, std::ostream& out) {
    write_header(out, {"Subject", "Start Date", "Start Time", "End Date", "End Time", "All Day Event", "Description",
                       "Location", "Private"});
    for (const event& e : c.events) {
        const time_value& v = e.mention.value;
        if (!v.dated) continue;
        const std::string subject = e.headline.empty() ? display_date(v) : e.headline;
        // Google reads an all-day event's End Date as its last day, included.
        const bool all_day = v.grain >= grain::day;
        write_row(out,
                  {subject, generated{us_date(v.begin)}, generated{all_day ? "" : us_time(v.begin)},
                   generated{us_date(all_day ? inclusive_end(v) : v.end)}, generated{all_day ? "" : us_time(v.end)},
                   generated{all_day ? "True" : "False"}, event_description(c, e), generated{}, generated{"False"}});
    }
}

} // namespace annalist::formats::detail

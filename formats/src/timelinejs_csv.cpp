// Knight Lab's TimelineJS reads a Google Sheet with these columns, in this order.
// TimelineJS renders Headline and Text as HTML, so article text is escaped for HTML
// here as well as guarded against formulas.
#include <annalist/formats/display_date.hpp>
#include <annalist/formats/escape.hpp>
#include <annalist/formats/event_description.hpp>
#include <annalist/formats/event_sources.hpp>

#include "csv_profiles.hpp"
#include "csv_rows.hpp"

#include <date/date.h>
#include <fmt/format.h>

namespace annalist::formats::detail {
namespace {

// How finely a date is written, coarsest first: TimelineJS infers the precision
// from which cells are filled.
enum class precision { year, month, day, time };

precision precision_of(const time_value& v) {
    if (v.grain < grain::day) return precision::time;
    const date::year_month_day first{date::floor<date::days>(v.begin)};
    const date::year_month_day after{date::floor<date::days>(v.end)};
    if (first.day() != date::day{1} || after.day() != date::day{1}) return precision::day;
    if (first.month() != date::January || after.month() != date::January) return precision::month;
    return precision::year;
}

// Year, Month, Day and Time of `t`, filled down to precision `p`.
std::vector<cell> date_cells(date::sys_seconds t, precision p, grain g) {
    const auto day = date::floor<date::days>(t);
    const date::year_month_day ymd{day};
    std::vector<cell> cells(4, generated{});
    cells[0] = generated{std::to_string(static_cast<int>(ymd.year()))};
    if (p >= precision::month) cells[1] = generated{std::to_string(static_cast<unsigned>(ymd.month()))};
    if (p >= precision::day) cells[2] = generated{std::to_string(static_cast<unsigned>(ymd.day()))};
    if (p == precision::time) {
        const auto time_of_day = t - day;
        cells[3] = generated{g == grain::second ? date::format("%T", time_of_day)
                                                : date::format("%R", date::floor<std::chrono::minutes>(time_of_day))};
    }
    return cells;
}

// The end cells, only when the value spans more than one unit of its precision
// (a week, mid-October, a decade); a time is a moment.
std::vector<cell> end_cells(const time_value& v, precision p) {
    const std::vector<cell> none(4, generated{});
    if (p == precision::time) return none;
    const date::year_month_day first{date::floor<date::days>(v.begin)};
    const date::year_month_day last{date::floor<date::days>(inclusive_end(v))};
    const bool same = p == precision::year    ? first.year() == last.year()
                      : p == precision::month ? first.year() / first.month() == last.year() / last.month()
                                              : first == last;
    return same ? none : date_cells(inclusive_end(v), p, v.grain);
}

std::string sources_html(const chronology& c, const event& e) {
    std::string html;
    for (const document* doc : sources_of(c, e)) {
        html += html.empty() ? "<br>Source: " : ", ";
        const std::string name = xml_escape(source_name(*doc));
        html += is_web_url(doc->url) ? fmt::format("<a href=\"{}\">{}</a>", xml_escape(doc->url), name) : name;
    }
    return html;
}

} // namespace

void write_timelinejs_csv(const chronology& c, std::ostream& out) {
    write_header(out, {"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
                       "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
                       "Background"});
    for (const event& e : c.events) {
        const time_value& v = e.mention.value;
        if (!v.dated) continue;
        const precision p = precision_of(v);
        std::vector<cell> row = date_cells(v.begin, p, v.grain);
        for (cell& end : end_cells(v, p)) row.push_back(std::move(end));
        row.emplace_back(generated{display_date(v)});
        row.emplace_back(xml_escape(e.headline));
        row.emplace_back(xml_escape(e.sentence) + sources_html(c, e));
        for (int empty = 0; empty < 7; ++empty) row.emplace_back(generated{}); // Media ... Background
        write_row(out, row);
    }
}

} // namespace annalist::formats::detail

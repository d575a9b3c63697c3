#include "resolver_state.hpp"

#include <annalist/resolve/calendar.hpp>

#include <fmt/format.h>

namespace annalist::resolving {

// the third quarter (of 2024), Q3 2024, the first half
std::optional<time_value> resolver::numbered_period(std::string_view unit, int count) {
    auto n = to_int(m_.get("ORDINAL"));
    if (!n) n = to_int(m_.get("NUM"));
    if (n == -1) n = count; // "the last half of 1989", "the last quarter"
    if (!n || *n < 1 || *n > count) return std::nullopt;
    const auto make = [&](date::year y) {
        return unit == "quarter" ? quarter_value(y, static_cast<unsigned>(*n))
                                 : half_value(y, static_cast<unsigned>(*n));
    };
    if (const auto year = year_named()) return make(date::year{*year});
    const auto r = reference();
    if (!r) return std::nullopt;
    // "of the year" is this year's; otherwise a quarter or half is reported once it
    // has begun: the latest one that has. Ahead of the tense only when this year's
    // ended over a quarter ago: "expects to report a third-quarter loss" in
    // November is the quarter just ended.
    const date::year y = date::year_month_day{*r}.year();
    const time_value this_year = make(y);
    if (rule_.direction == 0) return this_year;
    if (direction() > 0) {
        const bool recent = date::floor<date::days>(this_year.end) + recent_period_reach > *r;
        return recent ? this_year : make(y + date::years{1});
    }
    return day_of(this_year) <= *r ? this_year : make(y - date::years{1});
}

// "the quarter ended July 31": the three months to the end of that month, named by the
// calendar quarter holding most of them, the one of the middle month (May to July: the
// second). The month is the latest to have begun ("ended"), or to begin within a quarter
// ("ending").
std::optional<time_value> resolver::quarter_ended() {
    const auto month = to_int(m_.get("MONTH"));
    const auto r = reference();
    if (!month || *month < 1 || *month > 12 || !r) return std::nullopt;
    const sys_days latest_start = rule_.direction.value_or(0) < 0 ? *r : *r + recent_period_reach;
    date::year_month last =
        (date::year_month_day{*r}.year() + date::years{1}) / date::month{static_cast<unsigned>(*month)};
    while (sys_days{last / 1} > latest_start) last -= date::years{1};
    const date::year_month middle = last - date::months{1};
    return quarter_value(middle.year(), (static_cast<unsigned>(middle.month()) - 1) / 3 + 1);
}

std::optional<time_value> resolver::season() {
    const auto* season = m_.get("SEASON");
    if (season == nullptr) return std::nullopt;
    if (const auto year = year_named()) return season_value(date::year{*year}, *season);
    const auto r = reference();
    if (!r) return std::nullopt;
    const date::year y = date::year_month_day{*r}.year();
    std::vector<time_value> candidates;
    for (int k = -2; k <= 1; ++k) candidates.push_back(season_value(y + date::years{k}, *season));
    return choose(candidates);
}

std::optional<time_value> resolver::decade() {
    auto value = to_int(m_.get("DECADE"));
    if (!value) value = to_int(m_.get("DECADE_WORD")); // "the nineties"
    if (!value) return std::nullopt;
    return decade_value(*value * 10);
}

std::optional<time_value> resolver::century() {
    auto n = to_int(m_.get("ORDNUM"));
    if (!n) n = to_int(m_.get("ORDINAL"));
    if (!n || *n < 1 || *n > 30) return std::nullopt;
    if (era() < 0) return century_before_christ_value(*n);
    return century_value((*n - 1) * 100);
}

date::year_month_day resolver::holiday_in(int index, date::year y) const {
    const annalist::holiday& h = lang_.holidays.at(static_cast<std::size_t>(index));
    if (h.easter_offset) return date::year_month_day{sys_days{easter_sunday(y)} + date::days{*h.easter_offset}};
    if (h.day != 0) return y / date::month{h.month} / date::day{h.day};
    const date::weekday wd{h.weekday % 7};
    if (h.after_day != 0) { // "the Tuesday after the first Monday": the first Tuesday after day 1
        const sys_days from{y / date::month{h.month} / date::day{h.after_day + 1}};
        const sys_days first = from + (wd - date::weekday{from});
        return date::year_month_day{first + date::weeks{h.nth - 1}};
    }
    if (h.nth < 0) return date::year_month_day{sys_days{y / date::month{h.month} / wd[date::last]}};
    return date::year_month_day{sys_days{y / date::month{h.month} / wd[static_cast<unsigned>(h.nth)]}};
}

std::optional<time_value> resolver::holiday() {
    const auto index = to_int(m_.get("HOLIDAY"));
    if (!index || *index < 0 || static_cast<std::size_t>(*index) >= lang_.holidays.size()) return std::nullopt;
    const auto in_year = [&](date::year y) { return holiday_in(*index, y); };
    // "Easter week": the week holding the day.
    const auto as_named = [&](time_value day) {
        return m_.get("WEEK_WORD") != nullptr ? period_containing(day_of(day), "week") : day;
    };
    if (const auto year = year_named()) return as_named(day_value(in_year(date::year{*year})));
    const auto r = reference();
    if (!r) return std::nullopt;
    const date::year y = date::year_month_day{*r}.year();
    const std::vector<time_value> candidates{day_value(in_year(y - date::years{1})), day_value(in_year(y)),
                                             day_value(in_year(y + date::years{1}))};
    // Like a day named without its year: within 90 days, the nearest.
    auto chosen = nearest_day(candidates, *r);
    if (!chosen) chosen = choose(candidates);
    if (!chosen) return std::nullopt;
    return as_named(*chosen);
}

} // namespace annalist::resolving

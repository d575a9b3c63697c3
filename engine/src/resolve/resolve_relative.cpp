#include "resolver_state.hpp"

#include <cstdlib>

#include <annalist/resolve/calendar.hpp>

#include <fmt/format.h>

namespace annalist::resolving {

// last June, next Thursday, this summer, last week
std::optional<time_value> resolver::named() {
    auto which = to_int(m_.get("DIRECTION"));
    if (!which) which = rule_.direction;
    if (!which && !rule_.unit.empty()) { // "the weekend": the nearest, or as the tense says
        const auto around = reference();
        if (!around) return std::nullopt;
        return choose({shifted_period(*around, rule_.unit, -1), shifted_period(*around, rule_.unit, 0),
                       shifted_period(*around, rule_.unit, 1)});
    }
    const auto r = reference();
    if (!which || !r) return std::nullopt;
    direction_used_ = true;
    if (const auto* unit = m_.get("PERIOD")) return shifted_period(*r, *unit, *which);
    if (!rule_.unit.empty()) return shifted_period(*r, rule_.unit, *which);
    std::vector<time_value> candidates;
    const date::year y = date::year_month_day{*r}.year();
    if (const auto month = to_int(m_.get("MONTH"))) {
        // The month just before this one is "last month": "last February" written on
        // March 1 is the February a year before.
        const date::year_month previous =
            date::year_month_day{*r}.year() / date::year_month_day{*r}.month() - date::months{1};
        for (int k = -2; k <= 1; ++k) {
            const date::year_month ym = (y + date::years{k}) / date::month{static_cast<unsigned>(*month)};
            if (!(*which < 0 && ym == previous)) candidates.push_back(month_value(ym));
        }
    } else if (const auto* season = m_.get("SEASON")) {
        for (int k = -2; k <= 1; ++k) candidates.push_back(season_value(y + date::years{k}, *season));
    } else if (const auto holiday = to_int(m_.get("HOLIDAY"))) {
        for (int k = -1; k <= 1; ++k) candidates.push_back(day_value(holiday_in(*holiday, y + date::years{k})));
    } else if (const auto weekday = to_int(m_.get("WEEKDAY"))) {
        if (*which == 0) { // this Thursday: the one in this ISO week
            const auto monday = day_of(week_value(*r));
            return day_value(date::year_month_day{monday + date::days{*weekday - 1}});
        }
        candidates = weekday_candidates(*r, *weekday, std::abs(*which));
    } else {
        return std::nullopt;
    }
    return strictly(candidates, *r, *which);
}

// The last instance wholly before the reference, the first wholly after it, or
// (this) the one holding it, else the one in the same year.
std::optional<time_value> resolver::strictly(const std::vector<time_value>& candidates, sys_days r, int which) {
    const time_value* chosen = nullptr;
    std::vector<const time_value*> before, after; // in order; "the Friday before last" is before's second last
    for (const auto& c : candidates) {
        if (day_of(c) < r && date::floor<date::days>(c.end) <= r) before.push_back(&c);
        if (day_of(c) > r) after.push_back(&c);
        if (which == 0 && day_of(c) <= r && r < date::floor<date::days>(c.end)) chosen = &c;
    }
    const auto steps = static_cast<std::size_t>(std::abs(which));
    if (which < 0 && before.size() >= steps) chosen = before[before.size() - steps];
    if (which > 0 && after.size() >= steps) chosen = after[steps - 1];
    if (which == 0 && chosen == nullptr) {
        const date::year y = date::year_month_day{r}.year();
        for (const auto& c : candidates)
            if (date::year_month_day{day_of(c)}.year() == y) chosen = &c;
    }
    return chosen == nullptr ? std::nullopt : std::optional<time_value>(*chosen);
}

// three days ago, in two weeks, a year earlier
std::optional<time_value> resolver::offset() {
    const bool anaphoric = rule_.kind == rule_kind::anaphoric;
    const auto r = reference(anaphoric);
    const int sign = rule_.direction.value_or(-1);
    if (!r) return std::nullopt;
    auto count = rule_.offset ? rule_.offset : to_int(m_.get("COUNT"));
    if (!count) count = to_int(m_.get("NUM"));
    const std::string unit = unit_of();
    if (!count || unit.empty()) return std::nullopt;
    if (*count < 0) return undated(sign < 0 ? "PAST_REF" : "FUTURE_REF", grain_of_unit(unit));
    const grain g = grain_of_unit(unit);
    if (g < grain::day) return day_value(date::year_month_day{*r}); // finer than the reference knows
    comparison_ = unit == "year" && sign < 0;
    // "a year ago" in a report on a quarter is that quarter a year before.
    if (context_.last_date && context_.last_date->grain == grain::quarter) {
        if (const auto kept = year_shift_keeping_grain(unit, sign * *count)) return kept;
    }
    return shifted_period(*r, unit, sign * *count);
}

std::optional<time_value> resolver::anaphoric() {
    const auto r = reference(true);
    if (!r) return std::nullopt;
    if (const auto* season = m_.get("SEASON")) return season_value(date::year_month_day{*r}.year(), *season);
    const std::string unit = unit_of();
    if (unit.empty()) return std::nullopt;
    // "that day" or "an hour later" after "in 1987" names no day.
    const grain g = grain_of_unit(unit);
    if (g <= grain::day && context_.last_date && context_.last_date->grain > grain::day && anchor_ == anchor::previous)
        return std::nullopt;
    auto count = rule_.offset ? rule_.offset : to_int(m_.get("COUNT"));
    if (!count) count = to_int(m_.get("NUM"));
    // "several weeks earlier": some unknown count, so the reference's period, before or after it.
    if (count && *count < 0) {
        if (g < grain::day) return day_value(date::year_month_day{*r});
        time_value vague = shifted_period(*r, unit, 0);
        vague.mod = rule_.direction.value_or(0) < 0 ? modifier::before : modifier::after;
        return vague;
    }
    int shift = count.value_or(0) * rule_.direction.value_or(0);
    // "the 1988 period": as many years back (or ahead) as the year named is; with no
    // period reported before, the year itself.
    if (const auto year = year_named()) {
        if (!context_.last_date) return year_value(date::year{*year});
        shift = *year - static_cast<int>(date::year_month_day{day_of(*context_.last_date)}.year());
    }
    const bool whole_years = unit == "year" || (unit == "quarter" && shift % 4 == 0);
    comparison_ = whole_years && shift < 0;
    // "a year earlier", "year-ago results": a count of years, which keeps a finer period's grain
    const bool counted = m_.get("COUNT") != nullptr || m_.get("NUM") != nullptr || rule_.unit == "year";
    if (counted) {
        if (const auto kept = year_shift_keeping_grain(unit, shift)) return kept;
    }
    if (g < grain::day) return day_value(date::year_month_day{*r}); // "an hour later": that day, finer than it knows
    sys_days from = *r;
    // A quarter counted from a year ("last year's quarter" after "the current year")
    // names none of its own: as for "the quarter", the latest reported.
    if (unit == "quarter" && anchor_ == anchor::previous && context_.last_date->grain > grain::quarter &&
        context_.publication)
        from = day_of(shifted_period(sys_days{*context_.publication}, "quarter", -1));
    const time_value shifted = shifted_period(from, unit, shift);
    // "the year-earlier third quarter": the quarter it names, in the year counted back to.
    if (const auto n = to_int(m_.get("ORDINAL")); n && unit == "quarter" && *n >= 1 && *n <= 4)
        return quarter_value(date::year_month_day{day_of(shifted)}.year(), static_cast<unsigned>(*n));
    return shifted;
}

// "a year earlier" after "the third quarter" is the same quarter a year before:
// a shift in years keeps the grain of a finer period just mentioned.
// A period the rule names ("the 1988 period", "year-ago results") is no single day:
// after "the quarter ended Sept. 30" it is that quarter.
std::optional<time_value> resolver::year_shift_keeping_grain(std::string_view unit, int years) const {
    if (unit != "year" || !context_.last_date) return std::nullopt;
    const time_value& last = *context_.last_date;
    if (last.grain != grain::quarter && last.grain != grain::month && last.grain != grain::half &&
        last.grain != grain::day)
        return std::nullopt;
    const bool names_a_period = rule_.unit == "year";
    const grain kept = last.grain == grain::day && names_a_period ? grain::quarter : last.grain;
    const date::year_month_day from{day_of(last)};
    const date::year_month_day to{from.year() + date::years{years}, from.month(),
                                  kept == grain::day ? from.day() : date::day{1}};
    if (!to.ok()) return std::nullopt;
    if (kept == grain::day) return day_value(to);
    return period_containing(sys_days{to}, kept == grain::month     ? "month"
                                           : kept == grain::quarter ? "quarter"
                                                                    : "half");
}

// "June 3-5": the day (or year) after the dash replaces the end of the expression
// that ends right before it, which must be of the same grain.
std::optional<time_value> resolver::range_end() {
    const auto& before = context_.previous_value;
    if (!before || context_.previous_end_token + 1 != m_.first_token) return std::nullopt;
    const date::year_month_day first{day_of(*before)};
    anchor_ = anchor::previous;
    if (const auto day = to_int(m_.get("DAY")); day && before->grain == grain::day) {
        if (static_cast<unsigned>(*day) <= static_cast<unsigned>(first.day())) return std::nullopt;
        return full_date(static_cast<int>(first.year()), static_cast<int>(static_cast<unsigned>(first.month())), *day);
    }
    if (const auto year = to_int(m_.get("YEAR")); year && before->grain == grain::year) {
        if (*year <= static_cast<int>(first.year())) return std::nullopt;
        return year_value(date::year{*year});
    }
    return std::nullopt;
}

std::optional<time_value> resolver::ref() {
    const std::string value = rule_.value.empty() ? (m_.get("REF") ? *m_.get("REF") : "") : rule_.value;
    if (value.empty()) return std::nullopt;
    time_value v = undated(value, grain::day);
    // The present is the publication day, for ordering; the value says what was written.
    if (value == "PRESENT_REF" && context_.publication) {
        const time_value today = day_value(*context_.publication);
        v.begin = today.begin;
        v.end = today.end;
        v.dated = true;
        anchor_ = anchor::publication;
    }
    return v;
}

} // namespace annalist::resolving

#include "resolver_state.hpp"

#include <annalist/resolve/calendar.hpp>

#include <fmt/format.h>

#include <cstdlib>

namespace annalist::resolving {

std::optional<time_value> resolver::calendar_date() {
    auto year = year_named();
    // "June last year": the year named relative to the reference.
    if (const auto which = to_int(m_.get("DIRECTION")); which && !year) {
        const auto r = reference();
        if (!r) return std::nullopt;
        year = static_cast<int>(date::year_month_day{*r}.year()) + *which;
    }
    auto month = to_int(m_.get("MONTH"));
    if (!month) month = to_int(m_.get("MONTHNUM"));
    const auto day = to_int(m_.get("DAY"));
    const auto weekday = to_int(m_.get("WEEKDAY"));
    if (!year && month && context_.heading_year && !rule_.direction) {
        year = context_.heading_year;
        heading_year_used_ = true;
    }
    if (year && month && day) return full_date(*year, *month, *day);
    if (month && day) return partial_day(*month, *day);
    if (year && month) return month_value(date::year{*year} / date::month{static_cast<unsigned>(*month)});
    if (year && !day) return year_value(date::year{*year});
    if (month) return partial_month(*month);
    if (weekday) return partial_weekday(*weekday, /*past_without_cue=*/context_.mode == resolution_mode::news);
    return std::nullopt;
}

std::optional<time_value> resolver::full_date(int year, int month, int day) {
    const date::year_month_day ymd{date::year{year}, date::month{static_cast<unsigned>(month)},
                                   date::day{static_cast<unsigned>(day)}};
    if (!ymd.ok()) return std::nullopt;
    return day_value(ymd);
}

std::optional<time_value> resolver::partial_day(int month, int day) {
    const auto r = reference();
    if (!r) return std::nullopt;
    std::vector<time_value> candidates;
    const date::year y = date::year_month_day{*r}.year();
    for (int k = -1; k <= 1; ++k) {
        const date::year_month_day ymd{y + date::years{k}, date::month{static_cast<unsigned>(month)},
                                       date::day{static_cast<unsigned>(day)}};
        if (ymd.ok()) candidates.push_back(day_value(ymd));
    }
    if (!rule_.direction && !telling_story()) // "last Oct. 23" says which way
        if (auto nearest = nearest_day(candidates, *r)) return nearest;
    return choose(candidates);
}

// A day named without its year within 90 days of the reference is the nearest,
// whatever the tense: the cue is often an attribution ("the company said") or a
// verb about something else ("extended its offer to Nov. 20"). TempEval-3: this
// fixed 17 values and broke 1.
std::optional<time_value> resolver::nearest_day(const std::vector<time_value>& candidates, sys_days r) {
    const time_value* nearest = choose_instance(candidates, r, 0);
    if (nearest == nullptr) return std::nullopt;
    const auto distance = day_of(*nearest) > r ? day_of(*nearest) - r : r - day_of(*nearest);
    if (distance > nearest_day_reach) return std::nullopt;
    nearest_day_ = true;
    guessed(candidates, r, *nearest, nearest_policy_confidence);
    return *nearest;
}

std::optional<time_value> resolver::partial_month(int month) {
    const auto r = reference();
    if (!r) return std::nullopt;
    std::vector<time_value> candidates;
    const date::year y = date::year_month_day{*r}.year();
    for (int k = -1; k <= 1; ++k)
        candidates.push_back(month_value((y + date::years{k}) / date::month{static_cast<unsigned>(month)}));
    // Likewise a month next to the reference's is the nearest one, whatever
    // the tense ("has decided to admit them in early March", written in February).
    // A story goes its own way.
    const time_value* nearest = telling_story() ? nullptr : choose_instance(candidates, *r, 0);
    if (nearest != nullptr) {
        const date::year_month_day from{*r};
        const date::year_month_day to{day_of(*nearest)};
        const int months_apart = std::abs((static_cast<int>(to.year()) - static_cast<int>(from.year())) * 12 +
                                          static_cast<int>(static_cast<unsigned>(to.month())) -
                                          static_cast<int>(static_cast<unsigned>(from.month())));
        if (months_apart <= nearest_month_reach) {
            nearest_day_ = true;
            guessed(candidates, *r, *nearest, nearest_policy_confidence);
            return *nearest;
        }
    }
    return choose(candidates);
}

// In news a bare weekday with no cue is the one just past (or today): reports tell
// what happened (TempEval-3: 282 of 297 bare weekdays are on or before the DCT).
std::optional<time_value> resolver::partial_weekday(int iso_weekday, bool past_without_cue) {
    const auto r = reference();
    if (!r) return std::nullopt;
    int d = direction();
    if (d == 0 && past_without_cue) {
        d = -1;
        weekday_past_default_ = true;
    }
    const auto candidates = weekday_candidates(*r, iso_weekday);
    const time_value* chosen = choose_instance(candidates, *r, d);
    if (chosen == nullptr) return std::nullopt;
    if (weekday_past_default_) guessed(candidates, *r, *chosen, weekday_past_confidence);
    return *chosen;
}

std::vector<time_value> resolver::weekday_candidates(sys_days around, int iso_weekday, int weeks) {
    std::vector<time_value> candidates;
    const date::weekday wanted{static_cast<unsigned>(iso_weekday % 7)};
    for (int k = -7 * weeks; k <= 7 * weeks; ++k) {
        const sys_days d = around + date::days{k};
        if (date::weekday{d} == wanted) candidates.push_back(day_value(date::year_month_day{d}));
    }
    return candidates;
}

// "the second Monday of March", "the last Sunday in October 2024": the month as a
// month named alone is chosen (or the one its year names), then that weekday in it.
std::optional<time_value> resolver::nth_weekday() {
    const auto month = to_int(m_.get("MONTH"));
    const auto weekday = to_int(m_.get("WEEKDAY"));
    const auto nth = to_int(m_.get("ORDINAL")); // "last" is -1
    if (!month || !weekday || !nth || *nth == 0 || *nth > 5) return std::nullopt;
    std::optional<time_value> in_month;
    if (const auto year = year_named())
        in_month = month_value(date::year{*year} / date::month{static_cast<unsigned>(*month)});
    else
        in_month = partial_month(*month);
    if (!in_month) return std::nullopt;
    const date::year_month_day first{day_of(*in_month)};
    const date::year_month ym = first.year() / first.month();
    const date::weekday wanted{static_cast<unsigned>(*weekday % 7)};
    const date::year_month_day day = *nth < 0 ? date::year_month_day{ym / wanted[date::last]}
                                              : date::year_month_day{ym / wanted[static_cast<unsigned>(*nth)]};
    if (!day.ok()) return std::nullopt; // a fifth Monday the month lacks
    return day_value(day);
}

std::optional<time_value> resolver::numeric_date() {
    const auto first = to_int(m_.get("NUM"));
    const auto second = to_int(m_.get("NUM2"));
    const auto year = to_int(m_.get("YEAR"));
    if (!first || !second || !year) return std::nullopt;
    bool month_first = context_.order != numeric_date_order::dmy;
    // A number over 12 can only be the day, whatever the configured order: 31/12/2023.
    if (month_first && *first > 12 && *second <= 12) month_first = false;
    if (!month_first && *second > 12 && *first <= 12) month_first = true;
    return full_date(*year, month_first ? *first : *second, month_first ? *second : *first);
}

std::optional<time_value> resolver::day_word() {
    // A rule for one day word ("today") captures none: the day itself.
    const auto shift = m_.get("DAY_WORD") != nullptr ? to_int(m_.get("DAY_WORD")) : std::optional<int>{0};
    const auto r = reference();
    if (!shift || !r) return std::nullopt;
    // "the day before yesterday": the rule adds its own offset.
    const int extra = rule_.offset.value_or(0) * rule_.direction.value_or(0);
    return day_value(date::year_month_day{*r + date::days{*shift + extra}});
}

} // namespace annalist::resolving

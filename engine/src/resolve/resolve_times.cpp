#include "resolver_state.hpp"

#include <annalist/model/iso_date.hpp>
#include <annalist/resolve/calendar.hpp>

#include <fmt/format.h>

namespace annalist::resolving {

// The day a time or part of day falls on: a date, a weekday or a day word in the
// match, else the reference.
std::optional<sys_days> resolver::day_for_time() {
    if (const auto month = to_int(m_.get("MONTH")), day = to_int(m_.get("DAY")); month && day) {
        const auto chosen = partial_day(*month, *day);
        return chosen ? std::optional<sys_days>(day_of(*chosen)) : std::nullopt;
    }
    if (const auto weekday = to_int(m_.get("WEEKDAY"))) {
        const auto chosen = partial_weekday(*weekday);
        return chosen ? std::optional<sys_days>(day_of(*chosen)) : std::nullopt;
    }
    const auto r = reference();
    if (!r) return std::nullopt;
    if (const auto shift = to_int(m_.get("DAY_WORD"))) return *r + date::days{*shift};
    if (rule_.offset) return *r + date::days{*rule_.offset * rule_.direction.value_or(1)}; // last night
    return r;
}

std::optional<time_value> resolver::time_of_day() {
    int hour = 0, minute = 0;
    if (const auto* clock = m_.get("CLOCK")) {
        const auto colon = clock->find(':');
        hour = std::atoi(clock->substr(0, colon).c_str());
        minute = std::atoi(clock->substr(colon + 1).c_str());
    } else if (const auto n = to_int(m_.get("NUM"))) {
        hour = *n;
    } else if (rule_.hour) {
        hour = *rule_.hour;
    } else {
        return std::nullopt;
    }
    if (const auto* meridiem = m_.get("MERIDIEM")) {
        if (hour < 1 || hour > 12) return std::nullopt;
        if (*meridiem == "pm" && hour != 12) hour += 12;
        if (*meridiem == "am" && hour == 12) hour = 0;
    } else if (const auto* part = m_.get("PART_OF_DAY")) { // "4 in the morning", "8 in the evening"
        if (hour < 1 || hour > 12) return std::nullopt;
        const bool after_noon = *part == "AF" || *part == "EV" || (*part == "NI" && hour >= 6);
        if (after_noon && hour != 12) hour += 12;
        if (*part == "MO" && hour == 12) return std::nullopt; // "12 in the morning" is no clock
    }
    // Midnight is hour 24 of its day, as TimeML writes it: the start of the next.
    if (hour > 24 || minute > 59 || (hour == 24 && minute != 0)) return std::nullopt;
    const auto day = day_for_time();
    if (!day) return std::nullopt;
    std::string value = fmt::format("{}T{:02}:{:02}", iso_day_text(*day), hour, minute);
    auto begin = date::sys_seconds{*day} + std::chrono::hours{hour} + std::chrono::minutes{minute};
    if (const auto zone = to_int(m_.get("ZONE"))) {
        value += *zone == 0
                     ? std::string("Z")
                     : fmt::format("{}{:02}:{:02}", *zone < 0 ? '-' : '+', std::abs(*zone) / 60, std::abs(*zone) % 60);
        begin -= std::chrono::minutes{*zone}; // to UTC
    }
    time_value v{begin, begin + std::chrono::minutes{1}, std::move(value), grain::minute, modifier::none};
    return v;
}

std::optional<time_value> resolver::part_of_day() {
    const std::string part = rule_.value.empty() ? (m_.get("PART_OF_DAY") ? *m_.get("PART_OF_DAY") : "") : rule_.value;
    if (part.empty()) return std::nullopt;
    const auto day = day_for_time();
    if (!day) return std::nullopt;
    return part_of_day_value(*day, part);
}

} // namespace annalist::resolving

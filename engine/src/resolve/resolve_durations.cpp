#include "resolver_state.hpp"

#include <annalist/resolve/calendar.hpp>

#include <fmt/format.h>

namespace annalist::resolving {

std::optional<time_value> resolver::duration() {
    if (!rule_.value.empty()) return undated(rule_.value, grain_of_duration(rule_.value));
    auto count = rule_.offset ? rule_.offset : to_int(m_.get("COUNT"));
    if (!count) count = to_int(m_.get("NUM"));
    const std::string unit = unit_of();
    if (unit.empty()) return std::nullopt;
    // "the 1988 quarter" names a year's quarter: nobody counts a thousand quarters.
    if ((unit == "quarter" || unit == "half") && count && *count >= 1000) return std::nullopt;
    if (!rule_.and_a_half) {
        const std::string value = duration_value(count.value_or(-1), unit);
        return undated(value, grain_of_duration(value));
    }
    if (!count || *count < 0) return std::nullopt; // "a few and a half"
    // "5 1/2 hours": a fraction written in figures must be a half.
    if (m_.get("NUM2") && (to_int(m_.get("NUM2")) != 1 || to_int(m_.get("NUM3")) != 2)) return std::nullopt;
    const std::string value = duration_and_a_half(*count, unit);
    return undated(value, grain_of_duration(value));
}

std::optional<time_value> resolver::set() {
    if (!rule_.value.empty()) return undated(rule_.value, grain_of_duration(rule_.value));
    if (const auto* frequency = m_.get("FREQUENCY")) return undated(*frequency, grain_of_duration(*frequency));
    if (const auto weekday = to_int(m_.get("WEEKDAY")))
        return undated(fmt::format("XXXX-WXX-{}", *weekday), grain::day);
    if (const auto* part = m_.get("PART_OF_DAY")) return undated("XXXX-XX-XXT" + *part, grain::part_of_day);
    if (const auto* season = m_.get("SEASON")) return undated("XXXX-" + *season, grain::season);
    if (const auto month = to_int(m_.get("MONTH"))) return undated(fmt::format("XXXX-{:02}", *month), grain::month);
    if (const auto* unit = m_.get("UNIT")) {
        // "every two weeks" repeats every two; "twice a year" (offset = 1) says how
        // often within one.
        auto count = rule_.offset ? rule_.offset : to_int(m_.get("COUNT"));
        if (!count) count = to_int(m_.get("NUM"));
        const std::string value = duration_value(count.value_or(1), *unit);
        return undated(value, grain_of_duration(value));
    }
    return std::nullopt;
}

} // namespace annalist::resolving

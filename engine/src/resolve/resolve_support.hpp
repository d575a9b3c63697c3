// Small readers and writers of values the resolver's parts share: numbers from
// captures, TIMEX3 durations, grains of units, the policies' reach.
#pragma once

#include <annalist/model/time_value.hpp>

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace annalist::resolving {

using date::sys_days;

// How far from the reference a day named without its year is taken as the nearest
// instance, whatever the tense.
inline constexpr date::days nearest_day_reach{90};
inline constexpr int nearest_month_reach = 1; // a month either side: the same rule for a month named alone

// How often each policy that picks an instance where the text gave no direction had
// the right value on TempEval-3 train (of the mentions matching a gold one): the
// confidence of its guess.
inline constexpr double weekday_past_confidence = 0.97; // a bare weekday is the one just past: 38 of 39
inline constexpr double nearest_policy_confidence =
    0.97; // a day within 90 days, a month next to the reference's: 164 of 169
inline constexpr double nearest_guess_confidence = 0.83; // any other, the nearest instance: 75 of 90
// How long after its end a quarter or half is still the one a report speaks of.
inline constexpr date::days recent_period_reach{92};

std::optional<int> to_int(const std::string* text);
sys_days day_of(const time_value& v);
time_value undated(std::string value, grain g);
grain grain_of_unit(std::string_view unit);

// The grain of a duration's unit: "P1W" week, "PT1H" hour, "P10Y" year.
grain grain_of_duration(std::string_view value);
std::optional<modifier> parse_modifier(std::string_view text);

// P2D, PT3H, P10Y, PXY: decades and centuries in years, as TimeBank writes them
std::string duration_value(int count, std::string_view unit);
// "2 1/2 years" P2Y6M, "5 1/2 hours" PT5H30M; a unit with no smaller one in TIMEX3
// values takes a decimal fraction, as ISO 8601 allows: "2 1/2 weeks" P2.5W.
std::string duration_and_a_half(int count, std::string_view unit);
std::string_view direction_name(int d);

} // namespace annalist::resolving

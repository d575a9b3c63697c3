// Time values for each calendar grain: the TIMEX3 value and the half-open interval
// it covers, computed with date's calendar types.
#pragma once

#include <annalist/model/time_value.hpp>

#include <date/date.h>

#include <string_view>

namespace annalist {

time_value month_value(date::year_month ym);
time_value year_value(date::year y);
time_value week_value(date::sys_days any_day_of_it);          // ISO week: "2024-W44", Monday to Monday
time_value weekend_value(date::sys_days any_day_of_the_week); // "2024-W44-WE", Saturday to Monday
time_value quarter_value(date::year y, unsigned quarter);     // "2024-Q3"
time_value half_value(date::year y, unsigned half);           // "2024-H1"
// "SP", "SU", "FA", "WI": northern meteorological seasons; winter runs into y + 1.
time_value season_value(date::year y, std::string_view season);
time_value decade_value(int first_year);  // 1990 -> "199"
time_value century_value(int first_year); // 1900 -> "19"
// The nth century before Christ: the 3rd is 300 to 201 BC, "BC02".
time_value century_before_christ_value(int n);
// "MO", "AF", "EV", "NI" of a day: value "2024-11-05TNI".
time_value part_of_day_value(date::sys_days day, std::string_view part);

// The period of `grain` holding `day` (day, week, weekend, month, quarter, half, year,
// decade, century); grain names as the UNIT class gives them.
time_value period_containing(date::sys_days day, std::string_view unit);
// The same period shifted by `count` periods.
time_value shifted_period(date::sys_days day, std::string_view unit, int count);

// Narrows a value to its start, middle or end (TimeML START, MID, END) by the
// configured policy: days 1-10, 11-20, 21-end of a month; Jan-Apr, May-Aug, Sep-Dec
// of a year; thirds otherwise. The value string is kept: mid-October is "2024-10".
time_value with_modifier(time_value v, modifier mod);

date::year_month_day easter_sunday(date::year y);

} // namespace annalist

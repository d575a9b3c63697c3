#include <annalist/resolve/calendar.hpp>

#include <annalist/model/iso_date.hpp>

#include <date/iso_week.h>
#include <fmt/format.h>

#include <algorithm>

namespace annalist {
namespace {

time_value make(date::sys_days begin, date::sys_days end, grain g, std::string value) {
    return {date::sys_seconds{begin}, date::sys_seconds{end}, std::move(value), g, modifier::none};
}

date::sys_days first_of(date::year y, unsigned month) { return date::sys_days{y / date::month{month} / 1}; }

} // namespace

time_value month_value(date::year_month ym) {
    const date::sys_days begin{ym / 1};
    const date::sys_days end{(ym + date::months{1}) / 1};
    if (static_cast<int>(ym.year()) < 1)
        return make(begin, end, grain::month,
                    fmt::format("{}-{:02}", timex_year_text(ym.year()), static_cast<unsigned>(ym.month())));
    return make(begin, end, grain::month, iso_month_text(ym));
}

time_value year_value(date::year y) {
    return make(first_of(y, 1), first_of(y + date::years{1}, 1), grain::year, timex_year_text(y));
}

time_value week_value(date::sys_days day) {
    const iso_week::year_weeknum_weekday w{day};
    const date::sys_days monday{w.year() / w.weeknum() / iso_week::mon};
    return make(monday, monday + date::days{7}, grain::week,
                fmt::format("{:04}-W{:02}", static_cast<int>(w.year()), static_cast<unsigned>(w.weeknum())));
}

time_value weekend_value(date::sys_days day) {
    time_value week = week_value(day);
    const auto monday = date::floor<date::days>(week.begin);
    return make(monday + date::days{5}, monday + date::days{7}, grain::week, week.value + "-WE");
}

time_value quarter_value(date::year y, unsigned quarter) {
    const unsigned first = 3 * (quarter - 1) + 1;
    const date::sys_days begin = first_of(y, first);
    const date::sys_days end{(date::year_month{y, date::month{first}} + date::months{3}) / 1};
    return make(begin, end, grain::quarter, fmt::format("{}-Q{}", timex_year_text(y), quarter));
}

time_value half_value(date::year y, unsigned half) {
    const date::sys_days begin = first_of(y, half == 1 ? 1 : 7);
    const date::sys_days end = half == 1 ? first_of(y, 7) : first_of(y + date::years{1}, 1);
    return make(begin, end, grain::half, fmt::format("{}-H{}", timex_year_text(y), half));
}

time_value season_value(date::year y, std::string_view season) {
    unsigned first = 3; // SP
    if (season == "SU") first = 6;
    if (season == "FA") first = 9;
    if (season == "WI") first = 12;
    const date::year_month start{y, date::month{first}};
    return make(date::sys_days{start / 1}, date::sys_days{(start + date::months{3}) / 1}, grain::season,
                fmt::format("{}-{}", timex_year_text(y), season));
}

time_value decade_value(int first_year) {
    return make(first_of(date::year{first_year}, 1), first_of(date::year{first_year + 10}, 1), grain::decade,
                fmt::format("{:03}", first_year / 10));
}

time_value century_before_christ_value(int n) {
    const int first_year = 1 - 100 * n; // the 3rd century BC: 300 BC (-299) to 201 BC (-200)
    return make(first_of(date::year{first_year}, 1), first_of(date::year{first_year + 100}, 1), grain::century,
                fmt::format("BC{:02}", n - 1));
}

time_value century_value(int first_year) {
    return make(first_of(date::year{first_year}, 1), first_of(date::year{first_year + 100}, 1), grain::century,
                fmt::format("{:02}", first_year / 100));
}

time_value part_of_day_value(date::sys_days day, std::string_view part) {
    int from = 6, to = 12; // MO
    if (part == "AF") from = 12, to = 18;
    if (part == "EV") from = 18, to = 22;
    if (part == "NI") from = 22, to = 30; // into the small hours of the next day
    time_value v = make(day, day, grain::part_of_day, fmt::format("{}T{}", iso_day_text(day), part));
    v.begin = date::sys_seconds{day} + std::chrono::hours{from};
    v.end = date::sys_seconds{day} + std::chrono::hours{to};
    return v;
}

time_value period_containing(date::sys_days day, std::string_view unit) {
    const date::year_month_day ymd{day};
    if (unit == "week") return week_value(day);
    if (unit == "weekend") return weekend_value(day);
    if (unit == "month") return month_value(ymd.year() / ymd.month());
    if (unit == "quarter") return quarter_value(ymd.year(), (static_cast<unsigned>(ymd.month()) - 1) / 3 + 1);
    if (unit == "half") return half_value(ymd.year(), static_cast<unsigned>(ymd.month()) <= 6 ? 1 : 2);
    if (unit == "year") return year_value(ymd.year());
    if (unit == "decade") return decade_value(static_cast<int>(ymd.year()) / 10 * 10);
    if (unit == "century") return century_value(static_cast<int>(ymd.year()) / 100 * 100);
    return day_value(ymd);
}

time_value shifted_period(date::sys_days day, std::string_view unit, int count) {
    // "in 1000000000 years": a shift beyond 30,000 years is cut to 30,000, which no
    // calendar arithmetic overflows and which lands outside the years a mention may
    // name, so the scan leaves it out and says so (in_dated_years).
    const auto clamped = [](long long n, long long limit) { return static_cast<int>(std::clamp(n, -limit, limit)); };
    constexpr long long most_years = 30000, most_days = most_years * 366;
    const date::year_month_day ymd{day};
    if (unit == "day") return day_value(date::year_month_day{day + date::days{clamped(count, most_days)}});
    if (unit == "week" || unit == "weekend")
        return period_containing(day + date::days{clamped(7LL * count, most_days)}, unit);
    if (unit == "month" || unit == "quarter" || unit == "half") {
        const int months = clamped(static_cast<long long>(count) * (unit == "month"     ? 1
                                                                    : unit == "quarter" ? 3
                                                                                        : 6),
                                   most_years * 12);
        const date::year_month ym = ymd.year() / ymd.month() + date::months{months};
        return period_containing(date::sys_days{ym / 1}, unit);
    }
    const int years = clamped(static_cast<long long>(count) * (unit == "year"      ? 1
                                                               : unit == "decade"  ? 10
                                                               : unit == "century" ? 100
                                                                                   : 0),
                              most_years);
    return period_containing(date::sys_days{(ymd.year() + date::years{years}) / ymd.month() / 1}, unit);
}

time_value with_modifier(time_value v, modifier mod) {
    v.mod = mod;
    if (mod != modifier::start && mod != modifier::mid && mod != modifier::end) return v;
    const auto begin = date::floor<date::days>(v.begin);
    const auto end = date::floor<date::days>(v.end);
    date::sys_days from = begin, to = end;
    if (v.grain == grain::month) {
        if (mod == modifier::start) to = begin + date::days{10};
        if (mod == modifier::mid) from = begin + date::days{10}, to = begin + date::days{20};
        if (mod == modifier::end) from = begin + date::days{20};
    } else if (v.grain == grain::year) {
        const date::year y = date::year_month_day{begin}.year();
        if (mod == modifier::start) to = first_of(y, 5);
        if (mod == modifier::mid) from = first_of(y, 5), to = first_of(y, 9);
        if (mod == modifier::end) from = first_of(y, 9);
    } else {
        const auto third = (end - begin) / 3;
        if (third.count() == 0) return v;
        if (mod == modifier::start) to = begin + third;
        if (mod == modifier::mid) from = begin + third, to = end - third;
        if (mod == modifier::end) from = end - third;
    }
    v.begin = date::sys_seconds{from};
    v.end = date::sys_seconds{to};
    return v;
}

// The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
date::year_month_day easter_sunday(date::year y) {
    const int year = static_cast<int>(y);
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return y / date::month{static_cast<unsigned>(month)} / date::day{static_cast<unsigned>(day)};
}

} // namespace annalist

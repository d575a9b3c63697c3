#include <annalist/formats/display_date.hpp>
#include <annalist/resolve/calendar.hpp>

#include <catch2/catch.hpp>

using annalist::grain;
using annalist::modifier;
using annalist::time_value;
using annalist::formats::display_date;
using date::sys_days;

namespace {

sys_days day(int y, unsigned m, unsigned d) { return sys_days{date::year{y} / m / d}; }

time_value with(time_value v, modifier mod) { return annalist::with_modifier(std::move(v), mod); }

} // namespace

// Values as the resolver builds them (calendar.hpp); weekdays checked on a calendar:
// 28 October 2024 and 18 November 2024 are Mondays, 16 November 2024 a Saturday.
TEST_CASE("a date is written at the precision it has") {
    CHECK(display_date(annalist::day_value(date::year{2024} / 6 / 19)) == "19 June 2024");
    CHECK(display_date(annalist::month_value(date::year{2024} / 6)) == "June 2024");
    CHECK(display_date(annalist::week_value(day(2024, 10, 30))) == "week of 28 October 2024");
    CHECK(display_date(annalist::weekend_value(day(2024, 11, 13))) == "weekend of 16 November 2024");
    CHECK(display_date(annalist::quarter_value(date::year{2024}, 3)) == "Q3 2024");
    CHECK(display_date(annalist::half_value(date::year{2024}, 1)) == "first half of 2024");
    CHECK(display_date(annalist::half_value(date::year{2024}, 2)) == "second half of 2024");
    CHECK(display_date(annalist::season_value(date::year{2024}, "SU")) == "summer 2024");
    // Winter 2023 runs from December 2023 into 2024 and keeps its first year's name.
    CHECK(display_date(annalist::season_value(date::year{2023}, "WI")) == "winter 2023");
    CHECK(display_date(annalist::year_value(date::year{2024})) == "2024");
    CHECK(display_date(annalist::decade_value(1990)) == "the 1990s");
    CHECK(display_date(annalist::century_value(1900)) == "the 20th century");
    CHECK(display_date(annalist::century_value(2000)) == "the 21st century");
    CHECK(display_date(annalist::century_value(1000)) == "the 11th century");
}

TEST_CASE("times are UTC, parts of days are named") {
    time_value minute = annalist::day_value(date::year{2024} / 6 / 19);
    minute.begin += std::chrono::hours{15} + std::chrono::minutes{30};
    minute.end = minute.begin + std::chrono::minutes{1};
    minute.grain = grain::minute;
    CHECK(display_date(minute) == "19 June 2024, 15:30 UTC");
    minute.begin += std::chrono::seconds{5};
    minute.grain = grain::second;
    CHECK(display_date(minute) == "19 June 2024, 15:30:05 UTC");
    CHECK(display_date(annalist::part_of_day_value(day(2024, 11, 5), "NI")) == "5 November 2024, night");
    CHECK(display_date(annalist::part_of_day_value(day(2024, 11, 5), "MO")) == "5 November 2024, morning");
}

TEST_CASE("early, mid and late narrow a month or coarser") {
    const time_value october = annalist::month_value(date::year{2024} / 10);
    const time_value mid_october = with(october, modifier::mid);
    // The model already narrowed it to October 11-20; the words still name October.
    REQUIRE(mid_october.begin == date::sys_seconds{day(2024, 10, 11)});
    CHECK(display_date(mid_october) == "mid-October 2024");
    CHECK(display_date(with(october, modifier::start)) == "early October 2024");
    CHECK(display_date(with(october, modifier::end)) == "late October 2024");
    CHECK(display_date(with(annalist::year_value(date::year{2023}), modifier::end)) == "late 2023");
    CHECK(display_date(with(annalist::decade_value(1990), modifier::mid)) == "the mid-1990s");
    CHECK(display_date(with(annalist::century_value(1900), modifier::start)) == "the early 20th century");
    CHECK(display_date(with(annalist::quarter_value(date::year{2024}, 3), modifier::end)) == "late Q3 2024");
    CHECK(display_date(with(annalist::season_value(date::year{2024}, "SU"), modifier::mid)) == "mid-summer 2024");
}

TEST_CASE("finer grains and halves take the start, the middle and the end of") {
    const time_value week = with(annalist::week_value(day(2024, 10, 30)), modifier::start);
    REQUIRE(week.begin == date::sys_seconds{day(2024, 10, 28)});
    CHECK(display_date(week) == "the start of the week of 28 October 2024");
    CHECK(display_date(with(annalist::half_value(date::year{2024}, 1), modifier::end)) ==
          "the end of the first half of 2024");
}

TEST_CASE("approx, before and after say so") {
    const time_value june = annalist::month_value(date::year{2024} / 6);
    CHECK(display_date(with(june, modifier::approx)) == "about June 2024");
    CHECK(display_date(with(june, modifier::before)) == "before June 2024");
    CHECK(display_date(with(june, modifier::after)) == "after June 2024");
    CHECK(display_date(with(june, modifier::equal_or_less)) == "by June 2024");
    CHECK(display_date(with(annalist::week_value(day(2024, 10, 30)), modifier::approx)) ==
          "about the week of 28 October 2024");
}

TEST_CASE("years before 1 read BC, and what dates nothing keeps its value") {
    // Astronomical year -43 is 44 BC, the year of the Ides of March.
    CHECK(display_date(annalist::day_value(date::year{-43} / 3 / 15)) == "15 March 44 BC");
    CHECK(annalist::day_value(date::year{-43} / 3 / 15).value == "BC0044-03-15");
    // The 3rd century BC runs from 300 BC (-299) to 201 BC.
    const time_value third_bc = annalist::century_before_christ_value(3);
    CHECK(third_bc.value == "BC02");
    CHECK(display_date(third_bc) == "the 3rd century BC");
    CHECK(date::year_month_day{date::floor<date::days>(third_bc.begin)} == date::year{-299} / 1 / 1);
    CHECK(date::year_month_day{date::floor<date::days>(third_bc.end)} == date::year{-199} / 1 / 1);
    CHECK(display_date(annalist::century_before_christ_value(1)) == "the 1st century BC");
    // A year of fewer than four digits says its era.
    CHECK(display_date(annalist::year_value(date::year{9})) == "AD 9");
    CHECK(display_date(annalist::year_value(date::year{1066})) == "1066");
    time_value two_days;
    two_days.value = "P2D";
    two_days.dated = false;
    CHECK(display_date(two_days) == "P2D");
}

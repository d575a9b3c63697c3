// Dates written without a stream must read exactly as date::format writes them.
#include <annalist/model/iso_date.hpp>

#include <catch2/catch.hpp>

namespace {

using date::year_month_day;

TEST_CASE("a day is written as date::format(\"%F\") writes it") {
    for (const int y : {-12345, -123, -12, -1, 0, 7, 999, 1000, 1999, 2024, 9999, 12345}) {
        for (const unsigned m : {1U, 2U, 9U, 10U, 12U}) {
            for (const unsigned d : {1U, 9U, 10U, 28U}) {
                const year_month_day day{date::year{y}, date::month{m}, date::day{d}};
                INFO(y << "-" << m << "-" << d);
                CHECK(annalist::iso_day_text(day) == date::format("%F", day));
                CHECK(annalist::iso_day_text(date::sys_days{day}) == date::format("%F", day));
            }
            const date::year_month month{date::year{y}, date::month{m}};
            CHECK(annalist::iso_month_text(month) == date::format("%Y-%m", month));
        }
    }
}

TEST_CASE("a day that does not exist is refused as date refuses it") {
    const year_month_day february_30{date::year{2024}, date::month{2}, date::day{30}};
    CHECK_THROWS(date::format("%F", february_30));
    CHECK_THROWS(annalist::iso_day_text(february_30));
    const date::year_month month_13{date::year{2024}, date::month{13}};
    CHECK_THROWS(date::format("%Y-%m", month_13));
    CHECK_THROWS(annalist::iso_month_text(month_13));
}

TEST_CASE("dates read and written agree") {
    const auto day = annalist::parse_iso_date("2024-11-04");
    REQUIRE(day);
    CHECK(annalist::iso_day_text(*day) == "2024-11-04");
}

} // namespace

#include <annalist/formats/display_date.hpp>

#include <date/date.h>
#include <fmt/format.h>

#include <array>
#include <string_view>

namespace annalist::formats {
namespace {

constexpr std::array<std::string_view, 12> month_names = {"January",   "February", "March",    "April",
                                                          "May",       "June",     "July",     "August",
                                                          "September", "October",  "November", "December"};

std::string year_text(date::year y) {
    const int n = static_cast<int>(y);
    // There is no year 0: astronomical year 0 is 1 BC. A year of fewer than four
    // digits names its era, lest "9" read as a count.
    if (n < 1) return fmt::format("{} BC", 1 - n);
    return n < 1000 ? fmt::format("AD {}", n) : std::to_string(n);
}

std::string_view month_name(date::month m) { return month_names.at(static_cast<unsigned>(m) - 1); }

std::string day_text(date::year_month_day d) {
    return fmt::format("{} {} {}", static_cast<unsigned>(d.day()), month_name(d.month()), year_text(d.year()));
}

std::string ordinal(int n) {
    const int last_two = n % 100;
    const int last = n % 10;
    const char* suffix = (last_two >= 11 && last_two <= 13) ? "th"
                         : last == 1                        ? "st"
                         : last == 2                        ? "nd"
                         : last == 3                        ? "rd"
                                                            : "th";
    return fmt::format("{}{}", n, suffix);
}

std::string_view part_of_day_name(std::string_view value) {
    if (value.ends_with("TMO")) return "morning";
    if (value.ends_with("TAF")) return "afternoon";
    if (value.ends_with("TEV")) return "evening";
    if (value.ends_with("TNI")) return "night";
    return "day";
}

std::string_view season_name(std::string_view value) {
    if (value.ends_with("SP")) return "spring";
    if (value.ends_with("SU")) return "summer";
    if (value.ends_with("FA")) return "autumn";
    return "winter";
}

// The period itself, without its modifier. A modifier narrows [begin, end) inside
// the period, so the period is named from `begin`'s day (and the value's suffix).
std::string period_text(const time_value& v) {
    const auto begin_day = date::floor<date::days>(v.begin);
    const date::year_month_day day{begin_day};
    const int year = static_cast<int>(day.year());
    switch (v.grain) {
    case grain::second:
        return fmt::format("{}, {} UTC", day_text(day), date::format("%T", v.begin - begin_day));
    case grain::minute:
    case grain::hour:
        return fmt::format("{}, {} UTC", day_text(day),
                           date::format("%R", date::floor<std::chrono::minutes>(v.begin - begin_day)));
    case grain::part_of_day:
        return fmt::format("{}, {}", day_text(day), part_of_day_name(v.value));
    case grain::day:
        return day_text(day);
    case grain::week: {
        if (v.value.ends_with("-WE")) return fmt::format("weekend of {}", day_text(day));
        const date::weekday wd{begin_day};
        const date::year_month_day monday{begin_day - date::days{wd.iso_encoding() - 1}};
        return fmt::format("week of {}", day_text(monday));
    }
    case grain::month:
        return fmt::format("{} {}", month_name(day.month()), year_text(day.year()));
    case grain::quarter:
        return fmt::format("Q{} {}", (static_cast<unsigned>(day.month()) - 1) / 3 + 1, year_text(day.year()));
    case grain::half:
        return fmt::format("{} half of {}", static_cast<unsigned>(day.month()) <= 6 ? "first" : "second",
                           year_text(day.year()));
    case grain::season:
        // Winter starts in December and is named by that year, as the TIMEX3 value is.
        return fmt::format("{} {}", season_name(v.value), year_text(day.year()));
    case grain::year:
        return year_text(day.year());
    case grain::decade:
        return fmt::format("the {}0s", year / 10);
    case grain::century: // the 3rd century BC begins in 300 BC (-299)
        return year < 1 ? fmt::format("the {} century BC", ordinal((1 - year) / 100 + 1 - ((1 - year) % 100 == 0)))
                        : fmt::format("the {} century", ordinal(year / 100 + 1));
    }
    return v.value;
}

// "the week of 28 October 2024" after a word ("about", "the start of"); a day, a
// month or a season needs no article.
std::string with_article(std::string period, grain g) {
    return g == grain::week || g == grain::half ? fmt::format("the {}", period) : period;
}

// "early", "mid-" and "late" read well before a month and coarser, but not before a
// day ("early 19 June") or a half ("early first half of 2024").
bool takes_early_mid_late(grain g) { return g >= grain::month && g != grain::half; }

std::string with_part(std::string period, modifier mod, grain g) {
    if (takes_early_mid_late(g)) {
        const std::string_view word = mod == modifier::start ? "early " : mod == modifier::mid ? "mid-" : "late ";
        // "the 1990s" becomes "the mid-1990s": the article stays in front.
        if (period.starts_with("the ")) return fmt::format("the {}{}", word, period.substr(4));
        return std::string(word) + period;
    }
    const std::string_view words = mod == modifier::start ? "the start of "
                                   : mod == modifier::mid ? "the middle of "
                                                          : "the end of ";
    if (period.starts_with("the ")) period = period.substr(4);
    return std::string(words) + with_article(std::move(period), g);
}

} // namespace

std::string display_date(const time_value& v) {
    if (!v.dated) return v.value;
    std::string period = period_text(v);
    switch (v.mod) {
    case modifier::none:
        return period;
    case modifier::start:
    case modifier::mid:
    case modifier::end:
        return with_part(std::move(period), v.mod, v.grain);
    case modifier::approx:
        return fmt::format("about {}", with_article(std::move(period), v.grain));
    case modifier::before:
    case modifier::less_than:
        return fmt::format("before {}", with_article(std::move(period), v.grain));
    case modifier::after:
    case modifier::more_than:
        return fmt::format("after {}", with_article(std::move(period), v.grain));
    case modifier::equal_or_less:
        return fmt::format("by {}", with_article(std::move(period), v.grain));
    case modifier::equal_or_more:
        return period + " or later";
    }
    return period;
}

} // namespace annalist::formats

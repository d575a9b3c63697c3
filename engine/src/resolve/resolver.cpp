#include <annalist/resolve/resolver.hpp>

#include <annalist/resolve/calendar.hpp>

#include <fmt/format.h>

#include <charconv>
#include <cstdlib>

namespace annalist {
namespace {

using date::sys_days;

// How far from the reference a day named without its year is taken as the nearest
// instance, whatever the tense.
constexpr date::days nearest_day_reach{90};
// How long after its end a quarter or half is still the one a report speaks of.
constexpr date::days recent_period_reach{92};

std::optional<int> to_int(const std::string* text) {
    if (text == nullptr) return std::nullopt;
    int value = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc{} || end != text->data() + text->size()) return std::nullopt;
    return value;
}

sys_days day_of(const time_value& v) { return date::floor<date::days>(v.begin); }

time_value undated(std::string value, grain g) {
    time_value v;
    v.value = std::move(value);
    v.grain = g;
    v.dated = false;
    return v;
}

grain grain_of_unit(std::string_view unit) {
    if (unit == "second") return grain::second;
    if (unit == "minute") return grain::minute;
    if (unit == "hour") return grain::hour;
    if (unit == "week" || unit == "weekend") return grain::week;
    if (unit == "month") return grain::month;
    if (unit == "quarter") return grain::quarter;
    if (unit == "year") return grain::year;
    if (unit == "decade") return grain::decade;
    if (unit == "century") return grain::century;
    return grain::day;
}

// The grain of a duration's unit: "P1W" week, "PT1H" hour, "P10Y" year.
grain grain_of_duration(std::string_view value) {
    if (value.empty()) return grain::day;
    const bool time = value.find('T') != std::string_view::npos;
    const char unit = value.back();
    if (time) return unit == 'H' ? grain::hour : unit == 'M' ? grain::minute : grain::second;
    if (value.ends_with("WE")) return grain::week;
    switch (unit) {
    case 'W':
        return grain::week;
    case 'M':
        return grain::month;
    case 'Q':
        return grain::quarter;
    case 'Y':
        return grain::year;
    default:
        return grain::day;
    }
}

std::optional<modifier> parse_modifier(std::string_view text) {
    for (const modifier m :
         {modifier::start, modifier::mid, modifier::end, modifier::approx, modifier::before, modifier::after,
          modifier::less_than, modifier::more_than, modifier::equal_or_less, modifier::equal_or_more})
        if (to_string(m) == text) return m;
    return std::nullopt;
}

// P2D, PT3H, P10Y, PXY: decades and centuries in years, as TimeBank writes them
std::string duration_value(int count, std::string_view unit) {
    const std::string n = count < 0 ? "X" : std::to_string(count);
    if (unit == "hour") return "PT" + n + "H";
    if (unit == "minute") return "PT" + n + "M";
    if (unit == "second") return "PT" + n + "S";
    if (unit == "week") return "P" + n + "W";
    if (unit == "weekend") return "P" + n + "WE";
    if (unit == "month") return "P" + n + "M";
    if (unit == "quarter") return "P" + n + "Q";
    if (unit == "year") return "P" + n + "Y";
    if (unit == "decade") return "P" + (count < 0 ? n : std::to_string(10 * count)) + "Y";
    if (unit == "century") return "P" + (count < 0 ? n : std::to_string(100 * count)) + "Y";
    return "P" + n + "D";
}

std::string_view direction_name(int d) { return d < 0 ? "past" : d > 0 ? "future" : "nearest"; }

// Shared state of one resolution: the reference and what was decided.
class resolver {
public:
    resolver(const rule_match& m, const language& lang, const resolve_context& context)
        : m_(m), rule_(*m.matched_rule), lang_(lang), context_(context) {}

    std::optional<resolution> run() {
        if (rule_.tense && *rule_.tense != context_.tense) return std::nullopt;
        std::optional<time_value> value;
        timex_type type = timex_type::date;
        switch (rule_.kind) {
        case rule_kind::date:
            value = calendar_date();
            break;
        case rule_kind::numeric_date:
            value = numeric_date();
            break;
        case rule_kind::day_word:
            value = day_word();
            break;
        case rule_kind::named:
            value = named();
            break;
        case rule_kind::offset:
            value = offset();
            break;
        case rule_kind::duration:
            value = duration(), type = timex_type::duration;
            break;
        case rule_kind::set:
            value = set(), type = timex_type::set;
            break;
        case rule_kind::ref:
            value = ref();
            break;
        case rule_kind::quarter:
            value = numbered_period("quarter", 4);
            break;
        case rule_kind::half:
            value = numbered_period("half", 2);
            break;
        case rule_kind::season:
            value = season();
            break;
        case rule_kind::decade:
            value = decade();
            break;
        case rule_kind::century:
            value = century();
            break;
        case rule_kind::time:
            value = time_of_day(), type = timex_type::time;
            break;
        case rule_kind::part_of_day:
            value = part_of_day(), type = timex_type::time;
            break;
        case rule_kind::holiday:
            value = holiday();
            break;
        case rule_kind::modified:
            return modified();
        case rule_kind::anaphoric:
            value = anaphoric();
            break;
        case rule_kind::range_end:
            value = range_end();
            break;
        }
        if (!value) return std::nullopt;
        const std::string* fuzzy = m_.get("FUZZY"); // "mid-2024": a part named inside a date rule
        if (const auto mod = parse_modifier(fuzzy != nullptr ? *fuzzy : rule_.mod)) {
            if (value->dated) *value = with_modifier(*value, *mod);
            value->mod = *mod;
        }
        resolution r{type, std::move(*value), anchor_, explain()};
        return r;
    }

private:
    // The reference for relative expressions, or nullopt when there is none.
    std::optional<sys_days> reference(bool anaphoric = false) {
        const bool use_last = anaphoric || rule_.from_last_date || context_.mode == resolution_mode::narrative;
        if (use_last && context_.last_date) {
            anchor_ = anchor::previous;
            reference_ = day_of(*context_.last_date);
            return reference_;
        }
        if (!context_.publication) return std::nullopt;
        anchor_ = anchor::publication;
        reference_ = sys_days{*context_.publication};
        return reference_;
    }

    int direction() {
        direction_used_ = true;
        return rule_.direction.value_or(context_.tense);
    }

    std::optional<time_value> choose(const std::vector<time_value>& candidates) {
        const auto r = reference();
        if (!r) return std::nullopt;
        const time_value* chosen = choose_instance(candidates, *r, direction());
        return chosen == nullptr ? std::nullopt : std::optional<time_value>(*chosen);
    }

    std::optional<time_value> calendar_date() {
        auto year = to_int(m_.get("YEAR"));
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
        if (year && month && day) return full_date(*year, *month, *day);
        if (month && day) return partial_day(*month, *day);
        if (year && month) return month_value(date::year{*year} / date::month{static_cast<unsigned>(*month)});
        if (year && !day) return year_value(date::year{*year});
        if (month) return partial_month(*month);
        if (weekday) return partial_weekday(*weekday, /*past_without_cue=*/context_.mode == resolution_mode::news);
        return std::nullopt;
    }

    std::optional<time_value> full_date(int year, int month, int day) {
        const date::year_month_day ymd{date::year{year}, date::month{static_cast<unsigned>(month)},
                                       date::day{static_cast<unsigned>(day)}};
        if (!ymd.ok()) return std::nullopt;
        return day_value(ymd);
    }

    std::optional<time_value> partial_day(int month, int day) {
        const auto r = reference();
        if (!r) return std::nullopt;
        std::vector<time_value> candidates;
        const date::year y = date::year_month_day{*r}.year();
        for (int k = -1; k <= 1; ++k) {
            const date::year_month_day ymd{y + date::years{k}, date::month{static_cast<unsigned>(month)},
                                           date::day{static_cast<unsigned>(day)}};
            if (ymd.ok()) candidates.push_back(day_value(ymd));
        }
        // A day named without its year within 90 days of the reference is the nearest,
        // whatever the tense: the cue is often an attribution ("the company said") or a
        // verb about something else ("extended its offer to Nov. 20"). TempEval-3: this
        // fixed 17 values and broke 1.
        if (const time_value* nearest = choose_instance(candidates, *r, 0)) {
            const auto distance = day_of(*nearest) > *r ? day_of(*nearest) - *r : *r - day_of(*nearest);
            if (distance <= nearest_day_reach) {
                nearest_day_ = true;
                return *nearest;
            }
        }
        return choose(candidates);
    }

    std::optional<time_value> partial_month(int month) {
        const auto r = reference();
        if (!r) return std::nullopt;
        std::vector<time_value> candidates;
        const date::year y = date::year_month_day{*r}.year();
        for (int k = -1; k <= 1; ++k)
            candidates.push_back(month_value((y + date::years{k}) / date::month{static_cast<unsigned>(month)}));
        return choose(candidates);
    }

    // In news a bare weekday with no cue is the one just past (or today): reports tell
    // what happened (TempEval-3: 282 of 297 bare weekdays are on or before the DCT).
    std::optional<time_value> partial_weekday(int iso_weekday, bool past_without_cue = false) {
        const auto r = reference();
        if (!r) return std::nullopt;
        int d = direction();
        if (d == 0 && past_without_cue) {
            d = -1;
            weekday_past_default_ = true;
        }
        const auto candidates = weekday_candidates(*r, iso_weekday);
        const time_value* chosen = choose_instance(candidates, *r, d);
        return chosen == nullptr ? std::nullopt : std::optional<time_value>(*chosen);
    }

    static std::vector<time_value> weekday_candidates(sys_days around, int iso_weekday) {
        std::vector<time_value> candidates;
        const date::weekday wanted{static_cast<unsigned>(iso_weekday % 7)};
        for (int k = -7; k <= 7; ++k) {
            const sys_days d = around + date::days{k};
            if (date::weekday{d} == wanted) candidates.push_back(day_value(date::year_month_day{d}));
        }
        return candidates;
    }

    std::optional<time_value> numeric_date() {
        const auto first = to_int(m_.get("NUM"));
        const auto second = to_int(m_.get("NUM2"));
        const auto year = to_int(m_.get("YEAR"));
        if (!first || !second || !year) return std::nullopt;
        const bool month_first = context_.order != numeric_date_order::dmy;
        return full_date(*year, month_first ? *first : *second, month_first ? *second : *first);
    }

    std::optional<time_value> day_word() {
        const auto shift = to_int(m_.get("DAY_WORD"));
        const auto r = reference();
        if (!shift || !r) return std::nullopt;
        // "the day before yesterday": the rule adds its own offset.
        const int extra = rule_.offset.value_or(0) * rule_.direction.value_or(0);
        return day_value(date::year_month_day{*r + date::days{*shift + extra}});
    }

    // last June, next Thursday, this summer, last week
    std::optional<time_value> named() {
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
            for (int k = -1; k <= 1; ++k)
                candidates.push_back(month_value((y + date::years{k}) / date::month{static_cast<unsigned>(*month)}));
        } else if (const auto* season = m_.get("SEASON")) {
            for (int k = -2; k <= 1; ++k) candidates.push_back(season_value(y + date::years{k}, *season));
        } else if (const auto holiday = to_int(m_.get("HOLIDAY"))) {
            for (int k = -1; k <= 1; ++k) candidates.push_back(day_value(holiday_in(*holiday, y + date::years{k})));
        } else if (const auto weekday = to_int(m_.get("WEEKDAY"))) {
            if (*which == 0) { // this Thursday: the one in this ISO week
                const auto monday = day_of(week_value(*r));
                return day_value(date::year_month_day{monday + date::days{*weekday - 1}});
            }
            candidates = weekday_candidates(*r, *weekday);
        } else {
            return std::nullopt;
        }
        return strictly(candidates, *r, *which);
    }

    // The last instance wholly before the reference, the first wholly after it, or
    // (this) the one holding it, else the one in the same year.
    static std::optional<time_value> strictly(const std::vector<time_value>& candidates, sys_days r, int which) {
        const time_value* chosen = nullptr;
        for (const auto& c : candidates) {
            if (which < 0 && day_of(c) < r && date::floor<date::days>(c.end) <= r) chosen = &c;
            if (which > 0 && day_of(c) > r && chosen == nullptr) chosen = &c;
            if (which == 0 && day_of(c) <= r && r < date::floor<date::days>(c.end)) chosen = &c;
        }
        if (which == 0 && chosen == nullptr) {
            const date::year y = date::year_month_day{r}.year();
            for (const auto& c : candidates)
                if (date::year_month_day{day_of(c)}.year() == y) chosen = &c;
        }
        return chosen == nullptr ? std::nullopt : std::optional<time_value>(*chosen);
    }

    // three days ago, in two weeks, a year earlier
    std::optional<time_value> offset() {
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
        // "a year ago" in a report on a quarter is that quarter a year before.
        if (context_.last_date && context_.last_date->grain == grain::quarter) {
            if (const auto kept = year_shift_keeping_grain(unit, sign * *count)) return kept;
        }
        return shifted_period(*r, unit, sign * *count);
    }

    std::optional<time_value> duration() {
        auto count = rule_.offset ? rule_.offset : to_int(m_.get("COUNT"));
        if (!count) count = to_int(m_.get("NUM"));
        const std::string unit = unit_of();
        if (!rule_.value.empty()) return undated(rule_.value, grain_of_duration(rule_.value));
        if (unit.empty()) return std::nullopt;
        const std::string value = duration_value(count.value_or(-1), unit);
        return undated(value, grain_of_duration(value));
    }

    std::optional<time_value> set() {
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

    std::optional<time_value> ref() {
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

    // the third quarter (of 2024), Q3 2024, the first half
    std::optional<time_value> numbered_period(std::string_view unit, int count) {
        auto n = to_int(m_.get("ORDINAL"));
        if (!n) n = to_int(m_.get("NUM"));
        if (!n || *n < 1 || *n > count) return std::nullopt;
        const auto make = [&](date::year y) {
            return unit == "quarter" ? quarter_value(y, static_cast<unsigned>(*n))
                                     : half_value(y, static_cast<unsigned>(*n));
        };
        if (const auto year = to_int(m_.get("YEAR"))) return make(date::year{*year});
        const auto r = reference();
        if (!r) return std::nullopt;
        // "of the year" is this year's; otherwise a quarter or half is reported once it
        // has begun: the latest one that has. Ahead of the tense only when this year's
        // ended over a quarter ago: "expects to report a third-quarter loss" in
        // November is the quarter just ended.
        const date::year y = date::year_month_day{*r}.year();
        const time_value this_year = make(y);
        if (rule_.direction == 0) return this_year;
        if (direction() > 0) {
            const bool recent = date::floor<date::days>(this_year.end) + recent_period_reach > *r;
            return recent ? this_year : make(y + date::years{1});
        }
        return day_of(this_year) <= *r ? this_year : make(y - date::years{1});
    }

    std::optional<time_value> season() {
        const auto* season = m_.get("SEASON");
        if (season == nullptr) return std::nullopt;
        if (const auto year = to_int(m_.get("YEAR"))) return season_value(date::year{*year}, *season);
        const auto r = reference();
        if (!r) return std::nullopt;
        const date::year y = date::year_month_day{*r}.year();
        std::vector<time_value> candidates;
        for (int k = -2; k <= 1; ++k) candidates.push_back(season_value(y + date::years{k}, *season));
        return choose(candidates);
    }

    std::optional<time_value> decade() {
        const auto value = to_int(m_.get("DECADE"));
        if (!value) return std::nullopt;
        return decade_value(*value * 10);
    }

    std::optional<time_value> century() {
        auto n = to_int(m_.get("ORDNUM"));
        if (!n) n = to_int(m_.get("ORDINAL"));
        if (!n || *n < 1 || *n > 30) return std::nullopt;
        return century_value((*n - 1) * 100);
    }

    // The day a time or part of day falls on: a weekday or day word in the match,
    // else the reference.
    std::optional<sys_days> day_for_time() {
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

    std::optional<time_value> time_of_day() {
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
        }
        // Midnight is hour 24 of its day, as TimeML writes it: the start of the next.
        if (hour > 24 || minute > 59 || (hour == 24 && minute != 0)) return std::nullopt;
        const auto day = day_for_time();
        if (!day) return std::nullopt;
        std::string value = fmt::format("{}T{:02}:{:02}", date::format("%F", *day), hour, minute);
        auto begin = date::sys_seconds{*day} + std::chrono::hours{hour} + std::chrono::minutes{minute};
        if (const auto zone = to_int(m_.get("ZONE"))) {
            value += *zone == 0 ? std::string("Z")
                                : fmt::format("{}{:02}:{:02}", *zone < 0 ? '-' : '+', std::abs(*zone) / 60,
                                              std::abs(*zone) % 60);
            begin -= std::chrono::minutes{*zone}; // to UTC
        }
        time_value v{begin, begin + std::chrono::minutes{1}, grain::minute, modifier::none, std::move(value)};
        return v;
    }

    std::optional<time_value> part_of_day() {
        const std::string part =
            rule_.value.empty() ? (m_.get("PART_OF_DAY") ? *m_.get("PART_OF_DAY") : "") : rule_.value;
        if (part.empty()) return std::nullopt;
        const auto day = day_for_time();
        if (!day) return std::nullopt;
        return part_of_day_value(*day, part);
    }

    date::year_month_day holiday_in(int index, date::year y) const {
        const annalist::holiday& h = lang_.holidays.at(static_cast<std::size_t>(index));
        if (h.easter_offset) return date::year_month_day{sys_days{easter_sunday(y)} + date::days{*h.easter_offset}};
        if (h.day != 0) return y / date::month{h.month} / date::day{h.day};
        const date::weekday wd{h.weekday % 7};
        if (h.nth < 0) return date::year_month_day{sys_days{y / date::month{h.month} / wd[date::last]}};
        return date::year_month_day{sys_days{y / date::month{h.month} / wd[static_cast<unsigned>(h.nth)]}};
    }

    std::optional<time_value> holiday() {
        const auto index = to_int(m_.get("HOLIDAY"));
        if (!index || *index < 0 || static_cast<std::size_t>(*index) >= lang_.holidays.size()) return std::nullopt;
        const auto in_year = [&](date::year y) { return holiday_in(*index, y); };
        if (const auto year = to_int(m_.get("YEAR"))) return day_value(in_year(date::year{*year}));
        const auto r = reference();
        if (!r) return std::nullopt;
        const date::year y = date::year_month_day{*r}.year();
        return choose(
            {day_value(in_year(y - date::years{1})), day_value(in_year(y)), day_value(in_year(y + date::years{1}))});
    }

    std::optional<resolution> modified() {
        if (m_.inner.empty()) return std::nullopt;
        auto inner = resolve_match(m_.inner.front(), lang_, context_);
        if (!inner) return std::nullopt;
        std::string mod = rule_.mod;
        if (mod.empty() && m_.get("FUZZY")) mod = *m_.get("FUZZY");
        if (mod.empty() && m_.get("APPROX")) mod = *m_.get("APPROX");
        const auto modifier_found = parse_modifier(mod);
        if (!modifier_found) return std::nullopt;
        const modifier parsed = *modifier_found;
        // Only a dated period can have a start, middle or end; a day keeps its interval.
        const bool fuzzy = parsed == modifier::start || parsed == modifier::mid || parsed == modifier::end;
        if (fuzzy && !inner->value.dated) return std::nullopt;
        if (inner->value.dated && inner->value.grain > grain::day) inner->value = with_modifier(inner->value, parsed);
        inner->value.mod = parsed;
        inner->explanation =
            fmt::format("rule {} ({}:{}) applies {} to: {}", rule_.id, rule_.file, rule_.line, mod, inner->explanation);
        return inner;
    }

    std::optional<time_value> anaphoric() {
        const auto r = reference(true);
        if (!r) return std::nullopt;
        if (const auto* season = m_.get("SEASON")) return season_value(date::year_month_day{*r}.year(), *season);
        const std::string unit = unit_of();
        if (unit.empty()) return std::nullopt;
        auto count = rule_.offset ? rule_.offset : to_int(m_.get("COUNT"));
        if (!count) count = to_int(m_.get("NUM"));
        const int shift = count.value_or(0) * rule_.direction.value_or(0);
        const bool counted = m_.get("COUNT") != nullptr || m_.get("NUM") != nullptr; // "a year earlier"
        if (counted) {
            if (const auto kept = year_shift_keeping_grain(unit, shift)) return kept;
        }
        const time_value shifted = shifted_period(*r, unit, shift);
        // "the year-earlier third quarter": the quarter it names, in the year counted back to.
        if (const auto n = to_int(m_.get("ORDINAL")); n && unit == "quarter" && *n >= 1 && *n <= 4)
            return quarter_value(date::year_month_day{day_of(shifted)}.year(), static_cast<unsigned>(*n));
        return shifted;
    }

    // "a year earlier" after "the third quarter" is the same quarter a year before:
    // a shift in years keeps the grain of a finer period just mentioned.
    std::optional<time_value> year_shift_keeping_grain(std::string_view unit, int years) const {
        if (unit != "year" || !context_.last_date) return std::nullopt;
        const time_value& last = *context_.last_date;
        if (last.grain != grain::quarter && last.grain != grain::month && last.grain != grain::half &&
            last.grain != grain::day)
            return std::nullopt;
        const date::year_month_day from{day_of(last)};
        const date::year_month_day to{from.year() + date::years{years}, from.month(),
                                      last.grain == grain::day ? from.day() : date::day{1}};
        if (!to.ok()) return std::nullopt;
        if (last.grain == grain::day) return day_value(to);
        return period_containing(sys_days{to}, last.grain == grain::month     ? "month"
                                               : last.grain == grain::quarter ? "quarter"
                                                                              : "half");
    }

    // "June 3-5": the day (or year) after the dash replaces the end of the expression
    // that ends right before it, which must be of the same grain.
    std::optional<time_value> range_end() {
        const auto& before = context_.previous_value;
        if (!before || context_.previous_end_token + 1 != m_.first_token) return std::nullopt;
        const date::year_month_day first{day_of(*before)};
        anchor_ = anchor::previous;
        if (const auto day = to_int(m_.get("DAY")); day && before->grain == grain::day) {
            if (static_cast<unsigned>(*day) <= static_cast<unsigned>(first.day())) return std::nullopt;
            return full_date(static_cast<int>(first.year()), static_cast<int>(static_cast<unsigned>(first.month())),
                             *day);
        }
        if (const auto year = to_int(m_.get("YEAR")); year && before->grain == grain::year) {
            if (*year <= static_cast<int>(first.year())) return std::nullopt;
            return year_value(date::year{*year});
        }
        return std::nullopt;
    }

    // The rule's fixed unit, else the one the text gave.
    std::string unit_of() const {
        if (!rule_.unit.empty()) return rule_.unit;
        if (const auto* unit = m_.get("UNIT")) return *unit;
        if (const auto* period = m_.get("PERIOD")) return *period;
        return {};
    }

    std::string explain() const {
        std::string text =
            fmt::format("rule {} ({}:{}, kind {})", rule_.id, rule_.file, rule_.line, to_string(rule_.kind));
        if (reference_) {
            text += fmt::format("; reference {} ({})", date::format("%F", *reference_),
                                anchor_ == anchor::previous ? "the last date mentioned" : "the publication date");
        }
        if (nearest_day_) {
            text += "; the instance nearest the reference (a day within 90 days of it is that one, whatever the tense)";
        } else if (direction_used_) {
            const int d = rule_.direction.value_or(context_.tense);
            if (weekday_past_default_) {
                text += "; direction past (no cue: in news a bare weekday is the one just past)";
            } else {
                text += fmt::format("; direction {} ({})", direction_name(d),
                                    rule_.direction       ? "the rule says"
                                    : context_.tense != 0 ? "tense cue"
                                                          : "no cue");
            }
        }
        return text;
    }

    const rule_match& m_;
    const rule& rule_;
    const language& lang_;
    const resolve_context& context_;
    annalist::anchor anchor_ = anchor::absolute;
    std::optional<sys_days> reference_;
    bool direction_used_ = false;
    bool nearest_day_ = false;
    bool weekday_past_default_ = false;
};

} // namespace

const time_value* choose_instance(const std::vector<time_value>& candidates, date::sys_days reference, int direction) {
    const time_value* before = nullptr;
    const time_value* after = nullptr;
    for (const auto& c : candidates) {
        const sys_days begin = day_of(c), end = date::floor<date::days>(c.end);
        if (begin <= reference && reference < end) return &c;
        if (end <= reference) before = &c;
        if (begin > reference && after == nullptr) after = &c;
    }
    if (direction < 0) return before;
    if (direction > 0) return after;
    if (before == nullptr) return after;
    if (after == nullptr) return before;
    const auto distance_before = reference - day_of(*before);
    const auto distance_after = day_of(*after) - reference;
    return distance_after < distance_before ? after : before;
}

std::optional<resolution> resolve_match(const rule_match& match, const language& lang, const resolve_context& context) {
    return resolver(match, lang, context).run();
}

} // namespace annalist

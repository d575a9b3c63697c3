// Expressions around another one: "mid-October", "about two weeks", "the day before
// last Tuesday", "the week of March 6". The inner match is resolved first.
#include "resolver_state.hpp"

#include <annalist/resolve/calendar.hpp>

#include <fmt/format.h>

namespace annalist::resolving {
namespace {

// The other reading of the inner expression, if it has one, goes through the same change.
template <class Change> void change_alternative(resolution& r, Change change) {
    if (r.alternative) r.alternative = std::make_shared<const time_value>(change(*r.alternative));
}

} // namespace

std::optional<resolution> resolver::modified() {
    if (m_.inner.empty()) return std::nullopt;
    auto inner = resolve_match(m_.inner.front(), lang_, context_);
    if (!inner) return std::nullopt;
    if (rule_.direction) return counted_from(std::move(*inner)); // only counting rules have one
    if (m_.get("ORDINAL") != nullptr) return nth_part(std::move(*inner));
    if (rule_.unit == "week") return week_holding(std::move(*inner));
    return with_rule_modifier(std::move(*inner));
}

// "the day before last Tuesday", "two weeks after June 3": counted from the date.
std::optional<resolution> resolver::counted_from(resolution inner) const {
    const std::string unit = unit_of();
    if (unit.empty() || !inner.value.dated || inner.value.grain > grain::day) return std::nullopt;
    const int count = to_int(m_.get("COUNT")).value_or(to_int(m_.get("NUM")).value_or(1));
    if (count < 0) return std::nullopt; // "a few days before": no date
    const auto count_from = [&](const time_value& v) {
        return shifted_period(day_of(v), unit, count * *rule_.direction);
    };
    inner.value = count_from(inner.value);
    change_alternative(inner, count_from);
    explain_around(inner, ", counted from:");
    return inner;
}

// "the week of March 6" (unit = "week"): the week holding the day.
std::optional<resolution> resolver::week_holding(resolution inner) const {
    if (!inner.value.dated || inner.value.grain != grain::day) return std::nullopt;
    const auto week_of = [](const time_value& v) { return period_containing(day_of(v), "week"); };
    inner.value = week_of(inner.value);
    change_alternative(inner, week_of);
    explain_around(inner, ", the week holding:");
    return inner;
}

// "the first half of next year", "the last week of March", "the first weekend of next
// month": the nth period of the rule's unit within the date (last is -1). A week
// belongs to the month or year holding four of its days, as ISO weeks do to years; a
// weekend to the one holding its Saturday.
std::optional<resolution> resolver::nth_part(resolution inner) const {
    const std::string& unit = rule_.unit;
    const auto nth = to_int(m_.get("ORDINAL"));
    if (!nth || *nth == 0 || unit.empty() || !inner.value.dated) return std::nullopt;
    const grain part = unit == "weekend" ? grain::week : grain_of_unit(unit);
    if (inner.value.grain <= part || inner.value.grain == grain::week) return std::nullopt;
    const auto pick = [&](const time_value& whole) -> std::optional<time_value> {
        const sys_days first = day_of(whole), end = date::floor<date::days>(whole.end);
        const auto belongs = [&](const time_value& p) {
            if (unit == "weekend") return day_of(p) >= first && day_of(p) < end; // its Saturday
            if (unit != "week") return day_of(p) >= first && date::floor<date::days>(p.end) <= end;
            const sys_days thursday = day_of(p) + date::days{3};
            return thursday >= first && thursday < end;
        };
        std::vector<time_value> parts;
        // From the week (or other period) holding the day before, so a week that begins
        // in the month before and belongs to this one is counted.
        for (time_value p = unit == "weekend" ? weekend_value(first) : period_containing(first - date::days{1}, unit);
             day_of(p) < end;
             p = unit == "weekend" ? weekend_value(day_of(p) + date::days{7}) : shifted_period(day_of(p), unit, 1))
            if (belongs(p)) parts.push_back(p);
        const std::size_t count = parts.size();
        if (std::abs(*nth) > static_cast<int>(count)) return std::nullopt;
        return parts[*nth > 0 ? static_cast<std::size_t>(*nth - 1) : count - static_cast<std::size_t>(-*nth)];
    };
    auto chosen = pick(inner.value);
    if (!chosen) return std::nullopt;
    inner.value = std::move(*chosen);
    if (inner.alternative) {
        const auto other = pick(*inner.alternative);
        inner.alternative = other ? std::make_shared<const time_value>(*other) : nullptr;
        if (!other) inner.confidence = 1.0;
    }
    explain_around(inner,
                   *nth < 0 ? fmt::format(", the last {} of:", unit) : fmt::format(", {} number {} of:", unit, *nth));
    return inner;
}

// "mid-October", "around June 2024", "more than four hours": TimeML's mod.
std::optional<resolution> resolver::with_rule_modifier(resolution inner) const {
    std::string mod = rule_.mod;
    if (mod.empty() && m_.get("FUZZY")) mod = *m_.get("FUZZY");
    if (mod.empty() && m_.get("APPROX")) mod = *m_.get("APPROX");
    const auto modifier_found = parse_modifier(mod);
    if (!modifier_found) return std::nullopt;
    const modifier parsed = *modifier_found;
    // "about the future" is a topic, not an approximate time.
    if (!inner.value.dated && inner.value.value.ends_with("_REF")) return std::nullopt;
    // Only a dated period can have a start, middle or end; a day keeps its interval.
    const bool fuzzy = parsed == modifier::start || parsed == modifier::mid || parsed == modifier::end;
    if (fuzzy && !inner.value.dated) return std::nullopt;
    const auto modify = [parsed](time_value v) {
        if (v.dated && v.grain > grain::day) v = with_modifier(v, parsed);
        v.mod = parsed;
        return v;
    };
    inner.value = modify(std::move(inner.value));
    change_alternative(inner, modify);
    explain_around(inner, fmt::format(" applies {} to:", mod));
    return inner;
}

// "rule fuzzy_part (file:line) applies MID to: <the inner match's explanation>"
void resolver::explain_around(resolution& inner, std::string_view what) const {
    if (!context_.explain) return;
    inner.explanation = fmt::format("rule {} ({}:{}){} {}", rule_.id, rule_.file, rule_.line, what, inner.explanation);
}

} // namespace annalist::resolving

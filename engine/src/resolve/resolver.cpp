#include <annalist/resolve/resolver.hpp>

#include "resolver_state.hpp"

#include <annalist/model/iso_date.hpp>
#include <annalist/resolve/calendar.hpp>
#include <annalist/resolve/tense.hpp>

#include <fmt/format.h>

namespace annalist::resolving {

std::optional<resolution> resolver::run() {
    if (rule_.tense && *rule_.tense != tense()) return std::nullopt;
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
    case rule_kind::quarter: // "the third quarter", or the one "ended July 31"
        value = m_.get("MONTH") != nullptr ? quarter_ended() : numbered_period("quarter", 4);
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
    case rule_kind::nth_weekday:
        value = nth_weekday();
        break;
    }
    if (!value) return std::nullopt;
    const std::string* fuzzy = m_.get("FUZZY"); // "mid-2024": a part named inside a date rule
    if (const auto mod = parse_modifier(fuzzy != nullptr ? *fuzzy : rule_.mod)) {
        if (value->dated) *value = with_modifier(*value, *mod);
        value->mod = *mod;
    }
    resolution r{type,
                 std::move(*value),
                 anchor_,
                 context_.explain ? explain() : std::string{},
                 comparison_,
                 tense_,
                 written_parts(),
                 std::move(alternative_),
                 confidence_};
    return r;
}

// The reference for relative expressions, or nullopt when there is none.
std::optional<sys_days> resolver::reference(bool anaphoric) {
    const bool use_last =
        anaphoric || rule_.from_last_date || (context_.mode == resolution_mode::narrative && !rule_.from_publication);
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

int resolver::direction() {
    direction_used_ = true;
    if (rule_.direction) return *rule_.direction;
    return telling_story() ? story_direction() : tense();
}

bool resolver::telling_story() const {
    return context_.mode == resolution_mode::narrative && anchor_ == anchor::previous;
}

// A story is told in the past tense, so the past tense says nothing of which way
// from the story's last date a date lies: a history moves forward ("The siege began
// in September 1854. In April the allies attacked again": April 1855), unless the
// text steps back ("had", "earlier").
int resolver::story_direction() const {
    if (!story_direction_) {
        const tense_window& w = context_.window;
        story_direction_ = w.tokens != nullptr && steps_back(*w.tokens, w.first_token, w.end_token, lang_) ? -1 : 1;
    }
    return *story_direction_;
}

int resolver::tense() const {
    if (!tense_) {
        const tense_window& w = context_.window;
        tense_ = w.tokens == nullptr ? context_.tense : tense_cue(*w.tokens, w.first_token, w.end_token, lang_);
    }
    return *tense_;
}

std::optional<time_value> resolver::choose(const std::vector<time_value>& candidates) {
    const auto r = reference();
    if (!r) return std::nullopt;
    const time_value* chosen = choose_instance(candidates, *r, direction());
    if (chosen == nullptr) return std::nullopt;
    if (!rule_.direction && tense() == 0) guessed(candidates, *r, *chosen, nearest_guess_confidence);
    return *chosen;
}

// The instance was picked by a policy, not by the text: the nearest one on the other
// side of the reference is the alternative reading. An instance holding the reference
// has none.
void resolver::guessed(const std::vector<time_value>& candidates, sys_days r, const time_value& chosen,
                       double confidence) {
    if (day_of(chosen) <= r && r < date::floor<date::days>(chosen.end)) return;
    const time_value* other = choose_instance(candidates, r, day_of(chosen) > r ? -1 : 1);
    if (other == nullptr) return;
    alternative_ = std::make_shared<const time_value>(*other);
    confidence_ = confidence;
}

// The calendar parts the text wrote, from the match's captures ("MONTH", "YEAR2"):
// "November 5" wrote the month and the day, "last Thursday" the weekday, "three days
// ago" none. One pass: every mention is asked.
date_parts resolver::written_parts() const {
    if (rule_.kind == rule_kind::numeric_date) return date_part::year | date_part::month | date_part::day;
    date_parts parts = rule_.kind == rule_kind::century ? static_cast<date_parts>(date_part::year) : 0;
    if (rule_.hour) parts = parts | date_part::time;
    for (const capture& c : m_.captures) {
        std::string_view name = c.name;
        while (!name.empty() && name.back() >= '0' && name.back() <= '9') name.remove_suffix(1);
        if (name == "YEAR" || name == "CENTURY_WORD" || name == "MILLENNIUM_WORD" || name == "DECADE" ||
            name == "DECADE_WORD")
            parts = parts | date_part::year;
        else if (name == "MONTH" || name == "MONTHNUM")
            parts = parts | date_part::month;
        else if (name == "DAY")
            parts = parts | date_part::day;
        else if (name == "HOLIDAY")
            parts = parts | date_part::month | date_part::day;
        else if (name == "WEEKDAY")
            parts = parts | date_part::weekday;
        else if (name == "CLOCK" || name == "MERIDIEM" || name == "PART_OF_DAY")
            parts = parts | date_part::time;
    }
    return parts;
}

// The rule's fixed unit, else the one the text gave.
std::string resolver::unit_of() const {
    if (!rule_.unit.empty()) return rule_.unit;
    if (const auto* unit = m_.get("UNIT")) return *unit;
    if (const auto* units = m_.get("UNITS")) return *units;
    if (const auto* period = m_.get("PERIOD")) return *period;
    return {};
}

// The era the text names: -1 before Christ, 1 after, 0 none.
int resolver::era() const {
    if (const auto named = to_int(m_.get("ERA"))) return *named;
    return rule_.era.value_or(0);
}

// The year the text names, in digits or in words ("nineteen ninety-six", "the year
// two thousand").
std::optional<int> resolver::year_named() const {
    // "241 BC", "AD 9": a number of any length counted in its era; years before 1 AD
    // in astronomical numbering (1 BC is 0).
    if (const int e = era()) {
        auto n = to_int(m_.get("YEAR"));
        if (!n) n = to_int(m_.get("NUM"));
        if (!n || *n < 1) return std::nullopt;
        return e < 0 ? 1 - *n : *n;
    }
    if (const auto year = to_int(m_.get("YEAR"))) return year;
    const auto ones = to_int(m_.get("DIGIT_WORD")).value_or(0);
    if (const auto century = to_int(m_.get("CENTURY_WORD")))
        return *century * 100 + to_int(m_.get("YEAR_TENS")).value_or(0) + ones;
    if (const auto millennium = to_int(m_.get("MILLENNIUM_WORD"))) return *millennium * 1000 + ones;
    return std::nullopt;
}

std::string resolver::explain() const {
    std::string text = fmt::format("rule {} ({}:{}, kind {})", rule_.id, rule_.file, rule_.line, to_string(rule_.kind));
    if (reference_) {
        text += fmt::format("; reference {} ({})", iso_day_text(*reference_),
                            anchor_ == anchor::previous ? "the last date mentioned" : "the publication date");
    }
    if (heading_year_used_) text += "; the year of the heading above its list";
    if (nearest_day_) {
        text += "; the instance nearest the reference (a day within 90 days of it, or a month next to its month, "
                "is that one whatever the tense)";
    } else if (direction_used_ && !rule_.direction && telling_story()) {
        text += story_direction() < 0 ? "; direction past (the story steps back: 'had' or 'earlier' around it)"
                                      : "; direction future (a story moves forward)";
    } else if (direction_used_) {
        const int d = rule_.direction ? *rule_.direction : tense();
        if (weekday_past_default_) {
            text += "; direction past (no cue: in news a bare weekday is the one just past)";
        } else {
            text += fmt::format("; direction {} ({})", direction_name(d),
                                rule_.direction ? "the rule says"
                                : tense() != 0  ? "tense cue"
                                                : "no cue");
        }
    }
    if (alternative_)
        text += fmt::format("; else {} (the policy was right {:.0f}% of the time on TempEval-3)", alternative_->value,
                            confidence_ * 100);
    return text;
}

} // namespace annalist::resolving

namespace annalist {

using resolving::day_of;
using resolving::resolver;
using resolving::sys_days;

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

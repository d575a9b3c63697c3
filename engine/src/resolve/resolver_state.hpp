// The resolver of one rule match, shared by the files that implement its kinds
// (resolve_*.cpp): the reference, the direction and what was decided, for --explain.
#pragma once

#include "resolve_support.hpp"

#include <annalist/resolve/resolver.hpp>

#include <optional>
#include <string>
#include <vector>

namespace annalist::resolving {

class resolver {
public:
    resolver(const rule_match& m, const language& lang, const resolve_context& context)
        : m_(m), rule_(*m.matched_rule), lang_(lang), context_(context) {}

    std::optional<resolution> run();

private:
    // resolver.cpp: the run and the shared decisions
    std::optional<sys_days> reference(bool anaphoric = false);
    int direction();
    int tense() const;          // the cue around the match, read once
    bool telling_story() const; // narrative mode, counting from the story's last date
    int story_direction() const;
    std::optional<time_value> choose(const std::vector<time_value>& candidates);
    void guessed(const std::vector<time_value>& candidates, sys_days r, const time_value& chosen, double confidence);
    date_parts written_parts() const;
    std::string unit_of() const;
    std::optional<int> year_named() const;
    int era() const;
    std::string explain() const;

    // resolve_calendar_dates.cpp: calendar dates: full, partial, numeric, day words
    std::optional<time_value> calendar_date();
    std::optional<time_value> full_date(int year, int month, int day);
    std::optional<time_value> partial_day(int month, int day);
    std::optional<time_value> nearest_day(const std::vector<time_value>& candidates, sys_days r);
    std::optional<time_value> partial_month(int month);
    std::optional<time_value> nth_weekday();
    std::optional<time_value> partial_weekday(int iso_weekday, bool past_without_cue = false);
    // The days of that weekday within `weeks` weeks either side of `around`.
    static std::vector<time_value> weekday_candidates(sys_days around, int iso_weekday, int weeks = 1);
    std::optional<time_value> numeric_date();
    std::optional<time_value> day_word();

    // resolve_relative.cpp: relative and anaphoric: last June, three days ago, the following day
    std::optional<time_value> named();
    static std::optional<time_value> strictly(const std::vector<time_value>& candidates, sys_days r, int which);
    std::optional<time_value> offset();
    std::optional<time_value> anaphoric();
    std::optional<time_value> year_shift_keeping_grain(std::string_view unit, int years) const;
    std::optional<time_value> range_end();
    std::optional<time_value> ref();

    // resolve_wrapped.cpp: expressions around another: mid-October, the day before last Tuesday
    std::optional<resolution> modified();
    std::optional<resolution> counted_from(resolution inner) const;
    std::optional<resolution> week_holding(resolution inner) const;
    std::optional<resolution> nth_part(resolution inner) const;
    std::optional<resolution> with_rule_modifier(resolution inner) const;
    void explain_around(resolution& inner, std::string_view what) const;

    // resolve_periods.cpp: periods: quarters, halves, seasons, decades, centuries, holidays
    std::optional<time_value> numbered_period(std::string_view unit, int count);
    std::optional<time_value> quarter_ended();
    std::optional<time_value> season();
    std::optional<time_value> decade();
    std::optional<time_value> century();
    date::year_month_day holiday_in(int index, date::year y) const;
    std::optional<time_value> holiday();

    // resolve_times.cpp: times of day and parts of day
    std::optional<sys_days> day_for_time();
    std::optional<time_value> time_of_day();
    std::optional<time_value> part_of_day();

    // resolve_durations.cpp: durations and sets
    std::optional<time_value> duration();
    std::optional<time_value> set();
    const rule_match& m_;
    const rule& rule_;
    const language& lang_;
    const resolve_context& context_;
    annalist::anchor anchor_ = anchor::absolute;
    bool heading_year_used_ = false; // the year came from the heading above the list
    std::optional<sys_days> reference_;
    bool direction_used_ = false;
    bool nearest_day_ = false;
    bool weekday_past_default_ = false;
    bool comparison_ = false;
    std::shared_ptr<const time_value> alternative_; // the other reading when the direction was guessed
    double confidence_ = 1.0;
    mutable std::optional<int> tense_; // read on first use
    mutable std::optional<int> story_direction_;
};

} // namespace annalist::resolving

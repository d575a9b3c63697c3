// Scanner rules as data: each rule in configs/languages/<lang>/rules/*.toml is a
// token pattern, the kind of expression it reads (which says how its captures
// normalize) and examples the tests run.
#pragma once

#include <annalist/config/language.hpp>

#include <date/date.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annalist {

// Token shapes the lexicon cannot list.
enum class builtin_class {
    num,         // any number: 1500
    year,        // four digits, 1000..2999
    day,         // 1..31, with an optional ordinal suffix: 19, 19th
    month_num,   // 1..12
    ordinal_num, // a number with an ordinal suffix: 20th
    clock,       // 9:30, 14:00
    meridiem,    // am, pm, a.m., p.m.
    holiday,     // a holiday name from the lexicon, perhaps several words
    decade,      // 1990s, '90s
    word,        // any word: with ^, any capitalised word
    expression,  // <expr>: any match of a rule that is not itself a wrapper
};

struct pattern_alternative {
    enum class type { literal, word_class, builtin } what = type::literal;
    std::string literal; // folded word or punctuation mark
    word_class cls = 0;
    builtin_class builtin = builtin_class::num;
    std::string capture; // the name its value is captured under ("" for literals)
};

struct pattern_element {
    std::vector<pattern_alternative> alternatives;
    bool optional = false;
    bool capitalized = false; // "^": the word must start with a capital letter
    bool lower_case = false;  // "~": the word must not (a sentence-initial "Now" is a discourse marker)
    bool context = false;     // "[...]": must match, but stays outside the mention
    bool negated = false;     // "[!...]": must not match there (context only)
};

// How a rule's captures become a value; each kind is implemented in resolve/.
enum class rule_kind {
    date,         // YEAR MONTH DAY WEEKDAY, any of them: absolute or partial dates
    numeric_date, // NUM / NUM / YEAR, read in the configured order
    day_word,     // today, yesterday, tomorrow
    named,        // DIRECTION + MONTH | WEEKDAY | SEASON | UNIT: last June, next week
    offset,       // COUNT UNIT ago, in COUNT UNIT: `direction` says which way
    duration,     // COUNT UNIT: P2D
    set,          // every week, weekly, each Monday
    ref,          // now, in the past: `value` or the REF word
    quarter,      // the third quarter (of 2024)
    half,         // the first half (of 2024)
    season,       // summer 2023
    decade,       // the 1990s
    century,      // the 20th century
    time,         // 9:30 a.m. EST, noon
    part_of_day,  // Tuesday night, this morning
    holiday,      // Christmas 2023
    modified,     // FUZZY or APPROX + <expr>: mid-October, around June
    anaphoric,    // the following day, that week, a year earlier
    range_end,    // the "5" of "June 3-5": the expression just before, with its end changed
    nth_weekday,  // the second Monday of March, the last Sunday in October (ORDINAL -1)
};

struct rule_example {
    std::string text;  // the rule must match all of it
    std::string value; // the TIMEX3 value it resolves to against the file's example_ref
};

struct rule {
    std::string id;
    std::string file;
    std::size_t line = 0;
    std::vector<pattern_element> pattern;
    rule_kind kind = rule_kind::date;
    bool wrapper = false; // holds <expr>

    // Parameters some kinds read.
    std::optional<int> direction; // -1 past, +1 future
    std::optional<int> offset;    // a fixed count, for "the following day"
    std::string unit;             // a fixed unit
    std::string value;            // a fixed value: "PRESENT_REF", "P1W"
    std::optional<int> hour;      // a fixed time of day: noon
    std::string mod;              // a fixed modifier
    bool from_last_date = false;  // anchor = "previous": count from the last date mentioned
    // anchor = "publication": the writer's own day in every mode ("today" in a history
    // is the day it was written, its story's days being "that day").
    bool from_publication = false;
    std::optional<int> tense; // only when the tense cue agrees: 1 future, -1 past
    std::optional<int> era;   // -1 before Christ, 1 anno Domini, where no ERA word says it ("B.C.")
    bool and_a_half = false;  // a duration half a unit longer: "2 1/2 years"

    std::vector<rule_example> examples;
    date::year_month_day example_ref{};
};

struct rule_set {
    std::vector<rule> rules; // in priority order: files sorted by name, rules as written
};

std::optional<rule_kind> rule_kind_from(std::string_view name);
std::string_view to_string(rule_kind kind);

// Parses one rules file and appends its rules; throws located_error naming
// file:line:col for a bad pattern, an unknown class or kind, or a missing field.
void parse_rules(std::string_view toml_text, std::string_view file, const language& lang, rule_set& out);

} // namespace annalist

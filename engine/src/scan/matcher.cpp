// Matching at a token: the plan of its kind of token says which rules to try and what
// to check first; a rule that passes is matched by a backtracking walk of its pattern.
// The plans are made at start-up, in plans.cpp.
#include <annalist/scan/matcher.hpp>
#include <annalist/work_meter.hpp>

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <stdexcept>

namespace annalist {
namespace {

bool glued(const token_list& tokens, std::size_t i) { return i < tokens.size() && !tokens[i].space_before; }

bool is_number(const token_list& tokens, std::size_t i, std::size_t min_digits, std::size_t max_digits) {
    if (i >= tokens.size() || tokens[i].kind != token_kind::number) return false;
    const std::size_t digits = tokens[i].folded_size;
    return digits >= min_digits && digits <= max_digits;
}

int number_value(const token_list& tokens, std::size_t i) {
    int value = 0;
    for (const char c : tokens.folded(i)) value = value * 10 + (c - '0');
    return value;
}

bool is_text(const token_list& tokens, std::size_t i, std::string_view text) {
    return i < tokens.size() && tokens.folded(i) == text;
}

// "2082.1", an index level: four digits with decimals are no year.
bool has_decimals(const token_list& tokens, std::size_t i) {
    return glued(tokens, i + 1) && is_text(tokens, i + 1, ".") && glued(tokens, i + 2) &&
           tokens[i + 2].kind == token_kind::number;
}

// The digits after a decimal point or comma ("$1.1080", "doi:10.1016/..."), not a
// number of their own; the last part of a dotted date ("19.06.2024") is one.
bool is_decimal_tail(const token_list& tokens, std::size_t i) {
    if (i < 2 || !glued(tokens, i) || !(is_text(tokens, i - 1, ".") || is_text(tokens, i - 1, ",")) ||
        !glued(tokens, i - 1) || tokens[i - 2].kind != token_kind::number)
        return false;
    return i < 4 || !glued(tokens, i - 2) || !is_text(tokens, i - 3, ".") || tokens[i - 4].kind != token_kind::number;
}

} // namespace

const std::string* rule_match::get(std::string_view name) const {
    for (const auto& c : captures)
        if (c.name == name) return &c.value;
    return nullptr;
}

// One rule being matched: the path so far and the best complete match, both in storage
// kept from earlier attempts.
struct matcher::attempt {
    const rule& r;
    const token_list& tokens;
    std::size_t first_token;
    std::size_t last_content; // index of the last non-context element
    std::vector<capture>& captures;
    std::vector<rule_match>& inner;
    rule_match& best;
    std::size_t extent_end = 0;
    bool found = false;
    std::uint64_t steps = 0; // elements tried, for the work meter
};

// The token after the first element, as follow filters read it: none past the end.
// Inline: it runs for most tokens a rule may start at.
inline matcher::following_token matcher::following(bool suffixed_first, const token_list& tokens,
                                                   std::size_t at) const {
    const std::size_t next = suffixed_first && has_ordinal_suffix(tokens, at) ? at + 2 : at + 1;
    following_token out;
    out.slot = words_.size();
    if (next >= tokens.size()) return out;
    const token& t = tokens[next];
    out.number = t.kind == token_kind::number;
    if (t.entry == nullptr) return out;
    out.slot = t.entry->id;
    // A class counts for words only: the tokenizer gives meanings to words alone.
    out.keys = t.meanings != nullptr ? listed_word | of_listed_class : listed_word;
    return out;
}

// A word or number glued to a mention's edge makes it part of something else: the
// "2024-06-19" of "v2024-06-19", the "19" of "Hwasong-19" is not glued, but "19a" is.
static bool glued_to_word(const token_list& tokens, std::size_t i) {
    return i < tokens.size() && !tokens[i].space_before && tokens[i].kind != token_kind::punct;
}

inline const matcher::plan_list& matcher::plan_for(const token& t) const {
    return plans_[t.entry == nullptr ? 0 : t.entry->id + 1][t.shape];
}

// The checks a plan left for the text, after the next token's: the token itself and
// the context.
inline bool matcher::passes_gates(const planned_rule& p, const token_list& tokens, std::size_t at) const {
    const rule& r = rules_.rules[p.rule];
    const rule_gate& gate = gates_[p.rule];
    if (!gate.required.in_reach(tokens, at)) return false;
    if (!p.first_alternatives.empty() &&
        std::none_of(p.first_alternatives.begin(), p.first_alternatives.end(),
                     [&](const pattern_alternative* alt) { return could_match(*alt, tokens, at); }))
        return false;
    return !p.check_context || context_holds(gate, r, tokens, at);
}

// The filtered rules of a plan with masks that accept the token after the first
// element, as bits of plan.filtered.
inline std::uint64_t matcher::accepting_token(const follow_masks& masks, const token_list& tokens, std::size_t next) {
    if (next >= tokens.size()) return 0;
    const token& following = tokens[next];
    std::uint64_t bits = following.kind == token_kind::number ? masks.accepts_number : 0;
    if (following.entry == nullptr) return bits;
    bits |= masks.accepts_word[following.entry->id];
    // A class counts for words only: the tokenizer gives meanings to words alone.
    if (following.meanings != nullptr) bits |= masks.accepts_class[following.entry->id];
    return bits;
}

inline std::uint64_t matcher::accepting(const follow_masks& masks, const token_list& tokens, std::size_t at) const {
    const std::uint64_t bits = accepting_token(masks, tokens, at + 1);
    // After "19th" the rules that start with a day read the token after the suffix.
    if (masks.suffixed_first == 0 || !has_ordinal_suffix(tokens, at)) return bits;
    return (bits & ~masks.suffixed_first) | (accepting_token(masks, tokens, at + 2) & masks.suffixed_first);
}

// Calls try_rule(planned_rule) for each rule of the token's plan that passes its gates:
// the filtered ones the next token lets through first, then the others.
template <class Try> void matcher::for_each_fitting(const token_list& tokens, std::size_t at, Try&& try_rule) const {
    const plan_list& plan = plan_for(tokens[at]);
    if (plan.masks != nullptr) {
        for (std::uint64_t bits = accepting(*plan.masks, tokens, at); bits != 0; bits &= bits - 1) {
            const planned_rule& p = plan.filtered[static_cast<std::size_t>(std::countr_zero(bits))];
            if (passes_gates(p, tokens, at)) try_rule(p);
        }
    } else if (plan.any_follows.active) {
        // More rules than a mask has bits, all reading the same token: looked at once,
        // and the joined filter settles most of them at once.
        const following_token next = following(plan.any_follows.suffixed_first, tokens, at);
        if (fits(plan.any_follows, next))
            for (const planned_rule& p : plan.filtered)
                if (fits(*p.filter, next) && passes_gates(p, tokens, at)) try_rule(p);
    } else {
        for (const planned_rule& p : plan.filtered)
            if (fits(*p.filter, following(p.filter->suffixed_first, tokens, at)) && passes_gates(p, tokens, at))
                try_rule(p);
    }
    for (const planned_rule& p : plan.unfiltered)
        if (passes_gates(p, tokens, at)) try_rule(p);
}

void matcher::candidates_at(const token_list& tokens, std::size_t at, candidate_list& out) const {
    out.count_ = 0;
    if (tokens.words() != &words_) throw std::logic_error("tokens not looked up in this matcher's words()");
    if (at > 0 && glued_to_word(tokens, at) && tokens[at - 1].kind != token_kind::punct) return;
    for_each_fitting(tokens, at, [&](const planned_rule& p) {
        // Matched into the next unused match, whose vectors and strings keep their storage.
        if (out.found_.size() == out.count_) out.found_.emplace_back();
        rule_match& m = out.found_[out.count_];
        if (match_content(rules_.rules[p.rule], gates_[p.rule], tokens, at, m, out.path_) &&
            !glued_to_word(tokens, m.end_token))
            ++out.count_;
    });
    // Longest first; equal lengths in rule order (each rule matches at most once here).
    if (out.count_ > 1)
        std::sort(out.found_.begin(), out.found_.begin() + static_cast<std::ptrdiff_t>(out.count_),
                  [](const rule_match& a, const rule_match& b) {
                      if (a.end_token != b.end_token) return a.end_token > b.end_token;
                      return a.matched_rule < b.matched_rule; // rules live in one vector, in priority order
                  });
}

std::vector<rule_match> matcher::candidates_at(const token_list& tokens, std::size_t at) const {
    candidate_list found;
    candidates_at(tokens, at, found);
    return {found.begin(), found.end()};
}

// Whether one alternative of a rule's first element can match the token: a cheap
// necessary condition of match_alternative, so a rule that fails it is not tried.
bool matcher::could_match(const pattern_alternative& alt, const token_list& tokens, std::size_t at) const {
    const token& t = tokens[at];
    switch (alt.what) {
    case pattern_alternative::type::literal:
        return tokens.folded(at) == alt.literal;
    case pattern_alternative::type::word_class:
        if (t.meanings == nullptr) return false;
        return std::any_of(t.meanings->begin(), t.meanings->end(), [&](const auto& m) { return m.cls == alt.cls; });
    case pattern_alternative::type::builtin:
        break;
    }
    switch (alt.builtin) {
    case builtin_class::num:
        return is_number(tokens, at, 1, 12);
    case builtin_class::year:
        return is_number(tokens, at, 4, 4) && !has_decimals(tokens, at) && !is_decimal_tail(tokens, at);
    case builtin_class::day:
    case builtin_class::month_num:
        return is_number(tokens, at, 1, 2);
    case builtin_class::ordinal_num:
        return is_number(tokens, at, 1, 3) && has_ordinal_suffix(tokens, at);
    case builtin_class::clock:
        return is_number(tokens, at, 1, 2) && glued(tokens, at + 1) && is_text(tokens, at + 1, ":");
    case builtin_class::holiday:
        return holiday_name_at(tokens, at) != holiday_names_.size();
    case builtin_class::decade: // "1990s", "'90s": the "s" glued after the number
        if (is_text(tokens, at, "'")) ++at;
        return is_number(tokens, at, 2, 4) && glued(tokens, at + 1) && is_text(tokens, at + 1, "s");
    case builtin_class::word:
        return t.kind == token_kind::word;
    case builtin_class::meridiem:
        return is_text(tokens, at, "am") || is_text(tokens, at, "pm") || is_text(tokens, at, "a") ||
               is_text(tokens, at, "p");
    case builtin_class::expression:
        break;
    }
    return true;
}

// The index in holiday_names_ of the name the text says at `at`, or its size. Only the
// names that start with this word can match; longest first still.
std::size_t matcher::holiday_name_at(const token_list& tokens, std::size_t at) const {
    if (at >= tokens.size() || tokens[at].entry == nullptr) return holiday_names_.size();
    // Words compared by entry: every word of a name is in the index.
    const auto is_word = [&](std::size_t i, std::uint32_t id) {
        return i < tokens.size() && tokens[i].entry != nullptr && tokens[i].entry->id == id;
    };
    for (const std::size_t n : holidays_by_first_[tokens[at].entry->id]) {
        const auto& ids = holiday_ids_[n];
        std::size_t k = 1; // the first word is the token's
        while (k < ids.size() && is_word(at + k, ids[k])) ++k;
        if (k == ids.size()) return n;
    }
    return holiday_names_.size();
}

// "19th": a number followed, with no space, by a suffix the lexicon lists.
bool matcher::has_ordinal_suffix(const token_list& tokens, std::size_t at) const {
    return glued(tokens, at + 1) && tokens[at + 1].kind == token_kind::word &&
           lang_.ordinal_suffixes.contains(tokens.folded(at + 1));
}

// Leading context looks behind the mention, one token per element.
bool matcher::context_holds(const rule_gate& gate, const rule& r, const token_list& tokens, std::size_t at) const {
    const std::size_t leading = gate.leading;
    for (std::size_t k = 0; k < leading; ++k) {
        const pattern_element& e = r.pattern[k];
        bool any = false;
        if (at + k >= leading) { // before the paragraph's start nothing matches
            const std::size_t i = at + k - leading;
            if (const auto& words = gate.leading_words[k]; !words.empty()) {
                any = tokens[i].entry != nullptr && words[tokens[i].entry->id];
            } else {
                std::string value;
                std::vector<rule_match> inner;
                for (const auto& alt : e.alternatives)
                    any = any || match_alternative(alt, e, tokens, i, value, inner) == 1;
            }
        }
        if (any == e.negated) return false;
    }
    return true;
}

// The rule's elements from its first content element on, its leading context known to hold.
bool matcher::match_content(const rule& r, const rule_gate& gate, const token_list& tokens, std::size_t at,
                            rule_match& out, match_path& path) const {
    const std::size_t leading = gate.leading;
    std::size_t last_content = r.pattern.size() - 1;
    while (r.pattern[last_content].context) --last_content;
    path.captures.clear();
    path.inner.clear();
    attempt a{r, tokens, at, last_content, path.captures, path.inner, out, 0, false};
    a.captures.reserve(r.pattern.size()); // one allocation, not one per capture
    match_from(a, leading, at);
    work_meter::add(a.steps);
    return a.found && a.best.end_token != at;
}

void matcher::match_from(attempt& a, std::size_t element, std::size_t token) const {
    ++a.steps;
    if (element == a.r.pattern.size()) {
        if (!a.found || a.extent_end > a.best.end_token) {
            a.found = true;
            // Assigned member by member, so a longer match reuses the storage of the last.
            a.best.matched_rule = &a.r;
            a.best.first_token = a.first_token;
            a.best.end_token = a.extent_end;
            a.best.captures = a.captures;
            a.best.inner = a.inner;
        }
        return;
    }
    const pattern_element& e = a.r.pattern[element];
    if (e.negated) { // passes, without consuming, where none of its alternatives matches
        std::string value;
        std::vector<rule_match> inner;
        for (const auto& alt : e.alternatives)
            if (match_alternative(alt, e, a.tokens, token, value, inner) > 0) return;
        match_from(a, element + 1, token);
        return;
    }
    const auto advance = [&](std::size_t next_token) {
        const std::size_t saved_end = a.extent_end;
        if (element == a.last_content) a.extent_end = next_token;
        match_from(a, element + 1, next_token);
        a.extent_end = saved_end;
    };
    for (const auto& alt : e.alternatives) {
        std::string value;
        std::vector<rule_match> inner;
        const std::size_t used = match_alternative(alt, e, a.tokens, token, value, inner);
        if (used == 0) continue;
        if (!alt.capture.empty()) a.captures.push_back({alt.capture, std::move(value), token});
        for (auto& m : inner) a.inner.push_back(std::move(m));
        const std::size_t inner_count = inner.size();
        // Trailing context is read past but stays outside the extent (set at the last
        // content element).
        advance(token + used);
        if (!alt.capture.empty()) a.captures.pop_back();
        a.inner.resize(a.inner.size() - inner_count);
    }
    if (e.optional) {
        if (element == a.last_content) {
            // An optional last element that is absent: the extent ends here.
            const std::size_t saved_end = a.extent_end;
            a.extent_end = token;
            match_from(a, element + 1, token);
            a.extent_end = saved_end;
        } else {
            match_from(a, element + 1, token);
        }
    }
}

std::size_t matcher::match_alternative(const pattern_alternative& alt, const pattern_element& element,
                                       const token_list& tokens, std::size_t at, std::string& value,
                                       std::vector<rule_match>& inner) const {
    if (at >= tokens.size()) return 0;
    if (element.capitalized && !tokens[at].capitalized) return 0;
    if (element.lower_case && tokens[at].capitalized) return 0;
    switch (alt.what) {
    case pattern_alternative::type::literal:
        return tokens.folded(at) == alt.literal ? 1 : 0;
    case pattern_alternative::type::word_class: {
        if (tokens[at].kind != token_kind::word) return 0;
        const std::string* meaning = meaning_of(tokens, at, alt.cls);
        if (meaning == nullptr) return 0;
        value = *meaning;
        return 1 + compound_number(alt.cls, tokens, at, value);
    }
    case pattern_alternative::type::builtin:
        return match_builtin(alt.builtin, tokens, at, value, inner);
    }
    return 0;
}

// The word's value in a class, from the entries the tokenizer looked up.
const std::string* matcher::meaning_of(const token_list& tokens, std::size_t at, word_class cls) {
    if (const auto* all = tokens.meanings(at)) {
        for (const auto& m : *all)
            if (m.cls == cls) return &m.value;
    }
    return nullptr;
}

// Number words compose: "twenty four", "twenty-four" are 24 when a tens value of a
// class is followed by a 1..9 value of the same class. Returns the extra tokens used.
std::size_t matcher::compound_number(word_class cls, const token_list& tokens, std::size_t at,
                                     std::string& value) const {
    // Most words have no tens value in any class: known without reading the value.
    if (tokens[at].entry != nullptr && !tens_[tokens[at].entry->id]) return 0;
    const int tens = std::atoi(value.c_str());
    if (tens < 20 || tens > 90 || tens % 10 != 0) return 0;
    std::size_t next = at + 1;
    if (next < tokens.size() && tokens.folded(next) == "-" && !tokens[next].space_before) ++next;
    if (next >= tokens.size() || tokens[next].kind != token_kind::word) return 0;
    const std::string* unit = meaning_of(tokens, next, cls);
    if (unit == nullptr) return 0;
    const int ones = std::atoi(unit->c_str());
    if (ones < 1 || ones > 9) return 0;
    value = std::to_string(tens + ones);
    return next - at;
}

std::size_t matcher::match_builtin(builtin_class builtin, const token_list& tokens, std::size_t at, std::string& value,
                                   std::vector<rule_match>& inner) const {
    switch (builtin) {
    case builtin_class::num:
        if (!is_number(tokens, at, 1, 12)) return 0;
        value = std::string(tokens.folded(at));
        return 1;
    case builtin_class::year: {
        if (!is_number(tokens, at, 4, 4) || has_decimals(tokens, at) || is_decimal_tail(tokens, at)) return 0;
        const int year = number_value(tokens, at);
        if (year < 1000 || year > 2999) return 0;
        value = std::string(tokens.folded(at));
        return 1;
    }
    case builtin_class::day:
    case builtin_class::month_num:
    case builtin_class::ordinal_num: {
        if (!is_number(tokens, at, 1, builtin == builtin_class::ordinal_num ? 3 : 2)) return 0;
        const int n = number_value(tokens, at);
        const bool suffix = glued(tokens, at + 1) && tokens[at + 1].kind == token_kind::word &&
                            lang_.ordinal_suffixes.contains(tokens.folded(at + 1));
        if (builtin == builtin_class::day && (n < 1 || n > 31)) return 0;
        if (builtin == builtin_class::month_num && (n < 1 || n > 12 || suffix)) return 0;
        if (builtin == builtin_class::ordinal_num && !suffix) return 0;
        value = std::to_string(n);
        return suffix ? 2 : 1;
    }
    case builtin_class::clock: {
        if (!is_number(tokens, at, 1, 2) || !glued(tokens, at + 1) || !is_text(tokens, at + 1, ":") ||
            !glued(tokens, at + 2) || !is_number(tokens, at + 2, 2, 2))
            return 0;
        const int hour = number_value(tokens, at), minute = number_value(tokens, at + 2);
        if (hour > 24 || minute > 59) return 0;
        value = std::to_string(hour) + ":" + std::string(tokens.folded(at + 2));
        return 3;
    }
    case builtin_class::meridiem: {
        if (is_text(tokens, at, "am") || is_text(tokens, at, "pm")) {
            value = std::string(tokens.folded(at));
            return 1;
        }
        if ((is_text(tokens, at, "a") || is_text(tokens, at, "p")) && glued(tokens, at + 1) &&
            is_text(tokens, at + 1, ".") && glued(tokens, at + 2) && is_text(tokens, at + 2, "m")) {
            value = std::string(tokens.folded(at)) + "m";
            return glued(tokens, at + 3) && is_text(tokens, at + 3, ".") ? 4 : 3;
        }
        return 0;
    }
    case builtin_class::holiday: {
        const std::size_t n = holiday_name_at(tokens, at);
        if (n == holiday_names_.size()) return 0;
        value = std::to_string(holiday_names_[n].second);
        return holiday_names_[n].first.size();
    }
    case builtin_class::decade:
        // 1990s
        if (is_number(tokens, at, 4, 4) && tokens.folded(at).back() == '0' && glued(tokens, at + 1) &&
            is_text(tokens, at + 1, "s")) {
            value = std::string(tokens.folded(at).substr(0, 3));
            return 2;
        }
        // '90s: the twentieth century is the one people abbreviate
        if (is_text(tokens, at, "'") && glued(tokens, at + 1) && is_number(tokens, at + 1, 2, 2) &&
            tokens.folded(at + 1).back() == '0' && glued(tokens, at + 2) && is_text(tokens, at + 2, "s")) {
            value = "19" + std::string(tokens.folded(at + 1).substr(0, 1));
            return 3;
        }
        return 0;
    case builtin_class::word:
        if (at >= tokens.size() || tokens[at].kind != token_kind::word) return 0;
        value = std::string(tokens.folded(at));
        return 1;
    case builtin_class::expression: {
        // The rules that may start here, through the same gates as candidates_at.
        rule_match best;
        bool found = false;
        match_path path; // the outer attempt's is in use
        for_each_fitting(tokens, at, [&](const planned_rule& p) {
            const rule& r = rules_.rules[p.rule];
            if (r.wrapper) return;
            rule_match m;
            if (!match_content(r, gates_[p.rule], tokens, at, m, path)) return;
            // The longest; of equal ones, the earlier rule.
            if (!found || m.end_token > best.end_token ||
                (m.end_token == best.end_token && m.matched_rule < best.matched_rule)) {
                best = std::move(m);
                found = true;
            }
        });
        if (!found) return 0;
        const std::size_t used = best.end_token - at;
        inner.push_back(std::move(best));
        return used;
    }
    }
    return 0;
}

} // namespace annalist

// The matcher's start-up: rules indexed by the tokens they can start with, the word
// index, each rule's gates and follow filters, and the plan of every kind of token.
// Matching itself is in matcher.cpp.
#include <annalist/scan/matcher.hpp>

#include <algorithm>
#include <cstdlib>

namespace annalist {

matcher::matcher(const rule_set& rules, const language& lang) : rules_(rules), lang_(lang), words_(lang) {
    for (std::size_t h = 0; h < lang.holidays.size(); ++h)
        for (const auto& name : lang.holidays[h].names)
            if (auto words = folded_tokens(name); !words.empty()) holiday_names_.emplace_back(std::move(words), h);
    // Longer names first, so "christmas eve" wins over "christmas".
    std::stable_sort(holiday_names_.begin(), holiday_names_.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    by_class_.resize(lang.class_names.size());
    filters_.resize(rules.rules.size());
    absent_filters_.resize(rules.rules.size());
    for (std::size_t i = 0; i < rules.rules.size(); ++i) {
        index_rule(i);
        build_filter(i);
    }
    index_words();
}

// Every word a rule names joins the index, then what each entry starts and what each
// filter lets follow is worked out once, by entry id.
void matcher::index_words() {
    for (const auto& r : rules_.rules)
        for (const auto& element : r.pattern)
            for (const auto& alt : element.alternatives)
                if (alt.what == pattern_alternative::type::literal) words_.add(alt.literal);
    for (const auto& [word, starts] : by_word_) words_.add(word);
    for (const char* word : {"am", "pm", "a", "p", "'"}) words_.add(word); // read by built-ins
    for (const auto& [names, index] : holiday_names_)
        for (const auto& word : names) words_.add(word);
    for (const auto* filters : {&filters_, &absent_filters_}) {
        for (const auto& filter : *filters) {
            for (const auto& word : filter.words) words_.add(word);
            for (const auto& word : filter.only_after) words_.add(word);
        }
    }
    holidays_by_first_.resize(words_.size());
    for (std::size_t n = 0; n < holiday_names_.size(); ++n) {
        holidays_by_first_[words_.find(holiday_names_[n].first.front())->id].push_back(n);
        auto& ids = holiday_ids_.emplace_back();
        for (const auto& word : holiday_names_[n].first) ids.push_back(words_.find(word)->id);
    }

    tens_.assign(words_.size(), false);
    for (std::uint32_t id = 0; id < words_.size(); ++id) {
        const word_entry& e = words_[id];
        if (e.meanings == nullptr) continue;
        for (const auto& m : *e.meanings) {
            const int value = std::atoi(m.value.c_str());
            if (value >= 20 && value <= 90 && value % 10 == 0) tens_[id] = true;
        }
    }
    for (auto& filter : filters_) compile_filter(filter);
    for (auto& filter : absent_filters_) compile_filter(filter);
    holiday_followers_.resize(words_.size());
    for (std::uint32_t id = 0; id < words_.size(); ++id) {
        const auto& names = holidays_by_first_[id];
        if (names.empty() ||
            std::any_of(names.begin(), names.end(), [&](std::size_t n) { return holiday_names_[n].first.size() < 2; }))
            continue;
        follow_filter& filter = holiday_followers_[id];
        filter.active = true;
        for (const std::size_t n : names) filter.words.push_back(holiday_names_[n].first[1]);
        compile_filter(filter);
    }
    gates_.resize(rules_.rules.size());
    element_reach reach;
    for (const auto& [names, index] : holiday_names_) reach.holiday = std::max(reach.holiday, names.size());
    for (const auto& r : rules_.rules)
        if (!r.wrapper) reach.expression = std::max(reach.expression, max_mention_tokens(r, reach));
    for (std::size_t i = 0; i < rules_.rules.size(); ++i) build_gate(i, reach);
    plans_.resize(words_.size() + 1);
    mask_cache masks;
    for (std::size_t slot = 0; slot < plans_.size(); ++slot) {
        const word_entry* e = slot == 0 ? nullptr : &words_[static_cast<std::uint32_t>(slot - 1)];
        plans_[slot][token_shape::lower_word] = plan(e, token_kind::word, false, 0);
        plans_[slot][token_shape::capitalized_word] = plan(e, token_kind::word, true, 0);
        plans_[slot][token_shape::punct] = plan(e, token_kind::punct, false, 0);
        // One count of digits stands for its bucket: 1, 2, 3, 4, 5..12, 13 and more.
        for (const std::size_t digits : {1, 2, 3, 4, 5, 13})
            plans_[slot][token_shape::of_number(digits)] = plan(e, token_kind::number, false, digits);
        for (plan_list& list : plans_[slot]) use_masks(list, masks);
        std::uint16_t starts = 0;
        for (std::size_t k = 0; k < token_shape::count; ++k)
            if (!plans_[slot][k].empty()) starts = static_cast<std::uint16_t>(starts | (1U << k));
        if (e == nullptr)
            words_.set_unlisted_starts(starts);
        else
            words_.set_starts(e->id, starts);
    }
}

// Whether an alternative matches a token known only by its entry, kind and case:
// yes, no, or only the token itself (and those after it) can tell.
matcher::fit matcher::static_fit(const pattern_alternative& alt, const word_entry* e, token_kind kind,
                                 std::size_t digits) const {
    const auto is = [&](std::string_view word) { return e != nullptr && e->folded == word; };
    switch (alt.what) {
    case pattern_alternative::type::literal:
        return is(alt.literal) ? fit::yes : fit::no; // every literal is in the index
    case pattern_alternative::type::word_class:
        if (kind != token_kind::word || e == nullptr || e->meanings == nullptr) return fit::no;
        return std::any_of(e->meanings->begin(), e->meanings->end(), [&](const auto& m) { return m.cls == alt.cls; })
                   ? fit::yes
                   : fit::no;
    case pattern_alternative::type::builtin:
        break;
    }
    const bool number = kind == token_kind::number;
    switch (alt.builtin) {
    case builtin_class::num:
        return number && digits <= 12 ? fit::yes : fit::no;
    case builtin_class::year:
        return number && digits == 4 ? fit::yes : fit::no; // its range is checked when matched
    case builtin_class::day:
    case builtin_class::month_num:
        return number && digits <= 2 ? fit::yes : fit::no;
    case builtin_class::ordinal_num:
    case builtin_class::clock: // the suffix or ":" after it tells
        return number && digits <= (alt.builtin == builtin_class::clock ? 2U : 3U) ? fit::depends : fit::no;
    case builtin_class::decade:
        return (number && digits == 4) || is("'") ? fit::depends : fit::no;
    case builtin_class::holiday:
        return e != nullptr && !holidays_by_first_[e->id].empty() ? fit::depends : fit::no;
    case builtin_class::meridiem:
        return is("am") || is("pm") || is("a") || is("p") ? fit::yes : fit::no;
    case builtin_class::word:
        return kind == token_kind::word ? fit::yes : fit::no;
    case builtin_class::expression:
        break;
    }
    return fit::yes;
}

// The rules worth trying at a token with this entry, kind and case, and the checks
// each still needs: everything that depends on that token alone is settled here.
// Whether the rule's first content element is a holiday name, always there and alone.
static bool starts_with_holiday(const rule& r, std::size_t leading) {
    if (leading >= r.pattern.size()) return false;
    const pattern_element& first = r.pattern[leading];
    return !first.optional && first.alternatives.size() == 1 &&
           first.alternatives.front().what == pattern_alternative::type::builtin &&
           first.alternatives.front().builtin == builtin_class::holiday;
}

matcher::plan_list matcher::plan(const word_entry* e, token_kind kind, bool capitalized, std::size_t digits) const {
    plan_list list;
    std::vector<planned_rule> out;
    const auto starts = merged_starts(e == nullptr ? std::string_view() : std::string_view(e->folded), kind,
                                      kind == token_kind::word && e != nullptr ? e->meanings : nullptr);
    for (const std::size_t index : starts) {
        const rule& r = rules_.rules[index];
        const rule_gate& gate = gates_[index];
        planned_rule p;
        p.rule = static_cast<std::uint32_t>(index);
        p.check_context = gate.leading > 0;
        // The token after the first element.
        const follow_filter* filter = &filters_[index];
        if (filter->active && !filter->only_after_ids.empty() &&
            (e == nullptr || std::find(filter->only_after_ids.begin(), filter->only_after_ids.end(), e->id) ==
                                 filter->only_after_ids.end()))
            filter = &absent_filters_[index]; // the optional first word is absent
        // A compound number word ("twenty-four") makes the first element wider.
        const bool tens = kind == token_kind::word && e != nullptr && e->meanings != nullptr && tens_[e->id];
        if (filter->active && !tens) p.filter = filter;
        // "the fourth of July": a holiday whose name starts with this word has its second word next.
        if (p.filter == nullptr && e != nullptr && starts_with_holiday(r, gate.leading) &&
            holiday_followers_[e->id].active)
            p.filter = &holiday_followers_[e->id];
        // The token itself against the first elements.
        if (!gate.firsts.empty()) {
            fit best = fit::no;
            std::vector<const pattern_alternative*> depends;
            for (const std::size_t element : gate.firsts) {
                const pattern_element& el = r.pattern[element];
                if ((el.capitalized && !capitalized) || (el.lower_case && capitalized)) continue;
                for (const auto& alt : el.alternatives) {
                    const fit f = static_fit(alt, e, kind, digits);
                    best = std::min(best, f);
                    if (f == fit::depends) depends.push_back(&alt);
                }
            }
            if (best == fit::no) continue;
            // Only the alternatives that may fit are read again, at the token.
            if (best == fit::depends) p.first_alternatives = std::move(depends);
        }
        out.push_back(p);
    }
    // The filters joined, when they all read the same next token and there are more
    // of them than a follow mask has bits (use_masks serves the others).
    const planned_rule* filtered = nullptr;
    bool joinable = true;
    std::size_t filters = 0;
    for (const planned_rule& p : out) {
        if (p.filter == nullptr) continue;
        if (filtered != nullptr && p.filter->suffixed_first != filtered->filter->suffixed_first) joinable = false;
        filtered = &p;
        ++filters;
    }
    if (filtered != nullptr && joinable && filters > 64) {
        follow_filter& joined = list.any_follows;
        joined.active = true;
        joined.suffixed_first = filtered->filter->suffixed_first;
        joined.next.assign(words_.size() + 1, 0);
        for (const planned_rule& p : out) {
            if (p.filter == nullptr) continue;
            joined.number = joined.number || p.filter->number;
            for (std::size_t id = 0; id < joined.next.size(); ++id) joined.next[id] |= p.filter->next[id];
        }
    }
    for (const planned_rule& p : out) (p.filter != nullptr ? list.filtered : list.unfiltered).push_back(p);
    return list;
}

// Most tokens pass only a few of a plan's follow filters, if any: the masks name those
// rules in one look.
void matcher::use_masks(plan_list& list, mask_cache& cache) const {
    if (list.filtered.empty() || list.filtered.size() > 64) return;
    std::vector<const follow_filter*> key;
    for (const planned_rule& p : list.filtered) key.push_back(p.filter);
    auto& shared = cache[key];
    if (shared == nullptr) {
        auto masks = std::make_shared<follow_masks>();
        masks->accepts_word.assign(words_.size(), 0);
        masks->accepts_class.assign(words_.size(), 0);
        for (std::size_t k = 0; k < key.size(); ++k) {
            const std::uint64_t bit = std::uint64_t{1} << k;
            if (key[k]->suffixed_first) masks->suffixed_first |= bit;
            if (key[k]->number) masks->accepts_number |= bit;
            for (std::size_t id = 0; id < words_.size(); ++id) { // not the last slot: a token with no entry
                if ((key[k]->next[id] & listed_word) != 0) masks->accepts_word[id] |= bit;
                if ((key[k]->next[id] & of_listed_class) != 0) masks->accepts_class[id] |= bit;
            }
        }
        shared = std::move(masks);
    }
    list.masks = shared;
}

void matcher::build_gate(std::size_t rule_index, const element_reach& reach) {
    const auto& pattern = rules_.rules[rule_index].pattern;
    rule_gate& gate = gates_[rule_index];
    while (gate.leading < pattern.size() && pattern[gate.leading].context) ++gate.leading;
    // The first token matches the first content element or, where that is optional,
    // one of the elements after it, up to the first that is not.
    for (std::size_t e = gate.leading;; ++e) {
        if (e >= pattern.size() || pattern[e].context) {
            gate.firsts.clear(); // the rule may match with every element absent: no gate
            break;
        }
        gate.firsts.push_back(e);
        if (!pattern[e].optional) break;
    }
    for (std::size_t k = 0; k < gate.leading; ++k) {
        const pattern_element& e = pattern[k];
        std::vector<bool> words;
        const bool literals_only = !e.capitalized && !e.lower_case &&
                                   std::all_of(e.alternatives.begin(), e.alternatives.end(), [](const auto& alt) {
                                       return alt.what == pattern_alternative::type::literal;
                                   });
        if (literals_only) {
            words.assign(words_.size(), false);
            for (const auto& alt : e.alternatives) words[words_.find(alt.literal)->id] = true;
        }
        gate.leading_words.push_back(std::move(words));
    }
    const std::size_t first = gate.firsts.empty() ? gate.leading : gate.firsts.back();
    gate.required = required_words(rules_.rules[rule_index], first, words_, reach);
}

// The rules a token can start: any token's, a number's, its word's and its classes'.
std::vector<std::size_t> matcher::merged_starts(std::string_view word, token_kind kind,
                                                const std::vector<word_meaning>* meanings) const {
    std::vector<std::size_t> out(by_any_token_.begin(), by_any_token_.end());
    if (kind == token_kind::number) out.insert(out.end(), by_number_.begin(), by_number_.end());
    if (const auto it = by_word_.find(word); it != by_word_.end())
        out.insert(out.end(), it->second.begin(), it->second.end());
    if (meanings != nullptr) {
        for (const auto& m : *meanings) out.insert(out.end(), by_class_[m.cls].begin(), by_class_[m.cls].end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

void matcher::compile_filter(follow_filter& filter) const {
    if (!filter.active) return;
    filter.next.assign(words_.size() + 1, 0); // the last for a token with no entry
    for (const auto& word : filter.words) filter.next[words_.find(word)->id] |= listed_word;
    for (std::uint32_t id = 0; id < words_.size(); ++id) {
        const auto* meanings = words_[id].meanings;
        if (meanings == nullptr) continue;
        for (const auto& m : *meanings)
            if (std::find(filter.classes.begin(), filter.classes.end(), m.cls) != filter.classes.end())
                filter.next[id] |= of_listed_class;
    }
    for (const auto& word : filter.only_after) filter.only_after_ids.push_back(words_.find(word)->id);
}

// A rule is listed under every key its first content elements can start with.
void matcher::index_rule(std::size_t rule_index) {
    const auto& pattern = rules_.rules[rule_index].pattern;
    for (const auto& element : pattern) {
        if (element.context) continue;
        for (const auto& alt : element.alternatives) {
            switch (alt.what) {
            case pattern_alternative::type::literal:
                by_word_[alt.literal].push_back(rule_index);
                break;
            case pattern_alternative::type::word_class:
                by_class_[alt.cls].push_back(rule_index);
                break;
            case pattern_alternative::type::builtin:
                index_builtin(alt.builtin, rule_index);
                break;
            }
        }
        if (!element.optional) break;
    }
}

namespace {

// Built-ins that always take exactly one token.
bool one_token_builtin(builtin_class b) {
    return b == builtin_class::num || b == builtin_class::year || b == builtin_class::month_num;
}

// Built-ins that start with a number token.
bool number_builtin(builtin_class b) {
    return b == builtin_class::num || b == builtin_class::year || b == builtin_class::day ||
           b == builtin_class::month_num || b == builtin_class::ordinal_num || b == builtin_class::clock;
}

} // namespace

// The keys the token at the start of element `from` can have, walking over optional
// elements; false when that cannot be known (a wide built-in, context, the end).
bool matcher::follow_keys(const std::vector<pattern_element>& pattern, std::size_t from, follow_filter& filter) const {
    for (std::size_t e = from;; ++e) {
        if (e >= pattern.size() || pattern[e].context || pattern[e].negated) return false; // may end here
        for (const auto& alt : pattern[e].alternatives) {
            switch (alt.what) {
            case pattern_alternative::type::literal:
                filter.words.push_back(alt.literal);
                break;
            case pattern_alternative::type::word_class:
                filter.classes.push_back(alt.cls);
                break;
            case pattern_alternative::type::builtin:
                if (number_builtin(alt.builtin)) {
                    filter.number = true;
                } else if (alt.builtin == builtin_class::decade) { // 1990s, '90s
                    filter.number = true;
                    filter.words.emplace_back("'");
                } else if (alt.builtin == builtin_class::meridiem) { // am, a.m.
                    for (const char* start : {"am", "pm", "a", "p"}) filter.words.emplace_back(start);
                } else if (alt.builtin == builtin_class::holiday) {
                    for (const auto& [name, index] : holiday_names_) filter.words.push_back(name.front());
                } else {
                    return false; // any word, <expr>: too wide
                }
                break;
            }
        }
        if (!pattern[e].optional) return true;
    }
}

// Filters apply after a first content element that is always one token wide
// (literals, classes, one-token numbers): the next token must be able to start what
// follows. A rule whose first element is optional ("the? DECADE") is filtered only
// when it starts with that optional word.
void matcher::build_filter(std::size_t rule_index) {
    const auto& pattern = rules_.rules[rule_index].pattern;
    std::size_t f = 0;
    while (f < pattern.size() && pattern[f].context) ++f;
    follow_filter filter = filter_after(pattern, f);
    if (!filter.active) return;
    if (pattern[f].optional) {
        for (const auto& alt : pattern[f].alternatives) filter.only_after.push_back(alt.literal);
        // Without the optional word the rule starts at the element after it.
        if (f + 1 < pattern.size() && !pattern[f + 1].optional)
            absent_filters_[rule_index] = filter_after(pattern, f + 1);
        // "a? COUNT UNIT ago": the optional word may itself be the element after it ("a year
        // ago"), so the token after it may go on either way.
        if (may_be_next(pattern, f)) {
            const follow_filter& absent = absent_filters_[rule_index];
            if (!absent.active || absent.suffixed_first) return;
            filter.words.insert(filter.words.end(), absent.words.begin(), absent.words.end());
            filter.classes.insert(filter.classes.end(), absent.classes.begin(), absent.classes.end());
            filter.number = filter.number || absent.number;
        }
    }
    filters_[rule_index] = std::move(filter);
}

// Whether a built-in can start with this word (numbers and decades start with digits).
bool matcher::builtin_may_start_with(builtin_class builtin, std::string_view word) const {
    if (number_builtin(builtin)) return false;
    if (builtin == builtin_class::decade) return word == "'";
    if (builtin == builtin_class::meridiem) return word == "am" || word == "pm" || word == "a" || word == "p";
    if (builtin == builtin_class::holiday)
        return std::any_of(holiday_names_.begin(), holiday_names_.end(),
                           [&](const auto& name) { return name.first.front() == word; });
    return true; // any word, <expr>
}

// Whether a word of the optional element `f` can also match the element after it.
bool matcher::may_be_next(const std::vector<pattern_element>& pattern, std::size_t f) const {
    if (f + 1 >= pattern.size()) return false;
    for (const auto& word : pattern[f].alternatives) {
        const word_entry* e = words_.find(word.literal);
        for (const auto& alt : pattern[f + 1].alternatives) {
            switch (alt.what) {
            case pattern_alternative::type::literal:
                if (alt.literal == word.literal) return true;
                break;
            case pattern_alternative::type::word_class:
                if (e != nullptr && e->meanings != nullptr &&
                    std::any_of(e->meanings->begin(), e->meanings->end(),
                                [&](const auto& m) { return m.cls == alt.cls; }))
                    return true;
                break;
            case pattern_alternative::type::builtin:
                if (builtin_may_start_with(alt.builtin, word.literal)) return true;
                break;
            }
        }
    }
    return false;
}

// The filter for a rule whose first token matches element `f`, when that element is
// one token wide (or DAY/ORDNUM with its suffix); inactive when it cannot be known.
matcher::follow_filter matcher::filter_after(const std::vector<pattern_element>& pattern, std::size_t f) const {
    follow_filter filter;
    if (f >= pattern.size() || pattern[f].context) return filter;
    for (const auto& alt : pattern[f].alternatives) {
        if (alt.what == pattern_alternative::type::builtin && !one_token_builtin(alt.builtin)) {
            const bool suffixed = alt.builtin == builtin_class::day || alt.builtin == builtin_class::ordinal_num;
            if (!suffixed || pattern[f].alternatives.size() != 1) return {};
            filter.suffixed_first = true;
        }
        if (pattern[f].optional && alt.what != pattern_alternative::type::literal) return {};
    }
    if (!follow_keys(pattern, f + 1, filter)) return {};
    filter.active = true;
    return filter;
}

// Built-ins are indexed by the tokens they can start with, so a word is never tried
// against a rule that starts with a number.
void matcher::index_builtin(builtin_class builtin, std::size_t rule_index) {
    switch (builtin) {
    case builtin_class::num:
    case builtin_class::year:
    case builtin_class::day:
    case builtin_class::month_num:
    case builtin_class::ordinal_num:
    case builtin_class::clock:
        by_number_.push_back(rule_index);
        break;
    case builtin_class::decade:
        by_number_.push_back(rule_index);
        by_word_["'"].push_back(rule_index);
        break;
    case builtin_class::meridiem:
        for (const char* start : {"am", "pm", "a", "p"}) by_word_[start].push_back(rule_index);
        break;
    case builtin_class::holiday:
        for (const auto& h : lang_.holidays)
            for (const auto& name : h.names) {
                const auto words = folded_tokens(name);
                if (!words.empty()) by_word_[words.front()].push_back(rule_index);
            }
        break;
    case builtin_class::word:
    case builtin_class::expression:
        by_any_token_.push_back(rule_index);
        break;
    }
}

} // namespace annalist

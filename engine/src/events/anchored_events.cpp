#include <annalist/events/anchored_events.hpp>

#include <annalist/events/headline.hpp>
#include <annalist/events/offset_phrases.hpp>
#include <annalist/resolve/calendar.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <numeric>
#include <optional>

namespace annalist {
namespace {

constexpr std::size_t headline_length = 90;
constexpr std::size_t name_reach = 80; // bytes before a date where the event it dates is named

// One event the ties talk about: named by a head word ("summit") or reported by a
// clause the offset phrase stands in.
struct event_node {
    std::optional<time_value> value;
    bool dated_by_text = false; // a date in the text, not a tie
    std::string why;
    bool dated_in_name = false; // by a date in or after its name, which makes no clause event of its own
    std::size_t date_end = 0;   // then where that date ends, for the headline: "the armistice of November 1918"
};

// Words that open a relative clause about the name just before: "the election, which
// was held on October 20".
bool opens_relative_clause(std::string_view between) {
    for (const std::string_view word : {"which", "that", "when", "held", "scheduled", "set"}) {
        for (std::size_t at = between.find(word); at != std::string_view::npos; at = between.find(word, at + 1)) {
            const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(between[at - 1]));
            const std::size_t end = at + word.size();
            const bool ends = end == between.size() || !std::isalnum(static_cast<unsigned char>(between[end]));
            if (starts && ends) return true;
        }
    }
    return false;
}

// clause event = named event moved by offset in direction.
struct tie {
    std::size_t clause_node = 0;
    std::size_t name_node = 0;
    const offset_phrase* phrase = nullptr;
};

// Disjoint sets over node ids, for components and cycles.
struct node_sets {
    std::vector<std::size_t> parent;
    explicit node_sets(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    std::size_t find(std::size_t x) { return parent[x] == x ? x : parent[x] = find(parent[x]); }
    bool join(std::size_t a, std::size_t b) { // false when they were already one set
        a = find(a), b = find(b);
        parent[a] = b;
        return a != b;
    }
};

// The period of `from`'s grain that holds the day `offset` away from its start.
time_value moved_value(const time_value& from, calendar_offset offset, int direction) {
    const date::sys_days day = moved(date::floor<date::days>(from.begin), offset, direction);
    grain g = from.grain;
    if (g < grain::day) g = grain::day;       // a time of day moved by days keeps only the day
    if (g == grain::season) g = grain::month; // seasons do not shift by calendar units
    return period_containing(day, to_string(g));
}

// Whether moving `from` by `offset` gives one period: a count of units no finer than
// its grain. Three days before an election dated only to its week may fall in that
// week or the one before, and a tie that is not certain is left out, not guessed.
bool moves_exactly(const time_value& from, calendar_offset offset) {
    const grain unit = offset.unit == 'D'   ? grain::day
                       : offset.unit == 'W' ? grain::week
                       : offset.unit == 'M' ? grain::month
                                            : grain::year;
    return from.grain <= unit || (from.grain == grain::week && unit == grain::day && offset.count % 7 == 0);
}

std::string quoted(std::string_view text, text_span span) {
    return fmt::format("'{}'", text.substr(span.begin, span.end - span.begin));
}

bool is_event_date(const mention& m) {
    return m.value.dated && m.value.value != "PRESENT_REF" && m.cited_outlet.empty() &&
           (m.type == timex_type::date || m.type == timex_type::time);
}

class tie_solver {
public:
    tie_solver(std::string_view text, const std::vector<mention>& mentions, const language& lang)
        : text_(text), mentions_(mentions), lang_(lang), phrases_(find_offset_phrases(text, mentions, lang)) {}

    anchored_dating solve() {
        build_ties();
        date_names_by_their_own_dates();
        date_named_events();
        propagate();
        anchored_dating out;
        node_sets components(nodes_.size());
        for (const tie& t : ties_) components.join(t.clause_node, t.name_node);
        std::vector<bool> contradicted(nodes_.size(), false);
        check_ties(components, contradicted, out.problems);
        report_cycles(out.problems);
        emit(components, contradicted, out.events);
        out.naming_dates = std::move(naming_dates_);
        std::sort(out.naming_dates.begin(), out.naming_dates.end());
        return out;
    }

private:
    std::size_t new_node() {
        nodes_.emplace_back();
        return nodes_.size() - 1;
    }

    std::size_t node_named(const std::string& head) {
        const auto [it, added] = named_.try_emplace(head, nodes_.size());
        if (added) new_node();
        return it->second;
    }

    void build_ties() {
        for (const offset_phrase& p : phrases_) node_named(p.head);
        for (const offset_phrase& p : phrases_) {
            tie t{0, node_named(p.head), &p};
            if (p.date != nullptr) {
                t.clause_node = new_node();
                nodes_[t.clause_node] = {p.date->value, true, fmt::format("'{}'", p.date->text)};
            } else {
                // "The summit opened a day after the vote": the clause reports an event
                // another phrase names, which is how two ties can meet in a cycle. The
                // first such head in alphabetical order, as the map of heads runs.
                t.clause_node = new_node();
                const std::string* first = nullptr;
                for_each_named_head(p.clause, [&](const std::string& head, std::size_t) {
                    if (head != p.head && (first == nullptr || head < *first) &&
                        names_word(text_, p.clause, p.span, head))
                        first = &head;
                });
                if (first != nullptr) t.clause_node = named_.at(*first);
            }
            ties_.push_back(t);
        }
    }

    // Calls take(head, node) for each named head that may stand as a word in `span`:
    // the words there looked up in the map of heads (a plural "s" dropped too), so a
    // span costs its words, not the number of heads. names_word decides.
    template <typename Take> void for_each_named_head(text_span span, Take take) const {
        std::string word;
        for (std::size_t i = span.begin; i < span.end;) {
            if (!is_word_char(text_[i]) || (i > 0 && is_word_char(text_[i - 1]))) {
                ++i;
                continue;
            }
            word.clear();
            for (; i < span.end && is_word_char(text_[i]); ++i)
                word.push_back(text_[i] >= 'A' && text_[i] <= 'Z' ? static_cast<char>(text_[i] - 'A' + 'a') : text_[i]);
            if (const auto it = named_.find(word); it != named_.end()) take(it->first, it->second);
            if (word.size() > 1 && word.back() == 's') {
                word.pop_back();
                if (const auto it = named_.find(word); it != named_.end()) take(it->first, it->second);
            }
        }
    }

    static bool is_word_char(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    // A date inside a phrase's name ("the armistice of November 1918") or in a
    // relative clause right after it ("the election, which was held on October 20")
    // dates the named event; the clause around it is then dated through the tie.
    void date_names_by_their_own_dates() {
        for (const tie& t : ties_) {
            const offset_phrase& p = *t.phrase;
            for (const mention& m : mentions_) {
                if (!is_event_date(m) || m.begin < p.name.begin || m.end > p.clause.end) continue;
                // The name stops where a date begins ("the vote on May 30"): that date, or
                // one a relative clause gives, is the named event's.
                const std::size_t gap_from = std::min(p.name.end, m.begin);
                const std::string_view gap = text_.substr(gap_from, m.begin - gap_from);
                const bool right_after = gap.find_first_not_of(" \t\n") == std::string_view::npos;
                const bool relative = m.begin - p.name.end <= name_reach && opens_relative_clause(gap);
                if (!right_after && !relative) continue;
                event_node& named = nodes_[t.name_node];
                if (!named.value) {
                    named = {m.value, true, fmt::format("'{}' (after its name)", m.text), true,
                             right_after ? m.end : 0};
                    naming_dates_.push_back(m.begin);
                }
                break;
            }
        }
    }

    // A named event whose head word stands in the clause of a date ("The leaders met at
    // a summit in Geneva on June 12") is dated by it; the nearest such date wins. One
    // that a clause dates twice ("called the vote for March 3 and March 17") is left
    // undated: which of them is meant is a guess.
    void date_named_events() {
        if (named_.empty()) return;                                       // most articles: no offset from a named event
        std::vector<std::optional<std::size_t>> first_use(nodes_.size()); // where a phrase first names it
        for (const tie& t : ties_)
            if (!first_use[t.name_node]) first_use[t.name_node] = t.phrase->span.begin;
        std::vector<const mention*> best(nodes_.size(), nullptr);
        std::vector<bool> twice(nodes_.size(), false);
        std::vector<std::size_t> best_clause(nodes_.size(), 0);
        for (const mention& m : mentions_) {
            if (!is_event_date(m)) continue;
            // The name stands shortly before the date in its clause: "the vote was held on
            // May 30"; one after it ("charged Thursday with the murder") is seldom dated by it.
            const text_span clause = clause_around(text_, {m.begin, m.end}, lang_);
            const std::size_t from = m.begin > name_reach ? std::max(clause.begin, m.begin - name_reach) : clause.begin;
            for_each_named_head({from, m.begin}, [&](const std::string& head, std::size_t node) {
                if (!names_word_outside_phrases({from, m.begin}, head)) return;
                const std::size_t use = first_use[node].value_or(0);
                const auto distance = [&](const mention* x) {
                    return x->begin > use ? x->begin - use : use - x->begin;
                };
                const bool rival = best[node] != nullptr && best_clause[node] == clause.begin &&
                                   best[node]->value.value != m.value.value;
                if (best[node] == nullptr || distance(&m) < distance(best[node])) {
                    twice[node] = rival || (best[node] != nullptr && best_clause[node] == clause.begin && twice[node]);
                    best[node] = &m;
                    best_clause[node] = clause.begin;
                } else if (rival) {
                    twice[node] = true;
                }
            });
        }
        for (const auto& [head, node] : named_)
            if (best[node] != nullptr && !twice[node] && !nodes_[node].value)
                nodes_[node] = {best[node]->value, true,
                                fmt::format("'{}' ('{}' is in its clause)", best[node]->text, head)};
    }

    bool names_word_outside_phrases(text_span clause, const std::string& head) const {
        // Each phrase's own words ("two months after the meeting") do not date the
        // meeting: the last phrase wholly inside (phrases are in text order).
        text_span skip{0, 0};
        const auto first = std::partition_point(phrases_.begin(), phrases_.end(),
                                                [&](const offset_phrase& p) { return p.span.begin < clause.begin; });
        for (auto p = first; p != phrases_.end() && p->span.begin <= clause.end; ++p)
            if (p->span.end <= clause.end) skip = p->span;
        return names_word(text_, clause, skip, head);
    }

    void propagate() {
        for (bool changed = true; changed;) {
            changed = false;
            for (const tie& t : ties_) {
                event_node& named = nodes_[t.name_node];
                event_node& clause = nodes_[t.clause_node];
                const offset_phrase& p = *t.phrase;
                if (named.value && !clause.value) {
                    if (!moves_exactly(*named.value, p.offset)) continue;
                    clause.value = moved_value(*named.value, p.offset, p.direction);
                    clause.why =
                        fmt::format("{} {} {}", named.why, p.direction > 0 ? "plus" : "minus", quoted(text_, p.span));
                    changed = true;
                } else if (clause.value && !named.value) {
                    if (!moves_exactly(*clause.value, p.offset)) continue;
                    named.value = moved_value(*clause.value, p.offset, -p.direction);
                    named.why =
                        fmt::format("{} {} {}", clause.why, p.direction > 0 ? "minus" : "plus", quoted(text_, p.span));
                    changed = true;
                }
            }
        }
    }

    void check_ties(node_sets& components, std::vector<bool>& contradicted, std::vector<dating_problem>& problems) {
        for (const tie& t : ties_) {
            const event_node& named = nodes_[t.name_node];
            const event_node& clause = nodes_[t.clause_node];
            if (!named.value || !clause.value) continue;
            const offset_phrase& p = *t.phrase;
            if (overlaps(moved_value(*named.value, p.offset, p.direction), *clause.value)) continue;
            contradicted[components.find(t.name_node)] = true;
            problems.push_back(
                {p.span.begin,
                 fmt::format("{} contradicts the other dates of the events it links ({} is {}, "
                             "its own clause {}); those events are left undated",
                             quoted(text_, p.span), quoted(text_, p.name), named.value->value, clause.value->value)});
        }
    }

    void report_cycles(std::vector<dating_problem>& problems) {
        node_sets undated(nodes_.size());
        for (const tie& t : ties_) {
            if (nodes_[t.name_node].value || nodes_[t.clause_node].value) continue;
            if (undated.join(t.name_node, t.clause_node)) continue;
            problems.push_back(
                {t.phrase->span.begin,
                 fmt::format("{} closes a cycle: its events are dated only from each other; left undated",
                             quoted(text_, t.phrase->span))});
        }
    }

    void emit(node_sets& components, const std::vector<bool>& contradicted, std::vector<anchored_event>& events) {
        std::vector<bool> emitted(nodes_.size(), false);
        const auto emittable = [&](std::size_t node) {
            const event_node& n = nodes_[node];
            return n.value && (!n.dated_by_text || n.dated_in_name) && !emitted[node] &&
                   !contradicted[components.find(node)];
        };
        for (const tie& t : ties_) {
            const offset_phrase& p = *t.phrase;
            if (emittable(t.clause_node)) { // "The day after the summit, the ministers signed": that signing
                emitted[t.clause_node] = true;
                const std::string_view clause = text_.substr(p.clause.begin, p.clause.end - p.clause.begin);
                // The phrase leaves the headline, with the date its name carries.
                const std::size_t cut_end = std::max(p.span.end, nodes_[t.name_node].date_end);
                events.push_back(
                    {dated_span(p.span, nodes_[t.clause_node]),
                     make_headline(clause, p.span.begin - p.clause.begin, cut_end - p.clause.begin, headline_length)});
            }
            if (emittable(t.name_node)) { // "two months after the meeting": the meeting
                emitted[t.name_node] = true;
                const event_node& n = nodes_[t.name_node];
                const std::size_t name_end = n.dated_in_name ? std::max(n.date_end, p.name.end) : p.name.end;
                const std::string_view name = text_.substr(p.name.begin, name_end - p.name.begin);
                std::string headline = shorten(fold_whitespace(name), headline_length);
                if (headline[0] >= 'a' && headline[0] <= 'z') headline[0] = static_cast<char>(headline[0] - 'a' + 'A');
                events.push_back({dated_span(p.name, nodes_[t.name_node]), std::move(headline)});
            }
        }
    }

    mention dated_span(text_span span, const event_node& node) const {
        mention m;
        m.begin = span.begin;
        m.end = span.end;
        m.text = std::string(text_.substr(span.begin, span.end - span.begin));
        m.type = timex_type::date;
        m.value = *node.value;
        m.anchor = anchor::event;
        m.rule = "event_offset";
        m.explanation = node.why;
        return m;
    }

    std::string_view text_;
    const std::vector<mention>& mentions_;
    const language& lang_;
    std::vector<offset_phrase> phrases_;
    std::vector<event_node> nodes_;
    std::map<std::string, std::size_t> named_; // head word -> node
    std::vector<tie> ties_;
    std::vector<std::size_t> naming_dates_;
};

} // namespace

anchored_dating anchored_events(std::string_view text, const std::vector<mention>& mentions, const language& lang) {
    return tie_solver(text, mentions, lang).solve();
}

} // namespace annalist

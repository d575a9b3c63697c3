#include <annalist/events/clauses.hpp>

#include <annalist/resolve/ranges.hpp>
#include <annalist/text/trim_spaces.hpp>
#include <annalist/work_meter.hpp>

#include <algorithm>
#include <array>
#include <optional>

namespace annalist {
namespace {

// Boundaries between clauses, the strongest first; a comma only when none of them is there.
constexpr std::array<std::string_view, 9> clause_joins{";",     ", and ", ", but ",  ", while ", ", whereas ",
                                                       " and ", " but ",  " while ", " whereas "};
// Joins after which a clause usually shares the subject before it: "agreed ... and enacted".
constexpr std::array<std::string_view, 4> verb_joins{", and ", ", but ", " and ", " but "};
constexpr std::size_t longest_subject_words = 4;
// Dates a clause reaches either way with no boundary between: a range has two, a
// list may have thousands, and a clause holding them all made a run-on list of
// dates cubic (424 s for 100 KB).
constexpr std::size_t farthest_date = 8;

// Only punctuation, "on" or "or" between two dates: the second says the first again.
bool restates(std::string_view gap) {
    std::string rest;
    for (const char c : gap)
        if (c != ' ' && c != ',' && c != '(' && c != ')' && c != '-') rest.push_back(c);
    return rest.empty() || rest == "on" || rest == "or" || rest == "\xE2\x80\x94"; // an em dash
}

struct split {
    std::size_t at = 0;    // where the join begins, in the sentence
    std::size_t after = 0; // where the next clause begins
    bool shares_subject = false;
};

// The last clause boundary in sentence[from, to).
std::optional<split> boundary_in(std::string_view sentence, std::size_t from, std::size_t to) {
    const std::string_view gap = sentence.substr(from, to - from);
    work_meter::add(clause_joins.size() * gap.size());
    std::optional<split> best;
    for (const std::string_view join : clause_joins) {
        const std::size_t at = gap.rfind(join);
        if (at == std::string_view::npos || (best && from + at <= best->at)) continue;
        const bool shares = std::find(verb_joins.begin(), verb_joins.end(), join) != verb_joins.end();
        best = split{from + at, from + at + join.size(), shares};
    }
    if (best) return best;
    if (const std::size_t comma = gap.rfind(", "); comma != std::string_view::npos)
        return split{from + comma, from + comma + 2, false};
    return std::nullopt;
}

// "The plan" in "The plan, most likely agreed ...": a short capitalised phrase before
// the first comma.
std::string_view subject_of(std::string_view sentence) {
    const std::size_t comma = sentence.find(',');
    if (comma == std::string_view::npos || sentence.empty() || !(sentence[0] >= 'A' && sentence[0] <= 'Z')) return {};
    const std::string_view chunk = sentence.substr(0, comma);
    if (static_cast<std::size_t>(std::count(chunk.begin(), chunk.end(), ' ')) >= longest_subject_words) return {};
    return chunk;
}

// "in June": the preposition that only introduces a date goes with it.
std::size_t with_preposition(std::string_view sentence, std::size_t begin) {
    for (const std::string_view word : {"in ", "on ", "from ", "at "})
        if (begin >= word.size() && sentence.substr(begin - word.size(), word.size()) == word &&
            (begin == word.size() || sentence[begin - word.size() - 1] == ' '))
            return begin - word.size();
    return begin;
}

// The end of a cut [from, to), taking the ')' that closes a '(' inside it: "(October 31)".
std::size_t closing_bracket_after(std::string_view sentence, std::size_t from, std::size_t to) {
    const std::string_view cut = sentence.substr(from, to - from);
    work_meter::add(cut.size());
    const bool open = std::count(cut.begin(), cut.end(), '(') > std::count(cut.begin(), cut.end(), ')');
    return open && to < sentence.size() && sentence[to] == ')' ? to + 1 : to;
}

bool starts_lower(std::string_view s) {
    s = trim_spaces(s);
    return !s.empty() && s[0] >= 'a' && s[0] <= 'z';
}

} // namespace

std::vector<dated_clause> split_dated_clauses(std::string_view sentence, std::size_t sentence_begin,
                                              const std::vector<mention>& mentions,
                                              const std::vector<std::size_t>& dates) {
    const auto local = [&](std::size_t byte) { return byte - sentence_begin; };

    // Restatements fold into the date they repeat; the finest of them dates the clause.
    std::vector<std::vector<std::size_t>> groups;
    for (const std::size_t d : dates) {
        if (!groups.empty()) {
            const mention& previous = mentions[groups.back().back()];
            const mention& m = mentions[d];
            if (overlaps(previous.value, m.value) &&
                restates(sentence.substr(local(previous.end), m.begin - previous.end))) {
                groups.back().push_back(d);
                continue;
            }
        }
        groups.push_back({d});
    }
    std::vector<dated_clause> clauses;
    for (const auto& group : groups) {
        dated_clause c;
        c.date = *std::min_element(group.begin(), group.end(), [&](std::size_t a, std::size_t b) {
            return mentions[a].value.grain < mentions[b].value.grain;
        });
        for (const std::size_t d : group)
            if (d != c.date) c.restatings.push_back(d);
        clauses.push_back(std::move(c));
    }

    // Each clause runs from the boundary before its date to the boundary after it;
    // dates with no boundary between them (a range) share one clause.
    std::vector<std::optional<split>> joins(clauses.size() + 1);
    joins.front() = split{0, 0, false};
    joins.back() = split{sentence.size(), sentence.size(), false};
    for (std::size_t i = 1; i < clauses.size(); ++i) {
        const std::size_t from = local(mentions[groups[i - 1].back()].end);
        const std::size_t to = local(mentions[groups[i].front()].begin);
        if (!joins_range(sentence.substr(from, to - from))) joins[i] = boundary_in(sentence, from, to);
    }
    const std::string_view subject = subject_of(sentence);
    for (std::size_t i = 0; i < clauses.size(); ++i) {
        std::size_t first = i, last = i + 1;
        while (!joins[first] && i - first < farthest_date) --first;
        while (!joins[last] && last - i <= farthest_date) ++last;
        work_meter::add(last - first);
        // Without a boundary there, the clause runs from the date before or to the date after.
        const std::size_t begin = joins[first] ? joins[first]->after : local(mentions[groups[first - 1].back()].end);
        std::size_t end = joins[last] ? joins[last]->at : local(mentions[groups[last].front()].begin);
        const bool shares_subject = joins[first] && joins[first]->shares_subject;

        dated_clause& c = clauses[i];
        const mention& dating = mentions[c.date];
        const bool borrow = shares_subject && !subject.empty() && starts_lower(sentence.substr(begin, end - begin));
        if (borrow) { // "and enacted in mid-October, envisaged ...": what follows the comma is the subject's own verb
            const std::size_t comma = sentence.substr(0, end).find(", ", local(dating.end));
            if (comma != std::string_view::npos) end = comma;
        }
        std::string text = borrow ? std::string(subject) + " " : std::string();
        // Other dates in the clause (restatements, the other end of a range) go with
        // what joins them to the dating one: they are not part of what happened.
        // Only the groups between the clause's two boundaries can lie in it: looking
        // at every group of the sentence made a run-on sentence's clauses quadratic.
        // Every cut before the date ends at it and every cut after begins at it, so
        // the farthest one each way is the only one made.
        std::optional<std::size_t> cut_from, cut_to;
        for (std::size_t j = first; j < last; ++j) {
            work_meter::add(groups[j].size());
            for (const std::size_t other : groups[j]) {
                const mention& m = mentions[other];
                if (other == c.date || local(m.begin) < begin || local(m.end) > end) continue;
                if (m.begin > dating.begin)
                    cut_to = std::max(cut_to.value_or(0), local(m.end));
                else
                    cut_from = std::min(cut_from.value_or(sentence.size()), with_preposition(sentence, local(m.begin)));
            }
        }
        std::vector<std::pair<std::size_t, std::size_t>> cuts;
        if (cut_from) cuts.emplace_back(*cut_from, local(dating.begin));
        if (cut_to) cuts.emplace_back(local(dating.end), closing_bracket_after(sentence, local(dating.end), *cut_to));
        const std::size_t date_at = local(dating.begin);
        std::size_t at = begin;
        const auto copy_to = [&](std::size_t to) { // sentence[at, to) into the clause, noting where the date lands
            if (to <= at) return;
            if (date_at >= at && date_at < to) c.date_begin = text.size() + date_at - at;
            text.append(sentence.substr(at, to - at));
            work_meter::add(to - at);
        };
        for (const auto& [from, to] : cuts) {
            copy_to(from);
            at = std::max(at, to);
        }
        copy_to(end);
        c.date_end = c.date_begin + (dating.end - dating.begin);
        c.text = std::move(text);
    }
    return clauses;
}

} // namespace annalist

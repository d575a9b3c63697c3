#include <annalist/events/offset_phrases.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <functional>
#include <numeric>

namespace annalist {
namespace {

constexpr std::size_t longest_gap = 4; // bytes between a date and the offset after it: ", "

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equal_folded(std::string_view a, std::string_view b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

// Words that open a name of an event: "the summit", "Kim's visit" (capitals are
// checked separately).
constexpr std::array<std::string_view, 12> openers{"the", "a",   "an",   "his",  "her",   "their",
                                                   "its", "our", "this", "that", "these", "those"};

// Words that end the part of a name that says what the event was: "the meeting
// between ...", "the vote on ...".
constexpr std::array<std::string_view, 20> name_stops{"between", "at",    "in",   "of",   "on",      "with",  "by",
                                                      "for",     "from",  "to",   "and",  "or",      "that",  "which",
                                                      "who",     "where", "when", "over", "against", "during"};

template <std::size_t N> bool is_one_of(std::string_view word, const std::array<std::string_view, N>& words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return equal_folded(word, w); });
}

// The words of text[span], split at spaces.
std::vector<std::string_view> words_of(std::string_view text) {
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t end = std::min(text.find(' ', i), text.size());
        if (end > i) out.push_back(text.substr(i, end - i));
        i = end + 1;
    }
    return out;
}

// "summit" in "the summit", "meeting" in "the cordial meeting between Putin and Kim":
// the last word before a preposition or conjunction, lower case, without a possessive.
std::string head_of(std::string_view name) {
    std::string_view head;
    for (const std::string_view word : words_of(name)) {
        if (is_one_of(word, name_stops)) break;
        if (!is_one_of(word, openers)) head = word;
    }
    std::string out;
    for (const char c : head) {
        if (!is_alnum(c)) break; // drops "'s" and closing punctuation
        out.push_back(lower(c));
    }
    return out.size() >= 3 ? out : std::string();
}

bool opens_a_name(std::string_view name) {
    const auto words = words_of(name);
    if (words.empty()) return false;
    return is_one_of(words.front(), openers) || (words.front()[0] >= 'A' && words.front()[0] <= 'Z');
}

// "the day", "the week", ... ending at text[end]: one unit, and where the words begin.
std::optional<std::pair<calendar_offset, std::size_t>> literal_unit_before(std::string_view text, std::size_t end) {
    for (const auto& [words, unit] : std::array<std::pair<std::string_view, char>, 4>{
             {{"the day", 'D'}, {"the week", 'W'}, {"the month", 'M'}, {"the year", 'Y'}}}) {
        if (end < words.size()) continue;
        const std::size_t begin = end - words.size();
        if (!equal_folded(text.substr(begin, words.size()), words)) continue;
        if (begin > 0 && is_alnum(text[begin - 1])) continue;
        return std::pair{calendar_offset{1, unit}, begin};
    }
    return std::nullopt;
}

// The mentions by where they begin and where they end, so that each question about
// a place is a binary search, not a pass over all of them: a long document holds
// tens of thousands, and as many " after " and " before ".
class mention_places {
public:
    explicit mention_places(const std::vector<mention>& mentions) : mentions_(mentions) {
        by_begin_.resize(mentions.size());
        std::iota(by_begin_.begin(), by_begin_.end(), 0);
        by_end_ = by_begin_;
        std::stable_sort(by_begin_.begin(), by_begin_.end(),
                         [&](std::size_t a, std::size_t b) { return mentions[a].begin < mentions[b].begin; });
        std::stable_sort(by_end_.begin(), by_end_.end(),
                         [&](std::size_t a, std::size_t b) { return mentions[a].end < mentions[b].end; });
        std::size_t furthest = 0;
        for (const std::size_t i : by_begin_) furthest_end_.push_back(furthest = std::max(furthest, mentions[i].end));
    }

    // Does a mention begin before `at` and end after `at + 1`?
    [[nodiscard]] bool covers(std::size_t at) const {
        const std::size_t before = begins_before(at);
        return before > 0 && furthest_end_[before - 1] > at + 1;
    }

    // The first mention (in text order) beginning at `begin`.
    [[nodiscard]] const mention* beginning_at(std::size_t begin) const {
        const std::size_t k = begins_before(begin);
        return k < by_begin_.size() && mentions_[by_begin_[k]].begin == begin ? &mentions_[by_begin_[k]] : nullptr;
    }

    // The smallest begin after `from` and before `to`, else `to`.
    [[nodiscard]] std::size_t first_begin_between(std::size_t from, std::size_t to) const {
        const std::size_t k = begins_before(from + 1);
        return k < by_begin_.size() ? std::min(to, std::max(from, mentions_[by_begin_[k]].begin)) : to;
    }

    // The first mention (in the list's order; the last with `last`) ending in
    // [from, to] that `fits`.
    template <typename Fits>
    [[nodiscard]] const mention* ending_within(std::size_t from, std::size_t to, Fits fits, bool last = false) const {
        const auto first = std::partition_point(by_end_.begin(), by_end_.end(),
                                                [&](std::size_t i) { return mentions_[i].end < from; });
        const mention* found = nullptr;
        for (auto it = first; it != by_end_.end() && mentions_[*it].end <= to; ++it) {
            const mention* m = &mentions_[*it];
            if ((found == nullptr || (last ? m > found : m < found)) && fits(*m)) found = m;
        }
        return found;
    }

private:
    [[nodiscard]] std::size_t begins_before(std::size_t at) const {
        return static_cast<std::size_t>(std::partition_point(by_begin_.begin(), by_begin_.end(),
                                                             [&](std::size_t i) { return mentions_[i].begin < at; }) -
                                        by_begin_.begin());
    }

    const std::vector<mention>& mentions_;
    std::vector<std::size_t> by_begin_, by_end_; // indices, in order of begin, of end
    std::vector<std::size_t> furthest_end_;      // the latest end among by_begin_[0..k]
};

// The dated mention ending just before `begin` (", " between), if any.
const mention* date_just_before(std::string_view text, const mention_places& places, std::size_t begin) {
    return places.ending_within(begin > longest_gap ? begin - longest_gap : 0, begin, [&](const mention& m) {
        if (!m.value.dated || m.value.value == "PRESENT_REF") return false;
        if (m.type != timex_type::date)
            return false; // "at 6 a.m. ten days before": a clock time dates no day of its own
        return text.substr(m.end, begin - m.end).find_first_not_of(", ") == std::string_view::npos;
    });
}

// "for 31 years after the club was founded", "over two decades after": a length of
// time after the event, not a day counted from it.
bool lasts(std::string_view text, std::size_t begin) {
    std::size_t end = begin;
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t start = end;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) --start;
    const std::string_view word = text.substr(start, end - start);
    return equal_folded(word, "for") || equal_folded(word, "over") || equal_folded(word, "throughout");
}

} // namespace

std::optional<calendar_offset> parse_calendar_offset(std::string_view value) {
    if (value.size() < 3 || value[0] != 'P' || value[1] == 'T' || value[1] == 'X') return std::nullopt;
    calendar_offset a;
    const auto [end, error] = std::from_chars(value.data() + 1, value.data() + value.size() - 1, a.count);
    if (error != std::errc{} || end != value.data() + value.size() - 1) return std::nullopt;
    a.unit = value.back();
    if (a.unit != 'Y' && a.unit != 'M' && a.unit != 'W' && a.unit != 'D') return std::nullopt;
    return a;
}

date::sys_days moved(date::sys_days from, calendar_offset a, int direction) {
    const int n = direction * a.count;
    if (a.unit == 'D') return from + date::days{n};
    if (a.unit == 'W') return from + date::days{7 * n};
    const date::year_month_day ymd{from};
    const date::year_month ym = ymd.year() / ymd.month() + date::months{a.unit == 'Y' ? 12 * n : n};
    return date::sys_days{ym / 1};
}

text_span clause_around(std::string_view text, text_span span, const language& lang) {
    // A clause longer than a shown sentence is no clause a person reads; reaching
    // no further keeps a run-on text linear.
    text_span clause = sentence_around(text, span, lang, longest_shown_sentence + 1);
    const std::size_t before = text.substr(clause.begin, span.begin - clause.begin).rfind(';');
    if (before != std::string_view::npos) clause.begin += before + 1;
    const std::size_t after = text.substr(span.end, clause.end - span.end).find(';');
    if (after != std::string_view::npos) clause.end = span.end + after;
    while (clause.begin < clause.end && text[clause.begin] == ' ') ++clause.begin;
    return clause;
}

bool names_word(std::string_view text, text_span span, text_span skip, std::string_view word) {
    for (std::size_t i = span.begin; i + word.size() <= span.end; ++i) {
        if (i >= skip.begin && i < skip.end) continue;
        if (i > 0 && is_alnum(text[i - 1])) continue;
        if (!equal_folded(text.substr(i, word.size()), word)) continue;
        std::size_t after = i + word.size();
        if (after < span.end && text[after] == 's') ++after; // "summits"
        if (after < span.end && is_alnum(text[after])) continue;
        return true;
    }
    return false;
}

std::vector<offset_phrase> find_offset_phrases(std::string_view text, const std::vector<mention>& mentions,
                                               const language& lang) {
    std::vector<offset_phrase> out;
    const mention_places places(mentions);
    for (const auto& [word, direction] : {std::pair<std::string_view, int>{" after ", +1}, {" before ", -1}}) {
        // Boyer-Moore-Horspool: find() tried the word at every space of the text.
        const std::boyer_moore_horspool_searcher search(word.begin(), word.end());
        const auto next_from = [&](std::size_t from) {
            const auto it = std::search(text.begin() + static_cast<std::ptrdiff_t>(from), text.end(), search);
            return it == text.end() ? std::string_view::npos : static_cast<std::size_t>(it - text.begin());
        };
        for (std::size_t at = next_from(0); at != std::string_view::npos; at = next_from(at + 1)) {
            if (places.covers(at)) continue;
            offset_phrase p;
            p.direction = direction;
            const mention* duration = places.ending_within(
                at, at, [](const mention& m) { return m.type == timex_type::duration; }, true);
            if (duration != nullptr) {
                const auto offset = parse_calendar_offset(duration->value.value);
                if (!offset) continue;
                p.offset = *offset;
                p.span.begin = duration->begin;
            } else if (const auto unit = literal_unit_before(text, at)) {
                p.offset = unit->first;
                p.span.begin = unit->second;
            } else {
                continue;
            }
            if (lasts(text, p.span.begin)) continue;

            const text_span sentence =
                sentence_around(text, {p.span.begin, at + word.size()}, lang, longest_shown_sentence + 1);
            p.name.begin = at + word.size();
            std::size_t end = text.find_first_of(",;()", p.name.begin);
            end = std::min(end == std::string_view::npos ? sentence.end : end, sentence.end);
            end =
                places.first_begin_between(p.name.begin, end); // "the vote on May 30": the date is not part of the name
            while (end > p.name.begin && (text[end - 1] == ' ' || text[end - 1] == '.')) --end;
            p.name.end = end;
            const std::string_view name = text.substr(p.name.begin, p.name.end - p.name.begin);
            if (name.empty() || places.beginning_at(p.name.begin) != nullptr || !opens_a_name(name)) continue;
            p.head = head_of(name);
            if (p.head.empty()) continue;
            p.span.end = p.name.end;
            p.date = date_just_before(text, places, p.span.begin);
            p.clause = clause_around(text, p.span, lang);
            out.push_back(std::move(p));
        }
    }
    std::sort(out.begin(), out.end(),
              [](const offset_phrase& a, const offset_phrase& b) { return a.span.begin < b.span.begin; });
    return out;
}

} // namespace annalist

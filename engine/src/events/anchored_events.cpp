#include <annalist/events/anchored_events.hpp>

#include <annalist/events/sentences.hpp>
#include <annalist/resolve/calendar.hpp>

#include <charconv>

namespace annalist {
namespace {

constexpr std::size_t longest_gap = 4; // bytes between the date and the duration: ", "
constexpr std::size_t headline_length = 90;

struct amount {
    int count = 0;
    char unit = 0; // Y, M, W, D
};

// "P2M" -> 2 months; nullopt for an unknown count (PXM) or a time unit (PT2H).
std::optional<amount> parse_duration(std::string_view value) {
    if (value.size() < 3 || value[0] != 'P' || value[1] == 'T' || value[1] == 'X') return std::nullopt;
    amount a;
    const auto [end, error] = std::from_chars(value.data() + 1, value.data() + value.size() - 1, a.count);
    if (error != std::errc{} || end != value.data() + value.size() - 1) return std::nullopt;
    a.unit = value.back();
    if (a.unit != 'Y' && a.unit != 'M' && a.unit != 'W' && a.unit != 'D') return std::nullopt;
    return a;
}

// The day `a` away from `from` (back when sign is -1).
date::sys_days moved(date::sys_days from, amount a, int sign) {
    const int n = sign * a.count;
    if (a.unit == 'D') return from + date::days{n};
    if (a.unit == 'W') return from + date::days{7 * n};
    const date::year_month_day ymd{from};
    const date::year_month ym = ymd.year() / ymd.month() + date::months{a.unit == 'Y' ? 12 * n : n};
    return date::sys_days{ym / 1};
}

// The clause after the direction word: up to the sentence's end, a parenthesis or
// a semicolon.
std::size_t clause_end(std::string_view text, std::size_t from, std::size_t sentence_end) {
    const std::size_t stop = text.find_first_of("(;", from);
    std::size_t end = std::min(stop == std::string_view::npos ? sentence_end : stop, sentence_end);
    while (end > from && (text[end - 1] == ' ' || text[end - 1] == '.' || text[end - 1] == ',')) --end;
    return end;
}

} // namespace

std::vector<anchored_event> anchored_events(std::string_view text, const std::vector<mention>& mentions,
                                            const language& lang) {
    std::vector<anchored_event> out;
    for (std::size_t i = 1; i < mentions.size(); ++i) {
        const mention& span = mentions[i];
        const mention& date = mentions[i - 1];
        if (span.type != timex_type::duration || !date.value.dated || date.value.value == "PRESENT_REF") continue;
        if (span.begin < date.end || span.begin - date.end > longest_gap) continue;
        const auto offset = parse_duration(span.value.value);
        if (!offset) continue;
        int sign = 0;
        std::size_t after = span.end;
        for (const auto& [word, direction] : {std::pair<std::string_view, int>{" after ", -1}, {" before ", 1}}) {
            if (text.substr(span.end, word.size()) == word) {
                sign = direction;
                after = span.end + word.size();
            }
        }
        if (sign == 0) continue;
        const text_span sentence = sentence_around(text, {span.begin, span.end}, lang);
        const std::size_t end = clause_end(text, after, sentence.end);
        if (end <= after) continue;

        // "November 2023, two months after X": X is two months before November 2023.
        const date::sys_days anchor_day = moved(date::floor<date::days>(date.value.begin), *offset, sign);
        mention m;
        m.begin = after;
        m.end = end;
        m.text = std::string(text.substr(after, end - after));
        m.type = timex_type::date;
        m.value = period_containing(anchor_day, to_string(date.value.grain));
        m.anchor = anchor::event;
        m.rule = "event_offset";
        m.explanation = "'" + date.text + "' " + (sign < 0 ? "minus " : "plus ") + span.text + " ('" + span.text +
                        (sign < 0 ? " after" : " before") + "')";
        out.push_back({m, shorten(fold_whitespace(m.text), headline_length)});
    }
    return out;
}

} // namespace annalist

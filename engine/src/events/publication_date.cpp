#include <annalist/events/publication_date.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

namespace annalist {
namespace {

// A dateline stands on the first line of the text, before the story's first words.
constexpr std::size_t dateline_reach = 80; // bytes from the start of that line

bool names_a_day(const mention& m) {
    return m.anchor == anchor::absolute && m.value.dated && m.value.grain == grain::day &&
           (m.type == timex_type::date || m.type == timex_type::time);
}

date::year_month_day day_of(const mention& m) { return date::year_month_day{date::floor<date::days>(m.value.begin)}; }

std::size_t line_of(std::string_view text, std::size_t byte) {
    return 1 +
           static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(byte), '\n'));
}

// The first full date on the first line with text, followed by a dash, a bracket, a
// colon or the line's end: "VIENNA, March 3, 2021 — The council ...".
const mention* dateline(std::string_view text, const std::vector<mention>& mentions) {
    const std::size_t first_line = text.find_first_not_of(" \t\r\n");
    if (first_line == std::string_view::npos) return nullptr;
    const std::size_t line_end = std::min(text.find('\n', first_line), text.size());
    for (const mention& m : mentions) {
        if (m.begin < first_line || m.end > line_end || m.begin - first_line > dateline_reach) continue;
        if (!names_a_day(m)) continue;
        const std::size_t next = text.find_first_not_of(" \t\r", m.end);
        if (next >= line_end) return &m;
        const std::string_view after = text.substr(next, 3);
        if (after[0] == '-' || after[0] == '(' || after[0] == ':' || after == "\xE2\x80\x94" || after == "\xE2\x80\x93")
            return &m;
        return nullptr;
    }
    return nullptr;
}

// The latest of the mentions that pass `keep`.
template <typename Keep> const mention* latest(const std::vector<mention>& mentions, Keep keep) {
    const mention* best = nullptr;
    for (const mention& m : mentions)
        if (names_a_day(m) && keep(m) && (best == nullptr || m.value.begin > best->value.begin)) best = &m;
    return best;
}

} // namespace

std::optional<inferred_publication> infer_publication_date(const document& doc, const std::vector<mention>& mentions) {
    const auto found = [&](const mention* m, std::string_view what) {
        return inferred_publication{day_of(*m),
                                    fmt::format("{} '{}' (line {})", what, m->text, line_of(doc.text, m->begin))};
    };
    if (const mention* m = dateline(doc.text, mentions)) return found(m, "the dateline");
    if (const mention* m = latest(mentions, [](const mention& x) { return !x.cited_outlet.empty(); }))
        return found(m, "the latest cited source's date");
    if (const mention* m = latest(mentions, [](const mention& x) { return x.cited_outlet.empty() && x.tense < 0; }))
        return found(m, "the latest date reported in the past tense");
    return std::nullopt;
}

} // namespace annalist

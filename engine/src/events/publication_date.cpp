#include <annalist/events/publication_date.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

namespace annalist {
namespace {

// A dateline stands on the first line of the text, before the story's first words.
constexpr std::size_t dateline_reach = 80; // bytes from the start of that line
constexpr int half_a_year = 183;           // days

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

// An article is written after reading the sources it cites: the day after the
// latest one's, unless the text puts that day or an earlier one still ahead ("the
// vote on November 5" in the future tense), when the source's own day is all it says.
date::year_month_day after_the_sources(date::year_month_day latest_source, const std::vector<mention>& mentions) {
    const date::sys_days next = date::sys_days{latest_source} + date::days{1};
    for (const mention& m : mentions)
        if (m.tense > 0 && m.value.dated && m.cited_outlet.empty() && date::floor<date::days>(m.value.begin) <= next &&
            m.value.begin >= date::sys_days{latest_source})
            return latest_source;
    return date::year_month_day{next};
}

} // namespace

const mention* latest_full_date(const std::vector<mention>& mentions) {
    return latest(mentions, [](const mention& m) {
        return m.cited_outlet.empty() && m.tense <= 0 && (m.written & static_cast<date_parts>(date_part::year)) != 0;
    });
}

std::optional<inferred_publication> infer_from_yearless_citations(const document& doc,
                                                                  const std::vector<mention>& provisional,
                                                                  const mention& year_source) {
    const date::year_month_day floor = day_of(year_source);
    std::optional<date::year_month_day> latest_day;
    const mention* latest_citation = nullptr;
    for (const mention& m : provisional) {
        if (m.cited_outlet.empty() || m.value.grain != grain::day || !m.value.dated) continue;
        const bool yearless = (m.written & static_cast<date_parts>(date_part::year)) == 0 &&
                              (m.written & static_cast<date_parts>(date_part::month)) != 0 &&
                              (m.written & static_cast<date_parts>(date_part::day)) != 0;
        if (!yearless) continue;
        const date::year_month_day written = day_of(m);
        date::year_month_day placed = floor.year() / written.month() / written.day();
        // Half a year or more before the text's latest full date, the source is more
        // likely from the next January than from the months before that date.
        if (placed.ok() && date::sys_days{floor} - date::sys_days{placed} > date::days{half_a_year})
            placed = (floor.year() + date::years{1}) / written.month() / written.day();
        if (!placed.ok()) continue; // February 29 in a year without one
        if (!latest_day || placed > *latest_day) {
            latest_day = placed;
            latest_citation = &m;
        }
    }
    if (latest_citation == nullptr) return std::nullopt;
    const date::year_month_day day = after_the_sources(*latest_day, provisional);
    return inferred_publication{
        day,
        fmt::format("{}the latest cited source's date '{}' (line {}), in the year of '{}' (line {}), the latest "
                    "full date the text states",
                    day == *latest_day ? "" : "the day after ", latest_citation->text,
                    line_of(doc.text, latest_citation->begin), year_source.text, line_of(doc.text, year_source.begin))};
}

std::optional<inferred_publication> infer_publication_date(const document& doc, const std::vector<mention>& mentions,
                                                           const find_against& find_again) {
    const auto found = [&](const mention* m, std::string_view what) {
        return inferred_publication{day_of(*m),
                                    fmt::format("{} '{}' (line {})", what, m->text, line_of(doc.text, m->begin))};
    };
    if (const mention* m = dateline(doc.text, mentions)) return found(m, "the dateline");
    if (const mention* m = latest(mentions, [](const mention& x) { return !x.cited_outlet.empty(); })) {
        inferred_publication after = found(m, "the day after the latest cited source's date");
        after.day = after_the_sources(after.day, mentions);
        if (after.day == day_of(*m)) after.reason = found(m, "the latest cited source's date").reason;
        return after;
    }
    if (const mention* year_source = latest_full_date(mentions); year_source != nullptr && find_again)
        if (auto yearless = infer_from_yearless_citations(doc, find_again(day_of(*year_source)), *year_source))
            return yearless;
    if (const mention* m = latest(mentions, [](const mention& x) { return x.cited_outlet.empty() && x.tense < 0; }))
        return found(m, "the latest date reported in the past tense");
    return std::nullopt;
}

} // namespace annalist

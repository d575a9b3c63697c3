#include <annalist/resolve/ranges.hpp>
#include <annalist/text/trim_spaces.hpp>

#include <algorithm>
#include <array>
#include <memory>

namespace annalist {
namespace {

constexpr std::array<std::string_view, 7> range_joins{"to", "and", "-", "\xE2\x80\x93", "through", "until", "till"};

// A date that can be an end: a day, a month, a year, a time... or "the present".
bool can_end_range(const mention& m) {
    return m.value.dated && (m.type == timex_type::date || m.type == timex_type::time) && m.cited_outlet.empty();
}

// A range's ends come in order: where they do not and one end's instance was a guess,
// its other reading is taken if it puts them in order ("rose from June to August",
// written in May: June was the nearest, August the past one, so June is last year's).
// The other end's reading now decides it, so it takes that end's confidence.
// The second end may lie inside the first: "this year through August" runs from
// January 1 to the end of August.
bool in_order(const time_value& first, const time_value& second) { return first.begin <= second.begin; }

bool put_in_order(mention& first, mention& second) {
    if (in_order(first.value, second.value)) return true;
    const auto take_other = [](mention& m, const mention& other_end) {
        const time_value guessed = m.value;
        m.value = *m.alternative;
        m.alternative = std::make_shared<const time_value>(guessed);
        m.confidence = other_end.confidence;
        if (!m.explanation.empty()) m.explanation += "; taken the other reading, to come in order in its range";
    };
    if (first.alternative && in_order(*first.alternative, second.value)) {
        take_other(first, second);
        return true;
    }
    if (second.alternative && in_order(first.value, *second.alternative)) {
        take_other(second, first);
        return true;
    }
    return false;
}

} // namespace

bool joins_range(std::string_view gap) {
    const std::string_view word = trim_spaces(gap);
    return std::find(range_joins.begin(), range_joins.end(), word) != range_joins.end();
}

void link_ranges(std::string_view text, std::vector<mention>& mentions) {
    for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
        mention& first = mentions[i];
        mention& second = mentions[i + 1];
        if (!can_end_range(first) || !can_end_range(second) || first.range || second.begin < first.end) continue;
        const std::string_view gap = text.substr(first.end, second.begin - first.end);
        if (!joins_range(gap)) continue;
        if (trim_spaces(gap) == "and" && !trim_spaces(text.substr(0, first.begin)).ends_with("between")) continue;
        if (!put_in_order(first, second)) continue;
        const auto range = std::make_shared<const date_range>(date_range{first.value, second.value});
        first.range = range;
        second.range = range;
    }
}

} // namespace annalist

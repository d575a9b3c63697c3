#include <annalist/resolve/range_start.hpp>

#include <annalist/model/time_value.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>

namespace annalist {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Where the dash before `end` begins, spaces allowed around it, or a range word
// standing alone with spaces around it ("10 to 12"); npos if none.
std::size_t dash_before(std::string_view text, std::size_t end, const language& lang) {
    while (end > 0 && text[end - 1] == ' ') --end;
    for (const std::string_view dash : {"-", "\xE2\x80\x93", "\xE2\x80\x94"}) // -, en dash, em dash
        if (end >= dash.size() && text.substr(end - dash.size(), dash.size()) == dash) return end - dash.size();
    std::size_t begin = end;
    while (begin > 0 && text[begin - 1] != ' ') --begin;
    if (begin == end || begin == 0 || end - begin > 16) return std::string_view::npos;
    std::string word(text.substr(begin, end - begin));
    for (char& c : word) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    return lang.range_words.contains(word) ? begin : std::string_view::npos;
}

// The number of one or two digits ending at `end` (spaces before `end` skipped), as
// [begin, end) and its value.
std::optional<std::pair<std::size_t, int>> day_number_before(std::string_view text, std::size_t end) {
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > 0 && is_digit(text[begin - 1]) && end - begin < 3) --begin;
    if (begin == end || end - begin > 2 ||
        (begin > 0 &&
         (is_digit(text[begin - 1]) || text[begin - 1] == '.' || text[begin - 1] == ',' || text[begin - 1] == '$')))
        return std::nullopt;
    int day = 0;
    std::from_chars(text.data() + begin, text.data() + end, day);
    return std::pair{begin, day};
}

} // namespace

void add_range_starts(std::string_view text, std::vector<mention>& mentions, const language& lang) {
    std::vector<mention> starts;
    for (const mention& m : mentions) {
        if (m.value.grain != grain::day || !m.value.dated || m.text.empty() || !is_digit(m.text[0])) continue;
        const date::year_month_day last{date::floor<date::days>(m.value.begin)};
        const std::size_t dash = dash_before(text, m.begin, lang);
        if (dash == std::string_view::npos) continue;
        const auto number = day_number_before(text, dash);
        if (!number || number->second < 1 || static_cast<unsigned>(number->second) >= static_cast<unsigned>(last.day()))
            continue;
        const std::size_t begin = number->first;
        const std::size_t end = begin + (number->second >= 10 ? 2 : 1);
        const bool taken = std::any_of(mentions.begin(), mentions.end(),
                                       [&](const mention& other) { return other.begin < end && begin < other.end; });
        if (taken) continue;
        mention start = m;
        start.begin = begin;
        start.end = end;
        start.text = std::string(text.substr(begin, end - begin));
        start.value = day_value(last.year() / last.month() / date::day{static_cast<unsigned>(number->second)});
        start.rule = "range_start";
        start.explanation = fmt::format("the start of the range that ends '{}', in its month and year", m.text);
        starts.push_back(std::move(start));
    }
    if (starts.empty()) return;
    mentions.insert(mentions.end(), std::make_move_iterator(starts.begin()), std::make_move_iterator(starts.end()));
    std::stable_sort(mentions.begin(), mentions.end(),
                     [](const mention& a, const mention& b) { return a.begin < b.begin; });
}

} // namespace annalist

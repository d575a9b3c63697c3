#include "html_date_forms.hpp"

#include "html_dom.hpp"

#include <date/date.h>

#include <algorithm>
#include <array>
#include <regex>
#include <utility>

namespace annalist::html::detail {
namespace {

date::year_month_day ymd(int y, int m, int d) {
    return date::year{y} / date::month{static_cast<unsigned>(m)} / date::day{static_cast<unsigned>(d)};
}

int number(std::string_view s) {
    int n = 0;
    for (const char c : s) n = n * 10 + (c - '0');
    return n;
}

date::sys_days day_of(std::string_view s) {
    return date::sys_days{ymd(number(s.substr(0, 4)), number(s.substr(5, 2)), number(s.substr(8, 2)))};
}

constexpr std::array<std::pair<std::string_view, int>, 41> month_names{{
    {"january", 1},
    {"february", 2},
    {"march", 3},
    {"april", 4},
    {"may", 5},
    {"june", 6},
    {"july", 7},
    {"august", 8},
    {"september", 9},
    {"october", 10},
    {"november", 11},
    {"december", 12},
    {"januar", 1},
    {"februar", 2},
    {"m\xC3\xA4rz", 3},
    {"mai", 5},
    {"juni", 6},
    {"juli", 7},
    {"oktober", 10},
    {"dezember", 12},
    {"janvier", 1},
    {"f\xC3\xA9vrier", 2},
    {"mars", 3},
    {"avril", 4},
    {"juin", 6},
    {"juillet", 7},
    {"ao\xC3\xBBt", 8},
    {"septembre", 9},
    {"octobre", 10},
    {"novembre", 11},
    {"d\xC3\xA9\x63\x65mbre", 12},
    {"jan", 1},
    {"feb", 2},
    {"mar", 3},
    {"apr", 4},
    {"jun", 6},
    {"jul", 7},
    {"aug", 8},
    {"sep", 9},
    {"oct", 10},
    {"dec", 12},
}};

int month_of(const std::string& name) {
    const std::string folded = lower_ascii(name);
    for (const auto& [known, n] : month_names)
        if (folded == known) return n;
    // Abbreviations English, German and French pages use beyond the first three letters.
    static constexpr std::array<std::pair<std::string_view, int>, 10> abbreviations{{{"sept", 9},
                                                                                     {"nov", 11},
                                                                                     {"m\xC3\xA4r", 3},
                                                                                     {"okt", 10},
                                                                                     {"dez", 12},
                                                                                     {"janv", 1},
                                                                                     {"f\xC3\xA9vr", 2},
                                                                                     {"avr", 4},
                                                                                     {"juil", 7},
                                                                                     {"d\xC3\xA9\x63", 12}}};
    for (const auto& [known, n] : abbreviations)
        if (folded == known) return n;
    return 0;
}

} // namespace

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool valid_day(int y, int m, int d) {
    return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && ymd(y, m, d).ok();
}

std::string day_string(int y, int m, int d) {
    std::string out = std::to_string(y);
    out += m < 10 ? "-0" : "-";
    out += std::to_string(m);
    out += d < 10 ? "-0" : "-";
    out += std::to_string(d);
    return out;
}

long days_between(std::string_view a, std::string_view b) { return (day_of(b) - day_of(a)).count(); }

std::string iso_day(std::string_view s) {
    if (s.size() >= 10 && s[4] == '-' && s[7] == '-' && all_digits(s.substr(0, 4)) && all_digits(s.substr(5, 2)) &&
        all_digits(s.substr(8, 2)) && (s.size() == 10 || s[10] == 'T' || s[10] == ' ') &&
        valid_day(number(s.substr(0, 4)), number(s.substr(5, 2)), number(s.substr(8, 2))))
        return std::string(s);
    // 2020/03/04, as Highwire's citation_publication_date writes it.
    if (s.size() == 10 && s[4] == '/' && s[7] == '/' && all_digits(s.substr(0, 4)) && all_digits(s.substr(5, 2)) &&
        all_digits(s.substr(8, 2)) && valid_day(number(s.substr(0, 4)), number(s.substr(5, 2)), number(s.substr(8, 2))))
        return day_string(number(s.substr(0, 4)), number(s.substr(5, 2)), number(s.substr(8, 2)));
    if (s.size() >= 8 && all_digits(s.substr(0, 8)) && (s.size() == 8 || s[8] == 'T')) {
        const int y = number(s.substr(0, 4)), m = number(s.substr(4, 2)), d = number(s.substr(6, 2));
        if (valid_day(y, m, d)) return day_string(y, m, d);
    }
    return {};
}

std::string url_date(std::string_view url) {
    static const std::regex forms(R"(/(\d{4})([/-])(\d{2})\2(\d{2})(?!\d)|[/_-](\d{4})(\d{2})(\d{2})(?=[/_.?#-]|$))");
    const std::string text(url);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), forms); it != std::sregex_iterator(); ++it) {
        const std::smatch& m = *it;
        const int y = std::stoi(m[1].matched ? m[1] : m[5]), mo = std::stoi(m[1].matched ? m[3] : m[6]),
                  d = std::stoi(m[1].matched ? m[4] : m[7]);
        if (valid_day(y, mo, d)) return day_string(y, mo, d);
    }
    return {};
}

std::vector<written_day> written_days(std::string_view text) {
    // Every repetition is bounded: libstdc++'s regex recurses once per repeated
    // character, and a page's text is any size. Month names are at most 9 bytes.
    static const std::regex forms(
        R"((\d{4})-(\d{2})-(\d{2})|(\d{1,2})[./](\d{1,2})[./](\d{4})|(\d{1,2})(?:st|nd|rd|th)?\.? ([A-Za-z\xC3\xA4\xA9\xBB]{3,9})\.? (\d{4})|([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4}))");
    std::vector<written_day> found;
    const auto match_in = [&](std::size_t begin, std::size_t end) {
        const char* start = text.data() + begin;
        for (auto it = std::cregex_iterator(start, text.data() + end, forms); it != std::cregex_iterator(); ++it) {
            const std::cmatch& m = *it;
            int y = 0, mo = 0, d = 0;
            if (m[1].matched) {
                y = std::stoi(m[1]), mo = std::stoi(m[2]), d = std::stoi(m[3]);
            } else if (m[4].matched) {
                // Day first, as in most of the world, unless that cannot be: 03/17/2020.
                d = std::stoi(m[4]), mo = std::stoi(m[5]), y = std::stoi(m[6]);
                if (mo > 12 && d <= 12) std::swap(d, mo);
            } else if (m[7].matched) {
                d = std::stoi(m[7]), mo = month_of(m[8]), y = std::stoi(m[9]);
            } else {
                d = std::stoi(m[11]), mo = month_of(m[10]), y = std::stoi(m[12]);
            }
            if (!valid_day(y, mo, d)) continue;
            found.push_back({day_string(y, mo, d), begin + static_cast<std::size_t>(m.position()),
                             static_cast<std::size_t>(m.length())});
        }
    };
    // Every form holds a year of four digits: the forms are matched only in windows
    // around them, from a word's start up to 24 bytes before ("31st September ") to 10
    // after ("-03-03"), so a long page with few dates costs little.
    constexpr std::size_t before_year = 24, word_reach = 12, after_year = 10;
    const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
    std::size_t window_begin = 0, window_end = 0;
    bool open = false;
    for (std::size_t i = 0; i < text.size();) {
        if (!is_digit(text[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && is_digit(text[j])) ++j;
        if (j - i >= 4) { // a year, maybe run into the next number: "1. November 20231. November"
            std::size_t begin = i > before_year ? i - before_year : 0;
            const std::size_t farthest = begin > word_reach ? begin - word_reach : 0;
            while (begin > farthest && text[begin - 1] != ' ' && text[begin - 1] != '\n') --begin;
            const std::size_t end = std::min(text.size(), j + after_year);
            if (open && begin <= window_end) {
                window_end = end;
            } else {
                if (open) match_in(window_begin, window_end);
                window_begin = begin, window_end = end, open = true;
            }
        }
        i = j;
    }
    if (open) match_in(window_begin, window_end);
    return found;
}

bool after_update_word(std::string_view text, std::size_t offset) {
    const std::size_t from = offset > 24 ? offset - 24 : 0;
    const std::string before = lower_ascii(text.substr(from, offset - from));
    for (const std::string_view word : {"aktualisiert", "updated", "stand", "modified", "mis \xC3\xA0 jour"})
        if (before.find(word) != std::string::npos) return true;
    return false;
}

text_dates visible_dates(std::string_view text) {
    text_dates found;
    for (const written_day& written : written_days(text)) {
        std::string& slot = after_update_word(text, written.offset) ? found.updated : found.published;
        if (slot.empty()) slot = written.day;
        if (!found.published.empty()) break;
    }
    return found;
}

} // namespace annalist::html::detail

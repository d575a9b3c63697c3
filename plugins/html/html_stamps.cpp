#include "html_stamps.hpp"

#include "html_date_forms.hpp"
#include "html_dom.hpp"

#include <array>

namespace annalist::html {
namespace {

constexpr std::size_t most_stamp_words = 25;
constexpr std::size_t most_date_line_words = 6;

// Lower-case, as the line begins: what a byline or a publishing stamp starts with.
constexpr std::array<std::string_view, 3> byline_openings{"by ", "von ", "par "};
constexpr std::array<std::string_view, 14> stamp_openings{"published",
                                                          "updated",
                                                          "posted",
                                                          "last updated",
                                                          "first published",
                                                          "ver\xC3\xB6"
                                                          "ffentlicht",
                                                          "aktualisiert",
                                                          "erstellt",
                                                          "stand:",
                                                          "publi\xC3\xA9",
                                                          "mis \xC3\xA0 jour",
                                                          "date:",
                                                          "datum:",
                                                          "written by"};
// Anywhere in the line: a citation's access date.
constexpr std::array<std::string_view, 3> access_words{"retrieved", "abgerufen", "consult\xC3\xA9"};

} // namespace

bool is_date_stamp(std::string_view line) {
    const std::size_t words = detail::words_in(line);
    if (words == 0 || words > most_stamp_words) return false;
    const detail::text_dates dates = detail::visible_dates(line);
    if (dates.published.empty() && dates.updated.empty()) return false;
    const std::string folded = detail::lower_ascii(line);
    for (const std::string_view opening : stamp_openings)
        if (folded.starts_with(opening)) return true;
    for (const std::string_view word : access_words)
        if (folded.find(word) != std::string::npos) return true;
    const char last = line.back();
    if (last == '.' || last == '!' || last == '?') return false;
    for (const std::string_view opening : byline_openings)
        if (folded.starts_with(opening)) return true;
    return words <= most_date_line_words;
}

std::vector<text_range> date_stamps(std::string_view text) {
    std::vector<text_range> stamps;
    for (std::size_t begin = 0; begin < text.size();) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string_view::npos) end = text.size();
        if (is_date_stamp(text.substr(begin, end - begin))) stamps.push_back({begin, end});
        begin = end + 1;
    }
    return stamps;
}

} // namespace annalist::html

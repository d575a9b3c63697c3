#include <annalist/text/heading_years.hpp>

#include <optional>

namespace annalist {
namespace {

constexpr std::size_t most_heading_words = 8;
constexpr std::size_t most_item_words = 20;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The words of a line, counted no further than `most`: a paragraph on one line is
// read only as far as its first words (counting it all made this a fifth of a scan).
std::size_t words_in(std::string_view line, std::size_t most) {
    std::size_t words = 0;
    bool in_word = false;
    for (const char c : line) {
        const bool space = c == ' ' || c == '\t' || c == '\r';
        if (!space && !in_word && ++words > most) break;
        in_word = !space;
    }
    return words;
}

bool ends_as_sentence(std::string_view line) {
    const std::size_t last = line.find_last_not_of(" \t\r");
    return last != std::string_view::npos && (line[last] == '.' || line[last] == '!' || line[last] == '?');
}

// The one year standing alone in a heading line (at most most_heading_words words,
// not a sentence), if the line is one.
std::optional<int> heading_year(std::string_view line) {
    if (line.find("\xC2\xA9") != std::string_view::npos || line.find("(c)") != std::string_view::npos ||
        line.find("opyright") != std::string_view::npos)
        return std::nullopt;
    std::optional<int> year;
    for (std::size_t i = 0; i < line.size();) {
        if (!is_digit(line[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < line.size() && is_digit(line[j])) ++j;
        const bool alone = (i == 0 || !is_digit(line[i - 1])) && j - i == 4 &&
                           (i == 0 || (line[i - 1] != '.' && line[i - 1] != '/' && line[i - 1] != '-')) &&
                           (j == line.size() || (line[j] != '.' && line[j] != '/' && line[j] != '-'));
        if (alone) {
            const int value =
                (line[i] - '0') * 1000 + (line[i + 1] - '0') * 100 + (line[i + 2] - '0') * 10 + (line[i + 3] - '0');
            if (value >= 1900 && value <= 2100) {
                if (year) return std::nullopt; // two years: a range or a comparison, no heading year
                year = value;
            }
        }
        i = j;
    }
    return year;
}

} // namespace

std::vector<heading_year_span> heading_years(std::string_view text) {
    std::vector<heading_year_span> spans;
    std::optional<heading_year_span> open;
    const auto close = [&](std::size_t at) {
        if (open && at > open->begin) {
            open->end = at;
            spans.push_back(*open);
        }
        open.reset();
    };
    for (std::size_t begin = 0; begin < text.size();) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(begin, end - begin);
        const std::size_t words = words_in(line, most_item_words);
        const bool sentence = ends_as_sentence(line);
        const auto year = words > 0 && words <= most_heading_words && !sentence ? heading_year(line) : std::nullopt;
        if (year) {
            close(begin);
            open = heading_year_span{end, end, *year};
        } else if (words > most_item_words || sentence) {
            close(begin);
        }
        begin = end + 1;
    }
    close(text.size());
    return spans;
}

} // namespace annalist

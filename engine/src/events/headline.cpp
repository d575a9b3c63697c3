#include <annalist/events/headline.hpp>

#include <annalist/events/sentences.hpp>
#include <annalist/work_meter.hpp>

#include <array>
#include <cctype>
#include <string>

namespace annalist {
namespace {

// Prepositions that only introduce the date: "on June 3", "in 2023".
constexpr std::array<std::string_view, 9> date_prepositions{"on",     "in",    "at",   "by",   "since",
                                                            "during", "until", "from", "as of"};

constexpr std::array<std::string_view, 6> attribution_verbs{" said",     " says",      " told",
                                                            " reported", " announced", " according to"};

std::string_view trim(std::string_view s) {
    const auto junk = [](char c) { return c == ' ' || c == ',' || c == ';' || c == ':' || c == '.' || c == '-'; };
    while (!s.empty() && junk(s.front())) s.remove_prefix(1);
    while (!s.empty() && junk(s.back())) s.remove_suffix(1);
    return s;
}

// The date's bytes, widened to "the" and a preposition just before it: "on the 4th".
std::size_t with_preposition(std::string_view sentence, std::size_t begin) {
    if (begin >= 4 && (sentence.substr(begin - 4, 4) == "the " || sentence.substr(begin - 4, 4) == "The ")) begin -= 4;
    for (const auto word : date_prepositions) {
        if (begin < word.size() + 1) continue;
        const std::size_t at = begin - word.size() - 1;
        std::string candidate(sentence.substr(at, word.size()));
        for (char& c : candidate) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (candidate == word && sentence[begin - 1] == ' ' &&
            (at == 0 || sentence[at - 1] == ' ' || sentence[at - 1] == ','))
            return at;
    }
    return begin;
}

// Bracketed citations go: "(TASS, October 31)"; an unclosed '(' and all after it stay.
std::string without_brackets(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t open = text.find('(', at);
        const std::size_t close = open == std::string_view::npos ? open : text.find(')', open);
        if (close == std::string_view::npos) {
            out.append(text.substr(at));
            break;
        }
        out.append(text.substr(at, open - at));
        at = close + 1;
    }
    return out;
}

// ", ," and " ," left where the date stood: no space before a comma, no comma twice.
// In one pass: erasing them one by one was quadratic in a clause full of them.
std::string without_stray_commas(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c == ',') {
            while (!out.empty() && out.back() == ' ') out.pop_back();
            if (!out.empty() && out.back() == ',') continue;
        }
        out.push_back(c);
    }
    return out;
}

} // namespace

std::string make_headline(std::string_view sentence, std::size_t begin, std::size_t end, std::size_t max_chars) {
    work_meter::add(sentence.size());
    // The ";"-separated part that holds the date.
    std::size_t part_begin = sentence.rfind(';', begin);
    part_begin = part_begin == std::string_view::npos ? 0 : part_begin + 1;
    std::size_t part_end = sentence.find(';', end);
    if (part_end == std::string_view::npos) part_end = sentence.size();

    std::string text;
    text.append(sentence.substr(part_begin, with_preposition(sentence, begin) - part_begin));
    text.push_back(' ');
    text.append(sentence.substr(end, part_end - end));

    text = without_brackets(text);
    // A closing attribution goes: "..., the ministry said."
    if (const std::size_t comma = text.rfind(", "); comma != std::string::npos) {
        const std::string_view tail(text.data() + comma, text.size() - comma);
        for (const auto verb : attribution_verbs)
            if (tail.find(verb) != std::string_view::npos && tail.size() < 60) {
                text.erase(comma);
                break;
            }
    }
    std::string headline = without_stray_commas(trim(fold_whitespace(text)));
    if (!headline.empty() && headline[0] >= 'a' && headline[0] <= 'z')
        headline[0] = static_cast<char>(headline[0] - 'a' + 'A');
    return shorten(headline, max_chars);
}

} // namespace annalist

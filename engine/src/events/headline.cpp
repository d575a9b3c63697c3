#include <annalist/events/headline.hpp>

#include <annalist/events/sentences.hpp>

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

} // namespace

std::string make_headline(std::string_view sentence, std::size_t begin, std::size_t end, std::size_t max_chars) {
    // The ";"-separated part that holds the date.
    std::size_t part_begin = sentence.rfind(';', begin);
    part_begin = part_begin == std::string_view::npos ? 0 : part_begin + 1;
    std::size_t part_end = sentence.find(';', end);
    if (part_end == std::string_view::npos) part_end = sentence.size();

    std::string text;
    text.append(sentence.substr(part_begin, with_preposition(sentence, begin) - part_begin));
    text.push_back(' ');
    text.append(sentence.substr(end, part_end - end));

    // Bracketed citations go: "(TASS, October 31)".
    for (std::size_t open = text.find('('); open != std::string::npos; open = text.find('(', open)) {
        const std::size_t close = text.find(')', open);
        if (close == std::string::npos) break;
        text.erase(open, close - open + 1);
    }
    // A closing attribution goes: "..., the ministry said."
    if (const std::size_t comma = text.rfind(", "); comma != std::string::npos) {
        const std::string_view tail(text.data() + comma, text.size() - comma);
        for (const auto verb : attribution_verbs)
            if (tail.find(verb) != std::string_view::npos && tail.size() < 60) {
                text.erase(comma);
                break;
            }
    }
    std::string headline(trim(fold_whitespace(text)));
    // ", ," and " ," left where the date stood.
    for (std::size_t at = headline.find(" ,"); at != std::string::npos; at = headline.find(" ,")) headline.erase(at, 1);
    for (std::size_t at = headline.find(",,"); at != std::string::npos; at = headline.find(",,")) headline.erase(at, 1);
    if (!headline.empty() && headline[0] >= 'a' && headline[0] <= 'z')
        headline[0] = static_cast<char>(headline[0] - 'a' + 'A');
    return shorten(headline, max_chars);
}

} // namespace annalist

#include <annalist/events/sentences.hpp>
#include <annalist/work_meter.hpp>

#include <string>

namespace annalist {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_terminator(char c) { return c == '.' || c == '!' || c == '?'; }

// A blank line (two line breaks with only spaces between) starts at text[i].
bool blank_line_at(std::string_view text, std::size_t i) {
    if (text[i] != '\n') return false;
    for (std::size_t k = i + 1; k < text.size() && is_space(text[k]); ++k)
        if (text[k] == '\n') return true;
    return false;
}

// The word ending just before position `dot` ("Oct" in "Oct."), lower-cased,
// with inner dots kept ("u.s" in "U.S.").
std::string word_before(std::string_view text, std::size_t dot) {
    std::size_t start = dot;
    while (start > 0 && !is_space(text[start - 1]) && text[start - 1] != '(' && text[start - 1] != '"') --start;
    std::string word(text.substr(start, dot - start));
    for (char& c : word)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return word;
}

// Does the terminator at text[i] end a sentence?
bool ends_sentence(std::string_view text, std::size_t i, const language& lang) {
    if (i + 1 < text.size() && !is_space(text[i + 1]) && text[i + 1] != '"' && text[i + 1] != ')') return false;
    if (text[i] != '.') return true;
    const std::string word = word_before(text, i);
    if (word.size() == 1 && word[0] >= 'a' && word[0] <= 'z') return false; // an initial: "J. Smith"
    static const std::optional<word_class> month = lang.find_class("MONTH");
    return !lang.abbreviations.contains(word) && !(month && lang.meaning(word, *month) != nullptr);
}

} // namespace

text_span sentence_around(std::string_view text, text_span mention, const language& lang, std::size_t reach) {
    text_span s{0, text.size()};
    if (mention.begin > reach) s.begin = mention.begin - reach;
    if (text.size() - mention.end > reach) s.end = mention.end + reach;
    for (std::size_t i = mention.begin; i > s.begin; --i) {
        const std::size_t k = i - 1;
        if ((is_terminator(text[k]) && ends_sentence(text, k, lang)) || blank_line_at(text, k)) {
            s.begin = i;
            break;
        }
    }
    for (std::size_t i = mention.end; i < s.end; ++i) {
        if (is_terminator(text[i]) && ends_sentence(text, i, lang)) {
            s.end = i + 1;
            break;
        }
        if (blank_line_at(text, i)) {
            s.end = i;
            break;
        }
    }
    work_meter::add((mention.begin - s.begin) + (s.end - mention.end));
    while (s.begin < s.end && is_space(text[s.begin])) ++s.begin;
    while (s.end > s.begin && is_space(text[s.end - 1])) --s.end;
    return s;
}

std::string fold_whitespace(std::string_view text) {
    work_meter::add(text.size());
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (const char c : text) {
        if (is_space(c)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out.push_back(' ');
        pending_space = false;
        out.push_back(c);
    }
    return out;
}

std::string shown_sentence(std::string_view text, text_span sentence, text_span mention) {
    if (sentence.end - sentence.begin <= longest_shown_sentence)
        return fold_whitespace(text.substr(sentence.begin, sentence.end - sentence.begin));
    // The window, widened to whole words: back to a space before it, on to one after.
    std::size_t begin = mention.begin > sentence.begin + shown_around ? mention.begin - shown_around : sentence.begin;
    std::size_t end = std::min(sentence.end, mention.end + shown_around);
    if (begin > sentence.begin) {
        const auto space = text.substr(0, begin).find_last_of(" \t\n\r");
        begin = space == std::string_view::npos || space < sentence.begin ? sentence.begin : space + 1;
    }
    if (end < sentence.end) {
        const auto space = text.substr(0, sentence.end).find_first_of(" \t\n\r", end);
        end = space == std::string_view::npos ? sentence.end : space;
    }
    std::string shown = begin > sentence.begin ? "… " : "";
    shown += fold_whitespace(text.substr(begin, end - begin));
    if (end < sentence.end) shown += " …";
    return shown;
}

std::string shown_sentence_around(std::string_view text, text_span mention, const language& lang) {
    // Reaching one byte past the longest shown sentence either way finds any shorter
    // sentence whole, and shows a longer one by the same window as its whole would.
    const text_span sentence = sentence_around(text, mention, lang, longest_shown_sentence + 1);
    return shown_sentence(text, sentence, mention);
}

std::string shorten(std::string_view text, std::size_t max_chars) {
    const auto starts_code_point = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; };
    std::size_t total = 0;
    for (const char c : text) total += starts_code_point(c) ? 1 : 0;
    if (total <= max_chars) return std::string(text);

    const std::size_t budget = max_chars == 0 ? 0 : max_chars - 1; // room for the "…"
    std::size_t chars = 0, cut = 0, last_space = 0;
    for (; cut < text.size(); ++cut) {
        if (!starts_code_point(text[cut])) continue;
        if (chars == budget) break;
        if (text[cut] == ' ') last_space = cut;
        ++chars;
    }
    if (last_space > 0) cut = last_space;
    std::string out(text.substr(0, cut));
    while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == ';')) out.pop_back();
    return out + "…";
}

} // namespace annalist

#include <annalist/resolve/tense.hpp>

#include <vector>

namespace annalist {
namespace {

constexpr std::size_t window = 10; // words read on each side

// A listed cue word: +1 future, -1 past, 0 none.
int listed_cue(const token_list& tokens, std::size_t i, const language& lang) {
    if (tokens[i].kind != token_kind::word) return 0;
    const auto word = tokens.folded(i);
    if (lang.future_cues.contains(word)) return 1;
    if (lang.past_cues.contains(word)) return -1;
    return 0;
}

// A regular past tense: "announced", "agreed". Short words ("bed", "red") are not
// verbs; after an article it is an adjective ("a reduced service"), after "be" a
// passive whose tense the auxiliary before it gives ("will be counted").
bool looks_past(const token_list& tokens, std::size_t i) {
    const auto word = tokens.folded(i);
    if (tokens[i].kind != token_kind::word || word.size() <= 4 || !word.ends_with("ed")) return false;
    if (i == 0) return true;
    const auto before = tokens.folded(i - 1);
    return before != "a" && before != "an" && before != "the" && before != "be" && before != "being";
}

bool ends_sentence(const token_list& tokens, std::size_t i) {
    const auto mark = tokens.folded(i);
    return tokens[i].kind == token_kind::punct && (mark == "." || mark == "!" || mark == "?" || mark == ";");
}

} // namespace

int tense_cue(const token_list& tokens, std::size_t first_token, std::size_t end_token, const language& lang) {
    // The words of the same sentence within the window, nearest first, before then after.
    std::vector<std::size_t> around;
    for (std::size_t k = 0; k < window && k < first_token; ++k) {
        const std::size_t i = first_token - 1 - k;
        if (ends_sentence(tokens, i)) break;
        around.push_back(i);
    }
    for (std::size_t i = end_token; i < tokens.size() && i < end_token + window; ++i) {
        if (ends_sentence(tokens, i)) break;
        around.push_back(i);
    }
    // The nearest cue: a listed word, or a verb in -ed ("announced Wednesday").
    for (const std::size_t i : around) {
        if (const int cue = listed_cue(tokens, i, lang)) return cue;
        if (looks_past(tokens, i)) return -1;
    }
    return 0;
}

} // namespace annalist

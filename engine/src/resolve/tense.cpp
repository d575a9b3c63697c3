#include <annalist/resolve/tense.hpp>

namespace annalist {
namespace {

constexpr std::size_t window = 10; // words read on each side

int cue_of(const token_list& tokens, std::size_t i, const language& lang) {
    if (tokens[i].kind != token_kind::word) return 0;
    const auto word = tokens.folded(i);
    if (lang.future_cues.contains(word)) return 1;
    if (lang.past_cues.contains(word)) return -1;
    // Regular past tense: "announced", "agreed". Short words ("bed", "red") are not verbs.
    if (word.size() > 4 && word.ends_with("ed")) return -1;
    return 0;
}

bool ends_sentence(const token_list& tokens, std::size_t i) {
    const auto mark = tokens.folded(i);
    return tokens[i].kind == token_kind::punct && (mark == "." || mark == "!" || mark == "?" || mark == ";");
}

} // namespace

int tense_cue(const token_list& tokens, std::size_t first_token, std::size_t end_token, const language& lang) {
    for (std::size_t k = 0; k < window && k < first_token; ++k) {
        const std::size_t i = first_token - 1 - k;
        if (ends_sentence(tokens, i)) break;
        if (const int cue = cue_of(tokens, i, lang)) return cue;
    }
    for (std::size_t i = end_token; i < tokens.size() && i < end_token + window; ++i) {
        if (ends_sentence(tokens, i)) break;
        if (const int cue = cue_of(tokens, i, lang)) return cue;
    }
    return 0;
}

} // namespace annalist

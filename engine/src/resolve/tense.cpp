#include <annalist/resolve/tense.hpp>

namespace annalist {
namespace {

constexpr std::size_t window = 10; // words read on each side

// A listed cue word: +1 future, -1 past, 0 none. Tokens looked up in a word index
// carry it in their entry (the index holds every cue word).
int listed_cue(const token_list& tokens, std::size_t i, const language& lang) {
    const token& t = tokens[i];
    if (t.kind != token_kind::word) return 0;
    if (tokens.words() != nullptr) return t.entry == nullptr ? 0 : t.entry->tense;
    const auto word = tokens.folded(i);
    if (lang.future_cues.contains(word)) return 1;
    if (lang.past_cues.contains(word)) return -1;
    return 0;
}

// A participle after an article is an adjective ("a reduced service"), after "be"
// or "is" a passive whose tense the auxiliary gives ("will be counted", "is heard").
bool participle_not_past(const token_list& tokens, std::size_t i) {
    if (i == 0) return false;
    const auto before = tokens.folded(i - 1);
    return before == "a" || before == "an" || before == "the" || before == "be" || before == "being" ||
           before == "is" || before == "are";
}

// "will set", "to cut": a form that is also the base ("set", "hit", "cut") after a
// modal or "to" is no past.
bool base_form(const token_list& tokens, std::size_t i) {
    if (i == 0) return false;
    const auto before = tokens.folded(i - 1);
    return before == "will" || before == "would" || before == "to" || before == "can" || before == "could" ||
           before == "may" || before == "might" || before == "should" || before == "must" || before == "ll";
}

// A regular past tense: "announced", "agreed". Short words ("bed", "red") are not
// verbs, nor are "un-...-ed" words ("an unspecified date", "undisclosed terms").
bool looks_past(const token_list& tokens, std::size_t i) {
    if (tokens[i].kind != token_kind::word || tokens[i].folded_size <= 4) return false;
    const auto word = tokens.folded(i);
    if (!word.ends_with("ed") || word.starts_with("un")) return false;
    return !participle_not_past(tokens, i);
}

bool ends_sentence(const token_list& tokens, std::size_t i) {
    if (tokens[i].kind != token_kind::punct) return false;
    const char mark = tokens.folded(i).front(); // punctuation is one character
    return mark == '.' || mark == '!' || mark == '?' || mark == ';';
}

// A plan made in the past perfect ("had been due to expire Friday", "had planned")
// was for a time that is usually past by now: "had" within four words before. And
// "until" bounds a past perfect after it in its sentence ("Until Thursday, they had
// not called him a suspect").
bool in_past_perfect(const token_list& tokens, std::size_t i) {
    for (std::size_t k = 1; k <= 4 && k <= i; ++k)
        if (tokens.folded(i - k) == "had") return true;
    const auto word = tokens.folded(i);
    if (word == "until" || word == "till")
        for (std::size_t k = i + 1; k < tokens.size() && k <= i + 8; ++k) {
            if (ends_sentence(tokens, k)) break;
            if (tokens.folded(k) == "had") return true;
        }
    return false;
}

// "as early as Tuesday": the earliest a thing can happen is ahead.
bool as_early_as(const token_list& tokens, std::size_t i) {
    return i > 0 && i + 1 < tokens.size() && tokens.folded(i) == "early" && tokens.folded(i - 1) == "as" &&
           tokens.folded(i + 1) == "as";
}

// The cue of one word: a listed word, or a verb in -ed ("announced Wednesday").
int cue_at(const token_list& tokens, std::size_t i, const language& lang) {
    if (as_early_as(tokens, i)) return 1;
    if (const int cue = listed_cue(tokens, i, lang)) {
        if (cue < 0 && (participle_not_past(tokens, i) || base_form(tokens, i))) return 0;
        return cue > 0 && in_past_perfect(tokens, i) ? -1 : cue;
    }
    return looks_past(tokens, i) ? -1 : 0;
}

} // namespace

int tense_cue(const token_list& tokens, std::size_t first_token, std::size_t end_token, const language& lang) {
    // The words of the same sentence within the window, nearest first, before then
    // after; the first with a cue decides.
    for (std::size_t k = 0; k < window && k < first_token; ++k) {
        const std::size_t i = first_token - 1 - k;
        if (ends_sentence(tokens, i)) break;
        if (const int cue = cue_at(tokens, i, lang)) return cue;
    }
    for (std::size_t i = end_token; i < tokens.size() && i < end_token + window; ++i) {
        if (ends_sentence(tokens, i)) break;
        if (const int cue = cue_at(tokens, i, lang)) return cue;
    }
    return 0;
}

bool steps_back(const token_list& tokens, std::size_t first_token, std::size_t end_token, const language& lang) {
    if (lang.story_back_cues.empty()) return false;
    for (std::size_t k = 0; k < window && k < first_token; ++k) {
        const std::size_t i = first_token - 1 - k;
        if (ends_sentence(tokens, i)) break;
        if (lang.story_back_cues.contains(tokens.folded(i))) return true;
    }
    for (std::size_t i = end_token; i < tokens.size() && i < end_token + window; ++i) {
        if (ends_sentence(tokens, i)) break;
        if (lang.story_back_cues.contains(tokens.folded(i))) return true;
    }
    return false;
}

} // namespace annalist

// Splits text into words, numbers and single punctuation marks, keeping byte offsets
// into the original text and a folded form for matching: lower case, the dashes
// U+2010..U+2015 and U+2212 as "-", curly quotes as ' and ", and no-break and other
// Unicode spaces as spaces.
#pragma once

#include <annalist/config/language.hpp>
#include <annalist/scan/word_index.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace annalist {

enum class token_kind { word, number, punct };

struct token {
    token_kind kind;
    std::size_t begin; // byte offsets into the original text, [begin, end)
    std::size_t end;
    std::size_t folded_begin; // into token_list::folded
    std::size_t folded_size;
    bool space_before;                                   // whitespace separates it from the previous token
    bool capitalized;                                    // starts with an upper-case ASCII letter
    const std::vector<word_meaning>* meanings = nullptr; // the word's lexicon entries, looked up once
    const word_entry* entry = nullptr; // with a word_index: the token's entry there, any kind of token
};

class token_list {
public:
    // Tokenizes text[begin, end), offsets staying relative to the whole text; with a
    // language, each word's lexicon entries are looked up once here.
    void assign(std::string_view text, std::size_t begin, std::size_t end, const language* lang = nullptr);
    // The same, looking every token up in the matcher's index instead: one probe, and
    // each token knows its entry (the meanings are the lexicon's, as above).
    void assign(std::string_view text, std::size_t begin, std::size_t end, const word_index& words);

    [[nodiscard]] std::size_t size() const { return tokens_.size(); }
    [[nodiscard]] bool empty() const { return tokens_.empty(); }
    [[nodiscard]] const token& operator[](std::size_t i) const { return tokens_[i]; }
    [[nodiscard]] const std::vector<word_meaning>* meanings(std::size_t i) const { return tokens_[i].meanings; }
    // The index the tokens were looked up in, or nullptr.
    [[nodiscard]] const word_index* words() const { return words_; }
    [[nodiscard]] std::string_view folded(std::size_t i) const {
        return std::string_view(folded_).substr(tokens_[i].folded_begin, tokens_[i].folded_size);
    }

private:
    void tokenize(std::string_view text, std::size_t begin, std::size_t end, const language* lang,
                  const word_index* words);

    std::vector<token> tokens_;
    std::string folded_;
    const word_index* words_ = nullptr;
};

// The folded words of a phrase, as the tokenizer would see them ("New Year's" ->
// "new", "'", "year"... one string per token).
std::vector<std::string> folded_tokens(std::string_view phrase);

} // namespace annalist

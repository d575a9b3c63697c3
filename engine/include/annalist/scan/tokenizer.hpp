// Splits text into words, numbers and single punctuation marks, keeping byte offsets
// into the original text and a folded form for matching: lower case, the dashes
// U+2010..U+2015 and U+2212 as "-", curly quotes as ' and ", and no-break and other
// Unicode spaces as spaces.
#pragma once

#include <annalist/config/language.hpp>
#include <annalist/scan/byte_masks.hpp>
#include <annalist/scan/word_index.hpp>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace annalist {

enum class token_kind { word, number, punct };

// The kinds of token the matcher makes a plan for, a bit each in word_entry::starts: a
// word by its case, a punctuation mark, a number by its count of digits (1, 2, 3, 4,
// 5 to 12, more).
namespace token_shape {
inline constexpr std::uint8_t lower_word = 0, capitalized_word = 1, punct = 2, first_number = 3, count = 9;
constexpr std::uint8_t of_number(std::size_t digits) {
    if (digits <= 4) return static_cast<std::uint8_t>(first_number + digits - 1);
    return digits <= 12 ? first_number + 4 : first_number + 5;
}
} // namespace token_shape

struct token {
    token_kind kind;
    std::uint8_t shape; // a token_shape
    std::size_t begin;  // byte offsets into the original text, [begin, end)
    std::size_t end;
    std::size_t folded_begin; // into token_list::folded (at the token's offset in its paragraph)
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

    [[nodiscard]] std::size_t size() const { return count_; }
    [[nodiscard]] bool empty() const { return count_ == 0; }
    [[nodiscard]] const token& operator[](std::size_t i) const { return tokens_[i]; }
    [[nodiscard]] const std::vector<word_meaning>* meanings(std::size_t i) const { return tokens_[i].meanings; }
    // With a word index: the tokens whose entry may start a rule (word_entry::starts), in order.
    [[nodiscard]] std::span<const std::size_t> rule_starts() const { return {rule_starts_.data(), rule_start_count_}; }
    // The index the tokens were looked up in, or nullptr.
    [[nodiscard]] const word_index* words() const { return words_; }
    [[nodiscard]] std::string_view folded(std::size_t i) const {
        return std::string_view(folded_).substr(tokens_[i].folded_begin, tokens_[i].folded_size);
    }

private:
    void tokenize(std::string_view text, std::size_t begin, std::size_t end, const language* lang,
                  const word_index* words);
    // Splits text[begin, end) into tokens_, folding it into folded_.
    void split(std::string_view text, std::size_t begin, std::size_t end);
    // Marks the characters from 0x80 in the masks, folding those that fold; returns the
    // size of the text read (more than end - begin when its last character runs past).
    std::size_t mark_non_ascii(std::string_view text, std::size_t begin, std::size_t size);

    std::vector<token> tokens_; // the first count_ are the text's; the list only grows
    std::size_t count_ = 0;
    std::vector<std::size_t> rule_starts_; // the first rule_start_count_ are the text's; it only grows
    std::size_t rule_start_count_ = 0;
    std::string folded_;
    byte_masks masks_;
    const word_index* words_ = nullptr;
};

// The folded words of a phrase, as the tokenizer would see them ("New Year's" ->
// "new", "'", "year"... one string per token).
std::vector<std::string> folded_tokens(std::string_view phrase);

} // namespace annalist

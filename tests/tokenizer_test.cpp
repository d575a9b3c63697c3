// The tokenizer reads token bounds off bit masks, 64 bytes to a block; it must split
// text exactly as reading it one character at a time does, wherever a word, a run of
// spaces or a character from 0x80 falls against the blocks.
#include <annalist/scan/tokenizer.hpp>

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

namespace {

struct expected_token {
    annalist::token_kind kind;
    std::size_t begin, end;
    std::string folded;
    bool space_before, capitalized;
};

// One character at a time, as the documentation of tokenizer.hpp says.
std::vector<expected_token> one_character_at_a_time(const std::string& text) {
    enum cls { space, digit, letter, punct };
    struct character {
        cls c;
        std::size_t length;
        char folded;
    };
    const auto at = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0; };
    const auto read = [&](std::size_t i) -> character {
        const unsigned char c = at(i);
        if (c == ' ' || (c >= '\t' && c <= '\r')) return {space, 1, ' '};
        if (c >= '0' && c <= '9') return {digit, 1, static_cast<char>(c)};
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return {letter, 1, static_cast<char>(c | 0x20)};
        if (c < 0x80) return {punct, 1, static_cast<char>(c)};
        const unsigned char second = at(i + 1), third = at(i + 2);
        if (c == 0xC2 && second == 0xA0) return {space, 2, ' '};
        if (c == 0xE2 && second == 0x80 && third >= 0x90 && third <= 0x95) return {punct, 3, '-'};
        if (c == 0xE2 && second == 0x80 && (third == 0x98 || third == 0x99)) return {punct, 3, '\''};
        if (c == 0xE2 && second == 0x80 && (third == 0x9C || third == 0x9D)) return {punct, 3, '"'};
        if (c == 0xE2 && second == 0x80 && ((third >= 0x80 && third <= 0x8A) || third == 0xAF)) return {space, 3, ' '};
        if (c == 0xE2 && second == 0x88 && third == 0x92) return {punct, 3, '-'};
        if (c == 0xE3 && second == 0x80 && third == 0x80) return {space, 3, ' '};
        std::size_t length = 1;
        while (i + length < text.size() && (at(i + length) & 0xC0) == 0x80) ++length;
        return {letter, length, 0};
    };
    std::vector<expected_token> out;
    bool after_space = true;
    for (std::size_t i = 0; i < text.size();) {
        const character first = read(i);
        if (first.c == space) {
            after_space = true;
            i += first.length;
            continue;
        }
        expected_token t{annalist::token_kind::punct, i, i, "", after_space, false};
        after_space = false;
        if (first.c == punct) {
            t.folded = first.folded;
            i += first.length;
        } else {
            t.kind = first.c == digit ? annalist::token_kind::number : annalist::token_kind::word;
            t.capitalized = text[i] >= 'A' && text[i] <= 'Z';
            for (character next = first; next.c == first.c && i < text.size(); next = read(i)) {
                t.folded += next.folded != 0 ? std::string(1, next.folded) : text.substr(i, next.length);
                i += next.length;
            }
        }
        t.end = i;
        out.push_back(std::move(t));
    }
    return out;
}

void require_split_as_expected(const std::string& text) {
    annalist::token_list tokens;
    tokens.assign(text, 0, text.size());
    const auto expected = one_character_at_a_time(text);
    REQUIRE(tokens.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("token " << i << " '" << expected[i].folded << "'");
        CHECK(tokens.folded(i) == expected[i].folded);
        CHECK(tokens[i].kind == expected[i].kind);
        CHECK(tokens[i].begin == expected[i].begin);
        CHECK(tokens[i].end == expected[i].end);
        CHECK(tokens[i].space_before == expected[i].space_before);
        CHECK(tokens[i].capitalized == expected[i].capitalized);
    }
}

} // namespace

TEST_CASE("tokens are split as one character at a time would") {
    require_split_as_expected("On June 19th, 2024 the Board met; mid\xE2\x80\x91October\xC2\xA0 next year.");
    require_split_as_expected("Z\xC3\xBCrich, 9:30 a.m. \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x94 the '90s");
    require_split_as_expected("bad \x80\x80\x80 bytes \xE2\x80\x94\x80 cut \xC3");
    // A word, a number and spaces across the first block's end.
    require_split_as_expected(std::string(60, 'a') + "bcdefgh " + std::string(70, '7') + std::string(130, ' ') + "x");
}

TEST_CASE("tokens of random text are split as one character at a time would") {
    const std::vector<std::string> pieces = {"a",
                                             "Q",
                                             "z",
                                             "7",
                                             " ",
                                             "  ",
                                             "\t",
                                             "\n",
                                             ".",
                                             "-",
                                             "'",
                                             "@",
                                             "[",
                                             "\xC3\xBC",
                                             "\xC2\xA0",
                                             "\xE2\x80\x94",
                                             "\xE2\x80\x99",
                                             "\xE2\x80\x89",
                                             "\x80",
                                             "\xE2\x88\x92",
                                             "word",
                                             "Word",
                                             "1999"};
    std::mt19937 random(20241104);
    for (int round = 0; round < 300; ++round) {
        std::string text;
        const std::size_t length = random() % 400;
        while (text.size() < length) text += pieces[random() % pieces.size()];
        INFO("round " << round);
        require_split_as_expected(text);
    }
}

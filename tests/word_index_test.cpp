// The scanner's fast path must see exactly what the plain tokenizer sees: the word
// index gives every token the lexicon's meanings with one probe, and the matcher's
// gates (filters, first elements, context) only skip rules that could not match.
#include "support/english.hpp"

#include <annalist/scan/tokenizer.hpp>
#include <annalist/scan/word_index.hpp>

#include <catch2/catch.hpp>

#include <stdexcept>

using annalist::test::english;
using annalist::test::mentions_in;

namespace {

void require_same_tokens(std::string_view text) {
    annalist::token_list plain, indexed;
    plain.assign(text, 0, text.size(), &english());
    indexed.assign(text, 0, text.size(), annalist::test::english_engine().rules.words());
    REQUIRE(plain.size() == indexed.size());
    for (std::size_t i = 0; i < plain.size(); ++i) {
        INFO("token " << i << " '" << plain.folded(i) << "'");
        CHECK(plain.folded(i) == indexed.folded(i));
        CHECK(plain[i].kind == indexed[i].kind);
        CHECK(plain[i].begin == indexed[i].begin);
        CHECK(plain[i].end == indexed[i].end);
        CHECK(plain[i].space_before == indexed[i].space_before);
        CHECK(plain[i].capitalized == indexed[i].capitalized);
        CHECK(plain.meanings(i) == indexed.meanings(i));
    }
}

} // namespace

TEST_CASE("the word index knows every lexicon word and rejects others") {
    const annalist::word_index words(english());
    const auto* june = words.find("june");
    REQUIRE(june != nullptr);
    CHECK(june->meanings == english().meanings("june"));
    CHECK(words.find("harbour") == nullptr);
    CHECK(words.find("") == nullptr);
}

TEST_CASE("words added to the index keep one id each") {
    annalist::word_index words(english());
    const auto before = words.size();
    const auto id = words.add("zzyzx");
    CHECK(words.add("zzyzx") == id);
    CHECK(words.size() == before + 1);
    CHECK(words.find("zzyzx")->id == id);
    CHECK(words.find("zzyzx")->meanings == nullptr);
    // Many more words: the table grows and still finds them all.
    const auto word = [](int i) {
        std::string w = "w";
        w += std::to_string(i); // appended: GCC 12 -O3 warns falsely on "w" + std::string
        return w;
    };
    for (int i = 0; i < 5000; ++i) words.add(word(i));
    for (int i = 0; i < 5000; i += 499) CHECK(words.find(word(i)) != nullptr);
    CHECK(words.find("june") != nullptr);
}

TEST_CASE("the tokenizer's lookup finds every word of the index past its filter") {
    const auto& words = annalist::test::english_engine().rules.words();
    const auto reader = words.read();
    REQUIRE(words.size() > 400); // enough that the loop below means something
    for (std::uint32_t id = 0; id < words.size(); ++id) {
        const std::string padded = words[id].folded + std::string(8, ' '); // find_padded reads 8 bytes
        INFO("word '" << words[id].folded << "'");
        CHECK(reader.find_padded(std::string_view(padded.data(), words[id].folded.size())) == &words[id]);
    }
    const std::string unknown = "harbour" + std::string(8, ' ');
    CHECK(reader.find_padded(std::string_view(unknown.data(), 7)) == nullptr);
}

TEST_CASE("tokens looked up in the word index are the plain tokenizer's") {
    require_same_tokens("On June 19th, 2024 the Board met; mid\xE2\x80\x91October\xC2\xA0 next year.");
    require_same_tokens("Z\xC3\xBCrich, 9:30 a.m. EST \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x94 the '90s, 1990s");
    require_same_tokens("tabs\tand\r\nlines\f\v \xE3\x80\x80 ideographic space, \xE2\x88\x92"
                        "5 degrees");
    // Invalid UTF-8: stray continuation bytes and a cut sequence at the end.
    require_same_tokens("bad \x80\x80\x80 bytes \xC3");
    require_same_tokens("");
}

TEST_CASE("a token range that ends inside a character reads it whole, as before") {
    const std::string text = "ab\xC3\xBC"
                             "cd";
    annalist::token_list plain, indexed;
    plain.assign(text, 0, 3, &english());
    indexed.assign(text, 0, 3, annalist::test::english_engine().rules.words());
    REQUIRE(plain.size() == 1);
    REQUIRE(indexed.size() == 1);
    CHECK(plain.folded(0) == indexed.folded(0));
    CHECK(plain[0].end == indexed[0].end);
}

TEST_CASE("the matcher refuses tokens not looked up in its index") {
    annalist::token_list plain;
    const std::string text = "June 19";
    plain.assign(text, 0, text.size(), &english());
    CHECK_THROWS_AS(annalist::test::english_engine().rules.candidates_at(plain, 0), std::logic_error);
}

TEST_CASE("rules behind the gates are still found") {
    const auto values = [](std::string_view text) {
        std::vector<std::string> out;
        for (const auto& m : mentions_in(text, "2024-11-04")) out.push_back(m.text + "=" + m.value.value);
        return out;
    };
    // DAY with an ordinal suffix before "of MONTH".
    CHECK(values("It opened on the 19th of June 2023.") == std::vector<std::string>{"19th of June 2023=2023-06-19"});
    // DECADE after an optional "the", in both spellings.
    CHECK(values("Prices rose in the 1990s and the '80s.").size() == 2);
    // MERIDIEM after a number, HOLIDAY names of several words.
    CHECK(values("They met at 3 p.m. on Christmas Eve 2023.").size() == 2);
    // A compound number word widens the first element.
    CHECK(values("It lasted twenty-four hours.") == std::vector<std::string>{"twenty-four hours=PT24H"});
}

TEST_CASE("the tokens a rule may start at are listed as the text is tokenized") {
    const auto& rules = annalist::test::english_engine().rules;
    annalist::token_list tokens;
    // The list is reused: a shorter text after a longer one lists only its own tokens.
    for (const std::string text :
         {"On June 19th, 2024 the Board met for two days; 1990s prices, 12345 and 3 p.m.", "Talks end Friday."}) {
        tokens.assign(text, 0, text.size(), rules.words());
        std::vector<std::size_t> expected;
        for (std::size_t i = 0; i < tokens.size(); ++i)
            if (rules.may_start_at(tokens, i)) expected.push_back(i);
        CHECK(!expected.empty());
        const auto listed = tokens.rule_starts();
        CHECK(std::vector<std::size_t>(listed.begin(), listed.end()) == expected);
    }
}

#include <annalist/events/sentences.hpp>

#include "support/english.hpp"

#include <catch2/catch.hpp>

using annalist::text_span;

namespace {

// The sentence around the first occurrence of `needle`.
std::string sentence_of(std::string_view text, std::string_view needle) {
    const auto at = text.find(needle);
    REQUIRE(at != std::string_view::npos);
    const text_span s = annalist::sentence_around(text, {at, at + needle.size()}, annalist::test::english());
    return std::string(text.substr(s.begin, s.end - s.begin));
}

} // namespace

TEST_CASE("a sentence ends at a full stop followed by a space") {
    const std::string text = "First one. The vote was on June 3, 2024. Then more.";
    CHECK(sentence_of(text, "June 3") == "The vote was on June 3, 2024.");
    CHECK(sentence_of(text, "First") == "First one.");
    CHECK(sentence_of(text, "more") == "Then more.");
}

TEST_CASE("abbreviations, month abbreviations and initials do not end sentences") {
    CHECK(sentence_of("Before. On Oct. 31, 2024 Gen. Smith met J. R. Doe in the U.S. capital. After.", "Oct.") ==
          "On Oct. 31, 2024 Gen. Smith met J. R. Doe in the U.S. capital.");
}

TEST_CASE("decimals and closing quotes") {
    CHECK(sentence_of("Growth was 2.5 percent on May 1, 2024. Next.", "May") ==
          "Growth was 2.5 percent on May 1, 2024.");
    CHECK(sentence_of("He said \"it ended on May 1, 2024.\" Next.", "May") == "He said \"it ended on May 1, 2024.");
}

TEST_CASE("a blank line ends a sentence but a single line break does not") {
    const std::string text =
        "A Headline Without Stop\n\nThe bridge\nreopened on May 2, 2024 as planned\n\nNext paragraph.";
    CHECK(sentence_of(text, "May 2") == "The bridge\nreopened on May 2, 2024 as planned");
    CHECK(sentence_of(text, "Headline") == "A Headline Without Stop");
}

TEST_CASE("whitespace folds to single spaces") {
    CHECK(annalist::fold_whitespace("  a\n b\t\tc  ") == "a b c");
    CHECK(annalist::fold_whitespace("") == "");
}

TEST_CASE("shortening cuts at a word boundary and counts code points") {
    CHECK(annalist::shorten("short enough", 20) == "short enough");
    CHECK(annalist::shorten("one two three four", 12) == "one two…");
    // "é" is two bytes but one character: 12 characters fit exactly.
    CHECK(annalist::shorten("café au lait", 12) == "café au lait");
    CHECK(annalist::shorten("café au lait et", 12) == "café au…");
    CHECK(annalist::shorten("unbreakableword", 5) == "unbr…");
}

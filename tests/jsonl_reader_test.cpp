#include "support/builtin_readers.hpp"

#include <catch2/catch.hpp>

#include <date/date.h>

namespace {

annalist::read_outcome read_jsonl(std::string_view bytes) {
    return annalist::test::read_with("jsonl", "feed.jsonl", bytes);
}

} // namespace

TEST_CASE("each JSON line becomes a document with its metadata") {
    const auto outcome = read_jsonl(
        "{\"text\": \"A \\u00e9 b\", \"title\": \"T\", \"url\": \"https://x.org/a\", \"published\": \"2024-11-04\", "
        "\"extra\": [1, 2]}\n"
        "\r\n"
        "{\"text\": \"Second.\", \"published\": \"2024-11-05T08:00:00+02:00\", \"title\": null}\n");
    REQUIRE_FALSE(outcome.failed);
    REQUIRE(outcome.documents.size() == 2);
    CHECK(outcome.documents[0].text == "A \xC3\xA9 b");
    CHECK(outcome.documents[0].title == "T");
    CHECK(outcome.documents[0].url == "https://x.org/a");
    CHECK(outcome.documents[0].published == date::year{2024} / 11 / 4);
    CHECK(outcome.documents[1].published == date::year{2024} / 11 / 5);
    CHECK(outcome.documents[1].title.empty());
}

TEST_CASE("bad lines are reported by line number and skipped") {
    const auto outcome = read_jsonl("{\"text\": \"ok\"}\n"
                                    "[1, 2]\n"
                                    "{\"text\": 5}\n"
                                    "{\"text\": \"x\", \"url\": 7}\n"
                                    "{\"text\": \"x\", \"published\": \"May 5\"}\n"
                                    "{\"text\": \"caf\xE9\"}\n"
                                    "{\"text\": \"also ok\"}");
    CHECK(outcome.failed);
    REQUIRE(outcome.documents.size() == 2);
    CHECK(outcome.documents[1].text == "also ok");
    REQUIRE(outcome.notes.size() == 5);
    const std::size_t expected_lines[] = {2, 3, 4, 5, 6};
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(outcome.notes[i].where.line == expected_lines[i]);
        CHECK(outcome.notes[i].message.ends_with("; line skipped"));
    }
    CHECK(outcome.notes[0].message == "a line must hold one JSON object; line skipped");
    CHECK(outcome.notes[2].message == "'url' must be a string; line skipped");
    // Line 6 starts at byte 94; the 0xE9 follows the 13 bytes of {"text": "caf.
    CHECK(outcome.notes[4].where.byte_offset == 107u);
    CHECK(outcome.notes[4].message == "invalid UTF-8 at byte offset 107; line skipped");
}

TEST_CASE("an empty file is a warning, not an error") {
    const auto outcome = read_jsonl("\n\n");
    CHECK_FALSE(outcome.failed);
    CHECK(outcome.documents.empty());
    REQUIRE(outcome.notes.size() == 1);
    CHECK(outcome.notes[0].message == "no articles in this file");
}

TEST_CASE("date stamps are read back as read -t jsonl writes them, and checked") {
    const auto outcome =
        read_jsonl("{\"text\": \"By Staff, March 5, 2019\\nThe vote was held.\", \"stamps\": [[0, 23]]}\n"
                   "{\"text\": \"x\", \"stamps\": [[0, 5]]}\n"
                   "{\"text\": \"x\", \"stamps\": [0, 1]}\n"
                   "{\"text\": \"No stamps.\", \"stamps\": []}\n");
    REQUIRE(outcome.documents.size() == 2);
    CHECK(outcome.documents[0].stamps == std::vector<annalist::text_range>{{0, 23}});
    CHECK(outcome.documents[1].stamps.empty());
    REQUIRE(outcome.notes.size() == 2);
    CHECK(outcome.notes[0].message == "'stamps' must lie in the text, in order; line skipped");
    CHECK(outcome.notes[1].message == "'stamps' must be a list of [begin, end] byte offsets; line skipped");
}

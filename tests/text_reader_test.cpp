#include "support/builtin_readers.hpp"

#include <catch2/catch.hpp>

#include <date/date.h>

namespace {

annalist::read_outcome read_text(std::string_view bytes) {
    return annalist::test::read_with("text", "story.txt", bytes);
}

} // namespace

TEST_CASE("plain text becomes one document with its title line") {
    const auto outcome = read_text("Bridge Reopens\n\nThe bridge reopened on May 2, 2024.\n");
    REQUIRE_FALSE(outcome.failed);
    REQUIRE(outcome.documents.size() == 1);
    const auto& doc = outcome.documents[0];
    CHECK(doc.source == "story.txt");
    CHECK(doc.reader_id == "text");
    CHECK(doc.title == "Bridge Reopens");
    CHECK(doc.text == "Bridge Reopens\n\nThe bridge reopened on May 2, 2024.\n");
    CHECK_FALSE(doc.published);
}

TEST_CASE("a first line that is a sentence is not a title") {
    const auto outcome = read_text("The bridge reopened on May 2, 2024.\n");
    REQUIRE(outcome.documents.size() == 1);
    CHECK(outcome.documents[0].title.empty());
}

TEST_CASE("header lines give metadata and are not part of the text") {
    const auto outcome =
        read_text("Published: 2024-11-04\nTitle: A Title\nURL: https://example.org/a\n\nBody on June 19, 2024.\n");
    REQUIRE_FALSE(outcome.failed);
    REQUIRE(outcome.documents.size() == 1);
    const auto& doc = outcome.documents[0];
    CHECK(doc.published == date::year{2024} / 11 / 4);
    CHECK(doc.published_source == "header line 1 'Published:'");
    CHECK(doc.title == "A Title");
    CHECK(doc.url == "https://example.org/a");
    CHECK(doc.text == "Body on June 19, 2024.\n");
}

TEST_CASE("a byte order mark is dropped") {
    const auto outcome = read_text("\xEF\xBB\xBFPublished: 2024-11-04\n\nText.");
    REQUIRE(outcome.documents.size() == 1);
    CHECK(outcome.documents[0].text == "Text.");
    CHECK(outcome.documents[0].published == date::year{2024} / 11 / 4);
}

TEST_CASE("invalid UTF-8 fails with the byte offset, line and column") {
    // "é" is fine; 0xFF at byte 7 (line 2, column 3) is not.
    const auto outcome = read_text("ab\xC3\xA9\nxx\xFFyy");
    CHECK(outcome.failed);
    CHECK(outcome.documents.empty());
    REQUIRE(outcome.notes.size() == 1);
    const auto& note = outcome.notes[0];
    CHECK(note.where.file == "story.txt");
    CHECK(note.where.byte_offset == 7u);
    CHECK(note.where.line == 2);
    CHECK(note.where.column == 3);
    CHECK(note.message == "invalid UTF-8 at byte offset 7");
}

TEST_CASE("overlong encodings and surrogates are invalid UTF-8") {
    CHECK(read_text("a\xC0\xAF").notes.at(0).where.byte_offset == 1u);      // overlong "/"
    CHECK(read_text("ab\xED\xA0\x80").notes.at(0).where.byte_offset == 2u); // U+D800
    CHECK(read_text("abc\xE2\x82").notes.at(0).where.byte_offset == 3u);    // cut short
    CHECK_FALSE(read_text("\xF0\x9F\x93\xB0 news").failed);                 // U+1F4F0 is fine
}

TEST_CASE("a malformed or impossible publication date fails the file") {
    const auto bad_form = read_text("Published: 4 Nov 2024\n\nText.");
    CHECK(bad_form.failed);
    REQUIRE(bad_form.notes.size() == 1);
    CHECK(bad_form.notes[0].where.line == 1);
    CHECK(bad_form.notes[0].where.column == 12);
    CHECK(bad_form.notes[0].message.find("'Published:' wants an ISO 8601 date") != std::string::npos);

    const auto impossible = read_text("Published: 2024-02-30\n\nText.");
    CHECK(impossible.failed);
    REQUIRE(impossible.notes.size() == 1);
    CHECK(impossible.notes[0].message.find("'2024-02-30'") != std::string::npos);
    CHECK(impossible.notes[0].message.find("not a calendar date") != std::string::npos);
}

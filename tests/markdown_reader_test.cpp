#include "support/builtin_readers.hpp"

#include <catch2/catch.hpp>

#include <date/date.h>

namespace {

annalist::read_outcome read_markdown(std::string_view bytes) {
    return annalist::test::read_with("markdown", "notes.md", bytes);
}

} // namespace

TEST_CASE("Markdown becomes plain text, YAML front matter its metadata") {
    const auto outcome = read_markdown("---\n"
                                       "title: \"Harbor notes: week 12\"\n"
                                       "date: 2025-03-21\n"
                                       "url: https://example.org/notes\n"
                                       "---\n"
                                       "# Harbor notes\n\n"
                                       "The *council* met on **March 20, 2025** &amp; agreed [the tolls](http://x).\n\n"
                                       "- Tolls resume on April 1, 2025.\n"
                                       "- Review in `June 2025`.\n");
    REQUIRE_FALSE(outcome.failed);
    REQUIRE(outcome.documents.size() == 1);
    const auto& doc = outcome.documents[0];
    CHECK(doc.title == "Harbor notes: week 12");
    CHECK(doc.url == "https://example.org/notes");
    CHECK(doc.published == date::year{2025} / 3 / 21);
    CHECK(doc.published_source == "front matter 'date'");
    // Emphasis, links, code and entities are gone; paragraphs stay apart.
    CHECK(doc.text == "Harbor notes\n\nThe council met on March 20, 2025 & agreed the tolls.\n\n"
                      "  - Tolls resume on April 1, 2025.\n  - Review in June 2025.\n");
}

TEST_CASE("TOML front matter, with a TOML date value") {
    const auto outcome = read_markdown("+++\ntitle = \"T\"\ndate = 2024-11-04\nurl = \"https://x.org\"\n+++\nBody.\n");
    REQUIRE_FALSE(outcome.failed);
    REQUIRE(outcome.documents.size() == 1);
    CHECK(outcome.documents[0].title == "T");
    CHECK(outcome.documents[0].published == date::year{2024} / 11 / 4);
    CHECK(outcome.documents[0].text == "Body.\n");
}

TEST_CASE("Markdown without front matter has no metadata") {
    const auto outcome = read_markdown("Just *text* on May 2, 2024.\n");
    REQUIRE(outcome.documents.size() == 1);
    CHECK(outcome.documents[0].title.empty());
    CHECK_FALSE(outcome.documents[0].published);
    CHECK(outcome.documents[0].text == "Just text on May 2, 2024.\n");
}

TEST_CASE("bad front matter fails the file with a position") {
    const auto bad_yaml = read_markdown("---\ntitle: [unclosed\n---\nBody\n");
    CHECK(bad_yaml.failed);
    REQUIRE(bad_yaml.notes.size() == 1);
    CHECK(bad_yaml.notes[0].message.starts_with("front matter is not valid YAML: "));
    CHECK(bad_yaml.notes[0].where.line >= 2);

    const auto bad_toml = read_markdown("+++\ntitle = \n+++\nBody\n");
    CHECK(bad_toml.failed);
    REQUIRE(bad_toml.notes.size() == 1);
    CHECK(bad_toml.notes[0].message.starts_with("front matter is not valid TOML: "));
    CHECK(bad_toml.notes[0].where.line == 2);

    const auto bad_date = read_markdown("---\ndate: last Tuesday\n---\nBody\n");
    CHECK(bad_date.failed);
    CHECK(bad_date.notes.at(0).message ==
          "front matter 'date' wants an ISO 8601 date like 2024-11-04, got 'last Tuesday'");

    const auto unclosed = read_markdown("---\ntitle: x\nBody\n");
    CHECK(unclosed.failed);
    CHECK(unclosed.notes.at(0).message == "front matter opened with '---' is never closed");
}

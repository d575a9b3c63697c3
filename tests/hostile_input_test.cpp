// Text from the open web and from scrapers that break: each shape with what annalist
// does with it, checked by hand. (Files the CLI refuses are in hostile_files_test.py.)
#include <annalist/events/sentences.hpp>
#include <annalist/pipeline.hpp>

#include "support/english.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace {

using annalist::diagnostics;
using annalist::document;
using annalist::mention;

document news(std::string text) {
    document doc;
    doc.source = "hostile.txt";
    doc.text = std::move(text);
    doc.published = date::year{2024} / 11 / 4;
    return doc;
}

struct scanned {
    std::vector<mention> mentions;
    diagnostics notes;
};

scanned scan(std::string text) {
    scanned s;
    s.mentions = annalist::find_mentions(news(std::move(text)), annalist::test::english_engine(), s.notes);
    return s;
}

std::vector<std::string> values(const scanned& s) {
    std::vector<std::string> out;
    for (const mention& m : s.mentions) out.push_back(m.value.value);
    return out;
}

std::string repeated(std::string_view piece, std::size_t bytes) {
    std::string out;
    out.reserve(bytes + piece.size());
    while (out.size() < bytes) out.append(piece);
    return out;
}

} // namespace

TEST_CASE("NUL bytes are characters like others: the date beside one is found") {
    const auto s = scan(std::string("The vote\0 was held on June 3, 2024.\0", 37));
    REQUIRE(s.mentions.size() == 1);
    CHECK(s.mentions[0].text == "June 3, 2024");
    CHECK(s.mentions[0].begin == 22);
}

TEST_CASE("CR-only and CRLF line ends end lines; each sentence is its own event") {
    for (const std::string end : {"\r", "\r\n"}) {
        const auto part =
            annalist::map_document(news("The vote was held on June 3, 2024." + end + "It ended on June 5, 2024." + end),
                                   annalist::test::english_engine());
        REQUIRE(part.events.size() == 2);
        CHECK(part.events[0].sentence == "The vote was held on June 3, 2024.");
        CHECK(part.events[1].sentence == "It ended on June 5, 2024.");
    }
}

TEST_CASE("a 100,000-digit number is no date, and no overflow") {
    const auto s = scan("In " + std::string(100000, '9') + " the council met. It met again on June 3, 2024.");
    CHECK(values(s) == std::vector<std::string>{"2024-06-03"});
    CHECK(s.notes.empty());
}

TEST_CASE("a megabyte of 'May May ...' or of '1/1/1/...' dates nothing") {
    CHECK(scan(repeated("May ", 1 << 20)).mentions.empty());
    CHECK(scan(repeated("1/", 1 << 20)).mentions.empty());
}

TEST_CASE("100,000 bracketed citations are 100,000 citation dates and no event") {
    const auto part = annalist::map_document(news("The vote passed " + repeated("(TASS, October 31) ", 1900000)),
                                             annalist::test::english_engine());
    CHECK(part.citations.size() == 100000);
    CHECK(part.events.empty());
    CHECK(part.citations.back().outlet == "TASS");
}

TEST_CASE("a 10 MB line with a date every 42 bytes: each event shows the words around its own date") {
    const std::string text = repeated("The council met on June 3, 2024 and again ", 10'000'000);
    const auto part = annalist::map_document(news(text), annalist::test::english_engine());
    CHECK(part.events.size() == 238096); // one per "June 3, 2024"
    std::size_t longest = 0;
    for (const auto& e : part.events) longest = std::max(longest, e.sentence.size());
    // 300 bytes either side of the 12-byte date, each side widened to the next space
    // (words here are at most 7 bytes), and "… " and " …" (4 bytes each).
    CHECK(longest <= 2 * annalist::shown_around + 12 + 2 * 7 + 2 * 4);
    CHECK(part.events[0].sentence.starts_with("The council met on June 3, 2024 and again The council"));
    CHECK(part.events[0].sentence.ends_with(" …"));
    CHECK(part.events[100].sentence.starts_with("… "));
    CHECK(part.events[100].sentence.find("June 3, 2024") != std::string::npos);
}

TEST_CASE("31 February is said and left out; its month and year remain") {
    const auto s = scan("The vote was held on 31 February 2024.");
    CHECK(values(s) == std::vector<std::string>{"2024-02"});
    REQUIRE(s.notes.size() == 1);
    CHECK(s.notes[0].message == "'31 February 2024' is not a calendar date; left out");
}

TEST_CASE("years beyond -9999..9999 are said and left out, never overflowed") {
    auto s = scan("The sun will die in 1000000000 years.");
    CHECK(s.mentions.empty());
    REQUIRE(s.notes.size() == 1);
    CHECK(s.notes[0].message == "'1000000000 years' lies outside the years annalist dates (-9999 to 9999); left out");
    CHECK(s.notes[0].where.column == 21);
    s = scan("It happened 2000000000 centuries ago, or 9000000 weeks from now.");
    CHECK(s.mentions.empty());
    CHECK(s.notes.size() == 2);
    // Four digits and more than 2999 are not read as a year: nothing is made of them.
    CHECK(scan("It will happen in the year 99999.").mentions.empty());
    // An era reads any number: 10000 BC is the year -9999, the first annalist dates.
    CHECK(values(scan("The city was founded in 10000 BC.")) == std::vector<std::string>{"BC10000"});
    s = scan("The cave was painted in 20000 BC.");
    CHECK(s.mentions.empty());
    REQUIRE(s.notes.size() == 1);
    CHECK(s.notes[0].message == "'20000 BC' lies outside the years annalist dates (-9999 to 9999); left out");
    // "the year" before a number is that number's year, not the current one.
    CHECK(values(scan("It began in the year 2023.")) == std::vector<std::string>{"2023"});
}

TEST_CASE("U+2011 and U+00A0 inside mid-October read as the hyphen and space they look like") {
    const auto s = scan("Enacted in mid\u2011October and again in mid-\u00a0October.");
    REQUIRE(s.mentions.size() == 2);
    for (const mention& m : s.mentions) {
        CHECK(m.value.value == "2024-10");
        CHECK(m.value.mod == annalist::modifier::mid);
    }
    CHECK(s.mentions[0].text == "mid\u2011October");
    CHECK(s.mentions[0].end_code_point - s.mentions[0].begin_code_point == 11);
}

TEST_CASE("zero-width and direction marks read as spaces; a word they split is two words") {
    auto s = scan("The vote was held on June\u200b 3, 2024 and on Ju\u200dne 5, 2024.");
    CHECK(values(s) == std::vector<std::string>{"2024-06-03", "2024"});
    CHECK(s.mentions[0].text == "June\u200b 3, 2024");
    s = scan("The vote \u202eheld\u202c was on\u2066 June 3, 2024\u2069.");
    CHECK(values(s) == std::vector<std::string>{"2024-06-03"});
}

TEST_CASE("right-to-left text around dates: found, offsets in code points") {
    const auto s = scan("\u05d4\u05e6\u05d1\u05e2\u05d4 June 5, 2024 \u0627\u0644\u062a\u0635\u0648\u064a\u062a.");
    REQUIRE(s.mentions.size() == 1);
    CHECK(s.mentions[0].begin_code_point == 6);
    CHECK(s.mentions[0].begin == 11); // five two-byte letters and a space
}

TEST_CASE("a mention a sentence end cuts through stays whole in its event") {
    // Found by fuzzing (tests/regressions/scan/): "3a.m. Wed" begins in the sentence
    // "2025-3a." and ended past it, and cutting its clause threw out_of_range.
    const auto part = annalist::map_document(news("2025-3a.m. Wed"), annalist::test::english_engine());
    REQUIRE(part.events.size() == 2);
    CHECK(part.events[0].sentence == "2025-3a.m. Wed");
}

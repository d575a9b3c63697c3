// Partials as bytes: what one process maps, another merges, and the chronology is
// the same as if nothing had travelled.
#include <annalist/formats/json_writer.hpp>
#include <annalist/formats/partial_bytes.hpp>
#include <annalist/pipeline.hpp>

#include "support/english.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <random>
#include <sstream>

namespace {

using annalist::document;
using annalist::partial_chronology;
using annalist::formats::decode_partial;
using annalist::formats::encode_partial;
using annalist::formats::partial_bytes_error;

document article(std::string source, std::string text, bool dated, std::size_t input) {
    document doc;
    doc.source = std::move(source);
    doc.title = "Title of " + doc.source;
    doc.url = "https://example.org/" + doc.source;
    doc.reader_id = "text";
    doc.text = std::move(text);
    if (dated) {
        doc.published = date::year{2024} / 6 / 20;
        doc.published_source = "--pub-date";
    }
    doc.order = {input, 0};
    return doc;
}

// Every part of the model: a range (both ends share it), a guessed weekday (its
// alternative and confidence), a citation, an event told in two documents, a tie,
// an inferred publication date and its warning.
std::vector<document> articles() {
    return {
        article("a.txt", "The leaders met at a summit in Geneva on June 12. The fair ran June 3-5.", true, 0),
        article("b.txt", "Leaders met in Geneva for the summit on June 12, officials said. Markets fell on Tuesday.",
                true, 1),
        article("c.txt", "The ferry resumed on June 3. Two days after the ferry resumed, the port reopened.", true, 2),
        article("d.txt", "KYIV, June 3, 2024 — The mayor opened the new bridge yesterday.", false, 3),
        article("e.txt", "The council voted on June 12 to close the park (TASS, June 13).", true, 4),
    };
}

std::string json_of(const annalist::chronology& c) {
    std::ostringstream out;
    annalist::formats::write_chronology_json(c, {true}, out);
    return out.str();
}

} // namespace

TEST_CASE("partials that travelled as bytes merge into the chronology of the originals") {
    const auto engine = annalist::test::english_engine();
    partial_chronology direct, travelled;
    for (document& doc : articles()) {
        partial_chronology part = annalist::map_document(std::move(doc), engine);
        const std::string bytes = encode_partial(part);
        travelled = annalist::merge_partials(std::move(travelled), decode_partial(bytes));
        direct = annalist::merge_partials(std::move(direct), std::move(part));
    }
    const std::string expected = json_of(annalist::finish_chronology(std::move(direct), engine.lang));
    const std::string got = json_of(annalist::finish_chronology(std::move(travelled), engine.lang));
    CHECK(got == expected);
    // The parts the JSON shows were all there to compare: a merged report, a range,
    // an alternative, an inferred date.
    const auto whole = nlohmann::json::parse(expected);
    const auto& events = whole["events"];
    CHECK(std::count_if(events.begin(), events.end(), [](const auto& e) { return e["sources"].size() == 2; }) == 1);
    CHECK(expected.find("\"range\": {") != std::string::npos);
    CHECK(expected.find("\"alternative\": {") != std::string::npos);
    CHECK(whole["documents"][3]["published_inferred"] == true);
}

TEST_CASE("every field of a mention and a document survives the trip") {
    const auto engine = annalist::test::english_engine();
    partial_chronology part = annalist::map_document(articles()[1], engine);
    partial_chronology back = decode_partial(encode_partial(part));
    REQUIRE(back.events.size() == part.events.size());
    REQUIRE(back.events.size() == 2);
    const annalist::mention& june_12 = back.events[0].mention;
    CHECK(june_12.text == "June 12");
    CHECK(june_12.value.value == "2024-06-12");
    REQUIRE(june_12.alternative);
    CHECK(june_12.alternative->value == "2025-06-12");
    CHECK(june_12.confidence == 0.97);
    CHECK(june_12.begin_code_point == 40); // "Leaders met in Geneva for the summit on " is 40
    CHECK(june_12.written == (annalist::date_part::month | annalist::date_part::day));
    CHECK(june_12.explanation == part.events[0].mention.explanation);
    CHECK(!june_12.explanation.empty());
    CHECK(back.events[1].mention.value.value == "2024-06-18");
    CHECK(back.documents[0].title == "Title of b.txt");
    CHECK(back.documents[0].url == "https://example.org/b.txt");
    CHECK(back.documents[0].reader_id == "text");
    CHECK(back.documents[0].published == date::year{2024} / 6 / 20);
    CHECK(back.documents[0].order == annalist::document_order{1, 0});
}

// The one byte where two encodings differ: where the field the two differ in lies.
std::size_t where_they_differ(const std::string& a, const std::string& b) {
    REQUIRE(a.size() == b.size());
    std::vector<std::size_t> differ;
    for (std::size_t k = 0; k < a.size(); ++k)
        if (a[k] != b[k]) differ.push_back(k);
    REQUIRE(differ.size() == 1);
    return differ.front();
}

TEST_CASE("bytes that are not a partial are refused with the reason") {
    CHECK_THROWS_WITH(decode_partial(""), Catch::Contains("no annalist-partial-2 record at its start"));
    const auto engine = annalist::test::english_engine();
    const partial_chronology part = annalist::map_document(articles()[0], engine);
    const std::string bytes = encode_partial(part);

    std::size_t refused = 0;
    for (std::size_t size = 0; size < bytes.size(); ++size) {
        try {
            (void)decode_partial(std::string_view(bytes).substr(0, size));
        } catch (const partial_bytes_error&) {
            ++refused;
        }
    }
    CHECK(refused == bytes.size()); // every truncation, at every byte

    partial_chronology monthly = part;
    monthly.events[0].mention.value.grain = annalist::grain::month;
    std::string bad = bytes;
    bad[where_they_differ(bytes, encode_partial(monthly))] = 99;
    CHECK_THROWS_WITH(decode_partial(bad), Catch::Contains("enumerator 99 out of range"));

    partial_chronology elsewhere = part;
    elsewhere.events[0].document = 1;
    bad = bytes;
    bad[where_they_differ(bytes, encode_partial(elsewhere))] = 7;
    CHECK_THROWS_WITH(decode_partial(bad), Catch::Contains("document 7 of 1"));

    bad = bytes;
    bad[8 + 17] = '1'; // "annalist-partial-1", after the tag's length
    CHECK_THROWS_WITH(decode_partial(bad), Catch::Contains("no annalist-partial-2 record"));

    CHECK_THROWS_WITH(decode_partial(bytes + "x"), Catch::Contains("bytes left over"));

    // Found by fuzzing: a publication day no year_month_day holds read back as
    // another day. Days outside the years -9999..9999 are refused.
    partial_chronology late = part;
    late.documents[0].published = date::year{9999} / 12 / 31;
    partial_chronology later = part;
    later.documents[0].published = date::year{10000} / 1 / 1;
    const std::string late_bytes = encode_partial(late);
    CHECK(decode_partial(late_bytes).documents[0].published == date::year{9999} / 12 / 31);
    CHECK_THROWS_WITH(decode_partial(encode_partial(later)), Catch::Contains("a day 2932897 out of range"));
}

TEST_CASE("corrupt bytes are refused or read, never more") {
    // Any byte changed to any value: an error, or a partial (a changed letter in a
    // headline is still one), never a crash or a runaway allocation (the asan
    // build checks).
    const auto engine = annalist::test::english_engine();
    const std::string bytes = encode_partial(annalist::map_document(articles()[2], engine));
    std::mt19937 random(7);
    std::uniform_int_distribution<std::size_t> at(0, bytes.size() - 1);
    std::uniform_int_distribution<int> value(0, 255);
    std::size_t refused = 0, read = 0;
    for (int k = 0; k < 3000; ++k) {
        std::string bad = bytes;
        bad[at(random)] = static_cast<char>(value(random));
        try {
            (void)decode_partial(bad);
            ++read;
        } catch (const partial_bytes_error&) {
            ++refused;
        }
    }
    CHECK(refused + read == 3000);
    CHECK(refused > 0);
    CHECK(read > 0);
}

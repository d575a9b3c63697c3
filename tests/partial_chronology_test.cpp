// Map, then merge: each document's share is made from it alone, and the shares
// merge in any grouping and order into the chronology of the whole.
#include <annalist/formats/json_writer.hpp>
#include <annalist/partial_chronology.hpp>
#include <annalist/pipeline.hpp>

#include "support/english.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <random>
#include <sstream>

namespace {

using annalist::document;
using annalist::partial_chronology;

document article(std::string source, std::string text, std::optional<unsigned> june_day, std::size_t input) {
    document doc;
    doc.source = std::move(source);
    doc.text = std::move(text);
    if (june_day) doc.published = date::year{2024} / 6 / date::day{*june_day};
    doc.order = {input, 0};
    return doc;
}

// Five articles: one event told twice (a, b), a tie between events (c), a date
// only the text gives (d, a dateline), a source citation (e).
std::vector<document> articles() {
    return {
        article("a.txt", "The leaders met at a summit in Geneva on June 12. Prices rose on June 12.", 20, 0),
        article("b.txt",
                "Leaders met in Geneva for the summit on June 12, officials said. The central bank cut rates in June.",
                21, 1),
        article("c.txt",
                "The ferry service resumed on June 3. Two days after the ferry service resumed, the port reopened.", 22,
                2),
        article("d.txt", "KYIV, June 3, 2024 — The mayor opened the new bridge yesterday.", std::nullopt, 3),
        article("e.txt", "The council voted on June 12 to close the park (TASS, June 13).", 23, 4),
    };
}

std::string json_of(const annalist::chronology& c) {
    std::ostringstream out;
    annalist::formats::write_chronology_json(c, {}, out);
    return out.str();
}

// Merges the partials two at a time, picking each pair and its order at random,
// until one is left: every grouping a tree reduction can make, in any order.
partial_chronology reduce_at_random(std::vector<partial_chronology> parts, std::mt19937& random) {
    while (parts.size() > 1) {
        std::uniform_int_distribution<std::size_t> pick(0, parts.size() - 1);
        std::size_t i = pick(random), j = pick(random);
        while (j == i) j = pick(random);
        auto merged = annalist::merge_partials(std::move(parts[i]), std::move(parts[j]));
        parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(std::max(i, j)));
        parts[std::min(i, j)] = std::move(merged);
    }
    return std::move(parts.front());
}

} // namespace

TEST_CASE("a document's share holds its events and notes, not its text") {
    const auto engine = annalist::test::english_engine();
    const partial_chronology part = annalist::map_document(articles()[3], engine);
    REQUIRE(part.documents.size() == 1);
    CHECK(part.documents[0].text.empty());
    CHECK(part.documents[0].published == date::year{2024} / 6 / 3); // from its dateline
    REQUIRE(part.notes.size() == 1);
    REQUIRE(part.notes[0].size() == 1);
    CHECK(part.notes[0][0].message.find("inferred from") != std::string::npos);
    REQUIRE(part.events.size() == 2); // "June 3, 2024" in the dateline, and "yesterday"
    CHECK(part.events[0].mention.value.value == "2024-06-03");
    CHECK(part.events[1].mention.value.value == "2024-06-02");
}

TEST_CASE("partials merge to the same chronology in any grouping and any order") {
    const auto engine = annalist::test::english_engine();
    const auto whole = annalist::build_chronology(articles(), engine);
    // What a person reads off the five articles: the summit told by a and b is one
    // event; the port reopened two days after June 3; e's citation is no event.
    REQUIRE(whole.documents.size() == 5);
    CHECK(whole.citations.size() == 1);
    std::size_t summit = 0, port = 0;
    for (const auto& e : whole.events) {
        if (e.headline.find("summit") != std::string::npos) {
            ++summit;
            CHECK(e.document == 0);
            REQUIRE(e.also_reported.size() == 1);
            CHECK(e.also_reported[0].document == 1);
        }
        if (e.headline.find("port reopened") != std::string::npos) {
            ++port;
            CHECK(e.mention.value.value == "2024-06-05");
        }
    }
    CHECK(summit == 1);
    CHECK(port == 1);

    const std::string expected = json_of(whole);
    std::mt19937 random(20241104);
    for (int trial = 0; trial < 40; ++trial) {
        std::vector<partial_chronology> parts;
        for (auto& doc : articles()) parts.push_back(annalist::map_document(std::move(doc), engine));
        std::shuffle(parts.begin(), parts.end(), random);
        const auto merged = annalist::finish_chronology(reduce_at_random(std::move(parts), random), engine.lang);
        REQUIRE(json_of(merged) == expected);
    }
}

TEST_CASE("merging is associative on the parts themselves") {
    const auto engine = annalist::test::english_engine();
    const auto part = [&](std::size_t k) { return annalist::map_document(articles()[k], engine); };
    const auto left = annalist::merge_partials(annalist::merge_partials(part(0), part(2)), part(4));
    const auto right = annalist::merge_partials(part(4), annalist::merge_partials(part(2), part(0)));
    REQUIRE(left.documents.size() == 3);
    REQUIRE(right.documents.size() == 3);
    for (std::size_t d = 0; d < 3; ++d) CHECK(left.documents[d].source == right.documents[d].source);
    CHECK(left.documents[1].source == "c.txt");
    REQUIRE(left.events.size() == right.events.size());
    for (std::size_t i = 0; i < left.events.size(); ++i) {
        CHECK(left.events[i].document == right.events[i].document);
        CHECK(left.events[i].headline == right.events[i].headline);
    }
    REQUIRE(left.citations.size() == 1);
    CHECK(left.citations[0].document == 2); // e.txt, third of the three
    CHECK(right.citations[0].document == 2);
}

TEST_CASE("an event named by an offset keeps its offsets in code points") {
    // "Two days after the ferry service resumed": the named event's span starts at
    // code point 37 of c.txt (counted by hand), after "The ferry service resumed on
    // June 3. ".
    const auto engine = annalist::test::english_engine();
    const auto c = annalist::build_chronology({articles()[2]}, engine);
    const auto j = nlohmann::json::parse(json_of(c));
    bool found = false;
    for (const auto& e : j["events"]) {
        if (e["mentions"][0]["anchor"] != "event") continue;
        found = true;
        CHECK(e["mentions"][0]["start"] == 37);
    }
    CHECK(found);
}

TEST_CASE("many partials merge at once as they would two at a time") {
    const auto engine = annalist::test::english_engine();
    const std::string expected = json_of(annalist::build_chronology(articles(), engine));
    const auto parts_in = [&](std::vector<std::size_t> order) {
        std::vector<partial_chronology> parts;
        for (const std::size_t k : order) parts.push_back(annalist::map_document(articles()[k], engine));
        return parts;
    };
    // In document order (joined in one pass), shuffled, and interleaved: a part of
    // the first and third documents beside one of the second.
    for (const auto& order : {std::vector<std::size_t>{0, 1, 2, 3, 4}, std::vector<std::size_t>{3, 0, 4, 2, 1}}) {
        const auto merged = annalist::merge_partials(parts_in(order));
        CHECK(json_of(annalist::finish_chronology(merged, engine.lang)) == expected);
    }
    auto parts = parts_in({0, 2, 1, 3, 4});
    parts[0] = annalist::merge_partials(std::move(parts[0]), std::move(parts[1])); // documents 0 and 2
    parts.erase(parts.begin() + 1);
    const auto merged = annalist::merge_partials(std::move(parts));
    REQUIRE(merged.documents.size() == 5);
    CHECK(merged.documents[1].source == "b.txt");
    CHECK(json_of(annalist::finish_chronology(merged, engine.lang)) == expected);
}

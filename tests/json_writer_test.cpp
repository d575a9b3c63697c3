#include <annalist/formats/json_writer.hpp>

#include "support/sample_chronology.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <memory>
#include <sstream>

using nlohmann::json;

TEST_CASE("the chronology JSON holds the model, with code point offsets") {
    std::ostringstream out;
    const auto c = annalist::test::one_event_chronology();
    annalist::formats::write_chronology_json(c, {}, out);
    const json j = json::parse(out.str());

    CHECK(j["model_version"] == 1);
    REQUIRE(j["documents"].size() == 1);
    CHECK(j["documents"][0]["source"] == "articles/visit.txt");
    CHECK(j["documents"][0]["reader"] == "text");
    CHECK(j["documents"][0]["published"] == "2024-06-20");
    CHECK(j["documents"][0]["published_source"] == "--pub-date");

    REQUIRE(j["events"].size() == 1);
    const json& e = j["events"][0];
    CHECK(e["value"] == "2024-06-19");
    CHECK(e["mod"].is_null());
    CHECK(e["grain"] == "day");
    CHECK(e["interval"] == json::array({"2024-06-19", "2024-06-20"}));
    CHECK(e["sentence"] == "Kim\xE2\x80\x99s visit began on June 19, 2024.");
    const json& m = e["mentions"][0];
    CHECK(m["start"] == 21); // 23 bytes, 21 code points
    CHECK(m["end"] == 34);
    CHECK(m["text"] == "June 19, 2024");
    CHECK(m["type"] == "DATE");
    CHECK(m["anchor"] == "absolute");
    CHECK_FALSE(m.contains("rule"));
    CHECK(j["diagnostics"].empty());
}

TEST_CASE("mentions JSON lines: one object a line, the rule with explain") {
    const auto c = annalist::test::one_event_chronology();
    std::ostringstream out;
    annalist::formats::write_mentions_jsonl(c.documents, {{c.events[0].mention}}, {true}, out);
    const std::string text = out.str();
    REQUIRE(std::count(text.begin(), text.end(), '\n') == 1);
    const json m = json::parse(text);
    CHECK(m["source"] == "articles/visit.txt");
    CHECK(m["start"] == 21);
    CHECK(m["rule"] == "month_day_year");
    CHECK(m["value"] == "2024-06-19");
}

TEST_CASE("a mention says which parts the text wrote and the other reading of a guess") {
    const auto c = annalist::test::one_event_chronology();
    annalist::mention m = c.events[0].mention; // "June 19, 2024": every part written
    m.written = annalist::date_part::year | annalist::date_part::month | annalist::date_part::day;
    std::ostringstream out;
    annalist::formats::write_mentions_jsonl(c.documents, {{m}}, {false}, out);
    json j = json::parse(out.str());
    CHECK(j["written"] == json::array({"year", "month", "day"}));
    CHECK(j["implied"] == json::array());
    CHECK(j["alternative"].is_null());
    CHECK(j["confidence"].is_null());

    // As if "June 19" had been read without its year, the year after the other reading.
    m.written = annalist::date_part::month | annalist::date_part::day;
    m.alternative = std::make_shared<const annalist::time_value>(annalist::day_value(date::year{2025} / 6 / 19));
    m.confidence = 0.83;
    out.str("");
    annalist::formats::write_mentions_jsonl(c.documents, {{m}}, {false}, out);
    j = json::parse(out.str());
    CHECK(j["written"] == json::array({"month", "day"}));
    CHECK(j["implied"] == json::array({"year"}));
    CHECK(j["alternative"]["value"] == "2025-06-19");
    CHECK(j["alternative"]["interval"] == json::array({"2025-06-19", "2025-06-20"}));
    CHECK(j["confidence"] == 0.83);
}

TEST_CASE("both ends of a range carry the range in JSON") {
    const auto c = annalist::test::one_event_chronology();
    annalist::mention m = c.events[0].mention;
    std::ostringstream out;
    annalist::formats::write_mentions_jsonl(c.documents, {{m}}, {false}, out);
    CHECK(json::parse(out.str())["range"].is_null());
    m.range = std::make_shared<const annalist::date_range>(
        annalist::date_range{m.value, annalist::day_value(date::year{2024} / 6 / 21)});
    out.str("");
    annalist::formats::write_mentions_jsonl(c.documents, {{m}}, {false}, out);
    const json r = json::parse(out.str())["range"];
    CHECK(r["start"] == "2024-06-19");
    CHECK(r["end"] == "2024-06-21");
    CHECK(r["interval"] == json::array({"2024-06-19", "2024-06-22"}));
}

TEST_CASE("article text with quotes and control characters stays valid JSON") {
    auto c = annalist::test::one_event_chronology();
    c.events[0].sentence = "He said \"<script>\"\x01 and \\ left";
    std::ostringstream out;
    annalist::formats::write_chronology_json(c, {}, out);
    CHECK(json::parse(out.str())["events"][0]["sentence"] == c.events[0].sentence);
}

namespace {

std::string fast_line(const annalist::mention& m, const annalist::document& doc, bool explain) {
    std::ostringstream out;
    annalist::formats::write_mentions_jsonl(doc, {m}, {explain}, out);
    return out.str();
}

} // namespace

TEST_CASE("a mention's JSON line is the same bytes as nlohmann's dump of it") {
    const auto c = annalist::test::one_event_chronology();
    annalist::document doc = c.documents[0];
    annalist::mention m = c.events[0].mention;
    const auto same = [&](const annalist::mention& x, bool explain) {
        const std::string expected = annalist::formats::mention_json_line(x, doc, {explain});
        CHECK(fast_line(x, doc, explain) == expected);
    };
    same(m, false);
    same(m, true);
    // Quotes, backslashes, control characters, a solidus, U+2028 and non-ASCII text.
    m.text = "\"Q3\" \\ \x01\x1f\t\n\r\b\f / \xE2\x80\xA8 Kim\xE2\x80\x99s \x7f";
    m.explanation = "why: \"nearest\"";
    same(m, true);
    // Bytes that are not UTF-8: a stray continuation, an overlong form, a surrogate,
    // a truncated sequence; nlohmann's replacement decides for both.
    for (const std::string bad : {"a\x80z", "\xC0\xAF", "\xED\xA0\x80", "June \xE2\x80"}) {
        m.text = bad;
        same(m, false);
    }
    doc.source = "caf\xC3\xA9 \"two\".txt";
    m.text = "June 19";
    m.written = annalist::date_part::month | annalist::date_part::day;
    m.alternative = std::make_shared<const annalist::time_value>(annalist::day_value(date::year{2025} / 6 / 19));
    for (const double confidence : {0.97, 0.83, 1.0, 0.1 + 0.2, 1e-7}) {
        m.confidence = confidence;
        same(m, false);
    }
    m.range = std::make_shared<const annalist::date_range>(
        annalist::date_range{m.value, annalist::day_value(date::year{2024} / 6 / 21)});
    m.cited_outlet = "TASS";
    m.value.mod = annalist::modifier::mid;
    same(m, true);
    m.value = annalist::time_value{}; // a duration: no interval
    m.value.value = "P2D";
    m.type = annalist::timex_type::duration;
    same(m, false);
}

#include <annalist/formats/timeml_writer.hpp>
#include <annalist/timeml/timeml_document.hpp>

#include "support/sample_chronology.hpp"

#include <catch2/catch.hpp>

#include <sstream>

TEST_CASE("written TimeML reads back with the same text and spans") {
    auto c = annalist::test::one_event_chronology();
    c.documents[0].text += " <AT&T> \"quoted\"";
    std::ostringstream out;
    annalist::formats::write_timeml(c.documents[0], {c.events[0].mention}, out);

    const auto back = annalist::timeml::parse_timeml(out.str());
    CHECK(back.text == c.documents[0].text);
    CHECK(back.doc_id == "Visit, \"day one\"");
    CHECK(back.dct_value == "2024-06-20");
    REQUIRE(back.timexes.size() == 1);
    CHECK(back.timexes[0].begin == 23);
    CHECK(back.timexes[0].end == 36);
    CHECK(back.timexes[0].type == "DATE");
    CHECK(back.timexes[0].value == "2024-06-19");
    CHECK(back.timexes[0].tid == "t1");
    CHECK(back.timexes[0].mod.empty());
    CHECK(out.str().find("<TEXT>Kim\xE2\x80\x99s visit began on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-06-19\">"
                         "June 19, 2024</TIMEX3>. &lt;AT&amp;T&gt;") != std::string::npos);
}

TEST_CASE("a mod is written and an undated document has no DCT") {
    auto c = annalist::test::one_event_chronology();
    c.documents[0].published.reset();
    c.events[0].mention.value.mod = annalist::modifier::mid;
    std::ostringstream out;
    annalist::formats::write_timeml(c.documents[0], {c.events[0].mention}, out);
    CHECK(out.str().find("<DCT>") == std::string::npos);
    CHECK(out.str().find("value=\"2024-06-19\" mod=\"MID\">") != std::string::npos);
}

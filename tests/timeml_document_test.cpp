#include <annalist/timeml/timeml_document.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using annalist::timeml::parse_timeml;

namespace {

const char* const small_timeml = R"(<?xml version="1.0" ?>
<TimeML>
<DOCID>DOC1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> and <TIMEX3 tid="t2" type="DURATION" value="P1W" mod="APPROX">about a week</TIMEX3> later &lt;rose&gt;.
</TEXT>
</TimeML>
)";

} // namespace

TEST_CASE("TimeML text is the TEXT content with tags removed and entities decoded") {
    const auto doc = parse_timeml(small_timeml);
    CHECK(doc.doc_id == "DOC1");
    CHECK(doc.dct_value == "1998-01-08");
    // The space between </EVENT> and <TIMEX3> is whitespace-only text and is kept.
    CHECK(doc.text == "\nAT&T fell yesterday and about a week later <rose>.\n");
    REQUIRE(doc.timexes.size() == 2);
    CHECK(doc.timexes[0].begin == 11);
    CHECK(doc.timexes[0].end == 20);
    CHECK(doc.text.substr(11, 9) == "yesterday");
    CHECK(doc.timexes[0].tid == "t1");
    CHECK(doc.timexes[0].value == "1998-01-07");
    CHECK(doc.timexes[1].type == "DURATION");
    CHECK(doc.timexes[1].mod == "APPROX");
    CHECK(doc.text.substr(doc.timexes[1].begin, doc.timexes[1].end - doc.timexes[1].begin) == "about a week");
}

TEST_CASE("malformed TimeML is an error with a byte offset") {
    try {
        parse_timeml("<TimeML><TEXT>open <TIMEX3>never closed</TEXT></TimeML>");
        FAIL("accepted malformed XML");
    } catch (const annalist::timeml::parse_error& e) {
        CHECK(std::string(e.what()).find("not well-formed XML") == 0);
        CHECK(e.byte_offset() > 20);
    }
    CHECK_THROWS_AS(parse_timeml("<Other/>"), annalist::timeml::parse_error);
    CHECK_THROWS_AS(parse_timeml("<TimeML><DOCID>x</DOCID></TimeML>"), annalist::timeml::parse_error);
}

TEST_CASE("every TimeBank training file parses and its TIMEX3 spans hold their text") {
    const std::filesystem::path corpus = std::string(ANNALIST_SHARED_DIR) + "/corpora/tempeval3/train";
    if (!std::filesystem::exists(corpus)) {
        WARN("skipped: " << corpus << " is absent");
        return;
    }
    std::size_t files = 0, timexes = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(corpus)) {
        if (entry.path().extension() != ".tml") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string xml{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        const auto doc = parse_timeml(xml);
        ++files;
        timexes += doc.timexes.size();
        CHECK_FALSE(doc.dct_value.empty());
    }
    // The corpus README counts 256 documents and 1,822 TIMEX3 in their <TEXT>.
    CHECK(files == 256);
    CHECK(timexes == 1822);
}

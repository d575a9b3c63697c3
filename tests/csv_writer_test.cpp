#include <annalist/formats/csv_writer.hpp>
#include <annalist/formats/escape.hpp>

#include "support/sample_chronology.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using annalist::formats::csv_field;

TEST_CASE("CSV fields are quoted only when they must be") {
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("") == "");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(csv_field("Kim\xE2\x80\x99s") == "Kim\xE2\x80\x99s");
}

TEST_CASE("cells a spreadsheet would run as a formula are neutralised") {
    CHECK(csv_field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(csv_field("+1") == "'+1");
    CHECK(csv_field("-2+3") == "'-2+3");
    CHECK(csv_field("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_field("\tx") == "'\tx");
    CHECK(csv_field("\rx") == "\"'\rx\"");
    CHECK(csv_field("a=b") == "a=b");
}

TEST_CASE("a chronology becomes a header row and one CRLF row per event") {
    std::ostringstream out;
    annalist::formats::write_csv(annalist::test::one_event_chronology(), out);
    CHECK(out.str() == "start,end,grain,value,mod,headline,sentence,source,title,url,published\r\n"
                       "2024-06-19,2024-06-19,day,2024-06-19,,Kim\xE2\x80\x99s visit began,"
                       "\"Kim\xE2\x80\x99s visit began on June 19, 2024.\",articles/visit.txt,"
                       "\"Visit, \"\"day one\"\"\",https://example.org/visit,2024-06-20\r\n");
}

TEST_CASE("an empty chronology is just the header") {
    std::ostringstream out;
    annalist::formats::write_csv({}, out);
    CHECK(out.str() == "start,end,grain,value,mod,headline,sentence,source,title,url,published\r\n");
}

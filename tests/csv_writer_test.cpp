#include <annalist/formats/csv_writer.hpp>
#include <annalist/formats/escape.hpp>

#include "support/golden_file.hpp"
#include "support/sample_chronology.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using annalist::formats::csv_field;
using annalist::formats::csv_options;
using annalist::formats::csv_profile;
using annalist::formats::csv_quoted;

namespace {

std::string csv_of(const annalist::chronology& c, csv_profile profile = csv_profile::standard) {
    std::ostringstream out;
    annalist::formats::write_csv(c, csv_options{profile}, out);
    return out.str();
}

// The CRLF-ended records of `text`; a record may hold a quoted LF.
std::vector<std::string> records_of(const std::string& text) {
    std::vector<std::string> records;
    std::size_t at = 0;
    for (std::size_t end; (end = text.find("\r\n", at)) != std::string::npos; at = end + 2)
        records.push_back(text.substr(at, end - at));
    return records;
}

} // namespace

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
    // After spaces or quotes, which an importer may strip before it reads the cell.
    CHECK(csv_field("  =1+1") == "'  =1+1");
    CHECK(csv_field("\"=2*3\" was quoted") == "\"'\"\"=2*3\"\" was quoted\"");
    CHECK(csv_field("' @SUM(1)") == "'' @SUM(1)");
    CHECK(csv_field("  plain") == "  plain");
    CHECK(csv_field("\"quoted\"") == "\"\"\"quoted\"\"\"");
}

TEST_CASE("cells the writer makes itself are quoted but never prefixed") {
    CHECK(csv_quoted("-0044-03-15") == "-0044-03-15");
    CHECK(csv_quoted("P2D") == "P2D");
    CHECK(csv_quoted("a,b") == "\"a,b\"");
    // A date before year 1 stays a date; the article's own text beside it is still guarded.
    auto c = annalist::test::one_event_chronology();
    c.events[0].mention.value = annalist::day_value(date::year{-43} / 3 / 15);
    c.events[0].mention.value.value = "-0043-03-15";
    c.events[0].headline = "-cmd";
    const auto rows = records_of(csv_of(c));
    REQUIRE(rows.size() == 2);
    INFO(rows[1]);
    CHECK(rows[1].starts_with("-0043-03-15,-0043-03-15,day,-0043-03-15,,15 March 44 BC,'-cmd,"));
}

TEST_CASE("a chronology becomes a header row and one CRLF row per event") {
    CHECK(csv_of(annalist::test::one_event_chronology()) ==
          "start,end,grain,value,mod,display_date,headline,sentence,source,url,published\r\n"
          "2024-06-19,2024-06-19,day,2024-06-19,,19 June 2024,Kim\xE2\x80\x99s visit began,"
          "\"Kim\xE2\x80\x99s visit began on June 19, 2024.\",articles/visit.txt,https://example.org/visit,"
          "2024-06-20\r\n");
}

TEST_CASE("a value that dates nothing has no start or end") {
    auto c = annalist::test::one_event_chronology();
    c.events[0].mention.value.value = "P2D";
    c.events[0].mention.value.dated = false;
    CHECK(records_of(csv_of(c))[1].starts_with(",,day,P2D,,P2D,"));
}

TEST_CASE("an empty chronology is just the header") {
    CHECK(csv_of({}) == "start,end,grain,value,mod,display_date,headline,sentence,source,url,published\r\n");
    CHECK(csv_of({}, csv_profile::gcal) ==
          "Subject,Start Date,Start Time,End Date,End Time,All Day Event,Description,Location,Private\r\n");
}

TEST_CASE("default columns: inclusive ends, display dates, every source, formulas neutralised") {
    const std::string text = csv_of(annalist::test::writers_chronology());
    annalist::test::check_golden("writers.csv", text);
    const auto rows = records_of(text);
    REQUIRE(rows.size() == 5);
    CHECK(rows[1].starts_with("2024-06-19,2024-06-19,day,2024-06-19,,19 June 2024,"
                              "The envoys met <script>window.pwned = 1</script>,"));
    // mid-October is October 11 to 20, both included; the headline's comma, quotes
    // and newline are quoted.
    CHECK(rows[2].starts_with("2024-10-11,2024-10-20,month,2024-10,MID,mid-October 2024,"
                              "\"Troops moved, \"\"officials said\"\",\nand left\","));
    CHECK(rows[3] == "2024-10-28,2024-11-03,week,2024-W44,,week of 28 October 2024,'=cmd|' /C calc'!A0 drills,"
                     "Wire: the drills filled the week of 28 October 2024.,articles/wire.txt; articles/summit.txt,"
                     "javascript:alert(1); https://example.org/summit?day=1&lang=en,2024-11-05; 2024-11-04");
    CHECK(rows[4].starts_with("2024-11-05T15:30,2024-11-05T15:30,minute,2024-11-05T15:30,,"
                              "\"5 November 2024, 15:30 UTC\",Polls closed,"));
}

TEST_CASE("the timelinejs profile fills Knight Lab's columns to each date's precision") {
    const std::string text = csv_of(annalist::test::writers_chronology(), csv_profile::timelinejs);
    annalist::test::check_golden("writers-timelinejs.csv", text);
    const auto rows = records_of(text);
    REQUIRE(rows.size() == 5);
    CHECK(rows[0] == "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
                     "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background");
    // TimelineJS renders Headline and Text as HTML: the <script> arrives escaped.
    CHECK(rows[1].starts_with(
        "2024,6,19,,,,,,19 June 2024,The envoys met &lt;script&gt;window.pwned = 1&lt;/script&gt;,"));
    CHECK(rows[2].starts_with("2024,10,11,,2024,10,20,,mid-October 2024,"));
    CHECK(rows[3].starts_with("2024,10,28,,2024,11,3,,week of 28 October 2024,'=cmd|&apos; /C calc&apos;!A0 drills,"));
    // Only the http(s) source becomes a link.
    CHECK(rows[3].find("Source: =HYPERLINK(&quot;http://evil.example&quot;), <a href=\"\"https://example.org/summit?"
                       "day=1&amp;lang=en\"\">Summit") != std::string::npos);
    CHECK(rows[4].starts_with("2024,11,5,15:30,,,,,\"5 November 2024, 15:30 UTC\",Polls closed,"));
}

TEST_CASE("the gcal profile writes Google Calendar's columns, US dates, all-day ends included") {
    const std::string text = csv_of(annalist::test::writers_chronology(), csv_profile::gcal);
    annalist::test::check_golden("writers-gcal.csv", text);
    const auto rows = records_of(text);
    REQUIRE(rows.size() == 5);
    CHECK(rows[2].starts_with("\"Troops moved, \"\"officials said\"\",\nand left\",10/11/2024,,10/20/2024,,True,"));
    CHECK(rows[2].find("date approximate: mid-October 2024") != std::string::npos);
    CHECK(rows[3].starts_with("'=cmd|' /C calc'!A0 drills,10/28/2024,,11/03/2024,,True,"));
    CHECK(rows[4].starts_with("Polls closed,11/05/2024,03:30 PM,11/05/2024,03:31 PM,False,"));
    CHECK(rows[4].ends_with(",,False"));
}

TEST_CASE("profiles are named as on the command line") {
    CHECK(annalist::formats::csv_profile_named("default") == csv_profile::standard);
    CHECK(annalist::formats::csv_profile_named("timelinejs") == csv_profile::timelinejs);
    CHECK(annalist::formats::csv_profile_named("gcal") == csv_profile::gcal);
    CHECK_FALSE(annalist::formats::csv_profile_named("excel").has_value());
}

// The annalist command as a user runs it: exit codes, outputs, messages.
#include "support/run_annalist.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using annalist::test::run_annalist;
using annalist::test::sample;
using annalist::test::temp_folder;
using nlohmann::json;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

std::string first_field(const std::string& row) { return row.substr(0, row.find(',')); }

// The dated expressions of samples/harbor-bridge.txt (published Friday 2025-03-14),
// read off the text by hand, in chronological order: their first days, and values.
// "that spring" follows 2023-02-20; "into March" is the coming March; "9:30 a.m. on
// Wednesday" is March 12.
const std::vector<std::string> harbor_bridge_starts = {"2023-02-03",       "2023-02-20", "2023-03-01", "2024-10-07",
                                                       "2024-11-04",       "2024-12-01", "2025-03-01", "2025-03-12",
                                                       "2025-03-12T09:30", "2025-04-01"};
const std::vector<std::string> harbor_bridge_dates = {"2023-02-03",       "2023-02-20", "2023-SP", "2024-10-07",
                                                      "2024-11-04",       "2024-12",    "2025-03", "2025-03-12",
                                                      "2025-03-12T09:30", "2025-04-01"};

const std::string bad_utf8_article = "Published: 2024-01-10\n\nThe fair opened on January 9, 2024 \xFF late.\n";

} // namespace

TEST_CASE("build writes the sample's chronology as CSV to stdout") {
    temp_folder folder;
    const auto r = run_annalist(folder, "build '" + sample("harbor-bridge.txt") + "'");
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const auto rows = lines_of(r.out);
    REQUIRE(rows.size() == 11);
    CHECK(rows[0] == "start,end,grain,value,mod,display_date,headline,sentence,source,url,published");
    for (std::size_t i = 0; i < harbor_bridge_starts.size(); ++i)
        CHECK(first_field(rows[i + 1]) == harbor_bridge_starts[i]);
    CHECK(rows[3].starts_with("2023-03-01,2023-05-31,season,2023-SP,,spring 2023,"));
    CHECK(rows[9].starts_with(
        "2025-03-12T09:30,2025-03-12T09:30,minute,2025-03-12T09:30,,\"12 March 2025, 09:30 UTC\","));
    CHECK(rows[2].find("The city council approved the rebuild on 2023-02-20, after a four-hour public hearing.") !=
          std::string::npos);
    CHECK(rows[10].find("\"Tolls resume on April 1, 2025.\"") != std::string::npos);
    CHECK(rows[10].starts_with("2025-04-01,2025-04-01,day,2025-04-01,,1 April 2025,"));
    CHECK(rows[10].find("/samples/harbor-bridge.txt,,2025-03-14") != std::string::npos);
    CHECK(rows[10].substr(rows[10].rfind(',') + 1) == "2025-03-14");
    CHECK(r.err.empty());
}

TEST_CASE("build writes iCalendar, HTML and the CSV profiles") {
    temp_folder folder;
    // Appended, not "'" + ...: GCC 12 at -O3 misreports that as overlapping (-Wrestrict).
    std::string input(1, '\'');
    input += sample("harbor-bridge.txt");
    input += '\'';
    const auto count = [](const std::string& text, std::string_view what) {
        std::size_t n = 0;
        for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
        return n;
    };
    const auto ics = run_annalist(folder, "build " + input + " -t ics");
    REQUIRE(ics.exit_code == 0);
    CHECK(ics.out.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    CHECK(count(ics.out, "BEGIN:VEVENT\r\n") == harbor_bridge_dates.size());
    CHECK(count(ics.out, "DTSTAMP:20250314T000000Z\r\n") == harbor_bridge_dates.size());

    const auto html = run_annalist(folder, "build " + input + " -t html");
    REQUIRE(html.exit_code == 0);
    CHECK(html.out.starts_with("<!DOCTYPE html>"));
    CHECK(count(html.out, "<li class=\"item event ") == harbor_bridge_dates.size());

    const auto gcal = run_annalist(folder, "build " + input + " --csv-profile gcal");
    REQUIRE(gcal.exit_code == 0);
    CHECK(lines_of(gcal.out)[0] == "Subject,Start Date,Start Time,End Date,End Time,All Day Event,Description,"
                                   "Location,Private");
    const auto timelinejs = run_annalist(folder, "build " + input + " --csv-profile timelinejs");
    CHECK(lines_of(timelinejs.out)[0].starts_with("Year,Month,Day,Time,End Year,"));

    // The config's [output] chooses when the command line does not.
    folder.write("ics.toml", "[output]\nformat = \"ics\"\ncsv_profile = \"gcal\"\n");
    CHECK(run_annalist(folder, "build " + input + " --config ics.toml").out == ics.out);
    CHECK(run_annalist(folder, "build " + input + " --config ics.toml -t csv").out == gcal.out);

    const auto unknown = run_annalist(folder, "build " + input + " --csv-profile excel");
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err.find("--csv-profile") != std::string::npos);
}

TEST_CASE("build writes JSON to a file and says where it went") {
    temp_folder folder;
    const auto r = run_annalist(folder, "build '" + sample("harbor-bridge.txt") + "' -t json -o timeline.json");
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.empty());
    CHECK(r.err == "annalist: wrote 10 events from 1 documents to timeline.json\n");
    const json j = json::parse(annalist::test::read_file(folder / "timeline.json"));
    CHECK(j["model_version"] == 1);
    CHECK(j["documents"][0]["published"] == "2025-03-14");
    CHECK(j["documents"][0]["published_source"] == "header line 1 'Published:'");
    REQUIRE(j["events"].size() == harbor_bridge_dates.size());
    for (std::size_t i = 0; i < harbor_bridge_dates.size(); ++i)
        CHECK(j["events"][i]["value"] == harbor_bridge_dates[i]);
    CHECK(j["events"][1]["mentions"][0]["text"] == "2023-02-20");
    CHECK(j["events"][4]["mentions"][0]["text"] == "4th of November, 2024");
    CHECK(j["events"][2]["mentions"][0]["anchor"] == "previous");
    // Nothing but the output is left in the folder: the temporary file was renamed.
    CHECK(std::distance(std::filesystem::directory_iterator(folder.path()), {}) == 1);
}

TEST_CASE("invalid UTF-8 fails that input with its byte offset while the others are still written") {
    temp_folder folder;
    folder.write("bad.txt", bad_utf8_article);
    const auto r = run_annalist(folder, "build bad.txt '" + sample("harbor-bridge.txt") + "' -o out.csv");
    CHECK(r.exit_code == 1);
    // The 0xFF is byte 58 of the file: line 3, column 36.
    CHECK(r.err.find("annalist: bad.txt:3:36 (byte 58): error: invalid UTF-8 at byte offset 58\n") !=
          std::string::npos);
    const auto rows = lines_of(annalist::test::read_file(folder / "out.csv"));
    CHECK(rows.size() == 11);
}

TEST_CASE("a page's byline is no event, read directly or through read -t jsonl") {
    temp_folder folder;
    folder.write("page.html", "<html><body><article><p>By Ann Lee \xC2\xB7 Tuesday, March 5, 2019</p>"
                              "<p>The council voted on March 4, 2019.</p></article></body></html>");
    const auto direct = run_annalist(folder, "build page.html -t csv -q -o direct.csv");
    REQUIRE(direct.exit_code == 0);
    const auto read = run_annalist(folder, "read page.html -t jsonl -q -o docs.jsonl");
    REQUIRE(read.exit_code == 0);
    // 11 bytes of "By Ann Lee ", 2 of the middle dot, 23 of the date: [0, 36).
    CHECK(annalist::test::read_file(folder / "docs.jsonl").find("\"stamps\":[[0,36]]") != std::string::npos);
    const auto again = run_annalist(folder, "build docs.jsonl -t csv -q -o again.csv");
    REQUIRE(again.exit_code == 0);
    // One event, the vote; its source is the page, then the JSON lines.
    const auto direct_rows = lines_of(annalist::test::read_file(folder / "direct.csv"));
    const auto again_rows = lines_of(annalist::test::read_file(folder / "again.csv"));
    REQUIRE(direct_rows.size() == 2);
    REQUIRE(again_rows.size() == 2);
    CHECK(direct_rows[1].find("The council voted") != std::string::npos);
    CHECK(again_rows[1].find("The council voted") != std::string::npos);
}

TEST_CASE("mentions lists each expression as a JSON line") {
    temp_folder folder;
    const auto r = run_annalist(folder, "mentions '" + sample("harbor-bridge.txt") + "' --explain");
    REQUIRE(r.exit_code == 0);
    const auto rows = lines_of(r.out);
    // The ten dated expressions and three durations: "Two-Year", "four-hour", "six weeks".
    REQUIRE(rows.size() == 13);
    const json title = json::parse(rows[0]); // text order, not date order
    CHECK(title["text"] == "Two-Year");
    CHECK(title["type"] == "DURATION");
    CHECK(title["value"] == "P2Y");
    CHECK(title["interval"].is_null());
    const json first = json::parse(rows[1]);
    CHECK(first["text"] == "March 12, 2025");
    CHECK(first["value"] == "2025-03-12");
    CHECK(first["rule"] == "month_day_year");
    CHECK(first["explanation"].get<std::string>().starts_with("rule month_day_year ("));
    CHECK(first["interval"] == json::array({"2025-03-12", "2025-03-13"}));
}

TEST_CASE("stdin is read with -, dated with --pub-date") {
    temp_folder folder;
    folder.write("in.txt", "Talks resumed on 2 May 2024.\n");
    const auto r = run_annalist(folder, "build - --pub-date 2024-05-03 -t json < in.txt");
    REQUIRE(r.exit_code == 0);
    const json j = json::parse(r.out);
    CHECK(j["documents"][0]["source"] == "-");
    CHECK(j["documents"][0]["published"] == "2024-05-03");
    CHECK(j["documents"][0]["published_source"] == "--pub-date");
    CHECK(j["events"][0]["value"] == "2024-05-02");
}

TEST_CASE("the --mode option chooses how relative dates count, and auto says what it judged") {
    temp_folder folder;
    // One year-bearing date: too little for auto to call it a story, so "In December"
    // is the December nearest the publication unless the mode is narrative.
    folder.write("bridge.txt", "The bridge was opened on 12 June 1890. In December ice closed the river.\n");
    const auto december = [&](const std::string& flags) {
        const auto r = run_annalist(folder, "mentions bridge.txt --pub-date 2024-11-04 " + flags);
        REQUIRE(r.exit_code == 0);
        const auto lines = lines_of(r.out);
        REQUIRE(lines.size() == 2);
        return json::parse(lines[1]);
    };
    CHECK(december("--mode news")["value"] == "2024-12");
    CHECK(december("--mode narrative")["value"] == "1890-12");
    const json judged = december("--explain");
    CHECK(judged["value"] == "2024-12");
    CHECK(judged["explanation"].get<std::string>().find(
              "mode news: 1 dates written with their year lie two or more years before the publication") !=
          std::string::npos);
    CHECK(run_annalist(folder, "mentions bridge.txt --mode poetry").exit_code == 2);
}

TEST_CASE("a date that names the anchor of a tie dates that event, not the clause around it") {
    temp_folder folder;
    folder.write("memorial.txt", "The memorial was unveiled 50 years after the armistice of November 1918.\n");
    const auto r = run_annalist(folder, "build memorial.txt --pub-date 2024-11-04 -t json");
    REQUIRE(r.exit_code == 0);
    const json events = json::parse(r.out)["events"];
    REQUIRE(events.size() == 2);
    CHECK(events[0]["value"] == "1918-11");
    CHECK(events[0]["headline"] == "The armistice of November 1918");
    CHECK(events[1]["value"] == "1968-11");
    CHECK(events[1]["headline"] == "The memorial was unveiled");
}

TEST_CASE("a folder is walked in sorted order") {
    temp_folder folder;
    folder.write("in/b.txt", "The library reopened on 2 May 2020.\n");
    folder.write("in/a.txt", "Ferry service resumed on 2 May 2020.\n");
    folder.write("in/.hidden.txt", "Hidden, dated 1 May 2020.\n");
    const auto r = run_annalist(folder, "build in -t json");
    REQUIRE(r.exit_code == 0);
    const json j = json::parse(r.out);
    REQUIRE(j["documents"].size() == 2);
    CHECK(j["documents"][0]["source"] == "in/a.txt");
    CHECK(j["events"][0]["sentence"] == "Ferry service resumed on 2 May 2020.");
    CHECK(j["events"][1]["sentence"] == "The library reopened on 2 May 2020.");
}

TEST_CASE("plugins lists the built-in readers from their shared libraries") {
    temp_folder folder;
    const auto r = run_annalist(folder, "plugins");
    REQUIRE(r.exit_code == 0);
    const auto rows = lines_of(r.out);
    REQUIRE(rows.size() == 7);
    CHECK(rows[1].starts_with("html "));
    CHECK(rows[2].starts_with("jsonl "));
    CHECK(rows[3].starts_with("markdown "));
    CHECK(rows[4].starts_with("rss "));
    CHECK(rows[5].starts_with("text "));
    CHECK(rows[5].find(".txt .text") != std::string::npos);
    CHECK(rows[5].ends_with("lib/annalist/plugins/annalist_text.so"));
    CHECK(rows[6].starts_with("timeml "));
    CHECK(rows[6].ends_with("lib/annalist/plugins/annalist_timeml.so"));
}

TEST_CASE("plugins on ANNALIST_PLUGIN_PATH are loaded, and bad ones named") {
    temp_folder folder;
    const std::string dir = ANNALIST_TEST_PLUGIN_DIR;
    const auto r = run_annalist(folder, "plugins", "ANNALIST_PLUGIN_PATH='" + dir + "/throwing:" + dir + "/wrong_abi'");
    REQUIRE(r.exit_code == 0);
    CHECK(lines_of(r.out).at(1).starts_with("throwing "));
    CHECK(r.err.find(dir + "/wrong_abi/wrong_abi.so: warning: plugin built for reader ABI 2.0") != std::string::npos);
}

TEST_CASE("usage and configuration errors exit with 2") {
    temp_folder folder;
    CHECK(run_annalist(folder, "").exit_code == 2);
    CHECK(run_annalist(folder, "build").exit_code == 2);
    CHECK(run_annalist(folder, "build x.txt --frobnicate").exit_code == 2);
    CHECK(run_annalist(folder, "build x.txt -t pdf").exit_code == 2);

    const auto bad_date = run_annalist(folder, "build x.txt --pub-date 2024-13-01");
    CHECK(bad_date.exit_code == 2);
    CHECK(bad_date.err == "annalist: --pub-date wants a calendar date as YYYY-MM-DD, got '2024-13-01'\n");

    folder.write("bad.toml", "[output]\nformt = \"json\"\n");
    const auto bad_config = run_annalist(folder, "build x.txt --config bad.toml");
    CHECK(bad_config.exit_code == 2);
    CHECK(bad_config.err == "annalist: bad.toml:2:1: unknown key 'formt' in [output] (known: format, csv_profile)\n");

    const auto bad_reader = run_annalist(folder, "build x.txt --reader nope");
    CHECK(bad_reader.exit_code == 2);
    CHECK(bad_reader.err.find("--reader nope: no such reader") != std::string::npos);
}

TEST_CASE("a config sets the default output format") {
    temp_folder folder;
    folder.write("json.toml", "[output]\nformat = \"json\"\n");
    const auto r = run_annalist(folder, "build '" + sample("harbor-bridge.txt") + "' --config json.toml");
    REQUIRE(r.exit_code == 0);
    CHECK(json::parse(r.out)["events"].size() == 10);
}

TEST_CASE("help and version") {
    temp_folder folder;
    const auto version = run_annalist(folder, "--version");
    CHECK(version.exit_code == 0);
    CHECK(version.out.starts_with("annalist 0."));
    for (const char* command : {"build", "mentions", "plugins"}) {
        const auto help = run_annalist(folder, std::string(command) + " --help");
        CHECK(help.exit_code == 0);
        CHECK(help.out.find("--plugin-dir") != std::string::npos);
    }
}

TEST_CASE("an output that cannot be written exits with 3 and leaves nothing behind") {
    temp_folder folder;
    const auto missing = run_annalist(folder, "build '" + sample("harbor-bridge.txt") + "' -o no/such/folder/out.csv");
    CHECK(missing.exit_code == 3);
    CHECK(missing.err.find("no/such/folder/out.csv: cannot write output") != std::string::npos);

    std::filesystem::create_directory(folder / "a_folder");
    CHECK(run_annalist(folder, "build '" + sample("harbor-bridge.txt") + "' -o a_folder").exit_code == 3);
    CHECK(std::filesystem::is_empty(folder / "a_folder"));
}

TEST_CASE("an output that is not a regular file is written directly") {
    temp_folder folder;
    const auto r = run_annalist(folder, "build '" + sample("harbor-bridge.txt") + "' -o /dev/null");
    CHECK(r.exit_code == 0);
}

TEST_CASE("a file no reader accepts is reported, not skipped") {
    temp_folder folder;
    folder.write("blob.bin", std::string("\0\1\2\3", 4));
    const auto r = run_annalist(folder, "build blob.bin");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("blob.bin: error: no reader accepts this file") != std::string::npos);
}

namespace {

// A gold document: "On May 2, 2024 and for two days during the week." with three TIMEX3.
const char* const gold_timeml = R"(<?xml version="1.0" ?>
<TimeML>
<DOCID>g</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-05-03" functionInDocument="CREATION_TIME">May 3</TIMEX3></DCT>
<TEXT>On <TIMEX3 tid="t1" type="DATE" value="2024-05-02">May 2, 2024</TIMEX3> and for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> during <TIMEX3 tid="t3" type="DURATION" value="P1W">the week</TIMEX3>.</TEXT>
</TimeML>
)";

} // namespace

TEST_CASE("mentions -t timeml writes one .tml per input into the -o folder") {
    temp_folder folder;
    folder.write("gold/doc.tml", gold_timeml);
    const auto r = run_annalist(folder, "mentions gold/doc.tml -t timeml -o predicted");
    REQUIRE(r.exit_code == 0);
    const std::string written = annalist::test::read_file(folder / "predicted" / "doc.tml");
    CHECK(written.find("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-05-03\"") != std::string::npos);
    CHECK(
        written.find("<TEXT>On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-05-02\">May 2, 2024</TIMEX3> and for "
                     "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2D\">two days</TIMEX3> during the week.</TEXT>") !=
        std::string::npos);
    CHECK(run_annalist(folder, "mentions gold/doc.tml -t timeml").exit_code == 2); // no folder named
}

TEST_CASE("eval scores predicted TimeML against gold") {
    temp_folder folder;
    folder.write("gold/doc.tml", gold_timeml);
    REQUIRE(run_annalist(folder, "mentions gold -t timeml -o predicted").exit_code == 0);
    const auto r = run_annalist(folder, "eval gold predicted --errors");
    REQUIRE(r.exit_code == 0);
    // By hand: 3 gold, 2 predicted (the date and "two days"), both exact with the right
    // value; "the week" (code points 39 to 47) missed. P = 2/2, R = 2/3, F1 = 0.8.
    CHECK(r.out.find("gold 3  predicted 2  matched 2 (2 exact)") != std::string::npos);
    CHECK(r.out.find("strict   P 100.0  R 66.7  F1 80.0") != std::string::npos);
    CHECK(r.out.find("relaxed  P 100.0  R 66.7  F1 80.0") != std::string::npos);
    CHECK(r.out.find("value    accuracy 100.0  F1 80.0") != std::string::npos);
    CHECK(r.out.find("missed      doc.tml  gold [39,47) DURATION P1W  predicted none") != std::string::npos);
}

TEST_CASE("eval refuses to compare documents whose texts differ") {
    temp_folder folder;
    folder.write("gold/doc.tml", gold_timeml);
    folder.write("predicted/doc.tml", "<TimeML><TEXT>Other text.</TEXT></TimeML>");
    const auto r = run_annalist(folder, "eval gold predicted");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("predicted/doc.tml: error: its text differs from") != std::string::npos);
}

TEST_CASE("resolve shows one expression's value, with the reasons on request") {
    temp_folder folder;
    const auto r = run_annalist(folder, "resolve 'last Thursday' --ref 2024-11-04 --explain");
    REQUIRE(r.exit_code == 0);
    const json m = json::parse(r.out);
    CHECK(m["text"] == "last Thursday");
    CHECK(m["value"] == "2024-10-31");
    CHECK(m["anchor"] == "publication");
    CHECK(m["rule"] == "direction_named");
    CHECK(m["explanation"].get<std::string>().find("reference 2024-11-04 (the publication date)") != std::string::npos);
    // No verb near it: the nearest March, five months ahead rather than seven back.
    const json march = json::parse(run_annalist(folder, "resolve 'in March' --ref 1989-10-20 --explain").out);
    CHECK(march["value"] == "1990-03");
    CHECK(march["explanation"].get<std::string>().find("direction nearest (no cue)") != std::string::npos);
    CHECK(run_annalist(folder, "resolve 'no date here' --ref 2024-11-04").exit_code == 1);
    CHECK(run_annalist(folder, "resolve 'Monday' --ref 2024-13-04").exit_code == 2);
}

TEST_CASE("read shows each document as its reader produced it") {
    temp_folder folder;
    const auto text = run_annalist(folder, "read '" + sample("harbor-bridge.txt") + "'");
    REQUIRE(text.exit_code == 0);
    CHECK(text.out.starts_with("== " + sample("harbor-bridge.txt") +
                               " (reader text)\n"
                               "title: Harbor Bridge Reopens After Two-Year Rebuild\n"
                               "url: \n"
                               "published: 2025-03-14 (header line 1 'Published:')\n\n"
                               "Harbor Bridge Reopens After Two-Year Rebuild\n\nThe Harbor Bridge carried"));

    const auto lines = run_annalist(folder, "read '" + sample("harbor-bridge.txt") + "' -t jsonl");
    REQUIRE(lines.exit_code == 0);
    const json doc = json::parse(lines.out);
    CHECK(doc["reader"] == "text");
    CHECK(doc["text"].get<std::string>().starts_with("Harbor Bridge Reopens"));
    CHECK(doc["published_source"] == "header line 1 'Published:'");
}

TEST_CASE("a JSON lines file with bad lines: each named by line, the others still built") {
    temp_folder folder;
    folder.write("feed.jsonl", "{\"text\": \"Talks began on 2 May 2024.\", \"published\": \"2024-05-03\"}\n"
                               "not json\n"
                               "{\"title\": \"no text\"}\n"
                               "{\"text\": \"Talks ended on 9 May 2024.\", \"title\": \"End\"}\n");
    const auto r = run_annalist(folder, "build feed.jsonl -t json");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("annalist: feed.jsonl:2:2 (byte 67): error: not valid JSON") != std::string::npos);
    CHECK(r.err.find("annalist: feed.jsonl:3 (byte 75): error: 'text' (a string) is required; line skipped") !=
          std::string::npos);
    const json j = json::parse(r.out);
    REQUIRE(j["documents"].size() == 2);
    CHECK(j["documents"][0]["published"] == "2024-05-03");
    CHECK(j["documents"][1]["title"] == "End");
    REQUIRE(j["events"].size() == 2);
    CHECK(j["events"][0]["value"] == "2024-05-02");
    CHECK(j["events"][1]["value"] == "2024-05-09");
}

TEST_CASE("citation dates stay out of the chronology unless asked for, and are kept as citations") {
    temp_folder folder;
    folder.write("cited.txt", "Published: 2024-11-04\n\nTalks began on October 2, 2024 (TASS, October 31).\n");
    const auto plain = run_annalist(folder, "build cited.txt -t json");
    REQUIRE(plain.exit_code == 0);
    const json j = json::parse(plain.out);
    REQUIRE(j["events"].size() == 1);
    CHECK(j["events"][0]["value"] == "2024-10-02");
    REQUIRE(j["citations"].size() == 1);
    CHECK(j["citations"][0]["outlet"] == "TASS");
    CHECK(j["citations"][0]["mention"]["value"] == "2024-10-31");

    const auto with = run_annalist(folder, "build cited.txt -t json --include-citations");
    REQUIRE(with.exit_code == 0);
    CHECK(json::parse(with.out)["events"].size() == 2);

    const auto mentions = run_annalist(folder, "mentions cited.txt");
    CHECK(mentions.out.find("\"citation\":\"TASS\"") != std::string::npos);
}

TEST_CASE("build --explain tells, per event, the rule, the reference and the direction") {
    temp_folder folder;
    const auto r = run_annalist(folder, "build '" + sample("harbor-bridge.txt") + "' --explain -o out.csv");
    REQUIRE(r.exit_code == 0);
    CHECK(r.err.find("annalist: 2023-SP 'that spring' in ") != std::string::npos);
    CHECK(r.err.find("rule that_season (") != std::string::npos);
    CHECK(r.err.find("reference 2023-02-20 (the last date mentioned)") != std::string::npos);
    CHECK(r.err.find("annalist: 2025-03-12T09:30 '9:30 a.m. on Wednesday' in ") != std::string::npos);
    CHECK(r.err.find("direction past (tense cue)") != std::string::npos); // "cut the ribbon ... on Wednesday"
    // One line per event, then where the output went.
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 11);
}

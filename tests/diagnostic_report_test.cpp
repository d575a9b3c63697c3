#include "diagnostic_report.hpp"

#include <annalist/pipeline.hpp>

#include "support/english.hpp"
#include "support/temp_folder.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using annalist::diagnostic;
using annalist::severity;
using annalist::cli::diagnostic_reporter;
using annalist::cli::report_options;

namespace {

const std::string impossible = "'February 30, 2024' is not a calendar date; left out";
const std::string contradiction = "'a day after the vote' contradicts the other dates of the events it links ('the "
                                  "vote' is 2024-05-30, its own clause 2024-05-30); those events are left undated";

diagnostic warning_at(std::string file, std::size_t line, std::size_t column, std::string message) {
    diagnostic d;
    d.level = severity::warning;
    d.where.file = std::move(file);
    d.where.line = line;
    d.where.column = column;
    d.message = std::move(message);
    return d;
}

// Five warnings of two kinds and an error, in the order a run meets them.
std::vector<diagnostic> run() {
    return {warning_at("a.txt", 1, 10, impossible),
            warning_at("a.txt", 3, 5, contradiction),
            annalist::file_error("b.txt", "cannot read: No such file or directory"),
            warning_at("c.txt", 2, 1, impossible),
            warning_at("c.txt", 4, 2, contradiction),
            warning_at("d.txt", 1, 1, impossible)};
}

struct printed {
    std::vector<std::string> lines;
    diagnostic_reporter::line_sink sink() {
        return [this](std::string_view line) { lines.emplace_back(line); };
    }
};

// The kinds of the notes the engine writes for one document.
std::vector<std::string> kinds_for(std::string_view text, bool dated) {
    annalist::document doc;
    doc.source = "x.txt";
    doc.text = std::string(text);
    if (dated) doc.published = date::year{2024} / 11 / 4;
    const auto c = annalist::build_chronology({doc}, annalist::test::english_engine());
    std::vector<std::string> kinds;
    for (const auto& note : c.notes) kinds.emplace_back(annalist::cli::kind_of(note).name);
    return kinds;
}

} // namespace

TEST_CASE("the first warnings and every error print at once, the rest are summed up by kind") {
    printed out;
    diagnostic_reporter reporter({false, 2, ""}, out.sink());
    for (const auto& d : run()) reporter.add(d);
    CHECK(out.lines == std::vector<std::string>{
                           "annalist: a.txt:1:10: warning: " + impossible,
                           "annalist: a.txt:3:5: warning: " + contradiction,
                           "annalist: b.txt: error: cannot read: No such file or directory",
                       });
    CHECK(reporter.errors() == 1);
    CHECK(reporter.warnings() == 5);

    out.lines.clear();
    CHECK(reporter.finish());
    // The kinds in the table's order: impossible dates before contradictions.
    CHECK(out.lines ==
          std::vector<std::string>{
              "annalist: 2 more warnings: impossible dates left out (-v shows them all, --diagnostics FILE writes "
              "them)",
              "annalist: 1 more warning: event ties left undated as contradictory (-v shows them all, "
              "--diagnostics FILE writes them)",
          });
    out.lines.clear();
    CHECK(reporter.finish()); // once only
    CHECK(out.lines.empty());
}

TEST_CASE("an error prints even past the limit, which counts warnings only") {
    printed out;
    diagnostic_reporter reporter({false, 0, ""}, out.sink());
    for (const auto& d : run()) reporter.add(d);
    CHECK(out.lines == std::vector<std::string>{"annalist: b.txt: error: cannot read: No such file or directory"});
}

TEST_CASE("verbose prints every diagnostic as it comes, and no summary") {
    printed out;
    diagnostic_reporter reporter({true, 2, ""}, out.sink());
    for (const auto& d : run()) reporter.add(d);
    CHECK(reporter.finish());
    CHECK(out.lines == std::vector<std::string>{
                           "annalist: a.txt:1:10: warning: " + impossible,
                           "annalist: a.txt:3:5: warning: " + contradiction,
                           "annalist: b.txt: error: cannot read: No such file or directory",
                           "annalist: c.txt:2:1: warning: " + impossible,
                           "annalist: c.txt:4:2: warning: " + contradiction,
                           "annalist: d.txt:1:1: warning: " + impossible,
                       });
}

TEST_CASE("the diagnostics file has every diagnostic as a JSON line with its kind") {
    const annalist::test::temp_folder folder;
    const std::string file = (folder / "diagnostics.jsonl").string();
    printed out;
    diagnostic_reporter reporter({false, 2, file}, out.sink());
    for (const auto& d : run()) reporter.add(d);
    CHECK(reporter.finish());
    CHECK(out.lines.size() == 5); // three at once, two summaries naming the file
    CHECK(out.lines[3] ==
          "annalist: 2 more warnings: impossible dates left out (-v shows them all, " + file + " has them)");

    const std::string expected =
        R"({"severity":"warning","file":"a.txt","line":1,"column":10,"message":"'February 30, 2024' is not a calendar date; left out","kind":"impossible_date"})"
        "\n"
        R"({"severity":"warning","file":"a.txt","line":3,"column":5,"message":")" +
        contradiction +
        R"(","kind":"contradictory_ties"})"
        "\n"
        R"({"severity":"error","file":"b.txt","line":null,"column":null,"message":"cannot read: No such file or directory","kind":"other"})"
        "\n"
        R"({"severity":"warning","file":"c.txt","line":2,"column":1,"message":"'February 30, 2024' is not a calendar date; left out","kind":"impossible_date"})"
        "\n"
        R"({"severity":"warning","file":"c.txt","line":4,"column":2,"message":")" +
        contradiction +
        R"(","kind":"contradictory_ties"})"
        "\n"
        R"({"severity":"warning","file":"d.txt","line":1,"column":1,"message":"'February 30, 2024' is not a calendar date; left out","kind":"impossible_date"})"
        "\n";
    CHECK(annalist::test::read_file(file) == expected);
}

TEST_CASE("a diagnostics file that cannot be written is one line and a false finish") {
    const annalist::test::temp_folder folder;
    const std::string file = (folder / "missing" / "diagnostics.jsonl").string();
    printed out;
    diagnostic_reporter reporter({false, 20, file}, out.sink());
    for (const auto& d : run()) reporter.add(d);
    out.lines.clear();
    CHECK_FALSE(reporter.finish());
    CHECK(out.lines ==
          std::vector<std::string>{"annalist: " + file + ": cannot write output: No such file or directory"});
    CHECK_FALSE(std::filesystem::exists(folder / "missing"));
    CHECK_FALSE(reporter.finish()); // the same answer, nothing printed again
    CHECK(out.lines.size() == 1);
}

TEST_CASE("the kinds match the engine's own messages") {
    CHECK(kinds_for("Filed on February 30, 2024.", true) == std::vector<std::string>{"impossible_date"});
    CHECK(kinds_for("The council met yesterday.", false) == std::vector<std::string>{"publication_date_missing"});
    CHECK(kinds_for("VIENNA, March 3, 2021 \xE2\x80\x94 The council said yesterday that the bridge would reopen.\n",
                    false) == std::vector<std::string>{"publication_date_inferred"});
    CHECK(kinds_for("The vote was held on May 30. The summit opened a day after the vote. "
                    "The vote was held a day after the summit.",
                    true) == std::vector<std::string>{"contradictory_ties"});
    CHECK(kinds_for("The summit opened a day after the vote. The vote was held a day after the summit.", true) ==
          std::vector<std::string>{"cycle_of_ties"});
}

TEST_CASE("what no entry names is another warning, even when article text quotes a key") {
    using annalist::cli::kind_of;
    CHECK(kind_of(warning_at("f.xml", 3, 0, "item 2: pubDate 'Mon' is not an RFC 822 date")).name == "other");
    CHECK(kind_of(warning_at("f.txt", 0, 0, "the page has no text in its article or body")).summary ==
          "other warnings");
    // A quoted phrase that happens to hold a key: the fixed tail decides.
    CHECK(kind_of(warning_at("f.txt", 1, 1,
                             "'the cycle race' closes a cycle: its events are dated only from each other; left "
                             "undated"))
              .name == "cycle_of_ties");
    CHECK(
        kind_of(warning_at("f.txt", 1, 1, "'inferred from a closes a cycle' is not a calendar date; left out")).name ==
        "impossible_date");
}

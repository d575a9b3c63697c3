// A corpus run as a user makes it: the same bytes whatever --jobs, diagnostics a
// person can read, progress only on a terminal.
#include "support/run_annalist.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <sstream>

using annalist::test::read_file;
using annalist::test::run_annalist;
using annalist::test::sample;
using annalist::test::temp_folder;

namespace {

const std::string training = std::string(ANNALIST_SHARED_DIR) + "/corpora/tempeval3/train";
const std::string shared_articles = std::string(ANNALIST_SHARED_DIR) + "/articles";

// Inputs for a run with many documents: the samples, and the training set and the
// shared article where ../shared is present.
std::string corpus_arguments() {
    std::string inputs = fmt::format("'{}'", sample("harbor-bridge.txt"));
    if (std::filesystem::exists(training)) {
        inputs += fmt::format(" '{}' '{}'", training, shared_articles);
    } else {
        WARN("../shared is absent: --jobs compared on the samples only");
    }
    return inputs;
}

std::size_t count_lines(const std::string& text, std::string_view containing) {
    std::size_t n = 0;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (line.find(containing) != std::string::npos) ++n;
    return n;
}

// `n` articles with no date anywhere: each one a "no publication date" warning.
void write_undated(const temp_folder& folder, int n) {
    for (int i = 0; i < n; ++i)
        folder.write(fmt::format("in/{}.txt", 100 + i), "The talks resumed on Thursday and ended in June.\n");
}

} // namespace

TEST_CASE("build, mentions and read write the same bytes whatever the number of jobs") {
    temp_folder folder;
    const std::string inputs = corpus_arguments() + " --pub-date 2024-11-04 -q";
    for (const std::string command : {"build -t csv", "build -t json", "build -t html", "build -t ics",
                                      "mentions -t jsonl --explain", "read -t jsonl"}) {
        const auto one = run_annalist(folder, command + " " + inputs + " -j 1 -o one.out");
        const auto two = run_annalist(folder, command + " " + inputs + " -j 2 -o two.out");
        const auto three = run_annalist(folder, command + " " + inputs + " -j 3 -o three.out");
        INFO(command << "\n" << one.err);
        REQUIRE(one.exit_code == two.exit_code);
        REQUIRE(one.exit_code == three.exit_code);
        const std::string expected = read_file(folder / "one.out");
        CHECK(expected.size() > 1000); // not empty: a run that wrote nothing would compare equal
        CHECK(read_file(folder / "two.out") == expected);
        CHECK(read_file(folder / "three.out") == expected);
        // Messages too, line for line, apart from the output's name.
        CHECK(count_lines(one.err, "warning") == count_lines(two.err, "warning"));
    }
}

TEST_CASE("every mentions line is what nlohmann would write for it") {
    if (!std::filesystem::exists(training)) {
        WARN("skipped: " << training << " is absent");
        return;
    }
    temp_folder folder;
    const auto r = run_annalist(folder, "mentions '" + training + "' --explain -j 2 -q -o m.jsonl");
    REQUIRE(r.exit_code == 0);
    std::istringstream in(read_file(folder / "m.jsonl"));
    std::set<std::string> sources;
    for (std::string line; std::getline(in, line);) {
        const auto parsed = nlohmann::ordered_json::parse(line);
        REQUIRE(parsed.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) == line);
        const std::filesystem::path source = parsed["source"].get<std::string>();
        if (source.extension() == ".tml") sources.insert(source.filename().string()); // not the README
    }
    // The whole training set was written: every document whose gold tags more than its
    // creation time (250 of the 256; the other six tag nothing else).
    std::set<std::string> dated;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(training)) {
        if (entry.path().extension() != ".tml") continue;
        const std::string text = read_file(entry.path());
        const auto first = text.find("<TIMEX3");
        if (first != std::string::npos && text.find("<TIMEX3", first + 1) != std::string::npos)
            dated.insert(entry.path().filename().string());
    }
    CHECK(dated.size() == 250);
    CHECK(sources == dated);
}

TEST_CASE("a corpus run prints the first warnings and a count of the rest") {
    temp_folder folder;
    write_undated(folder, 25);
    const std::string kind = "no publication date in its metadata";

    auto r = run_annalist(folder, "build in -o out.csv");
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(count_lines(r.err, kind) == 20);
    CHECK(r.err.find("annalist: 5 more warnings: documents with no publication date") != std::string::npos);
    CHECK(r.err.find('\r') == std::string::npos); // stderr is a file here: no progress line

    r = run_annalist(folder, "build in -o out.csv -v");
    CHECK(count_lines(r.err, kind) == 25);
    CHECK(r.err.find("more warning") == std::string::npos);

    r = run_annalist(folder, "mentions in -o out.jsonl --diagnostics notes.jsonl");
    CHECK(count_lines(r.err, kind) == 20);
    const std::string notes = read_file(folder / "notes.jsonl");
    CHECK(count_lines(notes, "\"severity\":\"warning\"") == 25);
    const auto first = nlohmann::json::parse(notes.substr(0, notes.find('\n')));
    CHECK(first["file"] == "in/100.txt");
    CHECK(first["kind"] == "publication_date_missing");

    // A diagnostics file that cannot be written is an output failure.
    r = run_annalist(folder, "read in -o out.txt --diagnostics missing/notes.jsonl");
    CHECK(r.exit_code == 3);
    CHECK(r.err.find("missing/notes.jsonl") != std::string::npos);
}

TEST_CASE("progress shows on a terminal during a long run, never with --quiet") {
    // script(1) gives annalist a terminal for stderr; 1,500 articles of twenty
    // sentences take longer than the second the meter waits on a debug build.
    temp_folder folder;
    std::string text = "Published: 2024-11-04\n\n";
    for (int k = 0; k < 20; ++k) text += "The talks resumed on Thursday and ended in June, officials said. ";
    for (int i = 0; i < 1500; ++i) folder.write(fmt::format("in/{}/{}.txt", i / 100, i), text);
    const std::string run = "script -qec \"'" + std::string(ANNALIST_BINARY) + "' build in -j 1 -o out.csv";
    double seconds = 0;
    const auto shown = [&](const std::string& flags) {
        const std::string command =
            "cd '" + folder.path().string() + "' && " + run + flags + "\" /dev/null > tty.txt 2>&1";
        const auto start = std::chrono::steady_clock::now();
        REQUIRE(std::system(command.c_str()) == 0);
        seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return read_file(folder / "tty.txt");
    };
    const std::string with = shown("");
    CHECK(with.find(" events from 1500 documents to out.csv") != std::string::npos);
    if (seconds > 1.5) {
        CHECK(with.find(" of 1,500 documents, ") != std::string::npos);
        CHECK(with.find("\r") != std::string::npos);
    } else {
        WARN("the run took " << seconds << " s, too short for the meter to show: only --quiet is checked");
    }
    const std::string quiet = shown(" -q");
    CHECK(quiet.find(" of 1,500 documents") == std::string::npos);
    CHECK(quiet.find("\x1b[K") == std::string::npos);
}

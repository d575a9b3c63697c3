// The table corpus in tests/cases/en/: sentences with their reference date and every
// expression a person expects in them, with value, type, grain, mod and interval.
// A case marked `pending = "why"` is a known gap: it must still fail (so a fix is
// noticed and the mark removed), and the count of pending cases is printed.
#include "support/english.hpp"

#include <catch2/catch.hpp>
#include <toml++/toml.h>

#include <filesystem>

namespace {

namespace fs = std::filesystem;

std::string str(const toml::table& t, std::string_view key) { return t[key].value_or(std::string()); }

std::string grain_name(annalist::grain g) { return std::string(annalist::to_string(g)); }

// Differences between what the engine finds in a case and what it expects; empty
// when the case passes.
std::vector<std::string> differences(const toml::table& c) {
    const std::string text = str(c, "text");
    const std::string named_mode = str(c, "mode");
    const auto mode = named_mode == "narrative" ? annalist::resolution_mode::narrative
                      : named_mode == "auto"    ? annalist::resolution_mode::automatic
                                                : annalist::resolution_mode::news;
    const auto found = annalist::test::mentions_in(text, str(c, "ref"), mode);
    const toml::array* expected = c["expect"].as_array();
    std::vector<std::string> out;
    if (expected == nullptr) return {"the case has no expect array"};
    std::string found_list;
    for (const auto& m : found) found_list += "'" + m.text + "'=" + m.value.value + " ";
    if (found.size() != expected->size()) {
        out.push_back(fmt::format("expected {} expressions, found {}: {}", expected->size(), found.size(), found_list));
        return out;
    }
    for (std::size_t i = 0; i < found.size(); ++i) {
        const toml::table& e = *expected->get(i)->as_table();
        const auto& m = found[i];
        const auto check = [&](std::string_view field, const std::string& want, const std::string& got) {
            if (want != got) out.push_back(fmt::format("'{}' {}: expected '{}', got '{}'", m.text, field, want, got));
        };
        check("extent", str(e, "expr"), m.text);
        check("type", str(e, "type"), std::string(annalist::to_string(m.type)));
        check("value", str(e, "value"), m.value.value);
        if (e.contains("grain")) check("grain", str(e, "grain"), grain_name(m.value.grain));
        check("mod", str(e, "mod"), std::string(annalist::to_string(m.value.mod)));
        if (e.contains("begin"))
            check("begin", str(e, "begin"), annalist::format_instant(m.value.begin, m.value.grain));
        if (e.contains("end")) check("end", str(e, "end"), annalist::format_instant(m.value.end, m.value.grain));
    }
    return out;
}

} // namespace

TEST_CASE("the table corpus of hand-checked cases") {
    const fs::path folder = std::string(ANNALIST_SOURCE_DIR) + "/tests/cases/en";
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().extension() == ".toml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::size_t cases = 0, pending = 0;
    for (const auto& file : files) {
        const toml::table root = toml::parse_file(file.string());
        const toml::array* list = root["case"].as_array();
        REQUIRE(list != nullptr);
        for (const auto& node : *list) {
            const toml::table& c = *node.as_table();
            ++cases;
            INFO(file.filename().string()
                 << ":" << c.source().begin.line << ": " << str(c, "text") << " (ref " << str(c, "ref") << ")");
            const auto diffs = differences(c);
            if (c.contains("pending")) {
                ++pending;
                INFO("pending: " << str(c, "pending"));
                CHECK_FALSE(diffs.empty()); // fixed: remove its pending mark
                continue;
            }
            std::string all;
            for (const auto& d : diffs) all += "\n  " + d;
            INFO("differences:" << all);
            CHECK(diffs.empty());
        }
    }
    WARN(cases << " cases, " << pending << " of them pending");
    // Counted by hand with grep ("^\\[\\[case\\]\\]" and "^pending"): a file the loop
    // skipped, or a case it lost, shows here. Change them with the table.
    CHECK(cases == 523);
    CHECK(pending == 4);
}

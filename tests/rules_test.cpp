// Every rule's own examples, and the rule file format.
#include <annalist/model/diagnostic.hpp>
#include <annalist/scan/rules.hpp>

#include "support/english.hpp"

#include <catch2/catch.hpp>

#include <date/date.h>

#include <algorithm>
#include <set>

using annalist::located_error;
using annalist::test::english;
using annalist::test::english_rules;

TEST_CASE("every rule's examples resolve to their values") {
    for (const auto& r : english_rules().rules) {
        INFO(r.file << ":" << r.line << " rule " << r.id);
        CHECK_FALSE(r.examples.empty()); // a rule without an example is a rule nobody checked
        for (const auto& example : r.examples) {
            INFO(r.file << ":" << r.line << " rule " << r.id << " example '" << example.text << "'");
            const auto found = annalist::test::mentions_in(example.text, date::format("%F", r.example_ref));
            const auto by_rule =
                std::find_if(found.begin(), found.end(), [&](const auto& m) { return m.rule == r.id; });
            REQUIRE(by_rule != found.end());
            CHECK(by_rule->value.value == example.value);
        }
    }
}

TEST_CASE("rule ids are unique") {
    std::set<std::string> ids;
    for (const auto& r : english_rules().rules) {
        INFO(r.id);
        CHECK(ids.insert(r.id).second);
    }
}

namespace {

std::string error_of(std::string_view text) {
    annalist::rule_set rules;
    try {
        annalist::parse_rules(text, "bad.toml", english(), rules);
    } catch (const located_error& e) {
        return e.what();
    }
    return "no error";
}

const std::string header = "example_ref = \"2024-11-04\"\n[[rule]]\nid = \"r\"\nkind = \"date\"\n"
                           "examples = [[\"June 2024\", \"2024-06\"]]\n";

} // namespace

TEST_CASE("bad rules are errors naming file, line and column") {
    CHECK(error_of(header + "pattern = \"MONTH YEARS\"\n") ==
          "bad.toml:6:11: unknown class 'YEARS' (not in the lexicon, not built in)");
    CHECK(error_of(header + "pattern = \"MONTH [in] YEAR\"\n") ==
          "bad.toml:6:11: context elements [...] may only stand at the start or the end");
    CHECK(error_of(header + "pattern = \"a.m. YEAR\"\n") ==
          "bad.toml:6:11: 'a.m.' is 4 tokens; write each word or mark as its own element");
    CHECK(error_of(header + "pattern = \"[in]\"\n") == "bad.toml:6:11: the pattern has only context elements");
    CHECK(error_of(header + "pattern = \"MONTH\"\nsize = 3\n") ==
          "bad.toml:7:1: unknown key 'size' in a rule (known: id, pattern, kind, direction, offset, unit, value, hour, "
          "mod, anchor, tense, era, and_a_half, examples)");
    CHECK(error_of("example_ref = \"2024-11-04\"\n[[rule]]\nid = \"r\"\nkind = \"dates\"\npattern = \"MONTH\"\n")
              .find("bad.toml:2:1: rule 'r': unknown kind 'dates'") == 0);
    CHECK(error_of("[[rule]]\nid = \"r\"\n").find("needs example_ref") != std::string::npos);
}

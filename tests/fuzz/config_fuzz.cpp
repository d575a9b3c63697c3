// The configuration file and a language's lexicon and rules, parsed from any
// bytes: a value or a located_error, never anything else. Rules that parse are
// compiled and run over a sentence.
#include "fuzz_input.hpp"
#include "fuzz_support.hpp"

#include <annalist/config/config.hpp>
#include <annalist/config/language.hpp>
#include <annalist/pipeline.hpp>
#include <annalist/scan/matcher.hpp>
#include <annalist/scan/rules.hpp>

#include <stdexcept>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace annalist;
    fuzz::fuzz_input in(data, size);
    const std::uint8_t which = in.byte() % 3;
    const std::string_view text = in.rest();
    try {
        if (which == 0) {
            (void)parse_config(text, "fuzz.toml");
        } else if (which == 1) {
            (void)parse_language(text, "lexicon.toml");
        } else {
            const language& lang = fuzz::english().lang();
            rule_set rules;
            parse_rules(text, "rules.toml", lang, rules);
            const matcher compiled(rules, lang);
            document doc;
            doc.text = "The council met on June 3, 2024, and again last Thursday, mid-October.";
            doc.published = date::year{2024} / 11 / 4;
            diagnostics notes;
            (void)find_mentions(doc, engine_context{lang, compiled}, notes);
        }
    } catch (const std::runtime_error&) { // located_error and plain parse errors
    }
    return 0;
}

// The shipped English lexicon and rules, loaded once per test binary.
#pragma once

#include <annalist/config/language_pack.hpp>

#include "temp_folder.hpp"

#include <cstdio>

namespace annalist::test {

inline const std::string english_folder = std::string(ANNALIST_SOURCE_DIR) + "/configs/languages/en";

inline const language_pack& english_pack() {
    static const auto pack = language_pack::load(english_folder, "en");
    return *pack;
}

inline const language& english() { return english_pack().lang(); }
inline const rule_set& english_rules() { return english_pack().rules(); }
inline engine_context english_engine(resolution_mode mode = resolution_mode::news) {
    return english_pack().engine(mode);
}

// The mentions of `text` published on `published` ("YYYY-MM-DD").
inline std::vector<mention> mentions_in(std::string_view text, std::string_view published,
                                        resolution_mode mode = resolution_mode::news) {
    document doc;
    doc.source = "test";
    doc.text = std::string(text);
    if (!published.empty()) {
        int y = 0;
        unsigned m = 0, d = 0;
        std::sscanf(std::string(published).c_str(), "%d-%u-%u", &y, &m, &d);
        doc.published = date::year{y} / date::month{m} / date::day{d};
    }
    diagnostics notes;
    return find_mentions(doc, english_engine(mode), notes);
}

} // namespace annalist::test

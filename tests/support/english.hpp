// The shipped English lexicon, loaded once per test binary.
#pragma once

#include <annalist/config/language.hpp>

#include "temp_folder.hpp"

namespace annalist::test {

inline const language& english() {
    static const language lang = [] {
        const auto file = std::string(ANNALIST_SOURCE_DIR) + "/configs/languages/en/lexicon.toml";
        return parse_language(read_file(file), file);
    }();
    return lang;
}

} // namespace annalist::test

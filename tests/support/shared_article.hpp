// The news article in ../shared/articles (published Monday 2024-11-04), read from
// there, never copied; tests skip with a visible message where it is absent.
#pragma once

#include "temp_folder.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace annalist::test {

inline const std::string shared_article_path =
    std::string(ANNALIST_SHARED_DIR) + "/articles/putin-kim-us-elections.txt";

// The article's text, or nullopt when ../shared is absent.
inline std::optional<std::string> shared_article() {
    if (!std::filesystem::exists(shared_article_path)) return std::nullopt;
    return read_file(shared_article_path);
}

} // namespace annalist::test

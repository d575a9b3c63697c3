// The news article in ../shared/articles (published Monday 2024-11-04), read from
// there, never copied; tests skip with a visible message where it is absent.
#pragma once

#include "temp_folder.hpp"

#include <annalist/model/document.hpp>

#include <catch2/catch.hpp>

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

// The article as a document with no publication date, or nullopt (with the skip
// message) when ../shared is absent.
inline std::optional<annalist::document> shared_article_document() {
    auto text = shared_article();
    if (!text) {
        WARN("skipped: " << shared_article_path << " is absent");
        return std::nullopt;
    }
    annalist::document doc;
    doc.source = shared_article_path;
    doc.text = std::move(*text);
    return doc;
}

} // namespace annalist::test

// The built-in reader plugins, loaded once per test binary from the build tree.
#pragma once

#include <annalist/plugins/plugin_registry.hpp>

#include <catch2/catch.hpp>

namespace annalist::test {

// Reads `bytes` as the file `path` with the built-in reader `id`.
inline read_outcome read_with(std::string_view id, std::string_view path, std::string_view bytes) {
    static plugin_registry registry;
    static const bool loaded = [] {
        diagnostics notes;
        registry.discover({ANNALIST_PLUGIN_DIR}, notes);
        return notes.empty();
    }();
    REQUIRE(loaded);
    const auto* reader = registry.find(id);
    REQUIRE(reader != nullptr);
    return reader->read(path, bytes);
}

} // namespace annalist::test

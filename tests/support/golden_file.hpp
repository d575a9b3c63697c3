// Writer output compared byte for byte with tests/golden/<name>. To accept a
// deliberate change, run the test with ANNALIST_UPDATE_GOLDEN=1 and review the diff.
#pragma once

#include "temp_folder.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

namespace annalist::test {

inline void check_golden(const std::string& name, const std::string& actual) {
    const std::filesystem::path file = std::filesystem::path(ANNALIST_SOURCE_DIR) / "tests" / "golden" / name;
    if (std::getenv("ANNALIST_UPDATE_GOLDEN") != nullptr) {
        std::ofstream(file, std::ios::binary) << actual;
        WARN("updated " << file.string());
        return;
    }
    REQUIRE(std::filesystem::exists(file));
    const std::string expected = read_file(file);
    INFO("golden file " << file.string() << " (ANNALIST_UPDATE_GOLDEN=1 rewrites it)");
    CHECK(actual == expected);
}

} // namespace annalist::test

// What the fuzz targets load once: the shipped English language pack.
#pragma once

#include <annalist/config/language_pack.hpp>

namespace annalist::fuzz {

inline const language_pack& english() {
    static const auto pack = language_pack::load(ANNALIST_SOURCE_DIR "/configs/languages/en", "en");
    return *pack;
}

} // namespace annalist::fuzz

// Where annalist's own plugins and configs are: beside the program in the build
// tree and the install tree alike (bin/ next to lib/annalist/plugins and
// share/annalist), or wherever a host that embeds the engine says they are.
#pragma once

#include <filesystem>

namespace annalist::cli {

struct installation {
    std::filesystem::path plugin_dir; // the plugins built with annalist, searched last
    std::filesystem::path config_dir; // annalist.toml and languages/
};

// The folders beside the running program (/proc/self/exe), as the CLI finds them.
installation installation_of_program();

} // namespace annalist::cli

// Where the binary's own plugins and configs are: beside it in the build tree and
// the install tree alike (bin/ next to lib/annalist/plugins and share/annalist).
#pragma once

#include <filesystem>

namespace annalist::cli {

std::filesystem::path installed_plugin_dir();
std::filesystem::path installed_config_dir();

} // namespace annalist::cli

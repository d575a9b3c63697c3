#include "install_paths.hpp"

namespace annalist::cli {
namespace {

std::filesystem::path prefix() {
    std::error_code error;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error) return {};
    return exe.parent_path().parent_path(); // <prefix>/bin/annalist
}

} // namespace

std::filesystem::path installed_plugin_dir() { return prefix() / ANNALIST_PLUGIN_SUBDIR; }
std::filesystem::path installed_config_dir() { return prefix() / ANNALIST_DATA_SUBDIR / "configs"; }

} // namespace annalist::cli

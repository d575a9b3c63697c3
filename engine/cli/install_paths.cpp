#include "install_paths.hpp"

namespace annalist::cli {

installation installation_of_program() {
    std::error_code error;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
    const auto prefix = error ? std::filesystem::path() : exe.parent_path().parent_path(); // <prefix>/bin/annalist
    return {prefix / ANNALIST_PLUGIN_SUBDIR, prefix / ANNALIST_DATA_SUBDIR / "configs"};
}

} // namespace annalist::cli

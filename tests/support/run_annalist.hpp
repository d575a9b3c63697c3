// Runs the built annalist binary as a user would, capturing what it prints.
#pragma once

#include "temp_folder.hpp"

#include <cstdlib>
#include <string>
#include <sys/wait.h>

namespace annalist::test {

struct run_result {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// `arguments` are passed through the shell, from inside `folder`; `environment`
// is prefixed as VAR=value words.
inline run_result run_annalist(const temp_folder& folder, const std::string& arguments,
                               const std::string& environment = "") {
    const auto out = folder / ".stdout";
    const auto err = folder / ".stderr";
    const std::string command = "cd '" + folder.path().string() + "' && " + environment + " '" + ANNALIST_BINARY +
                                "' " + arguments + " >'" + out.string() + "' 2>'" + err.string() + "'";
    const int status = std::system(command.c_str());
    run_result result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = read_file(out);
    result.err = read_file(err);
    std::filesystem::remove(out);
    std::filesystem::remove(err);
    return result;
}

inline std::string sample(std::string_view name) {
    return std::string(ANNALIST_SOURCE_DIR) + "/samples/" + std::string(name);
}

} // namespace annalist::test

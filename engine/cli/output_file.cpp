#include "output_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace annalist::cli {
namespace {

[[noreturn]] void fail(const std::string& target, const std::string& why) {
    throw output_error(fmt::format("{}: cannot write output: {}", target, why));
}

void write_directly(const std::string& target, const std::function<void(std::ostream&)>& write) {
    std::ofstream out;
    std::vector<char> buffer(std::size_t{1} << 20); // a long output in fewer, larger writes
    out.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    out.open(target, std::ios::binary);
    if (!out) fail(target, std::strerror(errno));
    write(out);
    out.flush();
    if (!out) fail(target, "write failed");
}

// A temporary file beside the target, so the final rename stays on one file system.
std::string make_temporary(const std::filesystem::path& target) {
    const auto folder = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    std::string name = target.filename().string();
    name.insert(0, 1, '.');
    name.append(".XXXXXX");
    std::string pattern = (folder / name).string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) fail(target.string(), std::strerror(errno));
    // mkstemp makes the file private; give it the permissions a plain create would.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    ::close(fd);
    return pattern;
}

} // namespace

void write_output(const std::string& target, const std::function<void(std::ostream&)>& write) {
    if (target.empty() || target == "-") {
        write(std::cout);
        std::cout.flush();
        if (!std::cout) throw output_error("standard output: cannot write output");
        return;
    }
    std::error_code error;
    const auto status = std::filesystem::status(target, error);
    if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
        if (std::filesystem::is_directory(status)) fail(target, "it is a directory");
        write_directly(target, write);
        return;
    }
    const std::string temporary = make_temporary(target);
    try {
        write_directly(temporary, write);
    } catch (const output_error&) {
        std::remove(temporary.c_str());
        fail(target, "write failed");
    } catch (...) {
        std::remove(temporary.c_str());
        throw;
    }
    if (std::rename(temporary.c_str(), target.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        std::remove(temporary.c_str());
        fail(target, why);
    }
}

bool write_output_or_report(const std::string& target, const std::function<void(std::ostream&)>& write) {
    try {
        write_output(target, write);
        return true;
    } catch (const output_error& e) {
        std::cerr << "annalist: " << e.what() << '\n';
        return false;
    }
}

} // namespace annalist::cli

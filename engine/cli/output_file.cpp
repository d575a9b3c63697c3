#include "output_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace annalist::cli {
namespace {

// The temporary being written, for the signal handler to remove: a fixed buffer,
// since a handler may only call what is async-signal-safe (unlink, _exit).
char pending_temporary[4096];
volatile std::sig_atomic_t has_pending = 0;

extern "C" void stop_on_signal(int signal) {
    if (has_pending != 0) ::unlink(pending_temporary);
    ::_exit(128 + signal); // 130 for SIGINT, 143 for SIGTERM, as shells report them
}

// SIGINT and SIGTERM held back while a temporary is made and noted, so none is
// left between the two.
class stop_signals_held {
public:
    stop_signals_held() {
        sigset_t stops;
        sigemptyset(&stops);
        sigaddset(&stops, SIGINT);
        sigaddset(&stops, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &stops, &before_);
    }
    ~stop_signals_held() { pthread_sigmask(SIG_SETMASK, &before_, nullptr); }
    stop_signals_held(const stop_signals_held&) = delete;
    stop_signals_held& operator=(const stop_signals_held&) = delete;

private:
    sigset_t before_{};
};

[[noreturn]] void fail(const std::string& target, const std::string& why) {
    throw output_error(fmt::format("{}: cannot write output: {}", target, why));
}

// Writes `path`; a failure names `target` (the file the user asked for) and why, as
// the system said it ("No space left on device", "File too large").
void write_directly(const std::string& target, const std::string& path,
                    const std::function<void(std::ostream&)>& write) {
    std::ofstream out;
    std::vector<char> buffer(std::size_t{1} << 20); // a long output in fewer, larger writes
    out.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    out.open(path, std::ios::binary);
    if (!out) fail(target, std::strerror(errno));
    errno = 0;
    write(out);
    out.flush();
    // The stream keeps no error code, but the failed write(2) left its errno.
    if (!out) fail(target, errno != 0 ? std::strerror(errno) : "write failed");
    out.close();
    if (!out) fail(target, errno != 0 ? std::strerror(errno) : "write failed");
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
        write_directly(target, target, write);
        return;
    }
    std::string temporary;
    {
        const stop_signals_held held;
        temporary = make_temporary(target);
        if (temporary.size() < sizeof pending_temporary) {
            std::memcpy(pending_temporary, temporary.c_str(), temporary.size() + 1);
            has_pending = 1;
        }
    }
    struct forget_pending {
        ~forget_pending() { has_pending = 0; }
    } forget; // once renamed or removed, there is nothing for a signal to remove
    try {
        write_directly(target, temporary, write);
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

void stop_cleanly_on_signals() {
    struct sigaction action {};
    action.sa_handler = stop_on_signal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
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

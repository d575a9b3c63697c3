#include "session.hpp"

#include "install_paths.hpp"

#include <annalist/model/iso_date.hpp>

#include <fmt/format.h>
#include <fmt/std.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace annalist::cli {
namespace {

namespace fs = std::filesystem;

// The file's bytes: a regular file in one read of a byte more than its size (a
// short read is its end), into a string made to size; anything else (a pipe, a
// device) until it ends, or until more than `most` bytes came (a pipe that goes on
// and on). Called on the workers, so the size is asked here and not when the inputs
// are listed.
std::optional<std::string> read_file(const fs::path& path, std::uintmax_t most = UINTMAX_MAX) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    struct ::stat status {};
    const bool regular = ::fstat(fd, &status) == 0 && S_ISREG(status.st_mode);
    std::string bytes(regular ? static_cast<std::size_t>(status.st_size) + 1 : std::size_t{1} << 16, '\0');
    std::size_t got = 0;
    for (;;) {
        const ::ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            errno = error;
            return std::nullopt;
        }
        got += static_cast<std::size_t>(n);
        if (n == 0 || (regular && got < bytes.size()) || got > most) break; // a pipe too long is read no further
        if (got == bytes.size()) bytes.resize(bytes.size() * 2);            // it grew, or a pipe goes on
    }
    ::close(fd);
    bytes.resize(got);
    return bytes;
}

std::vector<fs::path> split_path_list(const char* list) {
    std::vector<fs::path> out;
    if (list == nullptr) return out;
    std::string_view rest(list);
    while (!rest.empty()) {
        const auto colon = rest.find(':');
        const auto part = rest.substr(0, colon);
        if (!part.empty()) out.emplace_back(part);
        if (colon == std::string_view::npos) break;
        rest.remove_prefix(colon + 1);
    }
    return out;
}

// Every regular file under a folder, sorted by path, skipping hidden entries.
std::vector<fs::path> files_under(const fs::path& folder) {
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(folder, fs::directory_options::skip_permission_denied);
         it != fs::recursive_directory_iterator(); ++it) {
        const auto name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
            if (it->is_directory()) it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file()) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

void print(const diagnostic& d) { std::cerr << fmt::format("annalist: {}\n", d); }

session::session(input_options given, const installation& where, const std::function<void(const diagnostic&)>& report)
    : options_(std::move(given)) {
    const input_options& options = options_;
    fs::path config_file = options.config_file;
    if (config_file.empty() && fs::exists(where.config_dir / "annalist.toml"))
        config_file = where.config_dir / "annalist.toml";
    try {
        if (!config_file.empty()) {
            const auto text = read_file(config_file);
            if (!text) throw usage_error(fmt::format("{}: cannot read configuration", config_file));
            config_ = parse_config(*text, config_file.string());
        }
        // A language next to the chosen config wins over the installed one.
        const fs::path relative = fs::path("languages") / config_.resolve.language;
        fs::path folder = config_file.parent_path() / relative;
        if (config_file.empty() || !fs::exists(folder)) folder = where.config_dir / relative;
        language_ = language_pack::load(folder, config_.resolve.language);
    } catch (const std::runtime_error& e) { // located_error too
        throw usage_error(e.what());
    }

    if (!options.mode.empty()) {
        const auto mode = resolution_mode_named(options.mode);
        if (!mode) throw usage_error(fmt::format("--mode is one of news, narrative, auto, not '{}'", options.mode));
        config_.resolve.mode = *mode;
    }

    if (!options.pub_date.empty()) {
        pub_date_ = parse_iso_date(options.pub_date);
        if (!pub_date_ || options.pub_date.size() != 10)
            throw usage_error(
                fmt::format("--pub-date wants a calendar date as YYYY-MM-DD, got '{}'", options.pub_date));
    }

    std::vector<fs::path> folders(options.plugin_dirs.begin(), options.plugin_dirs.end());
    for (auto& folder : split_path_list(std::getenv("ANNALIST_PLUGIN_PATH"))) folders.push_back(std::move(folder));
    for (const auto& folder : config_.plugins.search_path) {
        const fs::path path(folder);
        folders.push_back(path.is_relative() ? config_file.parent_path() / path : path);
    }
    folders.push_back(where.plugin_dir);
    diagnostics notes;
    registry_.allow_insecure(options.allow_insecure_plugins);
    registry_.discover(folders, notes);
    for (const auto& note : notes) report(note);

    if (!options.reader.empty()) {
        forced_reader_ = registry_.find(options.reader);
        if (forced_reader_ == nullptr)
            throw usage_error(
                fmt::format("--reader {}: no such reader is loaded (see 'annalist plugins')", options.reader));
    }
}

std::size_t session::jobs() const {
    if (options_.jobs > 0) return options_.jobs;
    return std::max(1U, std::thread::hardware_concurrency());
}

std::vector<input_file> list_inputs(const std::vector<std::string>& named, bool with_sizes) {
    std::vector<input_file> inputs;
    const auto add = [&](const fs::path& path) {
        std::error_code error;
        const auto size = with_sizes ? fs::file_size(path, error) : 0;
        inputs.push_back({path.string(), error ? 0 : size});
    };
    for (const auto& input : named) {
        std::error_code error;
        if (input == "-") {
            inputs.push_back({input, 0});
        } else if (fs::is_directory(input, error)) {
            for (const auto& file : files_under(input)) add(file);
        } else {
            add(input);
        }
    }
    return inputs;
}

read_result session::read(const input_file& input, std::size_t position, const loaded_reader* reader,
                          const std::optional<date::year_month_day>& pub_date) const {
    read_result result;
    const auto fail = [&](std::string message) {
        result.notes.push_back(file_error(input.path, std::move(message)));
        result.failed = true;
        return std::move(result);
    };
    std::optional<std::string> bytes;
    const std::uintmax_t most = options_.max_document_bytes;
    const auto too_large = [&] {
        return fail(fmt::format("larger than --max-document-bytes ({} bytes); left out", most));
    };
    std::error_code size_unknown;
    if (input.path != "-" && fs::file_size(input.path, size_unknown) > most && !size_unknown)
        return too_large(); // known by its size: not read at all
    bytes = read_file(input.path == "-" ? fs::path("/dev/stdin") : fs::path(input.path), most);
    if (!bytes) return fail(fmt::format("cannot read: {}", std::strerror(errno)));
    if (bytes->size() > most) return too_large();
    // A compressed file read as text would be noise: say what it is instead.
    if (bytes->size() >= 2 && static_cast<unsigned char>((*bytes)[0]) == 0x1f &&
        static_cast<unsigned char>((*bytes)[1]) == 0x8b)
        return fail("gzip-compressed: decompress it first (gunzip)");

    if (reader == nullptr) {
        const auto head = std::string_view(*bytes).substr(0, probe_head_size);
        reader = registry_.choose(fs::path(input.path).filename().string(), head);
    }
    if (reader == nullptr)
        return fail("no reader accepts this file (see 'annalist plugins', or force one with --reader)");

    read_outcome outcome = reader->read(input.path, *bytes);
    std::string().swap(*bytes); // the documents hold their own text now
    result.notes = std::move(outcome.notes);
    result.failed = outcome.failed;
    result.documents = std::move(outcome.documents);
    for (std::size_t item = 0; item < result.documents.size(); ++item) {
        document& doc = result.documents[item];
        doc.order = {position, item};
        if (!doc.published && pub_date) {
            doc.published = pub_date;
            doc.published_source = "--pub-date";
        }
    }
    return result;
}

} // namespace annalist::cli

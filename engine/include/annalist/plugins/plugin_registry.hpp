// Finds, loads and owns reader plugins. Every loaded library lives as long as the
// registry, so nothing that came from a plugin can outlive its code: keep the
// registry alive while any loaded_reader is in use.
#pragma once

#include <annalist/model/diagnostic.hpp>
#include <annalist/model/document.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct annalist_reader;

namespace annalist {

enum class probe_answer { no = 0, maybe = 1, yes = 2 };

struct reader_info {
    std::string id;
    std::string name;
    std::string version;
    std::vector<std::string> extensions; // ".txt"
    std::filesystem::path file;          // the shared library it came from
};

struct read_outcome {
    std::vector<document> documents; // source and reader_id filled in
    diagnostics notes;
    bool failed = false; // the reader failed or reported an error
};

class loaded_reader {
public:
    loaded_reader(reader_info info, const annalist_reader* entry) : info_(std::move(info)), entry_(entry) {}
    [[nodiscard]] const reader_info& info() const { return info_; }
    [[nodiscard]] probe_answer probe(std::string_view file_name, std::string_view head) const;
    // `path` names the input in messages and in each document's source.
    [[nodiscard]] read_outcome read(std::string_view path, std::string_view bytes) const;

private:
    reader_info info_;
    const annalist_reader* entry_;
};

class plugin_registry {
public:
    plugin_registry();
    ~plugin_registry();
    plugin_registry(const plugin_registry&) = delete;
    plugin_registry& operator=(const plugin_registry&) = delete;

    // Loads every `*.so` in each folder, folders in the order given and files sorted
    // by name. The first plugin with an id wins; later ones, files that are not
    // plugins and plugins built for another ABI major are warned about in `notes`.
    void discover(const std::vector<std::filesystem::path>& folders, diagnostics& notes);

    // Loads one file; returns false (with a warning in `notes`) if it was refused.
    // A file, or a folder holding it, that any user may write is refused: whoever
    // can replace it runs code in every annalist run. allow_insecure() lifts that.
    bool load(const std::filesystem::path& file, diagnostics& notes);
    void allow_insecure(bool allowed) { allow_insecure_ = allowed; }

    [[nodiscard]] const std::vector<loaded_reader>& readers() const { return readers_; }
    [[nodiscard]] const loaded_reader* find(std::string_view id) const;

    // The reader for a file: the first that answers yes, else the first that
    // answers maybe (in load order), else nullptr.
    [[nodiscard]] const loaded_reader* choose(std::string_view file_name, std::string_view head) const;

private:
    struct libraries; // Boost.DLL stays out of this header
    std::unique_ptr<libraries> libraries_;
    std::vector<loaded_reader> readers_;
    bool allow_insecure_ = false;
};

// How many leading bytes of a file readers probe.
inline constexpr std::size_t probe_head_size = 4096;

} // namespace annalist

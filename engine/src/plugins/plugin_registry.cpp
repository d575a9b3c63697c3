#include <annalist/plugins/plugin_registry.hpp>

#include <annalist/model/iso_date.hpp>
#include <annalist/sdk/reader_abi.h>

#include <boost/dll/shared_library.hpp>
#include <fmt/format.h>
#include <fmt/std.h>

#include <algorithm>
#include <sstream>

#include <sys/stat.h>

namespace annalist {

struct plugin_registry::libraries {
    std::vector<boost::dll::shared_library> loaded;
};

namespace {

std::string_view view(annalist_str s) { return s.size == 0 ? std::string_view{} : std::string_view{s.data, s.size}; }

std::vector<std::string> split_extensions(const char* list) {
    std::vector<std::string> out;
    std::istringstream words(list == nullptr ? "" : list);
    for (std::string word; words >> word;) out.push_back(word);
    return out;
}

// Collects what a plugin hands back during one read() call.
struct read_session {
    std::string_view path;
    std::string_view reader_id;
    read_outcome outcome;

    static read_session& of(void* context) { return *static_cast<read_session*>(context); }

    static void add_document(void* context, const annalist_document_desc* desc) {
        auto& self = of(context);
        if (desc == nullptr || desc->struct_size < ANNALIST_DOCUMENT_DESC_SIZE_1_0) {
            self.fail({}, "reader handed back a document in an unknown layout");
            return;
        }
        document doc;
        doc.source = std::string(self.path);
        doc.reader_id = std::string(self.reader_id);
        doc.text = std::string(view(desc->text));
        doc.title = std::string(view(desc->title));
        doc.url = std::string(view(desc->url));
        if (desc->struct_size >= sizeof(annalist_document_desc) && desc->stamp_count > 0) {
            if (desc->stamps == nullptr) {
                self.fail({}, "reader handed back date stamps without their ranges");
                return;
            }
            for (std::size_t i = 0; i < desc->stamp_count; ++i) {
                const annalist_text_range r = desc->stamps[i];
                const std::size_t after = doc.stamps.empty() ? 0 : doc.stamps.back().end;
                if (r.begin < after || r.end < r.begin || r.end > doc.text.size()) {
                    self.fail({}, fmt::format("reader handed back a date stamp [{}, {}) outside its text or out of "
                                              "order",
                                              r.begin, r.end));
                    return;
                }
                doc.stamps.push_back({r.begin, r.end});
            }
        }
        const auto published = view(desc->published);
        if (!published.empty()) {
            doc.published = parse_iso_date(published);
            doc.published_source = std::string(view(desc->published_source));
            if (!doc.published) {
                self.fail({}, fmt::format("publication date '{}' ({}) is not a calendar date", published,
                                          doc.published_source.empty() ? "from the reader" : doc.published_source));
                return;
            }
        }
        self.outcome.documents.push_back(std::move(doc));
    }

    static void report(void* context, annalist_severity level, annalist_position where, annalist_str message) {
        auto& self = of(context);
        source_position position{std::string(self.path), where.line, where.column, std::nullopt};
        if (where.byte_offset_plus_one > 0) position.byte_offset = where.byte_offset_plus_one - 1;
        if (level == ANNALIST_SEVERITY_WARNING) {
            self.outcome.notes.push_back({severity::warning, std::move(position), std::string(view(message))});
        } else {
            self.fail(std::move(position), std::string(view(message)));
        }
    }

    void fail(source_position where, std::string message) {
        if (where.file.empty()) where.file = std::string(path);
        outcome.notes.push_back({severity::error, std::move(where), std::move(message)});
        outcome.failed = true;
    }
};

} // namespace

probe_answer loaded_reader::probe(std::string_view file_name, std::string_view head) const {
    const auto answer = entry_->probe({file_name.data(), file_name.size()},
                                      reinterpret_cast<const unsigned char*>(head.data()), head.size());
    switch (answer) {
    case ANNALIST_PROBE_YES:
        return probe_answer::yes;
    case ANNALIST_PROBE_MAYBE:
        return probe_answer::maybe;
    default:
        return probe_answer::no;
    }
}

read_outcome loaded_reader::read(std::string_view path, std::string_view bytes) const {
    read_session session{path, info_.id, {}};
    const annalist_host host{sizeof(annalist_host), &session, &read_session::add_document, &read_session::report};
    const annalist_read_request request{sizeof(annalist_read_request),
                                        {path.data(), path.size()},
                                        reinterpret_cast<const unsigned char*>(bytes.data()),
                                        bytes.size()};
    if (entry_->read(&request, &host) != 0 && !session.outcome.failed) {
        session.fail({}, fmt::format("reader '{}' failed without saying why", info_.id));
    }
    return std::move(session.outcome);
}

plugin_registry::plugin_registry() : libraries_(std::make_unique<libraries>()) {}

// Readers point into the libraries: drop them first.
plugin_registry::~plugin_registry() { readers_.clear(); }

bool plugin_registry::load(const std::filesystem::path& file, diagnostics& notes) {
    const auto refuse = [&](std::string why) {
        notes.push_back(file_warning(file.string(), std::move(why)));
        return false;
    };
    if (!allow_insecure_) {
        const auto writable_by_anyone = [](const std::filesystem::path& path) {
            struct ::stat status {};
            return ::stat(path.c_str(), &status) == 0 && (status.st_mode & S_IWOTH) != 0;
        };
        const auto folder = std::filesystem::absolute(file).parent_path();
        if (writable_by_anyone(file) || writable_by_anyone(folder))
            return refuse(fmt::format("{} is writable by any user: not loaded (--allow-insecure-plugins loads it "
                                      "anyway)",
                                      writable_by_anyone(file) ? "the plugin" : "its folder"));
    }
    boost::dll::shared_library library;
    try {
        library.load(file, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
    } catch (const std::exception& e) {
        return refuse(fmt::format("cannot load plugin: {}", e.what()));
    }
    if (!library.has(ANNALIST_READER_ENTRY_SYMBOL))
        return refuse(fmt::format("not an annalist plugin: no '{}' symbol", ANNALIST_READER_ENTRY_SYMBOL));
    const auto entry_point = library.get<const annalist_reader*()>(ANNALIST_READER_ENTRY_SYMBOL);
    const annalist_reader* entry = entry_point();
    if (entry == nullptr) return refuse("plugin entry point returned nothing");
    if (entry->abi_major != ANNALIST_READER_ABI_MAJOR)
        return refuse(fmt::format("plugin built for reader ABI {}.{}, this annalist speaks {}.{}; rebuild it against "
                                  "this SDK",
                                  entry->abi_major, entry->abi_minor, ANNALIST_READER_ABI_MAJOR,
                                  ANNALIST_READER_ABI_MINOR));
    if (entry->struct_size < sizeof(annalist_reader) || entry->id == nullptr || *entry->id == '\0' ||
        entry->probe == nullptr || entry->read == nullptr)
        return refuse("plugin descriptor is incomplete (no id, probe or read)");
    if (const auto* existing = find(entry->id)) {
        return refuse(fmt::format("reader '{}' is already loaded from {}; this one is ignored", entry->id,
                                  existing->info().file.string()));
    }
    reader_info info{entry->id, entry->name == nullptr ? entry->id : entry->name,
                     entry->version == nullptr ? "" : entry->version, split_extensions(entry->extensions), file};
    libraries_->loaded.push_back(std::move(library));
    readers_.emplace_back(std::move(info), entry);
    return true;
}

void plugin_registry::discover(const std::vector<std::filesystem::path>& folders, diagnostics& notes) {
    for (const auto& folder : folders) {
        std::error_code error;
        if (!std::filesystem::is_directory(folder, error)) continue;
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
            if (entry.path().extension() == ".so" && entry.is_regular_file(error)) files.push_back(entry.path());
        }
        if (error) {
            notes.push_back(
                file_warning(folder.string(), fmt::format("cannot list plugin folder: {}", error.message())));
        }
        std::sort(files.begin(), files.end());
        for (const auto& file : files) load(file, notes);
    }
}

const loaded_reader* plugin_registry::find(std::string_view id) const {
    const auto it = std::find_if(readers_.begin(), readers_.end(), [&](const auto& r) { return r.info().id == id; });
    return it == readers_.end() ? nullptr : &*it;
}

const loaded_reader* plugin_registry::choose(std::string_view file_name, std::string_view head) const {
    const loaded_reader* maybe = nullptr;
    for (const auto& reader : readers_) {
        const auto answer = reader.probe(file_name, head);
        if (answer == probe_answer::yes) return &reader;
        if (answer == probe_answer::maybe && maybe == nullptr) maybe = &reader;
    }
    return maybe;
}

} // namespace annalist

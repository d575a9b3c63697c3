// The friendly side of the reader ABI: derive from annalist::sdk::reader, then write
// ANNALIST_READER_PLUGIN(your_class, "id", "Name", "1.0", ".ext1 .ext2") in one .cpp.
// The macro writes the C shims; exceptions thrown by your code are caught there and
// reported to the host as errors, so they never cross the library boundary.
#pragma once

#include <annalist/sdk/reader_abi.h>

#include <cstddef>
#include <exception>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::sdk {

enum class probe_answer { no = ANNALIST_PROBE_NO, maybe = ANNALIST_PROBE_MAYBE, yes = ANNALIST_PROBE_YES };

// A place in the input; 0 means unknown. Lines and columns count from 1,
// byte_offset from 0.
struct position {
    std::size_t line = 0;
    std::size_t column = 0;
    std::size_t byte_offset = static_cast<std::size_t>(-1);
    [[nodiscard]] bool has_byte_offset() const { return byte_offset != static_cast<std::size_t>(-1); }
};

// Throw this from read() to fail the input with a position the user can find.
class read_error : public std::runtime_error {
public:
    explicit read_error(const std::string& message, position where = {}) : std::runtime_error(message), where_(where) {}
    [[nodiscard]] const position& where() const { return where_; }

private:
    position where_;
};

struct document {
    std::string text;
    std::string title;
    std::string url;
    std::string published;        // ISO 8601 date or date-time, empty if unknown
    std::string published_source; // where the date was found, for diagnostics
    // The document's own date stamps (a byline, a date line): byte ranges of `text`,
    // in order. The publication date is read there; no event is made of them.
    std::vector<annalist_text_range> stamps;
};

// What a reader may do while reading: hand back documents, warn.
class read_context {
public:
    explicit read_context(const annalist_host& host) : host_(host) {}

    void add(const document& doc) const { add(doc, doc.text); }
    // The same with its text given apart, as a view: a reader whose text is a part
    // of its input as it stands passes that part, and a large file is not copied
    // once more on the way. `doc.text` is not read.
    void add(const document& doc, std::string_view text) const {
        const annalist_document_desc desc{
            sizeof(annalist_document_desc), view(text),        view(doc.title),  view(doc.url), view(doc.published),
            view(doc.published_source),     doc.stamps.data(), doc.stamps.size()};
        host_.add_document(host_.context, &desc);
    }
    void warn(std::string_view message, position where = {}) const {
        report(ANNALIST_SEVERITY_WARNING, message, where);
    }
    void error(std::string_view message, position where = {}) const { report(ANNALIST_SEVERITY_ERROR, message, where); }

private:
    static annalist_str view(std::string_view s) { return {s.data(), s.size()}; }
    void report(annalist_severity severity, std::string_view message, position where) const {
        const annalist_position pos{where.line, where.column, where.has_byte_offset() ? where.byte_offset + 1 : 0};
        host_.report(host_.context, severity, pos, view(message));
    }
    const annalist_host& host_;
};

class reader {
public:
    virtual ~reader() = default;
    // Decide from the file name and the first bytes (up to 4 KiB) whether this reader
    // can read the file. Cheap: called for every reader on every input.
    [[nodiscard]] virtual probe_answer probe(std::string_view file_name, std::string_view head) const = 0;
    // Read one input. Throw read_error (or anything) to fail it.
    virtual void read(std::string_view path, std::string_view bytes, const read_context& context) const = 0;
};

namespace detail {

inline std::string_view to_view(annalist_str s) {
    return s.size == 0 ? std::string_view{} : std::string_view{s.data, s.size};
}

inline annalist_probe_answer probe_shim(const reader& r, annalist_str file_name, const unsigned char* head,
                                        std::size_t head_size) noexcept {
    try {
        const std::string_view head_view(reinterpret_cast<const char*>(head), head == nullptr ? 0 : head_size);
        return static_cast<annalist_probe_answer>(r.probe(to_view(file_name), head_view));
    } catch (...) {
        return ANNALIST_PROBE_NO;
    }
}

inline int read_shim(const reader& r, const annalist_read_request* request, const annalist_host* host) noexcept {
    if (request == nullptr || host == nullptr) return 1;
    const read_context context(*host);
    try {
        const std::string_view bytes(reinterpret_cast<const char*>(request->bytes),
                                     request->bytes == nullptr ? 0 : request->size);
        r.read(to_view(request->path), bytes, context);
        return 0;
    } catch (const read_error& e) {
        context.error(e.what(), e.where());
    } catch (const std::exception& e) {
        context.error(std::string("reader failed: ") + e.what());
    } catch (...) {
        context.error("reader failed with an unknown exception");
    }
    return 1;
}

} // namespace detail
} // namespace annalist::sdk

// Defines the plugin's exported entry point for reader class `reader_class`
// (default-constructible, derived from annalist::sdk::reader).
#define ANNALIST_READER_PLUGIN(reader_class, id_text, name_text, version_text, extensions_text)                        \
    namespace {                                                                                                        \
    const reader_class& annalist_plugin_instance() {                                                                   \
        static const reader_class instance;                                                                            \
        return instance;                                                                                               \
    }                                                                                                                  \
    annalist_probe_answer annalist_plugin_probe(annalist_str file_name, const unsigned char* head,                     \
                                                std::size_t head_size) {                                               \
        return ::annalist::sdk::detail::probe_shim(annalist_plugin_instance(), file_name, head, head_size);            \
    }                                                                                                                  \
    int annalist_plugin_read(const annalist_read_request* request, const annalist_host* host) {                        \
        return ::annalist::sdk::detail::read_shim(annalist_plugin_instance(), request, host);                          \
    }                                                                                                                  \
    }                                                                                                                  \
    extern "C" __attribute__((visibility("default"))) const annalist_reader* annalist_reader_entry(void) {             \
        static const annalist_reader descriptor{ANNALIST_READER_ABI_MAJOR,                                             \
                                                ANNALIST_READER_ABI_MINOR,                                             \
                                                sizeof(annalist_reader),                                               \
                                                id_text,                                                               \
                                                name_text,                                                             \
                                                version_text,                                                          \
                                                extensions_text,                                                       \
                                                &annalist_plugin_probe,                                                \
                                                &annalist_plugin_read};                                                \
        return &descriptor;                                                                                            \
    }

// One reader plugin, loaded as annalist loads it (from the build tree's plugin
// folder, through the registry), reading any bytes. Built once per reader, with
// ANNALIST_FUZZ_READER naming it. Every document it returns must hold valid data:
// a calendar date, text the host can scan.
#include <annalist/plugins/plugin_registry.hpp>

#include <cstdlib>
#include <memory>

namespace {

const annalist::loaded_reader& reader() {
    static const auto registry = [] {
        auto r = std::make_unique<annalist::plugin_registry>();
        annalist::diagnostics notes;
        r->discover({ANNALIST_PLUGIN_DIR}, notes);
        return r;
    }();
    static const annalist::loaded_reader* found = registry->find(ANNALIST_FUZZ_READER);
    if (found == nullptr) std::abort(); // the plugin was not built
    return *found;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    (void)reader().probe("fuzz", bytes.substr(0, annalist::probe_head_size));
    const annalist::read_outcome outcome = reader().read("fuzz", bytes);
    for (const annalist::document& doc : outcome.documents)
        if (doc.published && !doc.published->ok()) std::abort();
    return 0;
}

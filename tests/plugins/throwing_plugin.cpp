// A reader whose code throws: the SDK shims must turn that into an error report.
#include <annalist/sdk/reader_plugin.hpp>

#include <stdexcept>

namespace {
class throwing_reader final : public annalist::sdk::reader {
public:
    [[nodiscard]] annalist::sdk::probe_answer probe(std::string_view, std::string_view) const override {
        throw std::logic_error("probe exploded");
    }
    void read(std::string_view, std::string_view, const annalist::sdk::read_context& context) const override {
        context.warn("about to fail");
        throw std::runtime_error("the parser exploded");
    }
};
} // namespace

ANNALIST_READER_PLUGIN(throwing_reader, "throwing", "Always throws", "0.1", ".boom")

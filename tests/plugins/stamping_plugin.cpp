// A reader that marks date stamps as its input asks: "ok" marks the byline,
// "outside" a range past the text's end, "unordered" two ranges out of order.
#include <annalist/sdk/reader_plugin.hpp>

namespace {
class stamping_reader final : public annalist::sdk::reader {
public:
    [[nodiscard]] annalist::sdk::probe_answer probe(std::string_view, std::string_view) const override {
        return annalist::sdk::probe_answer::no;
    }
    void read(std::string_view, std::string_view bytes, const annalist::sdk::read_context& context) const override {
        annalist::sdk::document doc;
        doc.text = "By Staff, March 5, 2019\nThe vote was held on June 3, 2024.";
        if (bytes == "ok") doc.stamps = {{0, 23}};
        if (bytes == "outside") doc.stamps = {{24, 400}};
        if (bytes == "unordered") doc.stamps = {{24, 30}, {0, 5}};
        context.add(doc);
    }
};
} // namespace

ANNALIST_READER_PLUGIN(stamping_reader, "stamping", "Marks date stamps", "0.1", ".stamp")

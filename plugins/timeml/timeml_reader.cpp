// TimeML files (TempEval-3 layout): the text of <TEXT> without its tags, dated by
// the DCT. The annotations themselves are not passed on: annalist finds its own,
// and `annalist eval` compares them with these.
#include <annalist/sdk/reader_plugin.hpp>
#include <annalist/sdk/utf8.hpp>
#include <annalist/timeml/timeml_document.hpp>

#include <string_view>

namespace {

using annalist::sdk::probe_answer;

class timeml_reader final : public annalist::sdk::reader {
public:
    [[nodiscard]] probe_answer probe(std::string_view file_name, std::string_view head) const override {
        if (file_name.ends_with(".tml") || file_name.ends_with(".TML")) return probe_answer::yes;
        return head.find("<TimeML") != std::string_view::npos ? probe_answer::yes : probe_answer::no;
    }

    void read(std::string_view, std::string_view bytes, const annalist::sdk::read_context& context) const override {
        annalist::sdk::require_valid_utf8(bytes);
        annalist::timeml::timeml_document parsed;
        try {
            parsed = annalist::timeml::parse_timeml(bytes);
        } catch (const annalist::timeml::parse_error& e) {
            throw annalist::sdk::read_error(e.what(), annalist::sdk::position_of_offset(bytes, e.byte_offset()));
        }
        annalist::sdk::document doc;
        doc.text = std::move(parsed.text);
        doc.title = parsed.doc_id;
        if (!parsed.dct_value.empty()) {
            doc.published = parsed.dct_value;
            doc.published_source = "TimeML <DCT>";
        }
        context.add(doc);
    }
};

} // namespace

ANNALIST_READER_PLUGIN(timeml_reader, "timeml", "TimeML (TempEval-3)", "1.0.0", ".tml")

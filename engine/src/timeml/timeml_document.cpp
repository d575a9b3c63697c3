#include <annalist/timeml/timeml_document.hpp>

#include <pugixml.hpp>

namespace annalist::timeml {
namespace {

// Appends the text under `node` to doc.text, recording each TIMEX3's span.
void collect_text(const pugi::xml_node& node, timeml_document& doc) {
    for (const pugi::xml_node& child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            doc.text += child.value();
        } else if (child.type() == pugi::node_element) {
            const bool is_timex = std::string_view(child.name()) == "TIMEX3";
            const std::size_t begin = doc.text.size();
            std::size_t index = doc.timexes.size();
            if (is_timex) doc.timexes.push_back({});
            collect_text(child, doc);
            if (is_timex) {
                timex& t = doc.timexes[index];
                t.begin = begin;
                t.end = doc.text.size();
                t.tid = child.attribute("tid").value();
                t.type = child.attribute("type").value();
                t.value = child.attribute("value").value();
                t.mod = child.attribute("mod").value();
            }
        }
    }
}

} // namespace

timeml_document parse_timeml(std::string_view xml) {
    pugi::xml_document tree;
    // Keep whitespace-only text between tags: it is part of the document text.
    const auto result =
        tree.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
    if (!result)
        throw parse_error(std::string("not well-formed XML: ") + result.description(),
                          static_cast<std::size_t>(result.offset));

    const pugi::xml_node root = tree.child("TimeML");
    if (!root) throw parse_error("no <TimeML> root element", 0);
    const pugi::xml_node text = root.child("TEXT");
    if (!text) throw parse_error("no <TEXT> element", static_cast<std::size_t>(root.offset_debug()));

    timeml_document doc;
    doc.doc_id = root.child("DOCID").text().get();
    doc.dct_value = root.child("DCT").child("TIMEX3").attribute("value").value();
    collect_text(text, doc);
    return doc;
}

} // namespace annalist::timeml

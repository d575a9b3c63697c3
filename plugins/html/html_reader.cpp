// HTML pages: the article's text and the page's own metadata (see html_text.hpp).
#include "html_charset.hpp"
#include "html_nesting.hpp"
#include "html_text.hpp"

#include <annalist/sdk/reader_plugin.hpp>

#include <algorithm>
#include <cctype>
#include <string>

namespace {

using annalist::sdk::probe_answer;

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

class html_reader final : public annalist::sdk::reader {
public:
    [[nodiscard]] probe_answer probe(std::string_view file_name, std::string_view head) const override {
        const std::string name = lower(file_name);
        if (name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".xhtml")) return probe_answer::yes;
        const auto first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
        if (first == std::string_view::npos || head[first] != '<') return probe_answer::no;
        const std::string start = lower(head.substr(first, 512));
        return start.starts_with("<!doctype html") || start.find("<html") != std::string::npos ? probe_answer::yes
                                                                                               : probe_answer::no;
    }

    void read(std::string_view, std::string_view bytes, const annalist::sdk::read_context& context) const override {
        const auto decoded = annalist::html::to_utf8(bytes);
        if (decoded.fallbacks > 0) {
            std::string message = std::to_string(decoded.fallbacks);
            message += decoded.fallbacks == 1 ? " byte" : " bytes";
            message += " not valid in ";
            message += decoded.charset;
            message += ", read as windows-1252";
            context.warn(message);
        }
        const auto page = annalist::html::read_page(decoded.text);
        if (page.tags_left_out > 0)
            context.warn(std::to_string(page.tags_left_out) + " elements nested deeper than " +
                         std::to_string(annalist::html::deepest_nesting) +
                         " levels left out, as a browser does; their text is read");
        annalist::sdk::document doc;
        doc.text = page.text;
        doc.title = page.title;
        doc.url = page.url;
        doc.published = page.published;
        doc.published_source = page.published_source;
        for (const auto& [begin, end] : page.stamps) doc.stamps.push_back({begin, end});
        if (doc.text.empty()) context.warn("the page has no text in its article or body");
        context.add(doc);
    }
};

} // namespace

ANNALIST_READER_PLUGIN(html_reader, "html", "HTML page", "1.0.0", ".html .htm .xhtml")

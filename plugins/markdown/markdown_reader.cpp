// Markdown (CommonMark with GitHub's extensions) to plain text with cmark-gfm, with
// optional front matter giving the metadata: YAML between "---" lines (yaml-cpp) or
// TOML between "+++" lines (toml++). Keys read: title, date (or published), url.
#include <annalist/sdk/iso_date.hpp>
#include <annalist/sdk/reader_plugin.hpp>
#include <annalist/sdk/utf8.hpp>

#include <cmark-gfm.h>
#include <toml++/toml.h>
#include <yaml-cpp/yaml.h>

#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>

namespace {

using annalist::sdk::position;
using annalist::sdk::probe_answer;
using annalist::sdk::read_error;

struct front_matter {
    std::string_view block; // between the fences
    std::string_view body;  // after the closing fence
    char fence = 0;         // '-' for YAML, '+' for TOML, 0 for none
};

// "---\n...\n---\n" or "+++\n...\n+++\n" at the very start.
front_matter split_front_matter(std::string_view text) {
    for (const char fence : {'-', '+'}) {
        const std::string open(3, fence);
        if (!text.starts_with(open + "\n") && !text.starts_with(open + "\r\n")) continue;
        const std::size_t start = text.find('\n') + 1;
        for (std::size_t line = start; line < text.size();) {
            const std::size_t end = std::min(text.find('\n', line), text.size());
            std::string_view current = text.substr(line, end - line);
            if (current.ends_with('\r')) current.remove_suffix(1);
            if (current == open) {
                return {text.substr(start, line - start), text.substr(std::min(end + 1, text.size())), fence};
            }
            line = end + 1;
        }
        throw read_error("front matter opened with '" + open + "' is never closed", position{1, 1, 0});
    }
    return {{}, text, 0};
}

struct metadata {
    std::string title, date, url;
};

// YAML front matter; positions count from the file's first line (the fence).
metadata read_yaml(std::string_view block) {
    metadata out;
    try {
        const YAML::Node root = YAML::Load(std::string(block));
        if (!root.IsMap()) return out;
        const auto get = [&](const char* key) {
            return root[key] && root[key].IsScalar() ? root[key].as<std::string>() : std::string();
        };
        out.title = get("title");
        out.date = get("date").empty() ? get("published") : get("date");
        out.url = get("url");
    } catch (const YAML::Exception& e) {
        throw read_error(
            "front matter is not valid YAML: " + e.msg,
            position{static_cast<std::size_t>(e.mark.line) + 2, static_cast<std::size_t>(e.mark.column) + 1});
    }
    return out;
}

metadata read_toml(std::string_view block) {
    metadata out;
    try {
        const toml::table root = toml::parse(block);
        const auto get = [&](const char* key) -> std::string {
            const toml::node* node = root.get(key);
            if (node == nullptr) return {};
            if (const auto* text = node->as_string()) return text->get();
            // TOML has date and date-time values of its own: "date = 2024-11-04".
            std::ostringstream written;
            if (const auto* day = node->as_date()) written << *day;
            if (const auto* moment = node->as_date_time()) written << *moment;
            return written.str();
        };
        out.title = get("title");
        out.date = get("date").empty() ? get("published") : get("date");
        out.url = get("url");
    } catch (const toml::parse_error& e) {
        throw read_error("front matter is not valid TOML: " + std::string(e.description()),
                         position{e.source().begin.line + 1, e.source().begin.column});
    }
    return out;
}

std::string markdown_to_text(std::string_view markdown) {
    std::unique_ptr<cmark_node, decltype(&cmark_node_free)> doc(
        cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT), &cmark_node_free);
    if (!doc) throw read_error("the Markdown parser failed");
    std::unique_ptr<char, decltype(&std::free)> text(cmark_render_plaintext(doc.get(), CMARK_OPT_DEFAULT, 0),
                                                     &std::free);
    return text ? std::string(text.get()) : std::string();
}

class markdown_reader final : public annalist::sdk::reader {
public:
    [[nodiscard]] probe_answer probe(std::string_view file_name, std::string_view head) const override {
        if (file_name.ends_with(".md") || file_name.ends_with(".markdown")) return probe_answer::yes;
        return head.starts_with("---\n") || head.starts_with("+++\n") || head.starts_with("# ") ? probe_answer::maybe
                                                                                                : probe_answer::no;
    }

    void read(std::string_view, std::string_view bytes, const annalist::sdk::read_context& context) const override {
        annalist::sdk::require_valid_utf8(bytes);
        const front_matter parts = split_front_matter(annalist::sdk::strip_utf8_bom(bytes));
        const metadata meta = parts.fence == '-'   ? read_yaml(parts.block)
                              : parts.fence == '+' ? read_toml(parts.block)
                                                   : metadata{};
        annalist::sdk::document doc;
        doc.title = meta.title;
        doc.url = meta.url;
        if (!meta.date.empty()) {
            if (!annalist::sdk::looks_like_iso_date(meta.date))
                throw read_error("front matter 'date' wants an ISO 8601 date like 2024-11-04, got '" + meta.date + "'");
            doc.published = meta.date;
            doc.published_source = "front matter 'date'";
        }
        doc.text = markdown_to_text(parts.body);
        context.add(doc);
    }
};

} // namespace

ANNALIST_READER_PLUGIN(markdown_reader, "markdown", "Markdown with front matter", "1.0.0", ".md .markdown")

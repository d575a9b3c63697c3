#include "html_nesting.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <vector>

namespace annalist::html {
namespace {

// Elements that never hold another of their depth: void ones, and those an open
// sibling or an ancestor's end closes (HTML's optional end tags).
constexpr std::array<std::string_view, 39> uncounted{
    "area",  "base",   "basefont", "bgsound", "br",    "col",    "embed",    "frame",    "hr",     "img",
    "input", "keygen", "link",     "meta",    "param", "source", "track",    "wbr",      "html",   "head",
    "body",  "p",      "li",       "dt",      "dd",    "option", "optgroup", "rb",       "rp",     "rt",
    "rtc",   "tr",     "td",       "th",      "tbody", "thead",  "tfoot",    "colgroup", "caption"};

// Their content is text up to their own end tag, never tags.
constexpr std::array<std::string_view, 8> raw_text{"script", "style",  "textarea", "title",
                                                   "xmp",    "iframe", "noembed",  "noframes"};

bool listed(std::string_view name, auto& list) { return std::find(list.begin(), list.end(), name) != list.end(); }

bool name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':' ||
           c == '_';
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The tag's name from html[at], lower-cased.
std::string name_at(std::string_view html, std::size_t at) {
    std::string name;
    for (; at < html.size() && name_char(html[at]); ++at) name.push_back(lower(html[at]));
    return name;
}

// The byte after the '>' that ends the tag begun at html[at] ('<'), quoted
// attribute values stepped over; the end of the page when none does.
std::size_t tag_end(std::string_view html, std::size_t at) {
    char quote = 0;
    for (std::size_t i = at + 1; i < html.size(); ++i) {
        const char c = html[i];
        if (quote != 0) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            // Only a quote that opens a value ("=" before it, spaces aside) quotes.
            std::size_t k = i;
            while (k > at && (html[k - 1] == ' ' || html[k - 1] == '\t' || html[k - 1] == '\n')) --k;
            if (k > at && html[k - 1] == '=') quote = c;
        } else if (c == '>') {
            return i + 1;
        }
    }
    return html.size();
}

// Where "</name" next begins at or after `from`, case aside; the page's end if nowhere.
std::size_t end_tag_of(std::string_view html, std::size_t from, std::string_view name) {
    for (std::size_t at = html.find("</", from); at != std::string_view::npos; at = html.find("</", at + 2)) {
        std::size_t k = 0;
        while (k < name.size() && at + 2 + k < html.size() && lower(html[at + 2 + k]) == name[k]) ++k;
        if (k == name.size() && (at + 2 + k == html.size() || !name_char(html[at + 2 + k]))) return at;
    }
    return html.size();
}

class nesting_bound {
public:
    nesting_bound(std::string_view html, std::size_t deepest) : html_(html), deepest_(deepest) {
        page_.html.reserve(html.size());
    }

    bounded_page run() {
        std::size_t at = 0;
        while (at < html_.size()) {
            const std::size_t open = html_.find('<', at);
            if (open == std::string_view::npos) {
                keep(at, html_.size());
                break;
            }
            keep(at, open);
            at = step_over_markup(open);
        }
        return std::move(page_);
    }

private:
    std::string_view html_;
    std::size_t deepest_;
    bounded_page page_;
    std::vector<std::string> open_;                        // counted elements open, innermost last
    std::unordered_map<std::string, std::size_t> in_open_; // how many of each name are open
    std::unordered_map<std::string, std::size_t> left_;    // start tags left out, by name
    std::size_t foreign_ = 0;                              // <svg> and <math> open

    void keep(std::size_t from, std::size_t to) { page_.html.append(html_.substr(from, to - from)); }

    // What begins at html_[open] ('<'); returns where the next text begins.
    std::size_t step_over_markup(std::size_t open) {
        const std::string_view rest = html_.substr(open);
        if (rest.starts_with("<!--")) {
            const std::size_t close = html_.find("-->", open + 4);
            const std::size_t end = close == std::string_view::npos ? html_.size() : close + 3;
            keep(open, end);
            return end;
        }
        if (rest.starts_with("<!") || rest.starts_with("<?")) {
            const std::size_t close = html_.find('>', open);
            const std::size_t end = close == std::string_view::npos ? html_.size() : close + 1;
            keep(open, end);
            return end;
        }
        if (rest.size() > 2 && rest[1] == '/' && name_char(rest[2])) return end_tag(open);
        if (rest.size() > 1 && name_char(rest[1]) && rest[1] != '-') return start_tag(open);
        keep(open, open + 1); // a '<' that opens no tag is text
        return open + 1;
    }

    std::size_t start_tag(std::size_t open) {
        const std::string name = name_at(html_, open + 1);
        const std::size_t end = tag_end(html_, open);
        const bool self_closing = end >= 2 && html_[end - 1] == '>' && html_[end - 2] == '/';
        const bool counted =
            !listed(name, uncounted) && !(self_closing && (foreign_ > 0 || name == "svg" || name == "math"));
        if (counted && open_.size() >= deepest_) {
            ++left_[name];
            ++page_.left_out;
            return end;
        }
        keep(open, end);
        if (counted) {
            open_.push_back(name);
            ++in_open_[name];
            if (name == "svg" || name == "math") ++foreign_;
        }
        if (listed(name, raw_text) && !self_closing) { // its text, up to its end tag, as it is
            const std::size_t text_end = end_tag_of(html_, end, name);
            keep(end, text_end);
            return text_end;
        }
        return end;
    }

    std::size_t end_tag(std::size_t open) {
        const std::string name = name_at(html_, open + 2);
        const std::size_t end = tag_end(html_, open);
        if (const auto left = left_.find(name); left != left_.end() && left->second > 0) {
            --left->second; // the end of a start tag left out goes with it
            return end;
        }
        keep(open, end);
        // The nearest open element of that name closes, and those opened inside it.
        if (const auto it = in_open_.find(name); it != in_open_.end() && it->second > 0) {
            while (!open_.empty()) {
                const std::string inner = std::move(open_.back());
                open_.pop_back();
                --in_open_[inner];
                if (inner == "svg" || inner == "math") --foreign_;
                if (inner == name) break;
            }
        }
        return end;
    }
};

} // namespace

bounded_page bound_nesting(std::string_view html, std::size_t deepest) { return nesting_bound(html, deepest).run(); }

} // namespace annalist::html

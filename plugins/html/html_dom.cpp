#include "html_dom.hpp"

#include <algorithm>

namespace annalist::html::detail {
output_ptr parse(std::string_view html) {
    return output_ptr(gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
                      [](GumboOutput* out) { gumbo_destroy_output(&kGumboDefaultOptions, out); });
}

const char* attribute(const GumboNode* node, const char* name) {
    if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a == nullptr ? nullptr : a->value;
}

bool is_element(const GumboNode* node, GumboTag tag) {
    return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

const GumboNode* first_element(const GumboNode* root, GumboTag tag) {
    const GumboNode* found = nullptr;
    walk(root, [&](const GumboNode* n) {
        if (!is_element(n, tag)) return false;
        found = n;
        return true;
    });
    return found;
}

// <meta property|name="key" content="...">
std::string meta(const GumboNode* root, std::string_view key) {
    std::string value;
    walk(root, [&](const GumboNode* n) {
        if (!is_element(n, GUMBO_TAG_META)) return false;
        const char* property = attribute(n, "property");
        const char* name = attribute(n, "name");
        const char* content = attribute(n, "content");
        // Names are matched without case: "DC.date.issued" is also written "dc.date.issued".
        const auto same = [&](const char* given) { return given != nullptr && lower_ascii(given) == lower_ascii(key); };
        if (content == nullptr || !(same(property) || same(name))) return false;
        value = content;
        return true;
    });
    return value;
}

bool dropped(const GumboNode* node) {
    const GumboTag tag = node->v.element.tag;
    // A form holding the page's heading or its <main> or <article> wraps the page
    // (ASP.NET puts every page in one), and is no search box or comment form.
    if (tag == GUMBO_TAG_FORM)
        return !walk(node, [](const GumboNode* n) {
            return is_element(n, GUMBO_TAG_H1) || is_element(n, GUMBO_TAG_MAIN) || is_element(n, GUMBO_TAG_ARTICLE);
        });
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_FOOTER ||
           tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_IFRAME || tag == GUMBO_TAG_SVG ||
           tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FORM || tag == GUMBO_TAG_BUTTON || tag == GUMBO_TAG_SELECT;
}

bool hidden(const GumboNode* node) {
    if (attribute(node, "hidden") != nullptr) return true;
    const char* style = attribute(node, "style");
    if (style == nullptr) return false;
    std::string folded;
    for (const char* c = style; *c != '\0'; ++c)
        if (*c != ' ') folded.push_back(static_cast<char>(*c >= 'A' && *c <= 'Z' ? *c - 'A' + 'a' : *c));
    return folded.find("display:none") != std::string::npos || folded.find("visibility:hidden") != std::string::npos;
}

std::size_t words_in(std::string_view line) {
    std::size_t words = 0;
    bool in_word = false;
    for (const char c : line) {
        const bool space = c == ' ' || c == '\t';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Page furniture named by its class or id: share bars, comments, related links...
bool boilerplate(const GumboNode* node) {
    // Whatever their classes say ("single-post has-comments", "caption" on a page
    // wrapper), the page, its article and a box holding its headline are no furniture.
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN)
        return false;
    static constexpr std::string_view markers[] = {"comment",    "share",      "social",   "related",
                                                   "newsletter", "breadcrumb", "cookie",   "subscribe",
                                                   "caption",    "gallery",    "slideshow"};
    for (const char* name : {"class", "id"}) {
        const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
        if (a == nullptr) continue;
        const std::string value = lower_ascii(a->value);
        for (const auto marker : markers)
            if (value.find(marker) != std::string::npos) return first_element(node, GUMBO_TAG_H1) == nullptr;
    }
    return false;
}

bool is_block(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_BODY:
        return true;
    default:
        return false;
    }
}

namespace {

// Builds text with HTML's white-space rules: runs collapse to one space, blocks are
// separated by one blank line, <br> is a line break.
class text_builder {
public:
    void add_text(std::string_view text) {
        for (const char c : text) {
            const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
            if (space) {
                pending_space_ = !out_.empty() && breaks_ == 0;
                continue;
            }
            if (breaks_ > 0 && !out_.empty())
                out_.append(breaks_, '\n');
            else if (pending_space_)
                out_.push_back(' ');
            breaks_ = 0;
            pending_space_ = false;
            out_.push_back(c);
        }
    }
    void line_break() { breaks_ = std::max(breaks_, std::size_t{1}); }
    void block_break() { breaks_ = 2; }
    std::string finish() {
        if (!out_.empty()) out_.push_back('\n');
        return std::move(out_);
    }

private:
    std::string out_;
    std::size_t breaks_ = 0;
    bool pending_space_ = false;
};

} // namespace

// Characters of text below a node, and how many of them are inside links.
void count_text(const GumboNode* node, bool in_link, std::size_t& total, std::size_t& linked) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
        std::size_t n = 0;
        for (const char* c = node->v.text.text; *c != '\0'; ++c)
            if (*c != ' ' && *c != '\n' && *c != '\t' && *c != '\r') ++n;
        total += n;
        if (in_link) linked += n;
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT || dropped(node)) return;
    const bool link = in_link || node->v.element.tag == GUMBO_TAG_A;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        count_text(static_cast<const GumboNode*>(children.data[i]), link, total, linked);
}

// A short list or box with a third or more of its text in links is navigation,
// whatever its tag says; long text with many links is still an article. A list item
// is judged with its list: items that start with a linked headline make articles too.
bool mostly_links(const GumboNode* node) {
    const GumboTag tag = node->v.element.tag;
    if (tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_UL && tag != GUMBO_TAG_OL && tag != GUMBO_TAG_SECTION &&
        tag != GUMBO_TAG_TABLE && tag != GUMBO_TAG_P)
        return false;
    std::size_t total = 0, linked = 0;
    count_text(node, false, total, linked);
    return total > 0 && total < 1000 && linked * 3 > total;
}

namespace {

// `article` leaves out link-heavy boxes, for the article's text; without it every
// visible word is kept (a byline with a date is often a list of links).
void collect_text(const GumboNode* node, text_builder& out, bool article) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
        out.add_text(node->v.text.text);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return; // comments and the like
    const GumboTag tag = node->v.element.tag;
    if (dropped(node) || boilerplate(node) || (article && (hidden(node) || mostly_links(node)))) return;
    // Pictures and their captions illustrate the article; they are not its text.
    if (article && (tag == GUMBO_TAG_FIGURE || tag == GUMBO_TAG_FIGCAPTION)) return;
    if (tag == GUMBO_TAG_BR) {
        out.line_break();
        return;
    }
    const bool block = is_block(tag);
    if (block) out.block_break();
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        collect_text(static_cast<const GumboNode*>(children.data[i]), out, article);
    if (block) out.block_break();
}

} // namespace

std::string text_of(const GumboNode* node, bool article) {
    text_builder out;
    collect_text(node, out, article);
    std::string text = out.finish();
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
}

} // namespace annalist::html::detail

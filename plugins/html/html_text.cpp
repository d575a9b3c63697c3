#include "html_text.hpp"

#include <gumbo.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <memory>
#include <optional>
#include <regex>

namespace annalist::html {
namespace {

using output_ptr = std::unique_ptr<GumboOutput, void (*)(GumboOutput*)>;

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

// Calls visit(node) for every element below `node`, depth first, in document order;
// stops when visit returns true.
template <typename Visit> bool walk(const GumboNode* node, Visit&& visit) {
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return false;
    if (node->type == GUMBO_NODE_ELEMENT && visit(node)) return true;
    const GumboVector& children =
        node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        if (walk(static_cast<const GumboNode*>(children.data[i]), visit)) return true;
    return false;
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

bool dropped(GumboTag tag) {
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_FOOTER ||
           tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_IFRAME || tag == GUMBO_TAG_SVG ||
           tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FORM || tag == GUMBO_TAG_BUTTON || tag == GUMBO_TAG_SELECT;
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Page furniture named by its class or id: share bars, comments, related links...
bool boilerplate(const GumboNode* node) {
    static constexpr std::string_view markers[] = {"comment",    "share",      "social", "related",
                                                   "newsletter", "breadcrumb", "cookie", "subscribe"};
    for (const char* name : {"class", "id"}) {
        const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
        if (a == nullptr) continue;
        const std::string value = lower_ascii(a->value);
        for (const auto marker : markers)
            if (value.find(marker) != std::string::npos) return true;
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
    if (node->type != GUMBO_NODE_ELEMENT || dropped(node->v.element.tag)) return;
    const bool link = in_link || node->v.element.tag == GUMBO_TAG_A;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        count_text(static_cast<const GumboNode*>(children.data[i]), link, total, linked);
}

// A short list or box with a third or more of its text in links is navigation,
// whatever its tag says; long text with many links is still an article.
bool mostly_links(const GumboNode* node) {
    const GumboTag tag = node->v.element.tag;
    if (tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_UL && tag != GUMBO_TAG_OL && tag != GUMBO_TAG_SECTION &&
        tag != GUMBO_TAG_TABLE && tag != GUMBO_TAG_P && tag != GUMBO_TAG_LI)
        return false;
    std::size_t total = 0, linked = 0;
    count_text(node, false, total, linked);
    return total > 0 && total < 1000 && linked * 3 > total;
}

// `article` leaves out link-heavy boxes, for the article's text; without it every
// visible word is kept (a byline with a date is often a list of links).
void collect_text(const GumboNode* node, text_builder& out, bool article) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
        out.add_text(node->v.text.text);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return; // comments and the like
    const GumboTag tag = node->v.element.tag;
    if (dropped(tag) || boilerplate(node) || (article && mostly_links(node))) return;
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

std::string text_of(const GumboNode* node, bool article = true) {
    text_builder out;
    collect_text(node, out, article);
    std::string text = out.finish();
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
}

// <meta property|name="key" content="...">
std::string meta(const GumboNode* root, std::string_view key) {
    std::string value;
    walk(root, [&](const GumboNode* n) {
        if (!is_element(n, GUMBO_TAG_META)) return false;
        const char* property = attribute(n, "property");
        const char* name = attribute(n, "name");
        const char* content = attribute(n, "content");
        if (content == nullptr || !((property && key == property) || (name && key == name))) return false;
        value = content;
        return true;
    });
    return value;
}

// The first datePublished anywhere in a JSON-LD value.
std::optional<std::string> date_published(const nlohmann::json& j) {
    if (j.is_object()) {
        if (const auto it = j.find("datePublished"); it != j.end() && it->is_string()) return it->get<std::string>();
        for (const auto& [key, value] : j.items())
            if (auto found = date_published(value)) return found;
    } else if (j.is_array()) {
        for (const auto& value : j)
            if (auto found = date_published(value)) return found;
    }
    return std::nullopt;
}

std::string json_ld_date(const GumboNode* root) {
    std::string value;
    walk(root, [&](const GumboNode* n) {
        const char* type = attribute(n, "type");
        if (!is_element(n, GUMBO_TAG_SCRIPT) || type == nullptr || std::string_view(type) != "application/ld+json")
            return false;
        if (n->v.element.children.length == 0) return false;
        const auto* text = static_cast<const GumboNode*>(n->v.element.children.data[0]);
        const auto parsed = nlohmann::json::parse(text->v.text.text, nullptr, false);
        if (parsed.is_discarded()) return false;
        if (auto found = date_published(parsed)) value = *found;
        return !value.empty();
    });
    return value;
}

// "2024-11-04" at the start of a value: ISO dates only; others are not trusted.
bool iso_dated(std::string_view s) {
    if (s.size() < 10) return false;
    for (std::size_t i = 0; i < 10; ++i) {
        const bool digit = s[i] >= '0' && s[i] <= '9';
        if ((i == 4 || i == 7) ? s[i] != '-' : !digit) return false;
    }
    return true;
}

// itemprop="datePublished" on a <meta content>, a <time datetime> or any element.
std::string microdata_date(const GumboNode* root) {
    std::string value;
    walk(root, [&](const GumboNode* n) {
        const char* itemprop = attribute(n, "itemprop");
        if (itemprop == nullptr || std::string_view(itemprop) != "datePublished") return false;
        for (const char* name : {"content", "datetime"})
            if (const char* v = attribute(n, name)) value = v;
        if (value.empty()) value = text_of(n);
        return !value.empty();
    });
    return value;
}

// /2021/03/03/ or /2021-03-03 in a URL path.
std::string url_date(std::string_view url) {
    for (std::size_t i = 0; i + 10 <= url.size(); ++i) {
        if (url[i] != '/') continue;
        const auto digits = [&](std::size_t at, std::size_t n) {
            if (at + n > url.size()) return false;
            for (std::size_t k = 0; k < n; ++k)
                if (url[at + k] < '0' || url[at + k] > '9') return false;
            return true;
        };
        const std::size_t y = i + 1;
        if (!digits(y, 4) || y + 10 > url.size()) continue;
        const char sep = url[y + 4];
        if ((sep != '/' && sep != '-') || !digits(y + 5, 2) || url[y + 7] != sep || !digits(y + 8, 2)) continue;
        std::string date(url.substr(y, 10));
        date[4] = date[7] = '-';
        return date;
    }
    return {};
}

// A day written in the page's visible text, in the forms news pages use: 2021-03-03,
// 03.03.2021, 17/03/2020 (day first unless that cannot be), 3. März 2021,
// 3 March 2021, March 3, 2021. A date just after a word for
// an update ("aktualisiert", "updated", "Stand") is skipped: it is not the
// publication. Returns the first, as YYYY-MM-DD.
std::string visible_date(std::string_view text) {
    static constexpr std::array<std::pair<std::string_view, int>, 31> months{{
        {"january", 1},  {"february", 2},  {"march", 3},       {"april", 4},    {"may", 5},       {"june", 6},
        {"july", 7},     {"august", 8},    {"september", 9},   {"october", 10}, {"november", 11}, {"december", 12},
        {"januar", 1},   {"februar", 2},   {"m\xC3\xA4rz", 3}, {"mai", 5},      {"juni", 6},      {"juli", 7},
        {"oktober", 10}, {"dezember", 12}, {"jan", 1},         {"feb", 2},      {"mar", 3},       {"apr", 4},
        {"jun", 6},      {"jul", 7},       {"aug", 8},         {"sep", 9},      {"oct", 10},      {"nov", 11},
        {"dec", 12},
    }};
    static const std::regex forms(
        R"((\d{4})-(\d{2})-(\d{2})|(\d{1,2})[./](\d{1,2})[./](\d{4})|(\d{1,2})\.? ([A-Za-z\xC3\xA4]+)\.? (\d{4})|([A-Za-z]+)\.? (\d{1,2}),? (\d{4}))");
    const std::string haystack(text.substr(0, 8000)); // the top of the page, where bylines are
    for (auto it = std::sregex_iterator(haystack.begin(), haystack.end(), forms); it != std::sregex_iterator(); ++it) {
        const std::smatch& m = *it;
        const std::string before = lower_ascii(
            haystack.substr(m.position() > 24 ? m.position() - 24 : 0, std::min<std::size_t>(24, m.position())));
        if (before.find("aktualisiert") != std::string::npos || before.find("updated") != std::string::npos ||
            before.find("stand") != std::string::npos || before.find("modified") != std::string::npos)
            continue;
        int y = 0, mo = 0, d = 0;
        const auto month_of = [&](const std::string& name) {
            const std::string folded = lower_ascii(name);
            for (const auto& [known, number] : months)
                if (folded == known) return number;
            return 0;
        };
        if (m[1].matched)
            y = std::stoi(m[1]), mo = std::stoi(m[2]), d = std::stoi(m[3]);
        else if (m[4].matched) {
            // Day first, as in most of the world, unless that cannot be: 03/17/2020.
            d = std::stoi(m[4]), mo = std::stoi(m[5]), y = std::stoi(m[6]);
            if (mo > 12 && d <= 12) std::swap(d, mo);
        } else if (m[7].matched)
            d = std::stoi(m[7]), mo = month_of(m[8]), y = std::stoi(m[9]);
        else
            d = std::stoi(m[11]), mo = month_of(m[10]), y = std::stoi(m[12]);
        if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) continue;
        char out[11];
        std::snprintf(out, sizeof out, "%04d-%02d-%02d", y, mo, d);
        return out;
    }
    return {};
}

void find_publication_date(const GumboNode* root, const GumboNode* article, const GumboNode* chosen, page& p) {
    const auto take = [&](const std::string& value, const std::string& source) {
        if (!p.published.empty() || !iso_dated(value)) return;
        p.published = value;
        p.published_source = source;
    };
    take(meta(root, "article:published_time"), "meta article:published_time");
    take(meta(root, "og:article:published_time"), "meta og:article:published_time");
    if (p.published.empty()) {
        // <time datetime> in the article's header, else the first in the article.
        const GumboNode* scope = article != nullptr ? article : root;
        const GumboNode* header = first_element(scope, GUMBO_TAG_HEADER);
        for (const GumboNode* where : {header, scope}) {
            if (where == nullptr) continue;
            if (const GumboNode* time = first_element(where, GUMBO_TAG_TIME))
                if (const char* datetime = attribute(time, "datetime")) take(datetime, "<time datetime>");
        }
    }
    take(json_ld_date(root), "JSON-LD datePublished");
    take(microdata_date(root), "itemprop datePublished");
    for (const char* name : {"date", "pubdate", "publishdate", "pub_date", "parsely-pub-date", "DC.date.issued",
                             "dcterms.created", "DC.date", "sailthru.date"})
        take(meta(root, name), std::string("meta ") + name);
    take(url_date(p.url), "the URL's path");
    // Any <time datetime> on the page, then a date written in the article's text.
    if (const GumboNode* time = first_element(root, GUMBO_TAG_TIME))
        if (const char* datetime = attribute(time, "datetime")) take(datetime, "<time datetime>");
    if (chosen != nullptr) take(visible_date(text_of(chosen, false)), "the article's text");
    if (const GumboNode* body = first_element(root, GUMBO_TAG_BODY))
        take(visible_date(text_of(body, false)), "the page's text");
}

} // namespace

page read_page(std::string_view html) {
    const output_ptr out = parse(html);
    const GumboNode* root = out->document;
    page p;
    const GumboNode* article = first_element(root, GUMBO_TAG_ARTICLE);
    // A body the page itself marks: itemprop="articleBody", or a conventional class.
    const GumboNode* marked = nullptr;
    walk(root, [&](const GumboNode* n) {
        const char* itemprop = attribute(n, "itemprop");
        if (itemprop != nullptr && std::string_view(itemprop) == "articleBody") {
            marked = n;
            return true;
        }
        return false;
    });
    const GumboNode* body = marked != nullptr ? marked : article;
    if (body == nullptr) body = first_element(root, GUMBO_TAG_MAIN);
    if (body == nullptr) body = first_element(root, GUMBO_TAG_BODY);
    if (body != nullptr) p.text = text_of(body);

    p.title = meta(root, "og:title");
    if (p.title.empty())
        if (const GumboNode* title = first_element(root, GUMBO_TAG_TITLE)) p.title = text_of(title);
    walk(root, [&](const GumboNode* n) {
        const char* rel = attribute(n, "rel");
        const char* href = attribute(n, "href");
        if (!is_element(n, GUMBO_TAG_LINK) || rel == nullptr || href == nullptr || std::string_view(rel) != "canonical")
            return false;
        p.url = href;
        return true;
    });
    if (p.url.empty()) p.url = meta(root, "og:url");
    find_publication_date(root, article, body, p);
    return p;
}

std::string fragment_text(std::string_view html) {
    const output_ptr out = parse(html);
    const GumboNode* body = first_element(out->document, GUMBO_TAG_BODY);
    return body == nullptr ? std::string() : text_of(body);
}

} // namespace annalist::html

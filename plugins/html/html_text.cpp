#include "html_text.hpp"

#include "html_body.hpp"
#include "html_date.hpp"
#include "html_dom.hpp"
#include "html_nesting.hpp"
#include "html_stamps.hpp"

namespace annalist::html {

using namespace detail;

namespace {

// Chosen blocks without text (their words all in captions, link boxes or hidden) are
// no article: the widest reasonable block is read instead, the page's <article>, else
// its <main>, else its <body>, furniture still left out.
void widen_empty_text(const GumboNode* root, std::string& text) {
    if (!text.empty()) return;
    const GumboNode* wide = first_element(root, GUMBO_TAG_ARTICLE);
    if (wide == nullptr) wide = first_element(root, GUMBO_TAG_MAIN);
    if (wide == nullptr) wide = first_element(root, GUMBO_TAG_BODY);
    if (wide == nullptr) return;
    text = text_of(wide);
    // Still nothing: a photo story is told in its captions. Link boxes, menus and
    // hidden text stay out: a page of them has no article, and says so.
    if (!text.empty()) return;
    walk(wide, [&](const GumboNode* n) {
        if (!is_element(n, GUMBO_TAG_FIGCAPTION) || hidden(n)) return false;
        const std::string caption = text_of(n, false);
        if (caption.empty()) return false;
        if (!text.empty()) text += "\n\n";
        text += caption;
        return false;
    });
}

} // namespace

page read_page(std::string_view html) {
    const bounded_page bounded = bound_nesting(html);
    const output_ptr out = parse(bounded.html); // gumbo points into its input: kept alive here
    const GumboNode* root = out->document;
    page p;
    p.tags_left_out = bounded.left_out;
    for (const GumboNode* block : article_blocks(root)) {
        const std::string text = text_of(block);
        if (text.empty()) continue;
        if (!p.text.empty()) p.text += "\n\n";
        p.text += text;
    }

    widen_empty_text(root, p.text);
    p.stamps = date_stamps(p.text);
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
    // Dates are looked for in the page's own containers, which keep the byline that
    // the scored blocks often leave out.
    const GumboNode* article = first_element(root, GUMBO_TAG_ARTICLE);
    const GumboNode* container = marked_body(root);
    if (container == nullptr) container = article;
    if (container == nullptr) container = first_element(root, GUMBO_TAG_MAIN);
    if (container == nullptr) container = first_element(root, GUMBO_TAG_BODY);
    const found_date date = find_publication_date(root, article, container, p.url);
    p.published = date.value;
    p.published_source = date.source;
    return p;
}

std::string fragment_text(std::string_view html) {
    const bounded_page bounded = bound_nesting(html);
    const output_ptr out = parse(bounded.html);
    const GumboNode* body = first_element(out->document, GUMBO_TAG_BODY);
    return body == nullptr ? std::string() : text_of(body);
}

} // namespace annalist::html

// Helpers over gumbo's tree shared by the parts of the html reader: walking it,
// attributes, which elements are page furniture, and the text below a node.
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace annalist::html::detail {

using output_ptr = std::unique_ptr<GumboOutput, void (*)(GumboOutput*)>;

output_ptr parse(std::string_view html);

// The attribute's value, or nullptr when the node is no element or lacks it.
const char* attribute(const GumboNode* node, const char* name);
bool is_element(const GumboNode* node, GumboTag tag);
std::string lower_ascii(std::string_view s);
// Words of a line of text, split at spaces and tabs.
std::size_t words_in(std::string_view line);

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

const GumboNode* first_element(const GumboNode* root, GumboTag tag);
// The content of the first <meta property="key"> or <meta name="key"> (any case), or empty.
std::string meta(const GumboNode* root, std::string_view key);

// Elements whose content is never article text: scripts, navigation, forms (but
// not one that wraps the page: it holds the <h1>, <main> or <article>)...
bool dropped(const GumboNode* node);
// Not shown: the hidden attribute, or display:none or visibility:hidden in its style
// (metadata for machines, closed menus and galleries).
bool hidden(const GumboNode* node);
// Page furniture named by its class or id: share bars, comments, related links,
// captions, galleries...; never <body>, <article>, <main> or a box with the <h1>.
bool boilerplate(const GumboNode* node);
// Elements that start a new paragraph of text.
bool is_block(GumboTag tag);

// Characters of text below a node (white space not counted), and how many of them
// are inside links; dropped elements count nothing.
void count_text(const GumboNode* node, bool in_link, std::size_t& total, std::size_t& linked);
// A short list or box with a third or more of its text in links.
bool mostly_links(const GumboNode* node);

// The text below a node with HTML's white-space rules, blocks separated by a blank
// line. `article` leaves out furniture and link-heavy boxes, for the article's text;
// without it every visible word is kept (a byline with a date is often a list of links).
std::string text_of(const GumboNode* node, bool article = true);

} // namespace annalist::html::detail

// Which elements of a page hold its article text, found by scoring blocks the way
// Readability does (see html_body.cpp for the weights and why).
#pragma once

#include "html_dom.hpp"

#include <vector>

namespace annalist::html::detail {

// The element the page marks as its article's body (itemprop="articleBody"), or null.
const GumboNode* marked_body(const GumboNode* root);

// The elements whose text is the article, in document order: the body the page
// marks if it has text; else the best scored block and the siblings that score
// close to it, narrowed to an <article> or <main> inside it that holds 70% of its
// text; else (nothing scores, or the best scores under 10: a guess) the first
// <article>, <main> or <body>. Empty only for a document without a body.
std::vector<const GumboNode*> article_blocks(const GumboNode* root);

} // namespace annalist::html::detail

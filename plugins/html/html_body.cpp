#include "html_body.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace annalist::html::detail {
namespace {

// Text below an element, counted once for the whole tree.
struct text_counts {
    std::size_t chars = 0;  // without white space
    std::size_t linked = 0; // of those, inside <a>
    std::size_t commas = 0;
    bool has_block = false; // a block element below: then it is no paragraph itself
    bool ends_sentence = false;
};

constexpr double poor_block_score = 10;

double link_density(const text_counts& t) {
    return t.chars == 0 ? 0.0 : static_cast<double>(t.linked) / static_cast<double>(t.chars);
}

bool names_any(const GumboNode* node, std::initializer_list<std::string_view> words) {
    for (const char* name : {"class", "id"}) {
        const char* value = attribute(node, name);
        if (value == nullptr) continue;
        const std::string folded = lower_ascii(value);
        for (const auto word : words)
            if (folded.find(word) != std::string::npos) return true;
    }
    return false;
}

// What a class or id says about a block: article words raise it, furniture lowers it.
double class_weight(const GumboNode* node) {
    double weight = 0;
    if (names_any(node, {"article", "content", "post", "entry", "body", "text", "story", "main", "blog"})) weight += 25;
    if (names_any(node, {"comment", "sidebar", "footer", "promo", "related", "share", "social", "widget", "sponsor",
                         "banner", "teaser", "recommend", "newsletter", "subscribe", "caption", "menu"}))
        weight -= 25;
    return weight;
}

// A block's starting score from its tag: divs usually wrap text, lists and headings
// rarely are the article.
double tag_weight(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_MAIN:
        return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
        return -5;
    default:
        return 0;
    }
}

const GumboVector& children_of(const GumboNode* node) { return node->v.element.children; }

class body_scorer {
public:
    explicit body_scorer(const GumboNode* body) : body_(body) { count(body, false); }

    std::vector<const GumboNode*> choose() {
        for (const GumboNode* p : paragraphs_) score_paragraph(p);
        const GumboNode* top = nullptr;
        double best = 0;
        for (auto& [node, score] : scores_) {
            score *= 1.0 - link_density(counts_[node]);
            if (top == nullptr || score > best || (score == best && precedes(node, top))) {
                top = node;
                best = score;
            }
        }
        // A best block that scores poorly (less than two paragraphs' worth, no name of
        // an article) is a guess: the caller reads the page's own container instead.
        if (top == nullptr || top == body_ || best < poor_block_score) return {};
        top = climb(top, best);
        return with_siblings(top);
    }

private:
    const GumboNode* body_;
    std::unordered_map<const GumboNode*, text_counts> counts_;
    std::unordered_map<const GumboNode*, double> scores_;
    std::unordered_map<const GumboNode*, double> content_; // from paragraphs alone
    std::vector<const GumboNode*> paragraphs_;
    std::unordered_map<const GumboNode*, std::size_t> order_;

    // Counts text bottom-up; furniture (dropped tags, class names) counts nothing.
    text_counts count(const GumboNode* node, bool in_link) {
        text_counts t;
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
            for (const char* c = node->v.text.text; *c != '\0'; ++c) {
                if (*c == ' ' || *c == '\n' || *c == '\t' || *c == '\r' || *c == '\f') continue;
                ++t.chars;
                if (*c == ',') ++t.commas;
                t.ends_sentence = *c == '.' || *c == '!' || *c == '?';
            }
            if (in_link) t.linked = t.chars;
            return t;
        }
        if (node->type != GUMBO_NODE_ELEMENT) return t;
        const GumboTag tag = node->v.element.tag;
        if (dropped(node) || (node != body_ && (boilerplate(node) || hidden(node)))) return t;
        order_[node] = order_.size();
        const bool link = in_link || tag == GUMBO_TAG_A;
        const GumboVector& children = children_of(node);
        for (unsigned i = 0; i < children.length; ++i) {
            const auto* child = static_cast<const GumboNode*>(children.data[i]);
            const text_counts c = count(child, link);
            t.chars += c.chars;
            t.linked += c.linked;
            t.commas += c.commas;
            if (c.chars > 0) t.ends_sentence = c.ends_sentence;
            if (c.has_block || (child->type == GUMBO_NODE_ELEMENT && is_block(child->v.element.tag)))
                t.has_block = true;
        }
        counts_[node] = t;
        // Paragraphs: <p>, <pre>, <td>, and divs or sections holding only inline text.
        const bool paragraph = tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TD ||
                               ((tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION) && !t.has_block);
        if (paragraph) paragraphs_.push_back(node);
        return t;
    }

    // A paragraph scores one, one per comma, one per hundred characters up to three;
    // its parent gets all of it, its grandparent half, and three more ancestors less.
    void score_paragraph(const GumboNode* p) {
        const text_counts& t = counts_[p];
        if (t.chars < 20) return;
        const double score = 1.0 + static_cast<double>(t.commas) + std::min(static_cast<double>(t.chars / 100), 3.0);
        const GumboNode* ancestor = p->parent;
        for (int level = 0; level < 5 && ancestor != nullptr && ancestor->type == GUMBO_NODE_ELEMENT; ++level) {
            auto [it, fresh] = scores_.try_emplace(ancestor, 0.0);
            if (fresh) it->second = tag_weight(ancestor->v.element.tag) + class_weight(ancestor);
            content_[ancestor] += score / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
            it->second += score / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
            if (ancestor == body_) break;
            ancestor = ancestor->parent;
        }
    }

    double content_score(const GumboNode* node) const {
        const auto it = content_.find(node);
        return it == content_.end() ? 0.0 : it->second;
    }

    double score_of(const GumboNode* node) const {
        const auto it = scores_.find(node);
        return it == scores_.end() ? 0.0 : it->second;
    }

    // Document order, to break ties the same way on every run.
    bool precedes(const GumboNode* a, const GumboNode* b) { return order_[a] < order_[b]; }

    // When several blocks score close to the best, the article is their common
    // ancestor (text split into several boxes); a parent that scores better than its
    // best child is the article too.
    const GumboNode* climb(const GumboNode* top, double best) {
        std::vector<const GumboNode*> close;
        for (const auto& [node, score] : scores_)
            if (node != top && score >= 0.75 * best) close.push_back(node);
        if (close.size() >= 3) {
            for (const GumboNode* parent = top->parent; parent != nullptr && parent != body_; parent = parent->parent) {
                std::size_t inside = 0;
                for (const GumboNode* c : close)
                    for (const GumboNode* up = c; up != nullptr; up = up->parent)
                        if (up == parent) {
                            ++inside;
                            break;
                        }
                if (inside >= 3) {
                    top = parent;
                    break;
                }
            }
        }
        double last = score_of(top);
        const double floor = last / 3;
        for (const GumboNode* parent = top->parent; parent != nullptr && parent != body_; parent = parent->parent) {
            const double score = score_of(parent);
            if (score == 0) continue;
            if (score < floor) break;
            if (score > last) {
                top = parent;
                break;
            }
            last = score;
        }
        return top;
    }

    // The best block and the siblings that score near it or read as paragraphs.
    std::vector<const GumboNode*> with_siblings(const GumboNode* top) {
        const GumboNode* parent = top->parent;
        if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT) return {top};
        const double top_score = score_of(top);
        const double threshold = std::max(10.0, top_score * 0.2);
        const char* top_class = attribute(top, "class");
        std::vector<const GumboNode*> chosen;
        const GumboVector& siblings = children_of(parent);
        for (unsigned i = 0; i < siblings.length; ++i) {
            const auto* s = static_cast<const GumboNode*>(siblings.data[i]);
            if (s->type != GUMBO_NODE_ELEMENT) continue;
            if (s == top) {
                chosen.push_back(s);
                continue;
            }
            const auto found = counts_.find(s);
            if (found == counts_.end() || found->second.chars == 0) continue;
            const text_counts& t = found->second;
            const char* s_class = attribute(s, "class");
            const double bonus = top_class != nullptr && s_class != nullptr && *top_class != '\0' &&
                                         std::string_view(top_class) == s_class
                                     ? top_score * 0.2
                                     : 0.0;
            // On its paragraphs' score, not its class: a headline box named "article-title"
            // is no part of the text.
            bool keep = content_score(s) * (1.0 - link_density(t)) + bonus >= threshold;
            if (!keep && s->v.element.tag == GUMBO_TAG_P) {
                const double density = link_density(t);
                keep = (t.chars > 80 && density < 0.25) || (t.chars <= 80 && density == 0 && t.ends_sentence);
            }
            if (keep) chosen.push_back(s);
        }
        return chosen;
    }
};

} // namespace

const GumboNode* marked_body(const GumboNode* root) {
    const GumboNode* marked = nullptr;
    walk(root, [&](const GumboNode* n) {
        const char* itemprop = attribute(n, "itemprop");
        if (itemprop == nullptr || std::string_view(itemprop) != "articleBody") return false;
        marked = n;
        return true;
    });
    return marked;
}

std::vector<const GumboNode*> article_blocks(const GumboNode* root) {
    if (const GumboNode* marked = marked_body(root); marked != nullptr && !text_of(marked).empty()) return {marked};
    const GumboNode* body = first_element(root, GUMBO_TAG_BODY);
    if (body == nullptr) return {};
    std::vector<const GumboNode*> blocks = body_scorer(body).choose();
    if (blocks.size() == 1) {
        // An <article> or <main> inside the chosen block that holds most of its text
        // is the article without the wrapper's extras (a kicker, a gallery, ads).
        const GumboNode* inner = nullptr;
        walk(blocks.front(), [&](const GumboNode* n) {
            if (n == blocks.front() || (!is_element(n, GUMBO_TAG_ARTICLE) && !is_element(n, GUMBO_TAG_MAIN)))
                return false;
            inner = n;
            return true;
        });
        if (inner != nullptr && 10 * text_of(inner).size() >= 7 * text_of(blocks.front()).size()) blocks = {inner};
    }
    if (blocks.empty()) {
        // Nothing scored (no paragraph of 20 characters): the page's own containers.
        const GumboNode* container = first_element(root, GUMBO_TAG_ARTICLE);
        if (container == nullptr) container = first_element(root, GUMBO_TAG_MAIN);
        blocks.push_back(container != nullptr ? container : body);
    }
    return blocks;
}

} // namespace annalist::html::detail

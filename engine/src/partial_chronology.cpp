#include <annalist/partial_chronology.hpp>

#include <annalist/events/merge.hpp>

#include <algorithm>
#include <iterator>

namespace annalist {
namespace {

// Where each document of a and of b stands in their union, in document order.
struct union_order {
    std::vector<std::size_t> from_a, from_b;
};

union_order order_union(const std::vector<document>& a, const std::vector<document>& b) {
    union_order u;
    u.from_a.reserve(a.size());
    u.from_b.reserve(b.size());
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        const bool take_a = j == b.size() || (i < a.size() && !(b[j].order < a[i].order));
        if (take_a) {
            u.from_a.push_back(i++ + j);
        } else {
            u.from_b.push_back(i + j++);
        }
    }
    return u;
}

void renumber(event& e, const std::vector<std::size_t>& to) {
    e.document = to[e.document];
    for (event_report& r : e.also_reported) r.document = to[r.document];
}

void renumber(source_citation& c, const std::vector<std::size_t>& to) { c.document = to[c.document]; }

// Two lists grouped by document, renumbered into the union and merged by it: a's
// items first within one document, which only a shared order can make happen.
template <typename T> std::vector<T> merge_grouped(std::vector<T> a, std::vector<T> b, const union_order& u) {
    for (T& x : a) renumber(x, u.from_a);
    for (T& x : b) renumber(x, u.from_b);
    std::vector<T> out;
    out.reserve(a.size() + b.size());
    auto i = a.begin(), j = b.begin();
    while (i != a.end() || j != b.end()) {
        const bool take_a = j == b.end() || (i != a.end() && i->document <= j->document);
        out.push_back(std::move(take_a ? *i++ : *j++));
    }
    return out;
}

template <typename T> void append(std::vector<T>& to, std::vector<T>& from) {
    if (to.empty() && to.capacity() < from.size()) { // no room made for it: take its list whole
        to = std::move(from);
        return;
    }
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

void shift(event& e, std::size_t by) {
    e.document += by;
    for (event_report& r : e.also_reported) r.document += by;
}

void shift(source_citation& c, std::size_t by) { c.document += by; }

} // namespace

partial_chronology merge_partials(partial_chronology a, partial_chronology b) {
    if (b.documents.empty()) return a;
    if (a.documents.empty()) return b;
    // The common case (documents mapped and merged in input order): b follows a.
    if (a.documents.back().order <= b.documents.front().order) {
        const std::size_t by = a.documents.size();
        for (event& e : b.events) shift(e, by);
        for (source_citation& c : b.citations) shift(c, by);
        append(a.documents, b.documents);
        append(a.events, b.events);
        append(a.citations, b.citations);
        append(a.notes, b.notes);
        return a;
    }
    const union_order u = order_union(a.documents, b.documents);
    partial_chronology out;
    const std::size_t total = a.documents.size() + b.documents.size();
    out.documents.resize(total);
    out.notes.resize(total);
    for (std::size_t i = 0; i < a.documents.size(); ++i) {
        out.documents[u.from_a[i]] = std::move(a.documents[i]);
        out.notes[u.from_a[i]] = std::move(a.notes[i]);
    }
    for (std::size_t j = 0; j < b.documents.size(); ++j) {
        out.documents[u.from_b[j]] = std::move(b.documents[j]);
        out.notes[u.from_b[j]] = std::move(b.notes[j]);
    }
    out.events = merge_grouped(std::move(a.events), std::move(b.events), u);
    out.citations = merge_grouped(std::move(a.citations), std::move(b.citations), u);
    return out;
}

partial_chronology merge_partials(std::vector<partial_chronology> parts) {
    std::erase_if(parts, [](const partial_chronology& p) { return p.documents.empty(); });
    std::stable_sort(parts.begin(), parts.end(), [](const partial_chronology& a, const partial_chronology& b) {
        return a.documents.front().order < b.documents.front().order;
    });
    const bool in_order = std::adjacent_find(parts.begin(), parts.end(), [](const auto& a, const auto& b) {
                              return b.documents.front().order < a.documents.back().order;
                          }) == parts.end();
    partial_chronology whole;
    if (!in_order) { // parts that interleave: two at a time
        for (partial_chronology& part : parts) whole = merge_partials(std::move(whole), std::move(part));
        return whole;
    }
    std::size_t documents = 0, events = 0, citations = 0;
    for (const partial_chronology& part : parts) {
        documents += part.documents.size();
        events += part.events.size();
        citations += part.citations.size();
    }
    whole.documents.reserve(documents);
    whole.notes.reserve(documents);
    whole.events.reserve(events);
    whole.citations.reserve(citations);
    for (partial_chronology& part : parts) {
        whole = merge_partials(std::move(whole), std::move(part)); // appends: b follows a
        part = {};
    }
    return whole;
}

chronology finish_chronology(partial_chronology whole, const language& lang) {
    chronology c;
    c.documents = std::move(whole.documents);
    c.events = std::move(whole.events);
    c.citations = std::move(whole.citations);
    for (diagnostics& notes : whole.notes) append(c.notes, notes);
    // Events arrive in document and text order, which the sort keeps among equals.
    sort_chronologically(c.events);
    merge_reports(c.events, lang);
    return c;
}

} // namespace annalist

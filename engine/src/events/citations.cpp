#include <annalist/events/citations.hpp>
#include <annalist/work_meter.hpp>

#include <algorithm>

namespace annalist {
namespace {

constexpr std::size_t longest_citation = 300; // bytes between the parentheses
constexpr std::size_t longest_outlet = 60;

// Bytes of the white space at text[i]: ASCII, U+00A0, U+2000..U+200A, U+202F; 0 if none.
std::size_t space_at(std::string_view text, std::size_t i) {
    if (i >= text.size()) return 0;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') return 1;
    const auto at = [&](std::size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0; };
    if (c == 0xC2 && at(1) == 0xA0) return 2;
    if (c == 0xE2 && at(1) == 0x80 && ((at(2) >= 0x80 && at(2) <= 0x8A) || at(2) == 0xAF)) return 3;
    return 0;
}

std::size_t skip_spaces(std::string_view text, std::size_t i, std::size_t end) {
    while (i < end) {
        const std::size_t n = space_at(text, i);
        if (n == 0) break;
        i += n;
    }
    return i;
}

// The end of text[from, to) without trailing white space.
std::size_t trim_end(std::string_view text, std::size_t from, std::size_t to) {
    std::size_t end = from;
    for (std::size_t i = from; i < to;) {
        const std::size_t n = space_at(text, i);
        i += n == 0 ? 1 : n;
        if (n == 0) end = i;
    }
    return end;
}

// One "[see] OUTLET, DATE, DATE" part at text[from, to): marks the mentions that make
// up everything after the outlet's comma. Returns whether it was a citation.
bool mark_part(std::string_view text, std::size_t from, std::size_t to, std::vector<mention>& mentions) {
    from = skip_spaces(text, from, to);
    for (const std::string_view prefix : {"see", "See", "cf."}) {
        if (text.substr(from, prefix.size()) == prefix && space_at(text, from + prefix.size()) > 0) {
            from = skip_spaces(text, from + prefix.size(), to);
            break;
        }
    }
    const std::size_t comma = text.substr(from, to - from).find(',');
    if (comma == std::string_view::npos || comma == 0 || comma > longest_outlet) return false;
    const std::string_view outlet = text.substr(from, trim_end(text, from, from + comma) - from);
    if (outlet.empty() || !(outlet.front() >= 'A' && outlet.front() <= 'Z')) return false;

    // After the comma: dates, commas and white space only.
    std::vector<mention*> dates;
    for (std::size_t at = from + comma + 1; at < to;) {
        if (text[at] == ',') {
            ++at;
            continue;
        }
        if (const std::size_t n = space_at(text, at)) {
            at += n;
            continue;
        }
        // Mentions are in text order: found by halving, not by a walk from the first
        // (100,000 citations in a text made that walk quadratic).
        const auto m = std::lower_bound(mentions.begin(), mentions.end(), at,
                                        [](const mention& x, std::size_t where) { return x.begin < where; });
        if (m == mentions.end() || m->begin != at || m->end > to) return false;
        dates.push_back(&*m);
        at = m->end;
    }
    if (dates.empty()) return false;
    for (mention* m : dates) m->cited_outlet = std::string(outlet);
    return true;
}

} // namespace

void mark_citations(std::string_view text, std::vector<mention>& mentions) {
    for (std::size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
        // Every search stays inside the longest citation: a page may have no ")" or
        // ";" for thousands of bytes.
        const std::string_view ahead = text.substr(open, longest_citation + 1);
        work_meter::add(ahead.size());
        const std::size_t length = ahead.find(')');
        if (length == std::string_view::npos) continue;
        const std::string_view inside = ahead.substr(1, length - 1);
        if (inside.find('(') != std::string_view::npos) continue;
        // Mentions are in text order: a parenthesis holding none cites nothing.
        const auto first = std::lower_bound(mentions.begin(), mentions.end(), open,
                                            [](const mention& m, std::size_t at) { return m.begin < at; });
        if (first == mentions.end() || first->begin > open + length) continue;
        const std::size_t close = open + length;
        for (std::size_t from = open + 1; from <= close;) {
            const std::size_t semicolon = std::min(text.substr(0, close).find(';', from), close);
            mark_part(text, from, semicolon, mentions);
            from = semicolon + 1;
        }
    }
}

} // namespace annalist

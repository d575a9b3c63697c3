#include <annalist/events/merge.hpp>

#include <algorithm>
#include <set>
#include <string>

namespace annalist {
namespace {

constexpr std::size_t least_shared_words = 2;
constexpr double least_shared_share = 0.6; // of the shorter account's content words

// Lower-case content words, a plural "s" dropped so "summits" meets "summit".
std::set<std::string> content_words(std::string_view text, const language& lang) {
    std::set<std::string> words;
    std::string word;
    const auto flush = [&] {
        if (word.size() > 4 && word.back() == 's') word.pop_back();
        if (word.size() >= 3 && !lang.function_words.contains(word)) words.insert(word);
        word.clear();
    };
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
            word.push_back(c);
        } else if (c >= 'A' && c <= 'Z') {
            word.push_back(static_cast<char>(c - 'A' + 'a'));
        } else {
            flush();
        }
    }
    flush();
    return words;
}

bool overlap(const time_value& a, const time_value& b) { return a.begin < b.end && b.begin < a.end; }

bool reports_document(const event& e, std::size_t document) {
    return e.document == document || std::any_of(e.also_reported.begin(), e.also_reported.end(),
                                                 [&](const event_report& r) { return r.document == document; });
}

// `other` joins `lead`; the finer of the two leads from now on.
void absorb(event& lead, event& other) {
    if (other.mention.value.grain < lead.mention.value.grain) std::swap(lead, other);
    lead.also_reported.push_back({other.document, std::move(other.mention), std::move(other.sentence)});
    for (event_report& r : other.also_reported) lead.also_reported.push_back(std::move(r));
    std::stable_sort(lead.also_reported.begin(), lead.also_reported.end(),
                     [](const event_report& a, const event_report& b) { return a.document < b.document; });
}

} // namespace

void sort_chronologically(std::vector<event>& events) {
    std::stable_sort(events.begin(), events.end(), [](const event& a, const event& b) {
        const auto& x = a.mention.value;
        const auto& y = b.mention.value;
        if (x.begin != y.begin) return x.begin < y.begin;
        return x.end > y.end;
    });
}

bool same_account(std::string_view a, std::string_view b, const language& lang) {
    const auto x = content_words(a, lang);
    const auto y = content_words(b, lang);
    std::size_t shared = 0;
    for (const auto& w : x) shared += y.contains(w) ? 1 : 0;
    const std::size_t shorter = std::min(x.size(), y.size());
    return shared >= least_shared_words && static_cast<double>(shared) >= least_shared_share * static_cast<double>(shorter);
}

void merge_reports(std::vector<event>& events, const language& lang) {
    std::vector<bool> gone(events.size(), false);
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (gone[i] || !events[i].mention.value.dated) continue;
        // Sorted by start, so the overlapping events follow until one starts after i ends.
        for (std::size_t j = i + 1; j < events.size() && events[j].mention.value.begin < events[i].mention.value.end; ++j) {
            if (gone[j] || reports_document(events[i], events[j].document)) continue;
            if (!overlap(events[i].mention.value, events[j].mention.value)) continue;
            if (!same_account(events[i].headline, events[j].headline, lang)) continue;
            absorb(events[i], events[j]);
            gone[j] = true;
        }
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (gone[i]) continue;
        if (kept != i) events[kept] = std::move(events[i]);
        ++kept;
    }
    events.resize(kept);
    sort_chronologically(events); // a finer report may now lead, with a later start
}

} // namespace annalist

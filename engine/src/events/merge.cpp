#include <annalist/events/merge.hpp>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

namespace annalist {
namespace {

constexpr std::size_t least_shared_words = 2;
constexpr std::size_t telling_share = 50; // a telling word is in at most 1 in 50 documents (or 2)
constexpr double least_dice = 0.5;        // 2 w(A∩B) / (w(A) + w(B)), w the words' summed rarity

// Lower-case content words, a plural "s" dropped so "summits" meets "summit".
// Figures go: "$85.7 million" in one earnings report says nothing of another's.
std::set<std::string> content_words(std::string_view text, const language& lang) {
    std::set<std::string> words;
    std::string word;
    const auto flush = [&] {
        if (word.size() > 4 && word.back() == 's') word.pop_back();
        const bool figure = std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (word.size() >= 3 && !figure && !lang.function_words.contains(word)) words.insert(word);
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

// Capitalised words after the first: who and where an account is about ("Geneva",
// "Crossland"), lower case.
std::set<std::string> names_in(std::string_view text, const language& lang) {
    std::set<std::string> names;
    bool first = true;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t end = std::min(text.find(' ', i), text.size());
        std::string word;
        for (const char c : text.substr(i, end - i))
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
                word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
        const bool capital = i < end && text[i] >= 'A' && text[i] <= 'Z';
        if (capital && !first && word.size() >= 2 && !lang.function_words.contains(word)) names.insert(word);
        if (!word.empty()) first = false;
        i = end + 1;
    }
    return names;
}

bool has_one_the_other_lacks(const std::set<std::string>& a, const std::set<std::string>& b) {
    return std::any_of(a.begin(), a.end(), [&](const std::string& w) { return !b.contains(w); });
}

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

double word_rarity::weight(const std::string& word) const {
    const auto it = documents_with.find(word);
    const double df = it == documents_with.end() ? 1.0 : static_cast<double>(it->second);
    return std::log(1.0 + static_cast<double>(std::max<std::size_t>(documents, 1)) / df);
}

bool word_rarity::is_telling(const std::string& word) const {
    const auto it = documents_with.find(word);
    return it == documents_with.end() || it->second <= std::max<std::size_t>(2, documents / telling_share);
}

word_rarity rarity_of(const std::vector<event>& events, const language& lang) {
    word_rarity r;
    std::set<std::pair<std::string, std::size_t>> seen; // (word, document)
    std::set<std::size_t> documents;
    for (const event& e : events) {
        documents.insert(e.document);
        for (const auto& w : content_words(e.headline, lang))
            if (seen.emplace(w, e.document).second) ++r.documents_with[w];
    }
    r.documents = documents.size();
    return r;
}

bool same_account(std::string_view a, std::string_view b, const language& lang, const word_rarity& rarity) {
    // Accounts that each name someone or somewhere the other does not are about
    // different things, however alike the rest: "In composite trading, Crossland shares
    // closed at ..." and "..., Compaq shares closed at ...".
    const auto names_a = names_in(a, lang);
    const auto names_b = names_in(b, lang);
    if (has_one_the_other_lacks(names_a, names_b) && has_one_the_other_lacks(names_b, names_a)) return false;
    const auto x = content_words(a, lang);
    const auto y = content_words(b, lang);
    // Dice over the words, each weighted by its rarity across the documents: "net",
    // "million" and "share" open every earnings report and say little.
    // And one shared word must be telling: found in few documents.
    std::size_t shared = 0;
    bool telling = false;
    double shared_weight = 0, total_weight = 0;
    for (const auto& w : x) {
        total_weight += rarity.weight(w);
        if (!y.contains(w)) continue;
        ++shared;
        shared_weight += 2 * rarity.weight(w);
        telling = telling || rarity.is_telling(w);
    }
    for (const auto& w : y) total_weight += rarity.weight(w);
    return shared >= least_shared_words && telling && shared_weight >= least_dice * total_weight;
}

void merge_reports(std::vector<event>& events, const language& lang) {
    const word_rarity rarity = rarity_of(events, lang);
    std::vector<bool> gone(events.size(), false);
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (gone[i] || !events[i].mention.value.dated) continue;
        // Sorted by start, so the overlapping events follow until one starts after i ends.
        for (std::size_t j = i + 1; j < events.size() && events[j].mention.value.begin < events[i].mention.value.end;
             ++j) {
            if (gone[j] || reports_document(events[i], events[j].document)) continue;
            if (!overlaps(events[i].mention.value, events[j].mention.value)) continue;
            if (!same_account(events[i].headline, events[j].headline, lang, rarity)) continue;
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

#include <annalist/events/merge.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace annalist {
namespace {

constexpr std::size_t least_shared_words = 2;
constexpr std::size_t telling_share = 50; // a telling word is in at most 1 in 50 documents (or 2)
constexpr double least_dice = 0.5;        // 2 w(A∩B) / (w(A) + w(B)), w the words' summed rarity
// A lead compares at most this many unlike reports per telling word: a word that
// many reports of one period share tells little there, and the cap keeps merging
// linear in the events however many share a day.
constexpr std::size_t most_unlike_per_word = 32;

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

// Words as numbers, so an event's words are read once and compared as sorted ids.
class word_ids {
public:
    std::uint32_t id(const std::string& word) {
        const auto [it, added] = ids_.try_emplace(word, static_cast<std::uint32_t>(words_.size()));
        if (added) words_.push_back(&it->first);
        return it->second;
    }
    [[nodiscard]] const std::string& word(std::uint32_t id) const { return *words_[id]; }
    [[nodiscard]] std::size_t size() const { return words_.size(); }

private:
    std::unordered_map<std::string, std::uint32_t> ids_;
    std::vector<const std::string*> words_; // node-based map: the keys stay put
};

// What an account says, read once: its content words and the names in it.
struct account {
    std::vector<std::uint32_t> words; // sorted
    std::vector<std::uint32_t> names; // sorted
};

std::vector<std::uint32_t> ids_of(const std::set<std::string>& words, word_ids& ids) {
    std::vector<std::uint32_t> out;
    out.reserve(words.size());
    for (const auto& w : words) out.push_back(ids.id(w));
    std::sort(out.begin(), out.end());
    return out;
}

account account_of(std::string_view headline, const language& lang, word_ids& ids) {
    return {ids_of(content_words(headline, lang), ids), ids_of(names_in(headline, lang), ids)};
}

// Each word's weight and whether it is telling, by id.
struct id_rarity {
    std::vector<double> weight;
    std::vector<bool> telling;
};

id_rarity by_id(const word_rarity& rarity, const word_ids& ids) {
    id_rarity r;
    r.weight.resize(ids.size());
    r.telling.resize(ids.size());
    for (std::uint32_t id = 0; id < ids.size(); ++id) {
        r.weight[id] = rarity.weight(ids.word(id));
        r.telling[id] = rarity.is_telling(ids.word(id));
    }
    return r;
}

bool has_one_the_other_lacks(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
    return !std::includes(b.begin(), b.end(), a.begin(), a.end());
}

bool alike(const account& a, const account& b, const id_rarity& rarity) {
    // Accounts that each name someone or somewhere the other does not are about
    // different things, however alike the rest: "In composite trading, Crossland shares
    // closed at ..." and "..., Compaq shares closed at ...".
    if (has_one_the_other_lacks(a.names, b.names) && has_one_the_other_lacks(b.names, a.names)) return false;
    // Dice over the words, each weighted by its rarity across the documents: "net",
    // "million" and "share" open every earnings report and say little.
    // And one shared word must be telling: found in few documents.
    std::size_t shared = 0;
    bool telling = false;
    double shared_weight = 0, total_weight = 0;
    auto i = a.words.begin(), j = b.words.begin();
    while (i != a.words.end() && j != b.words.end()) {
        if (*i < *j) {
            total_weight += rarity.weight[*i++];
        } else if (*j < *i) {
            total_weight += rarity.weight[*j++];
        } else {
            ++shared;
            shared_weight += 2 * rarity.weight[*i];
            total_weight += 2 * rarity.weight[*i];
            telling = telling || rarity.telling[*i];
            ++i, ++j;
        }
    }
    for (; i != a.words.end(); ++i) total_weight += rarity.weight[*i];
    for (; j != b.words.end(); ++j) total_weight += rarity.weight[*j];
    return shared >= least_shared_words && telling && shared_weight >= least_dice * total_weight;
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

// The events holding one telling word, in chronological order. Absorbed events are
// stepped over through `next`, pointers to the next live entry shortened as they
// are followed, so no entry is stepped over twice by many leads.
struct postings {
    std::vector<std::size_t> events;
    std::vector<std::size_t> next; // next[p] == p while events[p] is live

    std::size_t live_from(std::size_t p, const std::vector<bool>& gone, std::size_t& steps) {
        std::size_t q = p;
        for (;;) {
            for (; q < events.size() && next[q] != q; ++steps) q = next[q];
            if (q == events.size() || !gone[events[q]]) break;
            next[q] = q + 1; // found absorbed: step over it from now on
        }
        for (std::size_t r = p; r < q && r < events.size();) { // shorten the path walked
            const std::size_t after = next[r];
            next[r] = q;
            r = after == r ? r + 1 : after;
            ++steps;
        }
        return q;
    }
};

} // namespace

void sort_chronologically(std::vector<event>& events) {
    std::stable_sort(events.begin(), events.end(), [](const event& a, const event& b) {
        const auto& x = a.mention.value;
        const auto& y = b.mention.value;
        if (x.begin != y.begin) return x.begin < y.begin;
        return x.end > y.end;
    });
}

namespace {

double weight_of(std::size_t documents_with, std::size_t documents) {
    return std::log(1.0 + static_cast<double>(std::max<std::size_t>(documents, 1)) /
                              static_cast<double>(std::max<std::size_t>(documents_with, 1)));
}

bool telling_in(std::size_t documents_with, std::size_t documents) {
    return documents_with <= std::max<std::size_t>(2, documents / telling_share);
}

// Weights and telling words of the merge's own words, from the documents each is in.
id_rarity rarity_by_id(const std::vector<event>& events, const std::vector<account>& accounts, std::size_t ids) {
    std::vector<std::pair<std::uint32_t, std::size_t>> word_documents; // (word, document), once each
    std::vector<std::size_t> documents;
    for (std::size_t i = 0; i < events.size(); ++i) {
        documents.push_back(events[i].document);
        for (const std::uint32_t w : accounts[i].words) word_documents.emplace_back(w, events[i].document);
    }
    std::sort(word_documents.begin(), word_documents.end());
    word_documents.erase(std::unique(word_documents.begin(), word_documents.end()), word_documents.end());
    std::sort(documents.begin(), documents.end());
    const auto count = static_cast<std::size_t>(std::unique(documents.begin(), documents.end()) - documents.begin());
    std::vector<std::size_t> with(ids, 0);
    for (const auto& [w, d] : word_documents) ++with[w];
    id_rarity r;
    r.weight.resize(ids);
    r.telling.resize(ids);
    for (std::size_t w = 0; w < ids; ++w) {
        r.weight[w] = weight_of(with[w], count);
        r.telling[w] = telling_in(with[w], count);
    }
    return r;
}

} // namespace

double word_rarity::weight(const std::string& word) const {
    const auto it = documents_with.find(word);
    return weight_of(it == documents_with.end() ? 1 : it->second, documents);
}

bool word_rarity::is_telling(const std::string& word) const {
    const auto it = documents_with.find(word);
    return it == documents_with.end() || telling_in(it->second, documents);
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
    word_ids ids;
    const account x = account_of(a, lang, ids);
    const account y = account_of(b, lang, ids);
    return alike(x, y, by_id(rarity, ids));
}

merge_work merge_reports(std::vector<event>& events, const language& lang) {
    merge_work work;
    word_ids ids;
    std::vector<account> accounts;
    accounts.reserve(events.size());
    for (const event& e : events) accounts.push_back(account_of(e.headline, lang, ids));
    const id_rarity weights = rarity_by_id(events, accounts, ids.size());

    // Two reports are alike only if they share a telling word, so the candidates for
    // an event are the later events holding one of its telling words.
    std::vector<postings> index(ids.size());
    std::vector<std::vector<std::pair<std::uint32_t, std::size_t>>> place(events.size()); // (word, position)
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (!events[i].mention.value.dated) continue;
        for (const std::uint32_t w : accounts[i].words) {
            if (!weights.telling[w]) continue;
            postings& p = index[w];
            place[i].emplace_back(w, p.events.size());
            p.next.push_back(p.events.size());
            p.events.push_back(i);
        }
    }

    std::vector<bool> gone(events.size(), false);
    std::vector<std::size_t> seen_by(events.size(), events.size()); // the lead that last looked at it
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (gone[i] || !events[i].mention.value.dated) continue;
        for (const auto& [w, at] : place[i]) {
            postings& p = index[w];
            std::size_t unlike = 0;
            // Sorted by start, so the overlapping events follow until one starts after i ends.
            for (std::size_t q = p.live_from(at + 1, gone, work.walked);
                 q < p.events.size() && events[p.events[q]].mention.value.begin < events[i].mention.value.end &&
                 unlike < most_unlike_per_word;
                 q = p.live_from(q + 1, gone, work.walked)) {
                const std::size_t j = p.events[q];
                ++work.walked;
                if (seen_by[j] == i) continue;
                seen_by[j] = i;
                ++work.compared;
                if (reports_document(events[i], events[j].document) ||
                    !overlaps(events[i].mention.value, events[j].mention.value) ||
                    !alike(accounts[i], accounts[j], weights)) {
                    ++unlike;
                    continue;
                }
                const bool finer = events[j].mention.value.grain < events[i].mention.value.grain;
                absorb(events[i], events[j]);
                if (finer) std::swap(accounts[i], accounts[j]); // the lead's account goes with it
                gone[j] = true;
            }
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
    return work;
}

} // namespace annalist

#include <annalist/events/merge.hpp>
#include <annalist/work_meter.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <span>
#include <stdexcept>
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

// Each lower-case content word of `text`, a plural "s" dropped so "summits" meets
// "summit" (repeats included). Figures go: "$85.7 million" in one earnings report
// says nothing of another's.
template <typename Take> void for_each_content_word(std::string_view text, const language& lang, Take take) {
    std::string word;
    const auto flush = [&] {
        if (word.size() > 4 && word.back() == 's') word.pop_back();
        const bool figure = std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (word.size() >= 3 && !figure && !lang.function_words.contains(word)) take(std::string_view(word));
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
}

// Each capitalised word after the first, lower case: who and where an account is
// about ("Geneva", "Crossland").
template <typename Take> void for_each_name(std::string_view text, const language& lang, Take take) {
    bool first = true;
    std::string word;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t end = std::min(text.find(' ', i), text.size());
        word.clear();
        for (const char c : text.substr(i, end - i))
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
                word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
        const bool capital = i < end && text[i] >= 'A' && text[i] <= 'Z';
        if (capital && !first && word.size() >= 2 && !lang.function_words.contains(word)) take(std::string_view(word));
        if (!word.empty()) first = false;
        i = end + 1;
    }
}

// Words as numbers, so an event's words are read once and compared as sorted ids.
class word_ids {
public:
    std::uint32_t id(std::string_view word) {
        if (const auto it = ids_.find(word); it != ids_.end()) return it->second;
        const auto id = static_cast<std::uint32_t>(words_.size());
        const auto it = ids_.emplace(std::string(word), id).first;
        words_.push_back(&it->first);
        return id;
    }
    [[nodiscard]] const std::string& word(std::uint32_t id) const { return *words_[id]; }
    [[nodiscard]] std::size_t size() const { return words_.size(); }

private:
    std::unordered_map<std::string, std::uint32_t, string_hash, std::equal_to<>> ids_;
    std::vector<const std::string*> words_; // node-based map: the keys stay put
};

using id_span = std::span<const std::uint32_t>;

// What each event's account says, read once: its content words and the names in it,
// as sorted ids, all in one flat array (an event costs a few ids, not two vectors).
class account_table {
public:
    void add(std::string_view headline, const language& lang, word_ids& ids) {
        const auto take = [&](std::string_view w) { ids_.push_back(ids.id(w)); };
        const std::size_t words = ids_.size();
        for_each_content_word(headline, lang, take);
        sort_unique(words);
        const std::size_t names = ids_.size();
        for_each_name(headline, lang, take);
        sort_unique(names);
        bounds_.push_back(static_cast<std::uint32_t>(names));
        bounds_.push_back(static_cast<std::uint32_t>(ids_.size()));
    }
    [[nodiscard]] id_span words(std::size_t e) const { return span(start(e), bounds_[2 * e]); }
    [[nodiscard]] id_span names(std::size_t e) const { return span(bounds_[2 * e], bounds_[2 * e + 1]); }

private:
    [[nodiscard]] std::size_t start(std::size_t e) const { return e == 0 ? 0 : bounds_[2 * e - 1]; }
    [[nodiscard]] id_span span(std::size_t from, std::size_t to) const { return {ids_.data() + from, to - from}; }
    void sort_unique(std::size_t from) {
        std::sort(ids_.begin() + static_cast<std::ptrdiff_t>(from), ids_.end());
        ids_.erase(std::unique(ids_.begin() + static_cast<std::ptrdiff_t>(from), ids_.end()), ids_.end());
    }
    std::vector<std::uint32_t> ids_;
    std::vector<std::uint32_t> bounds_; // per event: where its names start, where they end
};

// Each word's weight and whether it is telling, by id.
struct id_rarity {
    std::vector<double> weight;
    std::vector<bool> telling;
};

// The weights a given word_rarity gives the words met so far (same_account's).
id_rarity rarity_from(const word_rarity& rarity, const word_ids& ids) {
    id_rarity r;
    r.weight.resize(ids.size());
    r.telling.resize(ids.size());
    for (std::uint32_t id = 0; id < ids.size(); ++id) {
        r.weight[id] = rarity.weight(ids.word(id));
        r.telling[id] = rarity.is_telling(ids.word(id));
    }
    return r;
}

bool has_one_the_other_lacks(id_span a, id_span b) { return !std::includes(b.begin(), b.end(), a.begin(), a.end()); }

bool alike(const account_table& accounts, std::size_t a, std::size_t b, const id_rarity& rarity) {
    const id_span names_a = accounts.names(a), names_b = accounts.names(b);
    const id_span words_a = accounts.words(a), words_b = accounts.words(b);
    // Accounts that each name someone or somewhere the other does not are about
    // different things, however alike the rest: "In composite trading, Crossland shares
    // closed at ..." and "..., Compaq shares closed at ...".
    if (has_one_the_other_lacks(names_a, names_b) && has_one_the_other_lacks(names_b, names_a)) return false;
    // Dice over the words, each weighted by its rarity across the documents: "net",
    // "million" and "share" open every earnings report and say little.
    // And one shared word must be telling: found in few documents.
    std::size_t shared = 0;
    bool telling = false;
    double shared_weight = 0, total_weight = 0;
    auto i = words_a.begin(), j = words_b.begin();
    while (i != words_a.end() && j != words_b.end()) {
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
    for (; i != words_a.end(); ++i) total_weight += rarity.weight[*i];
    for (; j != words_b.end(); ++j) total_weight += rarity.weight[*j];
    return shared >= least_shared_words && telling && shared_weight >= least_dice * total_weight;
}

std::size_t document_count(const std::vector<event>& events) {
    std::size_t count = 0;
    for (const event& e : events) {
        count = std::max(count, e.document + 1);
        for (const event_report& r : e.also_reported) count = std::max(count, r.document + 1);
    }
    return count;
}

// One event, in slot `lead`, of the lead and the members it gathered: the finest
// report leads, every other becomes one of its also_reported (with the reports it
// already held), in document order.
void gather(std::vector<event>& events, std::size_t lead, std::size_t finest, const std::vector<std::size_t>& members) {
    std::vector<event_report> others;
    const auto add = [&](event& e) {
        others.push_back({e.document, std::move(e.mention), std::move(e.sentence)});
        for (event_report& r : e.also_reported) others.push_back(std::move(r));
    };
    event merged = std::move(events[finest]);
    for (event_report& r : merged.also_reported) others.push_back(std::move(r));
    if (finest != lead) add(events[lead]);
    for (const std::size_t m : members)
        if (m != finest) add(events[m]);
    std::stable_sort(others.begin(), others.end(),
                     [](const event_report& a, const event_report& b) { return a.document < b.document; });
    merged.also_reported = std::move(others);
    events[lead] = std::move(merged);
}

// The events holding one telling word, in chronological order. Absorbed events are
// stepped over through `next`, pointers to the next live entry shortened as they
// are followed, so no entry is stepped over twice by many leads.
// Indices in the merge's own tables take 32 bits: half the memory of size_t, for
// up to four billion events.
using index32 = std::uint32_t;

struct postings {
    std::vector<index32> events;
    std::vector<index32> next; // next[p] == p while events[p] is live

    std::size_t live_from(std::size_t p, const std::vector<bool>& gone, std::size_t& steps) {
        std::size_t q = p;
        for (;;) {
            for (; q < events.size() && next[q] != q; ++steps) q = next[q];
            if (q == events.size() || !gone[events[q]]) break;
            next[q] = static_cast<index32>(q + 1); // found absorbed: step over it from now on
        }
        for (std::size_t r = p; r < q && r < events.size();) { // shorten the path walked
            const std::size_t after = next[r];
            next[r] = static_cast<index32>(q);
            r = after == r ? r + 1 : after;
            ++steps;
        }
        return q;
    }
};

} // namespace

void sort_chronologically(std::vector<event>& events) {
    // The keys are sorted, small and side by side, then the events moved once each
    // into place along the permutation's cycles: sorting the events themselves moved
    // each of them many times, held a second buffer of them all, and read their
    // intervals scattered over hundreds of megabytes.
    struct key {
        date::sys_seconds begin, end;
        std::size_t index;
    };
    std::vector<key> keys;
    keys.reserve(events.size());
    for (std::size_t i = 0; i < events.size(); ++i)
        keys.push_back({events[i].mention.value.begin, events[i].mention.value.end, i});
    std::sort(keys.begin(), keys.end(), [](const key& a, const key& b) {
        if (a.begin != b.begin) return a.begin < b.begin;
        if (a.end != b.end) return a.end > b.end;
        return a.index < b.index; // ties keep their order
    });
    std::vector<std::size_t> order(events.size());
    for (std::size_t i = 0; i < keys.size(); ++i) order[i] = keys[i].index;
    std::vector<key>().swap(keys);
    for (std::size_t start = 0; start < order.size(); ++start) {
        if (order[start] == start) continue;
        event held = std::move(events[start]);
        std::size_t to = start;
        while (order[to] != start) { // slot `to` takes the event that belongs there
            const std::size_t from = order[to];
            events[to] = std::move(events[from]);
            order[to] = to;
            to = from;
        }
        events[to] = std::move(held);
        order[to] = to;
    }
}

namespace {

double weight_of(std::size_t documents_with, std::size_t documents) {
    return std::log(1.0 + static_cast<double>(std::max<std::size_t>(documents, 1)) /
                              static_cast<double>(std::max<std::size_t>(documents_with, 1)));
}

bool telling_in(std::size_t documents_with, std::size_t documents) {
    return documents_with <= std::max<std::size_t>(2, documents / telling_share);
}

// Weights and telling words of the merge's own words, from the documents each is
// in: events taken document by document (a counting sort), each word counted once
// a document.
id_rarity rarity_in(const std::vector<event>& events, const account_table& accounts, std::size_t ids) {
    std::size_t documents = 0;
    for (const event& e : events) documents = std::max(documents, e.document + 1);
    std::vector<std::size_t> first(documents + 1, 0); // events of document d: by_document[first[d], first[d + 1])
    for (const event& e : events) ++first[e.document + 1];
    for (std::size_t d = 0; d < documents; ++d) first[d + 1] += first[d];
    std::vector<std::size_t> by_document(events.size());
    std::vector<std::size_t> fill(first.begin(), first.end() - 1);
    for (std::size_t i = 0; i < events.size(); ++i) by_document[fill[events[i].document]++] = i;

    std::vector<std::size_t> with(ids, 0);
    std::vector<std::size_t> last_document(ids, documents); // none yet
    std::size_t count = 0;                                  // documents with an event
    for (std::size_t d = 0; d < documents; ++d) {
        if (first[d] == first[d + 1]) continue;
        ++count;
        for (std::size_t k = first[d]; k < first[d + 1]; ++k) {
            for (const std::uint32_t w : accounts.words(by_document[k])) {
                if (last_document[w] == d) continue;
                last_document[w] = d;
                ++with[w];
            }
        }
    }
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

bool same_account(std::string_view a, std::string_view b, const language& lang, const word_rarity& rarity) {
    word_ids ids;
    account_table accounts;
    accounts.add(a, lang, ids);
    accounts.add(b, lang, ids);
    return alike(accounts, 0, 1, rarity_from(rarity, ids));
}

merge_work merge_reports(std::vector<event>& events, const language& lang) {
    merge_work work;
    word_ids ids;
    account_table accounts;
    for (const event& e : events) accounts.add(e.headline, lang, ids);
    const id_rarity weights = rarity_in(events, accounts, ids.size());

    // Two reports are alike only if they share a telling word, so the candidates for
    // an event are the later events holding one of its telling words.
    if (events.size() >= std::numeric_limits<index32>::max()) throw std::length_error("too many events to merge");
    std::vector<postings> index(ids.size());
    std::vector<std::pair<index32, index32>> places; // (word, position in its postings), event by event
    std::vector<std::size_t> first_place(events.size() + 1, 0);
    { // lists made to size: grown by doubling they held a third more than they used
        std::vector<index32> entries(ids.size(), 0);
        std::size_t total = 0;
        for (std::size_t i = 0; i < events.size(); ++i) {
            if (!events[i].mention.value.dated) continue;
            for (const std::uint32_t w : accounts.words(i)) {
                if (!weights.telling[w]) continue;
                ++entries[w];
                ++total;
            }
        }
        for (std::size_t w = 0; w < ids.size(); ++w) {
            index[w].events.reserve(entries[w]);
            index[w].next.reserve(entries[w]);
        }
        places.reserve(total);
    }
    for (std::size_t i = 0; i < events.size(); ++i) {
        first_place[i] = places.size();
        if (!events[i].mention.value.dated) continue;
        for (const std::uint32_t w : accounts.words(i)) {
            if (!weights.telling[w]) continue;
            postings& p = index[w];
            const auto at = static_cast<index32>(p.events.size());
            places.emplace_back(w, at);
            p.next.push_back(at);
            p.events.push_back(static_cast<index32>(i));
        }
    }
    first_place[events.size()] = places.size();

    // Each lead gathers the reports alike to it; the finest gathered so far is what
    // later candidates are compared with, and leads the merged event.
    std::vector<bool> gone(events.size(), false);
    const auto none = static_cast<index32>(events.size());
    std::vector<index32> seen_by(events.size(), none);                // the lead that last looked at it
    std::vector<index32> in_cluster_of(document_count(events), none); // by document: its lead
    std::vector<std::size_t> members;
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (gone[i] || !events[i].mention.value.dated) continue;
        const auto lead = static_cast<index32>(i);
        const auto join = [&](std::size_t k) {
            in_cluster_of[events[k].document] = lead;
            for (const event_report& r : events[k].also_reported) in_cluster_of[r.document] = lead;
        };
        join(i);
        members.clear();
        std::size_t finest = i;
        for (std::size_t n = first_place[i]; n < first_place[i + 1]; ++n) {
            postings& p = index[places[n].first];
            std::size_t unlike = 0;
            // Sorted by start, so the overlapping events follow until one starts after the lead ends.
            for (std::size_t q = p.live_from(places[n].second + 1, gone, work.walked);
                 q < p.events.size() && events[p.events[q]].mention.value.begin < events[finest].mention.value.end &&
                 unlike < most_unlike_per_word;
                 q = p.live_from(q + 1, gone, work.walked)) {
                const std::size_t j = p.events[q];
                ++work.walked;
                if (seen_by[j] == lead) continue;
                seen_by[j] = lead;
                ++work.compared;
                if (in_cluster_of[events[j].document] == lead ||
                    !overlaps(events[finest].mention.value, events[j].mention.value) ||
                    !alike(accounts, finest, j, weights)) {
                    ++unlike;
                    continue;
                }
                members.push_back(j);
                gone[j] = true;
                join(j);
                if (events[j].mention.value.grain < events[finest].mention.value.grain) finest = j;
            }
        }
        if (!members.empty()) gather(events, i, finest, members);
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (gone[i]) continue;
        if (kept != i) events[kept] = std::move(events[i]);
        ++kept;
    }
    events.resize(kept);
    sort_chronologically(events); // a finer report may now lead, with a later start
    work_meter::add(events.size() + work.compared + work.walked);
    return work;
}

} // namespace annalist

// Many articles, one chronology: the same event reported by two documents becomes
// one event with both as sources. Two reports are the same event when their
// intervals overlap and their accounts (headlines) are alike (same_account); reports within one document are never
// merged, since an article that dates two things on one day means two things.
#pragma once

#include <annalist/config/language.hpp>
#include <annalist/model/chronology.hpp>

#include <map>
#include <string>
#include <vector>

namespace annalist {

// Earlier start first; at the same start the wider interval (a month before the days
// inside it); ties keep their order (document, then text). A pure function of the
// events, so output is deterministic.
void sort_chronologically(std::vector<event>& events);

// What merging cost, in steps a test can count: accounts compared, and entries of
// the word index walked over.
struct merge_work {
    std::size_t compared = 0;
    std::size_t walked = 0;
};

// Merges reports of one event across documents. The most precise report (finest
// grain, then first) leads; the others become its also_reported, in input order.
// `events` must be sorted chronologically, and stays so. Each event's account is
// read once, and an event is compared only with the later reports that share one
// of its telling words (an index from word to events), at most 32 unlike ones a
// word: linear in the events, however many share a day.
merge_work merge_reports(std::vector<event>& events, const language& lang);

// How rare each content word is across the documents' headlines: a word in every
// document weighs little, a name in one weighs much (ln(1 + documents / with it)).
struct word_rarity {
    std::size_t documents = 0;
    std::map<std::string, std::size_t, std::less<>> documents_with;
    [[nodiscard]] double weight(const std::string& word) const;
    // In at most one document in fifty (or two): a name, a place, a rare act.
    [[nodiscard]] bool is_telling(const std::string& word) const;
};

// Do two accounts of an event share enough of their content words (at least two,
// one of them telling, and half of their rarity-weighted sum), without each naming someone or somewhere
// the other does not? Exposed for tests.
bool same_account(std::string_view a, std::string_view b, const language& lang, const word_rarity& rarity = {});

} // namespace annalist

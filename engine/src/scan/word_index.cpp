#include <annalist/scan/word_index.hpp>

#include <stdexcept>

namespace annalist {

word_index::word_index(const language& lang) : lang_(lang) {
    singles_.fill(empty);
    heads_.resize(64);
    ids_.resize(64, empty);
    for (const auto& [word, meanings] : lang.words) add(word);
    // Past first, so a word listed both ways reads as future, as tense_cue always did.
    for (const auto& word : lang.past_cues) entries_[add(word)].tense = -1;
    for (const auto& word : lang.future_cues) entries_[add(word)].tense = 1;
}

std::uint32_t word_index::add(std::string_view folded) {
    if (folded.empty()) throw std::invalid_argument("word index: an empty word"); // its head would mark an empty slot
    if (const word_entry* known = find(folded)) return known->id;
    const auto id = static_cast<std::uint32_t>(entries_.size());
    word_entry& e = entries_.emplace_back();
    e.folded = folded;
    e.id = id;
    e.meanings = lang_.meanings(folded);
    if (folded.size() == 1) singles_[static_cast<unsigned char>(folded.front())] = id;
    if (entries_.size() * 4 > heads_.size())
        grow(); // rehashes the new entry too
    else
        insert_slot(id);
    return id;
}

void word_index::grow() {
    heads_.assign(heads_.size() * 2, 0);
    ids_.assign(ids_.size() * 2, empty);
    for (const word_entry& e : entries_) insert_slot(e.id);
}

void word_index::insert_slot(std::uint32_t entry) {
    const std::string& word = entries_[entry].folded;
    const std::uint64_t first = head(word);
    const std::size_t mask = heads_.size() - 1;
    const std::uint64_t h = hash(first, word.size());
    const std::uint64_t bit = h >> 48;
    known_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    std::size_t i = h & mask;
    while (heads_[i] != 0) i = (i + 1) & mask;
    heads_[i] = first;
    ids_[i] = entry;
}

} // namespace annalist

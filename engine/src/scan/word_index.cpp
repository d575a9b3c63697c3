#include <annalist/scan/word_index.hpp>

namespace annalist {

std::uint64_t word_index::hash(std::string_view folded) {
    std::uint64_t h = hash_start;
    for (const char c : folded) h = hash_step(h, static_cast<unsigned char>(c));
    return h;
}

word_index::word_index(const language& lang) : lang_(lang) {
    slots_.resize(64);
    for (const auto& [word, meanings] : lang.words) add(word);
    // Past first, so a word listed both ways reads as future, as tense_cue always did.
    for (const auto& word : lang.past_cues) entries_[add(word)].tense = -1;
    for (const auto& word : lang.future_cues) entries_[add(word)].tense = 1;
}

std::uint32_t word_index::add(std::string_view folded) {
    const std::uint64_t h = hash(folded);
    if (const word_entry* known = find(folded, h)) return known->id;
    const auto id = static_cast<std::uint32_t>(entries_.size());
    word_entry& e = entries_.emplace_back();
    e.folded = folded;
    e.id = id;
    e.meanings = lang_.meanings(folded);
    if (entries_.size() * 4 > slots_.size())
        grow(); // rehashes the new entry too
    else
        insert_slot(h, id);
    return id;
}

void word_index::grow() {
    slots_.assign(slots_.size() * 2, slot{});
    for (const word_entry& e : entries_) insert_slot(hash(e.folded), e.id);
}

void word_index::insert_slot(std::uint64_t h, std::uint32_t entry) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = h & mask;
    while (slots_[i].entry != empty) i = (i + 1) & mask;
    slots_[i] = {h, entry};
}

} // namespace annalist

// Which way an underspecified date points, read from the words around it.
#pragma once

#include <annalist/config/language.hpp>
#include <annalist/scan/tokenizer.hpp>

#include <cstddef>

namespace annalist {

// The nearest cue in the same sentence: +1 for a listed future word ("will",
// "expected", "next"), -1 for a listed past word ("was", "said") or a verb in -ed
// ("announced"), else 0. Words before the mention count before those after.
int tense_cue(const token_list& tokens, std::size_t first_token, std::size_t end_token, const language& lang);

// Whether a story steps back at the mention: one of the lexicon's story_back_cues
// within the cue window of its sentence ("had", "earlier").
bool steps_back(const token_list& tokens, std::size_t first_token, std::size_t end_token, const language& lang);

} // namespace annalist

// Which way an underspecified date points, read from the words around it.
#pragma once

#include <annalist/config/language.hpp>
#include <annalist/scan/tokenizer.hpp>

#include <cstddef>

namespace annalist {

// The nearest listed cue word in the same sentence: +1 for a future cue ("will",
// "expected", "next"), -1 for a past one ("was", "said"); without one, -1 when a
// verb in -ed stands near, else 0. Words before the mention count before those after.
int tense_cue(const token_list& tokens, std::size_t first_token, std::size_t end_token, const language& lang);

} // namespace annalist

// Which way an underspecified date points, read from the words around it.
#pragma once

#include <annalist/config/language.hpp>
#include <annalist/scan/tokenizer.hpp>

#include <cstddef>

namespace annalist {

// +1 when a future cue ("will", "plans", "next") is the nearest cue word in the
// same sentence, -1 for a past cue ("was", "ago", a verb in -ed), 0 for none. The
// words before the mention are read first, then those after it.
int tense_cue(const token_list& tokens, std::size_t first_token, std::size_t end_token, const language& lang);

} // namespace annalist

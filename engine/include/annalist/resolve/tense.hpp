// Which way an underspecified date points, read from the words around it.
#pragma once

#include <annalist/config/language.hpp>
#include <annalist/scan/tokenizer.hpp>

#include <cstddef>

namespace annalist {

// +1 when a future cue ("will", "plans", "next") stands in the same sentence near
// the mention, else -1 for a past cue ("was", "ago"), else -1 for a verb in -ed, 0
// for none. A future cue wins: "will be held", "is expected to be signed".
int tense_cue(const token_list& tokens, std::size_t first_token, std::size_t end_token, const language& lang);

} // namespace annalist

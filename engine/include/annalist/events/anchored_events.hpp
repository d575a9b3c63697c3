// Events dated from the other side of a sentence: "in November 2023, two months after
// the meeting at Vostochny" dates the meeting to September 2023. The duration's
// direction word ("after", "before") names what the offset leads from; the date it
// is counted back from stands just before it in the same sentence.
#pragma once

#include <annalist/config/language.hpp>
#include <annalist/model/mention.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annalist {

struct anchored_event {
    mention anchor;       // the phrase naming the event ("the cordial meeting ..."), dated
    std::string headline; // that phrase, as a headline
};

// For each DURATION mention followed by "after" or "before" whose sentence has a
// dated mention ending just before it (", " between them), the event the rest of the
// clause names, dated by moving that date by the duration, at the date's own grain.
std::vector<anchored_event> anchored_events(std::string_view text, const std::vector<mention>& mentions,
                                            const language& lang);

} // namespace annalist

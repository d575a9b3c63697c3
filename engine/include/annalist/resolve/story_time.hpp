// Whether a document tells a story in its own time (a history: "The siege began in
// September 1854. In April the allies attacked again.") or reports from the day it
// was written (news: "on Monday", "last week"). With mode "auto" the relative and
// underspecified dates of a narrative count from the story's last date, of news from
// the publication date. The evidence grows as the text is read, so a long document
// is decided in one pass.
#pragma once

#include <annalist/config/config.hpp>
#include <annalist/model/mention.hpp>
#include <annalist/scan/rules.hpp>

#include <date/date.h>

#include <optional>
#include <string>

namespace annalist {

class story_time {
public:
    explicit story_time(std::optional<date::year_month_day> publication);

    // One resolved mention and the rule that found it.
    void count(const mention& m, const rule& found_by);

    [[nodiscard]] resolution_mode mode() const;
    // Whether enough has been counted for mode() to stand: the text's first
    // paragraphs are held until it is.
    [[nodiscard]] bool decided() const;
    // Why, for --explain: "narrative: 5 dates written in full lie two or more years
    // before the publication, against 1 of its own time".
    [[nodiscard]] std::string reason() const;

private:
    std::optional<int> publication_year_;
    int story_dates_ = 0; // written with their year, two or more years before the publication
    int own_time_ = 0;    // written with their year near it, or said from the writer's day ("last week")
};

} // namespace annalist

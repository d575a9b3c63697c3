#include <annalist/resolve/story_time.hpp>

#include <fmt/format.h>

namespace annalist {
namespace {

// A year two or more before the publication is the story's, not the writer's: news
// looks back a year ("last March") as a matter of course.
constexpr int story_distance_years = 2;
// A narrative needs a few dates of its own, and they must outnumber the signs of the
// writer's day more than four times over: news gives background years as a matter of
// course ("founded in 1854, rebuilt in 1921 and extended in 1968, the museum reopened
// on Monday"), while a history says "last week" hardly ever and "today" now and then.
constexpr int least_story_dates = 3;
constexpr int story_over_own_time = 4;
// Dates counted before the first paragraphs, held back, are judged.
constexpr int evidence_to_decide = 4;

bool wrote(date_parts parts, date_part part) { return (parts & static_cast<date_parts>(part)) != 0; }

// Said from the writer's day: by a rule that always counts from the publication
// ("last week", "three years ago"), or a weekday alone ("on Monday"), which a report
// names and a history hardly ever does.
bool said_from_writers_day(const mention& m, const rule& found_by) {
    if (m.type != timex_type::date || !m.value.dated) return false;
    if (found_by.from_publication) return true;
    return m.written == static_cast<date_parts>(date_part::weekday) && !found_by.from_last_date;
}

} // namespace

story_time::story_time(std::optional<date::year_month_day> publication) {
    if (publication) publication_year_ = static_cast<int>(publication->year());
}

void story_time::count(const mention& m, const rule& found_by) {
    if (!publication_year_) return;
    if (said_from_writers_day(m, found_by)) {
        ++own_time_;
        return;
    }
    if (m.type != timex_type::date || !m.value.dated || m.anchor != anchor::absolute) return;
    if (!wrote(m.written, date_part::year) || m.value.grain > grain::year) return; // not decades or centuries
    const int year = static_cast<int>(date::year_month_day{date::floor<date::days>(m.value.begin)}.year());
    if (*publication_year_ - year >= story_distance_years)
        ++story_dates_;
    else
        ++own_time_;
}

resolution_mode story_time::mode() const {
    if (!publication_year_) return resolution_mode::narrative;
    return story_dates_ >= least_story_dates && story_dates_ > story_over_own_time * own_time_
               ? resolution_mode::narrative
               : resolution_mode::news;
}

bool story_time::decided() const { return !publication_year_ || story_dates_ + own_time_ >= evidence_to_decide; }

std::string story_time::reason() const {
    if (!publication_year_) return "narrative: no publication date to count from";
    return fmt::format("{}: {} dates written with their year lie two or more years before the publication, "
                       "{} are near it or said from the writer's day",
                       mode() == resolution_mode::narrative ? "narrative" : "news", story_dates_, own_time_);
}

} // namespace annalist

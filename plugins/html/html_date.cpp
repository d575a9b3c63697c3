#include "html_date.hpp"

#include "html_date_candidates.hpp"
#include "html_date_forms.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <string_view>

namespace annalist::html::detail {
namespace {

std::string_view day_of(const std::string& value) { return std::string_view(value).substr(0, 10); }

// Sources that only guess: a date somewhere in the text or a picture's address.
bool is_guess(const date_candidate& c) { return c.kind == "text" || c.kind == "picture"; }

// The latest day the page's own records give, changes or publication: a guess after
// it is no publication date (it is an event to come, or a reader's comment). Metadata
// may say a page changed before it was published (a draft saved, then scheduled), so
// the bound is the latest of both.
std::optional<std::string> latest_record(const std::vector<date_candidate>& candidates) {
    std::optional<std::string> latest;
    for (const auto& c : candidates)
        if ((c.role == date_role::updated || !is_guess(c)) && (!latest || day_of(c.value) > *latest))
            latest = day_of(c.value);
    return latest;
}

// A guess on the day metadata records a change, while metadata records the
// publication on another day: a theme that shows the date of the last edit ("By Ann
// Lee - 2019-04-10", dateModified 2019-04-10, datePublished 2018-04-18).
bool shows_a_change(const std::vector<date_candidate>& candidates, const date_candidate& guess) {
    bool changed_that_day = false, published_another_day = false;
    for (const auto& c : candidates) {
        if (is_guess(c)) continue;
        if (c.role == date_role::updated && day_of(c.value) == day_of(guess.value)) changed_that_day = true;
        if (c.role == date_role::published && day_of(c.value) != day_of(guess.value)) published_another_day = true;
    }
    return changed_that_day && published_another_day;
}

// A day's support: the best weight of each kind of source that gives it, summed, as
// kinds of source are independent witnesses and sources of one kind are not.
struct support {
    int score = 0;
    std::size_t first = 0; // the day's most trusted candidate
};

std::optional<std::size_t> best_supported(const std::vector<date_candidate>& candidates,
                                          const std::vector<bool>& usable) {
    std::map<std::string_view, std::map<std::string_view, std::size_t>> best; // day -> kind -> candidate
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (!usable[i]) continue;
        auto& by_kind = best[day_of(candidates[i].value)];
        const auto [at, fresh] = by_kind.try_emplace(candidates[i].kind, i);
        if (!fresh && candidates[i].weight > candidates[at->second].weight) at->second = i;
    }
    std::optional<std::size_t> chosen;
    int chosen_score = 0;
    for (const auto& [day, by_kind] : best) {
        support s;
        s.first = by_kind.begin()->second;
        for (const auto& [kind, i] : by_kind) {
            s.score += candidates[i].weight;
            const auto& held = candidates[s.first];
            if (candidates[i].weight > held.weight || (candidates[i].weight == held.weight && i < s.first)) s.first = i;
        }
        // Equal support: the day whose best source comes first among the most trusted.
        if (!chosen || s.score > chosen_score ||
            (s.score == chosen_score &&
             (candidates[s.first].weight > candidates[*chosen].weight ||
              (candidates[s.first].weight == candidates[*chosen].weight && s.first < *chosen)))) {
            chosen = s.first;
            chosen_score = s.score;
        }
    }
    return chosen;
}

} // namespace

found_date find_publication_date(const GumboNode* root, const GumboNode* article, const GumboNode* body,
                                 const std::string& url) {
    const std::vector<date_candidate> candidates = date_candidates(root, article, body, url);
    // A guess no later than the page's latest record (a day's slack for time zones).
    const std::optional<std::string> latest = latest_record(candidates);
    std::vector<bool> usable(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i)
        usable[i] = candidates[i].role == date_role::published &&
                    (!is_guess(candidates[i]) || !latest || days_between(*latest, day_of(candidates[i].value)) <= 1) &&
                    !(is_guess(candidates[i]) && shows_a_change(candidates, candidates[i]));
    std::optional<std::size_t> chosen = best_supported(candidates, usable);
    found_date found;
    if (!chosen) {
        // Nothing says it is the publication: a visible update stamp is better than nothing.
        for (std::size_t i = 0; i < candidates.size(); ++i)
            if (candidates[i].kind == "text" && candidates[i].role == date_role::updated) {
                found.value = candidates[i].value;
                found.source = "an update stamp in " + candidates[i].source;
                break;
            }
        return found;
    }
    found.value = candidates[*chosen].value;
    found.source = candidates[*chosen].source;
    // A timestamp is often in UTC or the server's zone while the page shows its readers
    // the local day at the article's top (2021-11-04T23:00Z, shown as 5. November
    // 2021 on its date line): that day, one off the timestamp's, is the day, whatever
    // else supports the timestamp's (an address made on the server's day). A date in
    // the article's prose is no such evidence.
    const bool timestamped = std::any_of(candidates.begin(), candidates.end(), [&](const auto& c) {
        return has_clock(c.value) && day_of(c.value) == day_of(found.value);
    });
    if (timestamped) {
        const auto shown = std::find_if(candidates.begin(), candidates.end(), [](const auto& c) {
            return c.source == "the article's text" && c.role == date_role::published;
        });
        if (shown != candidates.end() && shown->shown_as_date &&
            std::abs(days_between(day_of(found.value), day_of(shown->value))) == 1) {
            found.source = shown->source + " (" + found.source + " is a day off)";
            found.value = shown->value;
        }
    }
    return found;
}

} // namespace annalist::html::detail

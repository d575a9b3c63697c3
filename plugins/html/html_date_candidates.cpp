#include "html_date_candidates.hpp"

#include "html_date_forms.hpp"
#include "html_stamps.hpp"

#include <date/date.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <regex>

namespace annalist::html::detail {
namespace {

// How far each kind of place is trusted to hold the publication day, from the
// publishing standards down to guesses. Agreeing kinds add up (html_date.cpp).
constexpr int meta_article_weight = 10; // article:published_time, Open Graph's own
constexpr int structured_weight = 9;    // JSON-LD or microdata datePublished
constexpr int header_time_weight = 8;   // <time datetime> in the article's header
constexpr int url_weight = 8;           // the address is made when the page is
constexpr int meta_name_weight = 7;     // <meta name="date">: sometimes a change
constexpr int script_published_weight = 6;
constexpr int script_created_weight = 4;
constexpr int page_time_weight = 4; // the first <time datetime> anywhere
constexpr int attribute_weight = 4;
constexpr int picture_weight = 1;
// Visible dates, by their line: see text_candidates.
constexpr int prose_weight = 1;
constexpr int written_weight = 2;
constexpr int stamp_weight = 5;
constexpr int published_stamp_weight = 6;
constexpr int near_headline_bonus = 1;
constexpr int first_date_bonus = 3; // the text's first date is as good as a date line
constexpr int outside_article_penalty = 2;
constexpr std::size_t most_short_line_words = 25;
constexpr std::size_t headline_reach = 4;  // lines of text either side
constexpr std::size_t dateline_reach = 30; // bytes before a date opening its line ("BERLIN, ")

// The first value of `key` anywhere in a JSON-LD value.
std::optional<std::string> json_key(const nlohmann::json& j, std::string_view key) {
    if (j.is_object()) {
        if (const auto it = j.find(key); it != j.end() && it->is_string()) return it->get<std::string>();
        for (const auto& [name, value] : j.items())
            if (auto found = json_key(value, key)) return found;
    } else if (j.is_array()) {
        for (const auto& value : j)
            if (auto found = json_key(value, key)) return found;
    }
    return std::nullopt;
}

std::string json_ld(const GumboNode* root, std::string_view key) {
    std::string value;
    walk(root, [&](const GumboNode* n) {
        const char* type = attribute(n, "type");
        if (!is_element(n, GUMBO_TAG_SCRIPT) || type == nullptr || std::string_view(type) != "application/ld+json")
            return false;
        if (n->v.element.children.length == 0) return false;
        const auto* text = static_cast<const GumboNode*>(n->v.element.children.data[0]);
        const auto parsed = nlohmann::json::parse(text->v.text.text, nullptr, false);
        if (parsed.is_discarded()) return false;
        if (auto found = json_key(parsed, key)) value = *found;
        return !value.empty();
    });
    return value;
}

// itemprop="KEY" on a <meta content>, a <time datetime> or any element's text.
std::string microdata(const GumboNode* root, std::string_view key) {
    std::string value;
    walk(root, [&](const GumboNode* n) {
        const char* itemprop = attribute(n, "itemprop");
        if (itemprop == nullptr || std::string_view(itemprop) != key) return false;
        for (const char* name : {"content", "datetime"})
            if (const char* v = attribute(n, name)) value = v;
        if (value.empty()) value = text_of(n);
        return !value.empty();
    });
    return value;
}

// Whether an element's own names say it holds a change, not the publication:
// class="updated", itemprop="dateModified".
bool names_an_update(const GumboNode* n) {
    for (const char* name : {"class", "itemprop", "id"})
        if (const char* value = attribute(n, name)) {
            const std::string folded = lower_ascii(value);
            if (folded.find("updat") != std::string::npos || folded.find("modif") != std::string::npos) return true;
        }
    return false;
}

// The first element marked as the entry's publication (or change) by the hAtom and
// h-entry microformats (class "published" or "dt-published"; "updated",
// "dt-updated") or by HTML's old pubdate attribute on <time>: its datetime, else its
// title (<abbr title>), else its text.
std::string microformat_date(const GumboNode* root, bool change) {
    std::string found;
    walk(root, [&](const GumboNode* n) {
        bool marked = !change && is_element(n, GUMBO_TAG_TIME) && attribute(n, "pubdate") != nullptr;
        if (const char* cls = attribute(n, "class"); cls != nullptr && !marked) {
            const std::string folded = " " + lower_ascii(cls) + " ";
            for (const char* token :
                 change ? std::array{" updated ", " dt-updated "} : std::array{" published ", " dt-published "})
                marked = marked || folded.find(token) != std::string::npos;
        }
        if (!marked) return false;
        for (const char* name : {"datetime", "title"})
            if (const char* value = attribute(n, name); value != nullptr && found.empty()) {
                found = iso_day(value);
                if (found.empty()) found = visible_dates(value).published;
            }
        if (found.empty()) found = visible_dates(text_of(n, false)).published;
        return !found.empty();
    });
    return found;
}

// A day in a script's data, where single-page apps keep the state they render: the
// first ISO value of a key that names the publication ("publishedAt",
// "datePublished", "publish_date"...), and of one that names the creation
// ("createdAt", "dateCreated"). Every repetition is bounded: libstdc++'s regex
// recurses once per repeated character, and a script is any size.
std::pair<std::string, std::string> script_data_dates(const GumboNode* root) {
    static const std::regex published(
        R"re(\\?"(?:datePublished|publishedAt|published_at|publishDate|publish_date|publicationDate|firstPublished|first_published_at)\\?" {0,3}: {0,3}\\?"([0-9T:.+\-Z ]{8,35})\\?")re");
    static const std::regex created(
        R"re(\\?"(?:dateCreated|createdAt|created_at)\\?" {0,3}: {0,3}\\?"([0-9T:.+\-Z ]{8,35})\\?")re");
    std::string first_published, first_created;
    walk(root, [&](const GumboNode* n) {
        if (!is_element(n, GUMBO_TAG_SCRIPT) || n->v.element.children.length == 0) return false;
        // JSON-LD is its own witness, not a second one.
        if (const char* type = attribute(n, "type"); type != nullptr && std::string_view(type) == "application/ld+json")
            return false;
        const auto* text = static_cast<const GumboNode*>(n->v.element.children.data[0]);
        if (text->type != GUMBO_NODE_TEXT) return false;
        const std::string_view code = text->v.text.text;
        // Most scripts name no such key: the regex, slow on long code, is not run on them.
        if (code.find("ublish") == std::string_view::npos && code.find("ublication") == std::string_view::npos &&
            code.find("reated") == std::string_view::npos)
            return false;
        const auto first_day = [&](const std::regex& key) {
            for (auto it = std::cregex_iterator(code.data(), code.data() + code.size(), key);
                 it != std::cregex_iterator(); ++it)
                if (std::string day = iso_day((*it)[1].str()); !day.empty()) return day;
            return std::string();
        };
        if (first_published.empty()) first_published = first_day(published);
        if (first_created.empty()) first_created = first_day(created);
        return !first_published.empty();
    });
    return {first_published, first_created};
}

// A day an element whose class names a timestamp or a publication carries for
// scripts or as a tooltip: data-timestamp, data-time or data-published (ISO, or Unix
// seconds), or its title ("12:12 AM - 11 Jul 2020"). Other elements' dates are
// anything: a profile's "joined" date, a calendar's days.
std::string attribute_timestamp(const GumboNode* root) {
    std::string found;
    walk(root, [&](const GumboNode* n) {
        const char* cls = attribute(n, "class");
        if (cls == nullptr) return false;
        const std::string names = lower_ascii(cls);
        if (names.find("timestamp") == std::string::npos && names.find("publish") == std::string::npos) return false;
        for (const char* name : {"data-timestamp", "data-time", "data-published"}) {
            const char* value = attribute(n, name);
            if (value == nullptr) continue;
            const std::string_view v = value;
            if (v.size() == 10 && all_digits(v)) { // Unix seconds, within the years pages have
                std::int64_t seconds = 0;
                for (const char c : v) seconds = seconds * 10 + (c - '0');
                const date::year_month_day day{
                    date::floor<date::days>(date::sys_seconds{std::chrono::seconds{seconds}})};
                const int y = static_cast<int>(day.year());
                const int m = static_cast<int>(static_cast<unsigned>(day.month()));
                const int d = static_cast<int>(static_cast<unsigned>(day.day()));
                if (valid_day(y, m, d)) found = day_string(y, m, d);
            } else {
                found = iso_day(v);
            }
            if (!found.empty()) return true;
        }
        const char* title = attribute(n, "title");
        if (title == nullptr) return false;
        found = visible_dates(title).published;
        return !found.empty();
    });
    return found;
}

// A day in the address of a picture: uploads are filed by day (/2016/05/22/) or named
// after it (IMG-20200415-WA0039.jpg).
std::string image_date(const GumboNode* scope) {
    std::string found;
    walk(scope, [&](const GumboNode* n) {
        if (!is_element(n, GUMBO_TAG_IMG)) return false;
        for (const char* name : {"src", "data-src", "data-permalink"})
            if (const char* value = attribute(n, name); value != nullptr && found.empty()) found = url_date(value);
        return !found.empty();
    });
    return found;
}

// Words that, before a date on its line, say the date is the publication's.
constexpr std::array<std::string_view, 12> publishing_words{"published",
                                                            "posted",
                                                            "ver\xC3\xB6"
                                                            "ffentlicht",
                                                            "erschienen",
                                                            "publi\xC3\xA9",
                                                            "erstellt",
                                                            "created",
                                                            "date:",
                                                            "datum:",
                                                            "by ",
                                                            "von ",
                                                            "par "};

bool publishing_word_before(std::string_view line_before_date) {
    const std::string folded = lower_ascii(line_before_date);
    return std::any_of(publishing_words.begin(), publishing_words.end(), [&](std::string_view word) {
        const auto at = folded.find(word);
        // "by ", "von ", "par " only open a byline.
        return at != std::string::npos && (word.back() != ' ' || at == 0);
    });
}

// A date that ends or opens a span ("vom 5. bis 11. Februar 2022", "3-5 March 2021",
// "1 March 2021 to 5 March 2021") dates an event that lasts, not the page. A time
// next to it is no span: "09:41 - 5 March 2019", "5 March 2019 - 09:41".
bool ends_a_span(std::string_view before) {
    static const std::regex range_start(
        R"((?:^|[^\d:])(?:\d{1,2}\.?|\d{4}) {0,2}(?:-|\xE2\x80\x93|bis|to|until|till|au|and|und|et) {0,2}$)",
        std::regex::icase);
    return std::regex_search(before.size() > 32 ? before.substr(before.size() - 32).begin() : before.begin(),
                             before.end(), range_start);
}

bool opens_a_span(std::string_view after) {
    static const std::regex range_end(
        R"(^ {0,2}(?:-|\xE2\x80\x93|bis|to|until|till|au|und|et) {0,2}\d{1,2}(?![\d:]|\.\d))", std::regex::icase);
    return std::regex_search(after.begin(), after.end(), range_end);
}

} // namespace

std::vector<date_candidate> text_candidates(std::string_view text, std::string_view source, std::string_view headline) {
    std::vector<date_candidate> found;
    std::size_t line_start = 0, line_number = 0, headline_line = std::string_view::npos;
    const auto line_end_of = [&](std::size_t at) {
        const std::size_t end = text.find('\n', at);
        return end == std::string_view::npos ? text.size() : end;
    };
    if (!headline.empty()) {
        if (const auto at = text.find(headline); at != std::string_view::npos)
            headline_line = static_cast<std::size_t>(std::count(text.begin(), text.begin() + at, '\n'));
    }
    for (const written_day& written : written_days(text)) {
        // Dates come in text order: move to the line that holds this one.
        for (std::size_t end = line_end_of(line_start); end < written.offset; end = line_end_of(line_start)) {
            line_start = end + 1;
            ++line_number;
        }
        const std::string_view line = text.substr(line_start, line_end_of(line_start) - line_start);
        const std::size_t words = words_in(line);
        int weight = written_weight;
        const bool span = ends_a_span(text.substr(line_start, written.offset - line_start)) ||
                          opens_a_span(text.substr(written.offset + written.length, 24));
        const bool stamp_line = is_date_stamp(line);
        if (words > most_short_line_words || span)
            weight = prose_weight;
        else if (stamp_line)
            weight = publishing_word_before(text.substr(line_start, written.offset - line_start))
                         ? published_stamp_weight
                         : stamp_weight;
        if (headline_line != std::string_view::npos &&
            (line_number > headline_line ? line_number - headline_line : headline_line - line_number) <= headline_reach)
            weight += near_headline_bonus;
        const date_role role = after_update_word(text, written.offset) ? date_role::updated : date_role::published;
        const bool shown_as_date = !span && (stamp_line || written.offset - line_start <= dateline_reach);
        if (found.empty() && !span) weight += first_date_bonus;
        found.push_back({written.day, std::string(source), "text", weight, role, shown_as_date});
    }
    return found;
}

std::vector<date_candidate> date_candidates(const GumboNode* root, const GumboNode* article, const GumboNode* body,
                                            const std::string& url) {
    std::vector<date_candidate> found;
    const auto add = [&](const std::string& value, std::string_view source, std::string_view kind, int weight,
                         date_role role = date_role::published) {
        // Some metadata writes its day in words ("20 Nov 2019 08:02 GMT").
        std::string day = iso_day(value);
        if (day.empty() && !value.empty()) day = visible_dates(value).published;
        if (!day.empty()) found.push_back({std::move(day), std::string(source), kind, weight, role});
    };
    for (const char* key : {"article:published_time", "og:article:published_time"})
        add(meta(root, key), std::string("meta ") + key, "meta", meta_article_weight);
    for (const char* key : {"article:modified_time", "og:updated_time", "og:article:modified_time", "last-modified"})
        add(meta(root, key), std::string("meta ") + key, "meta", meta_article_weight, date_role::updated);

    // <time datetime> in the article's header, else the first in the article; then
    // the first anywhere. One whose names say it is a change is a change.
    const GumboNode* scope = article != nullptr ? article : root;
    const GumboNode* header = first_element(scope, GUMBO_TAG_HEADER);
    const GumboNode* page_time = first_element(root, GUMBO_TAG_TIME);
    for (const GumboNode* where : {header, scope})
        if (where != nullptr)
            if (const GumboNode* time = first_element(where, GUMBO_TAG_TIME))
                if (const char* datetime = attribute(time, "datetime")) {
                    add(datetime, "<time datetime>", "time", header_time_weight,
                        names_an_update(time) ? date_role::updated : date_role::published);
                    break;
                }
    if (page_time != nullptr)
        if (const char* datetime = attribute(page_time, "datetime"))
            add(datetime, "<time datetime>", "time", page_time_weight,
                names_an_update(page_time) ? date_role::updated : date_role::published);

    // Microformats and pubdate mark an element's time like <time> does: one witness.
    add(microformat_date(root, false), "a microformat's published", "time", header_time_weight);
    add(microformat_date(root, true), "a microformat's updated", "time", header_time_weight, date_role::updated);
    add(json_ld(root, "datePublished"), "JSON-LD datePublished", "json-ld", structured_weight);
    add(json_ld(root, "dateModified"), "JSON-LD dateModified", "json-ld", structured_weight, date_role::updated);
    add(microdata(root, "datePublished"), "itemprop datePublished", "microdata", structured_weight);
    add(microdata(root, "dateModified"), "itemprop dateModified", "microdata", structured_weight, date_role::updated);
    for (const char* name :
         {"date", "pubdate", "publishdate", "pub_date", "publish-date", "published-date", "publication_date",
          "parsely-pub-date", "DC.date.issued", "dcterms.issued", "dcterms.created", "DC.date.created", "dcterms.date",
          "DC.date", "citation_publication_date", "citation_date", "prism.publicationDate", "sailthru.date"}) {
        const std::string value = meta(root, name);
        if (iso_day(value).empty()) continue;
        add(value, std::string("meta ") + name, "meta-name", meta_name_weight);
        break;
    }
    add(url_date(url), "the URL's path", "url", url_weight);
    const auto [script_published, script_created] = script_data_dates(root);
    add(script_published, "a script's data", "script", script_published_weight);
    add(script_created, "a script's data", "script", script_created_weight);
    add(attribute_timestamp(root), "a timestamp attribute", "attribute", attribute_weight);

    // The visible text: the article's container, then the whole page, whose dates
    // outside the article weigh less (the same date inside it counts as the article's).
    const GumboNode* h1 = first_element(root, GUMBO_TAG_H1);
    const std::string headline = h1 != nullptr ? text_of(h1, false) : std::string();
    if (body != nullptr)
        for (auto& candidate : text_candidates(text_of(body, false), "the article's text", headline))
            found.push_back(std::move(candidate));
    if (const GumboNode* page_body = first_element(root, GUMBO_TAG_BODY))
        for (auto& candidate : text_candidates(text_of(page_body, false), "the page's text", headline)) {
            candidate.weight = std::max(1, candidate.weight - outside_article_penalty);
            found.push_back(std::move(candidate));
        }
    add(image_date(root), "a picture's address", "picture", picture_weight);
    return found;
}

} // namespace annalist::html::detail

#include "html_date.hpp"

#include <date/date.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <regex>

namespace annalist::html::detail {
namespace {

// The first datePublished anywhere in a JSON-LD value.
std::optional<std::string> date_published(const nlohmann::json& j) {
    if (j.is_object()) {
        if (const auto it = j.find("datePublished"); it != j.end() && it->is_string()) return it->get<std::string>();
        for (const auto& [key, value] : j.items())
            if (auto found = date_published(value)) return found;
    } else if (j.is_array()) {
        for (const auto& value : j)
            if (auto found = date_published(value)) return found;
    }
    return std::nullopt;
}

std::string json_ld_date(const GumboNode* root) {
    std::string value;
    walk(root, [&](const GumboNode* n) {
        const char* type = attribute(n, "type");
        if (!is_element(n, GUMBO_TAG_SCRIPT) || type == nullptr || std::string_view(type) != "application/ld+json")
            return false;
        if (n->v.element.children.length == 0) return false;
        const auto* text = static_cast<const GumboNode*>(n->v.element.children.data[0]);
        const auto parsed = nlohmann::json::parse(text->v.text.text, nullptr, false);
        if (parsed.is_discarded()) return false;
        if (auto found = date_published(parsed)) value = *found;
        return !value.empty();
    });
    return value;
}

date::year_month_day ymd(int y, int m, int d) {
    return date::year{y} / date::month{static_cast<unsigned>(m)} / date::day{static_cast<unsigned>(d)};
}

// A calendar day in the years web pages can have been published in.
bool valid_day(int y, int m, int d) {
    return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && ymd(y, m, d).ok();
}

// YYYY-MM-DD of a valid day (so a four-digit year).
std::string day_string(int y, int m, int d) {
    std::string out = std::to_string(y);
    out += m < 10 ? "-0" : "-";
    out += std::to_string(m);
    out += d < 10 ? "-0" : "-";
    out += std::to_string(d);
    return out;
}

int number(std::string_view s) {
    int n = 0;
    for (const char c : s) n = n * 10 + (c - '0');
    return n;
}

bool all_digits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether two values starting with valid YYYY-MM-DD days are one day apart.
bool adjacent_days(std::string_view a, std::string_view b) {
    const auto day = [](std::string_view s) {
        return date::sys_days{ymd(number(s.substr(0, 4)), number(s.substr(5, 2)), number(s.substr(8, 2)))};
    };
    const auto gap = (day(a) - day(b)).count();
    return gap == 1 || gap == -1;
}

// A metadata value as the host reads it: "2024-11-04" at the start (a time may follow
// after "T" or a space), or the basic form "20241104" ("20241104T05:02:35Z") turned
// into it. Other forms are not trusted; a day the calendar lacks is refused here so
// the host never fails the document over it.
std::string iso_day(std::string_view s) {
    if (s.size() >= 10 && s[4] == '-' && s[7] == '-' && all_digits(s.substr(0, 4)) && all_digits(s.substr(5, 2)) &&
        all_digits(s.substr(8, 2)) && (s.size() == 10 || s[10] == 'T' || s[10] == ' ') &&
        valid_day(number(s.substr(0, 4)), number(s.substr(5, 2)), number(s.substr(8, 2))))
        return std::string(s);
    if (s.size() >= 8 && all_digits(s.substr(0, 8)) && (s.size() == 8 || s[8] == 'T')) {
        const int y = number(s.substr(0, 4)), m = number(s.substr(4, 2)), d = number(s.substr(6, 2));
        if (valid_day(y, m, d)) return day_string(y, m, d);
    }
    return {};
}

// itemprop="datePublished" on a <meta content>, a <time datetime> or any element.
std::string microdata_date(const GumboNode* root) {
    std::string value;
    walk(root, [&](const GumboNode* n) {
        const char* itemprop = attribute(n, "itemprop");
        if (itemprop == nullptr || std::string_view(itemprop) != "datePublished") return false;
        for (const char* name : {"content", "datetime"})
            if (const char* v = attribute(n, name)) value = v;
        if (value.empty()) value = text_of(n);
        return !value.empty();
    });
    return value;
}

// A day in a URL's path: /2021/03/03/, /2021-03-03, or eight digits standing alone
// as a segment or a slug's end (/20201123/, -20200113).
std::string url_date(std::string_view url) {
    static const std::regex forms(R"(/(\d{4})([/-])(\d{2})\2(\d{2})(?!\d)|[/_-](\d{4})(\d{2})(\d{2})(?=[/_.?#-]|$))");
    const std::string text(url);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), forms); it != std::sregex_iterator(); ++it) {
        const std::smatch& m = *it;
        const int y = std::stoi(m[1].matched ? m[1] : m[5]), mo = std::stoi(m[1].matched ? m[3] : m[6]),
                  d = std::stoi(m[1].matched ? m[4] : m[7]);
        if (valid_day(y, mo, d)) return day_string(y, mo, d);
    }
    return {};
}

} // namespace

text_dates visible_dates(std::string_view text) {
    static constexpr std::array<std::pair<std::string_view, int>, 41> months{{
        {"january", 1},
        {"february", 2},
        {"march", 3},
        {"april", 4},
        {"may", 5},
        {"june", 6},
        {"july", 7},
        {"august", 8},
        {"september", 9},
        {"october", 10},
        {"november", 11},
        {"december", 12},
        {"januar", 1},
        {"februar", 2},
        {"m\xC3\xA4rz", 3},
        {"mai", 5},
        {"juni", 6},
        {"juli", 7},
        {"oktober", 10},
        {"dezember", 12},
        {"janvier", 1},
        {"f\xC3\xA9vrier", 2},
        {"mars", 3},
        {"avril", 4},
        {"juin", 6},
        {"juillet", 7},
        {"ao\xC3\xBBt", 8},
        {"septembre", 9},
        {"octobre", 10},
        {"novembre", 11},
        {"d\xC3\xA9\x63\x65mbre", 12},
        {"jan", 1},
        {"feb", 2},
        {"mar", 3},
        {"apr", 4},
        {"jun", 6},
        {"jul", 7},
        {"aug", 8},
        {"sep", 9},
        {"oct", 10},
        {"dec", 12},
    }};
    static const std::regex forms(
        R"((\d{4})-(\d{2})-(\d{2})|(\d{1,2})[./](\d{1,2})[./](\d{4})|(\d{1,2})\.? ([A-Za-z\xC3\xA4\xA9\xBB]+)\.? (\d{4})|([A-Za-z]+)\.? (\d{1,2}),? (\d{4}))");
    const auto month_of = [](const std::string& name) {
        const std::string folded = lower_ascii(name);
        for (const auto& [known, n] : months)
            if (folded == known) return n;
        return 0;
    };
    text_dates found;
    const std::string haystack(text);
    for (auto it = std::sregex_iterator(haystack.begin(), haystack.end(), forms); it != std::sregex_iterator(); ++it) {
        const std::smatch& m = *it;
        int y = 0, mo = 0, d = 0;
        if (m[1].matched) {
            y = std::stoi(m[1]), mo = std::stoi(m[2]), d = std::stoi(m[3]);
        } else if (m[4].matched) {
            // Day first, as in most of the world, unless that cannot be: 03/17/2020.
            d = std::stoi(m[4]), mo = std::stoi(m[5]), y = std::stoi(m[6]);
            if (mo > 12 && d <= 12) std::swap(d, mo);
        } else if (m[7].matched) {
            d = std::stoi(m[7]), mo = month_of(m[8]), y = std::stoi(m[9]);
        } else {
            d = std::stoi(m[11]), mo = month_of(m[10]), y = std::stoi(m[12]);
        }
        if (!valid_day(y, mo, d)) continue;
        const std::string before = lower_ascii(
            haystack.substr(m.position() > 24 ? m.position() - 24 : 0, std::min<std::size_t>(24, m.position())));
        const bool update = before.find("aktualisiert") != std::string::npos ||
                            before.find("updated") != std::string::npos || before.find("stand") != std::string::npos ||
                            before.find("modified") != std::string::npos ||
                            before.find("mis \xC3\xA0 jour") != std::string::npos;
        std::string& slot = update ? found.updated : found.published;
        if (slot.empty()) slot = day_string(y, mo, d);
        if (!found.published.empty()) break;
    }
    return found;
}

namespace {

// A day in a script's data, where single-page apps keep the state they render: the
// first ISO value of a key that names the publication ("publishedAt",
// "datePublished", "publish_date"...), else of one that names the creation
// ("createdAt", "dateCreated"). Every repetition is bounded: libstdc++'s regex
// recurses once per repeated character, and a script is any size.
std::string script_data_date(const GumboNode* root) {
    static const std::regex published(
        R"re(\\?"(?:datePublished|publishedAt|published_at|publishDate|publish_date|publicationDate|firstPublished|first_published_at)\\?" {0,3}: {0,3}\\?"([0-9T:.+\-Z ]{8,35})\\?")re");
    static const std::regex created(
        R"re(\\?"(?:dateCreated|createdAt|created_at)\\?" {0,3}: {0,3}\\?"([0-9T:.+\-Z ]{8,35})\\?")re");
    std::string first_published, first_created;
    walk(root, [&](const GumboNode* n) {
        if (!is_element(n, GUMBO_TAG_SCRIPT) || n->v.element.children.length == 0) return false;
        const auto* text = static_cast<const GumboNode*>(n->v.element.children.data[0]);
        if (text->type != GUMBO_NODE_TEXT) return false;
        const std::string_view code = text->v.text.text;
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
    return first_published.empty() ? first_created : first_published;
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

} // namespace

found_date find_publication_date(const GumboNode* root, const GumboNode* article, const GumboNode* body,
                                 const std::string& url) {
    found_date found;
    const auto take = [&](const std::string& value, std::string_view source) {
        if (!found.value.empty()) return;
        found.value = iso_day(value);
        found.source = source;
    };
    take(meta(root, "article:published_time"), "meta article:published_time");
    take(meta(root, "og:article:published_time"), "meta og:article:published_time");
    if (found.value.empty()) {
        // <time datetime> in the article's header, else the first in the article.
        const GumboNode* scope = article != nullptr ? article : root;
        const GumboNode* header = first_element(scope, GUMBO_TAG_HEADER);
        for (const GumboNode* where : {header, scope}) {
            if (where == nullptr) continue;
            if (const GumboNode* time = first_element(where, GUMBO_TAG_TIME))
                if (const char* datetime = attribute(time, "datetime")) take(datetime, "<time datetime>");
        }
    }
    take(json_ld_date(root), "JSON-LD datePublished");
    take(microdata_date(root), "itemprop datePublished");
    for (const char* name : {"date", "pubdate", "publishdate", "pub_date", "parsely-pub-date", "DC.date.issued",
                             "dcterms.created", "DC.date", "sailthru.date"}) {
        std::string source = "meta ";
        source += name;
        take(meta(root, name), source);
    }
    take(url_date(url), "the URL's path");
    take(script_data_date(root), "a script's data");
    // Any <time datetime> on the page, then a date written in the article's text.
    if (const GumboNode* time = first_element(root, GUMBO_TAG_TIME))
        if (const char* datetime = attribute(time, "datetime")) take(datetime, "<time datetime>");
    take(attribute_timestamp(root), "a timestamp attribute");
    const text_dates in_article = body != nullptr ? visible_dates(text_of(body, false)) : text_dates{};
    take(in_article.published, "the article's text");
    const GumboNode* page_body = first_element(root, GUMBO_TAG_BODY);
    const text_dates in_page = page_body != nullptr ? visible_dates(text_of(page_body, false)) : text_dates{};
    take(in_page.published, "the page's text");
    take(in_article.updated, "an update stamp in the article's text");
    take(in_page.updated, "an update stamp in the page's text");
    take(image_date(root), "a picture's address");
    // A timestamp is often in UTC or the server's zone while the page shows its
    // readers the local day (2021-11-04T23:00Z, shown as 5. November 2021): the
    // article's first shown date, one day off a timestamp's, is the day.
    if (found.value.size() > 10 && !in_article.published.empty() && adjacent_days(found.value, in_article.published)) {
        std::string source = "the article's text (";
        source += found.source;
        source += " is a day off)";
        found.value = in_article.published;
        found.source = source;
    }
    return found;
}

} // namespace annalist::html::detail

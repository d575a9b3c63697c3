#include "html_date.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
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

// "2024-11-04" at the start of a value: ISO dates only; others are not trusted.
bool iso_dated(std::string_view s) {
    if (s.size() < 10) return false;
    for (std::size_t i = 0; i < 10; ++i) {
        const bool digit = s[i] >= '0' && s[i] <= '9';
        if ((i == 4 || i == 7) ? s[i] != '-' : !digit) return false;
    }
    return true;
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

// /2021/03/03/ or /2021-03-03 in a URL path.
std::string url_date(std::string_view url) {
    for (std::size_t i = 0; i + 10 <= url.size(); ++i) {
        if (url[i] != '/') continue;
        const auto digits = [&](std::size_t at, std::size_t n) {
            if (at + n > url.size()) return false;
            for (std::size_t k = 0; k < n; ++k)
                if (url[at + k] < '0' || url[at + k] > '9') return false;
            return true;
        };
        const std::size_t y = i + 1;
        if (!digits(y, 4) || y + 10 > url.size()) continue;
        const char sep = url[y + 4];
        if ((sep != '/' && sep != '-') || !digits(y + 5, 2) || url[y + 7] != sep || !digits(y + 8, 2)) continue;
        std::string date(url.substr(y, 10));
        date[4] = date[7] = '-';
        return date;
    }
    return {};
}

// A day written in the page's visible text, in the forms news pages use: 2021-03-03,
// 03.03.2021, 17/03/2020 (day first unless that cannot be), 3. März 2021,
// 3 March 2021, March 3, 2021. A date just after a word for
// an update ("aktualisiert", "updated", "Stand") is skipped: it is not the
// publication. Returns the first, as YYYY-MM-DD.
std::string visible_date(std::string_view text) {
    static constexpr std::array<std::pair<std::string_view, int>, 31> months{{
        {"january", 1},  {"february", 2},  {"march", 3},       {"april", 4},    {"may", 5},       {"june", 6},
        {"july", 7},     {"august", 8},    {"september", 9},   {"october", 10}, {"november", 11}, {"december", 12},
        {"januar", 1},   {"februar", 2},   {"m\xC3\xA4rz", 3}, {"mai", 5},      {"juni", 6},      {"juli", 7},
        {"oktober", 10}, {"dezember", 12}, {"jan", 1},         {"feb", 2},      {"mar", 3},       {"apr", 4},
        {"jun", 6},      {"jul", 7},       {"aug", 8},         {"sep", 9},      {"oct", 10},      {"nov", 11},
        {"dec", 12},
    }};
    static const std::regex forms(
        R"((\d{4})-(\d{2})-(\d{2})|(\d{1,2})[./](\d{1,2})[./](\d{4})|(\d{1,2})\.? ([A-Za-z\xC3\xA4]+)\.? (\d{4})|([A-Za-z]+)\.? (\d{1,2}),? (\d{4}))");
    const std::string haystack(text.substr(0, 8000)); // the top of the page, where bylines are
    for (auto it = std::sregex_iterator(haystack.begin(), haystack.end(), forms); it != std::sregex_iterator(); ++it) {
        const std::smatch& m = *it;
        const std::string before = lower_ascii(
            haystack.substr(m.position() > 24 ? m.position() - 24 : 0, std::min<std::size_t>(24, m.position())));
        if (before.find("aktualisiert") != std::string::npos || before.find("updated") != std::string::npos ||
            before.find("stand") != std::string::npos || before.find("modified") != std::string::npos)
            continue;
        int y = 0, mo = 0, d = 0;
        const auto month_of = [&](const std::string& name) {
            const std::string folded = lower_ascii(name);
            for (const auto& [known, number] : months)
                if (folded == known) return number;
            return 0;
        };
        if (m[1].matched)
            y = std::stoi(m[1]), mo = std::stoi(m[2]), d = std::stoi(m[3]);
        else if (m[4].matched) {
            // Day first, as in most of the world, unless that cannot be: 03/17/2020.
            d = std::stoi(m[4]), mo = std::stoi(m[5]), y = std::stoi(m[6]);
            if (mo > 12 && d <= 12) std::swap(d, mo);
        } else if (m[7].matched)
            d = std::stoi(m[7]), mo = month_of(m[8]), y = std::stoi(m[9]);
        else
            d = std::stoi(m[11]), mo = month_of(m[10]), y = std::stoi(m[12]);
        if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) continue;
        char out[11];
        std::snprintf(out, sizeof out, "%04d-%02d-%02d", y, mo, d);
        return out;
    }
    return {};
}

} // namespace

found_date find_publication_date(const GumboNode* root, const GumboNode* article, const GumboNode* body,
                                 const std::string& url) {
    found_date found;
    const auto take = [&](const std::string& value, std::string_view source) {
        if (!found.value.empty() || !iso_dated(value)) return;
        found.value = value;
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
    // Any <time datetime> on the page, then a date written in the article's text.
    if (const GumboNode* time = first_element(root, GUMBO_TAG_TIME))
        if (const char* datetime = attribute(time, "datetime")) take(datetime, "<time datetime>");
    if (body != nullptr) take(visible_date(text_of(body, false)), "the article's text");
    if (const GumboNode* page_body = first_element(root, GUMBO_TAG_BODY))
        take(visible_date(text_of(page_body, false)), "the page's text");
    return found;
}

} // namespace annalist::html::detail

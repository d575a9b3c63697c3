#include <annalist/formats/html_writer.hpp>

#include <annalist/events/sentences.hpp>
#include <annalist/formats/display_date.hpp>
#include <annalist/formats/escape.hpp>
#include <annalist/formats/event_description.hpp>
#include <annalist/formats/event_sources.hpp>
#include <annalist/formats/sha256.hpp>

#include "html_assets.hpp"

#include <date/date.h>
#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace annalist::formats {
namespace {

// One line of the timeline: an event, or a citation the reader may reveal.
struct entry {
    const event* dated_event = nullptr;
    const source_citation* citation = nullptr;
    [[nodiscard]] const time_value& value() const {
        return dated_event != nullptr ? dated_event->mention.value : citation->mention.value;
    }
};

// Events in the chronology's order, each citation placed before the first event
// that begins after it.
std::vector<entry> timeline_entries(const chronology& c) {
    std::vector<const source_citation*> citations;
    for (const source_citation& s : c.citations)
        if (s.mention.value.dated) citations.push_back(&s);
    std::stable_sort(citations.begin(), citations.end(),
                     [](const auto* a, const auto* b) { return a->mention.value.begin < b->mention.value.begin; });
    std::vector<entry> entries;
    auto next = citations.begin();
    for (const event& e : c.events) {
        if (!e.mention.value.dated) continue;
        for (; next != citations.end() && (*next)->mention.value.begin < e.mention.value.begin; ++next)
            entries.push_back({nullptr, *next});
        entries.push_back({&e, nullptr});
    }
    for (; next != citations.end(); ++next) entries.push_back({nullptr, *next});
    return entries;
}

time_value period(date::sys_days begin, date::sys_days end, grain g) {
    time_value v;
    v.begin = date::sys_seconds{begin};
    v.end = date::sys_seconds{end};
    v.grain = g;
    return v;
}

date::sys_days first_of(date::year y, unsigned month) { return date::sys_days{y / date::month{month} / 1}; }

// The whole period a start, mid or end modifier narrowed: October for "mid-October".
std::optional<time_value> whole_period(const time_value& v) {
    const auto day = date::floor<date::days>(v.begin);
    const date::year_month_day ymd{day};
    const date::year y = ymd.year();
    const unsigned m = static_cast<unsigned>(ymd.month());
    const int year = static_cast<int>(y);
    switch (v.grain) {
    case grain::week: {
        const auto monday = day - date::days{date::weekday{day}.iso_encoding() - 1};
        return period(monday, monday + date::days{7}, grain::week);
    }
    case grain::month:
        return period(first_of(y, m), date::sys_days{(y / ymd.month() + date::months{1}) / 1}, grain::month);
    case grain::quarter: {
        const unsigned first = (m - 1) / 3 * 3 + 1;
        return period(first_of(y, first), date::sys_days{(y / date::month{first} + date::months{3}) / 1}, v.grain);
    }
    case grain::half:
        return m <= 6 ? period(first_of(y, 1), first_of(y, 7), v.grain)
                      : period(first_of(y, 7), first_of(y + date::years{1}, 1), v.grain);
    case grain::year:
        return period(first_of(y, 1), first_of(y + date::years{1}, 1), v.grain);
    case grain::decade:
        return period(first_of(date::year{year / 10 * 10}, 1), first_of(date::year{year / 10 * 10 + 10}, 1), v.grain);
    case grain::century:
        return period(first_of(date::year{year / 100 * 100}, 1), first_of(date::year{year / 100 * 100 + 100}, 1),
                      v.grain);
    default:
        return std::nullopt;
    }
}

// mid-October as the part of October it is: a bar of the whole month with the
// days 11 to 20 filled, and those days in words.
std::string span_html(const time_value& v) {
    if (v.mod != modifier::start && v.mod != modifier::mid && v.mod != modifier::end) return {};
    const auto whole = whole_period(v);
    if (!whole || (whole->begin == v.begin && whole->end == v.end)) return {};
    const auto days = [](date::sys_seconds from, date::sys_seconds to) {
        return (date::floor<date::days>(to) - date::floor<date::days>(from)).count();
    };
    const auto first = date::floor<date::days>(v.begin);
    const auto last = date::floor<date::days>(v.end) - date::days{1};
    return fmt::format("<svg class=\"span\" viewBox=\"0 0 {} 1\" preserveAspectRatio=\"none\" aria-hidden=\"true\">"
                       "<rect class=\"period\" width=\"{}\" height=\"1\"/>"
                       "<rect class=\"part\" x=\"{}\" width=\"{}\" height=\"1\"/></svg>"
                       "<span class=\"range\">{} \xE2\x80\x93 {}</span>\n",
                       days(whole->begin, whole->end), days(whole->begin, whole->end), days(whole->begin, v.begin),
                       days(v.begin, v.end), display_date(day_value(date::year_month_day{first})),
                       display_date(day_value(date::year_month_day{last})));
}

std::string when_html(const time_value& v, std::string_view label) {
    const std::string datetime = format_instant(v.begin, v.grain) + (v.grain < grain::day ? "Z" : "");
    return fmt::format("<div class=\"when\"><time class=\"date\" datetime=\"{}\">{}</time>"
                       "<span class=\"grain\">{}</span></div>\n{}",
                       datetime, xml_escape(display_date(v)), xml_escape(label), span_html(v));
}

std::string source_link(const document& doc) {
    const std::string name = xml_escape(source_name(doc));
    if (!is_web_url(doc.url)) return name;
    return fmt::format("<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>", xml_escape(doc.url), name);
}

std::string sources_html(const chronology& c, const event& e) {
    const auto sources = sources_of(c, e);
    std::string html = sources.size() == 1 ? "Source: " : "Sources: ";
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (i > 0) html += "; ";
        html += source_link(*sources[i]);
        if (sources[i]->published)
            html += fmt::format(" (published {})", display_date(day_value(*sources[i]->published)));
    }
    return html;
}

std::string item_class(const time_value& v) {
    std::string classes = fmt::format("grain-{}", to_string(v.grain));
    if (v.grain >= grain::week) classes += " coarse";
    if (v.mod != modifier::none) classes += " approx";
    return classes;
}

void write_event(std::ostream& out, const chronology& c, const event& e) {
    const time_value& v = e.mention.value;
    out << fmt::format("<li class=\"item event {}\" data-begin=\"{}\">\n", item_class(v),
                       format_instant(v.begin, v.grain));
    out << when_html(v, to_string(v.grain));
    if (!e.headline.empty()) out << "<h4>" << xml_escape(e.headline) << "</h4>\n";
    out << "<p class=\"sentence\">" << sentence_html(e.sentence, e.mention.text) << "</p>\n";
    out << "<p class=\"sources\">" << sources_html(c, e) << "</p>\n</li>\n";
}

void write_citation(std::ostream& out, const chronology& c, const source_citation& s) {
    const time_value& v = s.mention.value;
    out << fmt::format("<li class=\"item citation {}\" data-begin=\"{}\" hidden>\n", item_class(v),
                       format_instant(v.begin, v.grain));
    out << when_html(v, "citation");
    out << "<p class=\"sentence\">Cited: <b>" << xml_escape(s.outlet) << "</b>, \xE2\x80\x9C"
        << xml_escape(s.mention.text) << "\xE2\x80\x9D in " << source_link(c.documents.at(s.document))
        << "</p>\n</li>\n";
}

// Where an entry is filed: its year (or decade, century) and, for a month or finer, its month.
struct filing {
    std::string year;
    std::string month; // empty for a quarter, season, half or coarser
    bool operator==(const filing&) const = default;
};

filing filing_of(const time_value& v) {
    const auto day = date::floor<date::days>(v.begin);
    const date::year_month_day ymd{day};
    if (v.grain >= grain::decade) {
        time_value whole = v;
        whole.mod = modifier::none;
        return {display_date(whole), {}};
    }
    const std::string year =
        display_date(period(first_of(ymd.year(), 1), first_of(ymd.year() + date::years{1}, 1), grain::year));
    if (v.grain > grain::month) return {year, {}};
    return {year, display_date(period(first_of(ymd.year(), static_cast<unsigned>(ymd.month())),
                                      date::sys_days{(ymd.year() / ymd.month() + date::months{1}) / 1}, grain::month))};
}

// Consecutive entries filed alike share a section; a section holding only
// citations starts hidden, as its citations do.
void write_timeline(std::ostream& out, const chronology& c, const std::vector<entry>& entries) {
    std::size_t i = 0;
    while (i < entries.size()) {
        const std::string year = filing_of(entries[i].value()).year;
        std::size_t year_end = i;
        while (year_end < entries.size() && filing_of(entries[year_end].value()).year == year) ++year_end;
        const auto only_citations = [&](std::size_t from, std::size_t to) {
            return std::all_of(entries.begin() + static_cast<std::ptrdiff_t>(from),
                               entries.begin() + static_cast<std::ptrdiff_t>(to),
                               [](const entry& en) { return en.dated_event == nullptr; });
        };
        out << "<section class=\"year\"" << (only_citations(i, year_end) ? " hidden" : "") << ">\n<h2>"
            << xml_escape(year) << "</h2>\n";
        while (i < year_end) {
            const filing group = filing_of(entries[i].value());
            std::size_t group_end = i;
            while (group_end < year_end && filing_of(entries[group_end].value()) == group) ++group_end;
            out << "<section class=\"month\"" << (only_citations(i, group_end) ? " hidden" : "") << ">\n";
            if (!group.month.empty()) out << "<h3>" << xml_escape(group.month) << "</h3>\n";
            out << "<ol>\n";
            for (; i < group_end; ++i) {
                if (entries[i].dated_event != nullptr)
                    write_event(out, c, *entries[i].dated_event);
                else
                    write_citation(out, c, *entries[i].citation);
            }
            out << "</ol>\n</section>\n";
        }
        out << "</section>\n";
    }
}

std::string counted(std::size_t n, std::string_view noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }

} // namespace

std::string sentence_html(std::string_view sentence, std::string_view mention_text) {
    const std::string needle = fold_whitespace(mention_text);
    const std::size_t at = needle.empty() ? std::string_view::npos : sentence.find(needle);
    if (at == std::string_view::npos) return xml_escape(sentence);
    return fmt::format("{}<mark>{}</mark>{}", xml_escape(sentence.substr(0, at)), xml_escape(needle),
                       xml_escape(sentence.substr(at + needle.size())));
}

void write_html(const chronology& c, std::ostream& out) {
    const std::string title = xml_escape(chronology_title(c));
    const std::vector<entry> entries = timeline_entries(c);
    const auto events = static_cast<std::size_t>(
        std::count_if(entries.begin(), entries.end(), [](const entry& e) { return e.dated_event != nullptr; }));
    const std::size_t citations = entries.size() - events;
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    // Nothing may load: no image, font, frame or connection; only this style and script run.
    out << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
        << csp_hash(detail::page_style) << "; script-src " << csp_hash(detail::page_script)
        << "; base-uri 'none'; form-action 'none'\">\n";
    out << "<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"color-scheme\" content=\"light dark\">\n"
           "<meta name=\"generator\" content=\"annalist\">\n";
    out << "<title>" << title << "</title>\n<style>" << detail::page_style << "</style>\n</head>\n<body>\n";
    out << "<header>\n<h1>" << title << "</h1>\n";
    out << "<p class=\"summary\">" << counted(events, "event") << " from " << counted(c.documents.size(), "document")
        << (citations > 0 ? fmt::format(", {}", counted(citations, "source citation")) : "") << "</p>\n";
    out << "<div class=\"controls\" id=\"controls\" hidden>\n"
           "<input type=\"search\" id=\"filter\" placeholder=\"Filter events\" aria-label=\"Filter events\">\n"
        << fmt::format("<label><input type=\"checkbox\" id=\"show-citations\"> Show source citations ({})</label>\n",
                       citations)
        << "<p id=\"status\" role=\"status\"></p>\n</div>\n</header>\n<main>\n";
    write_timeline(out, c, entries);
    out << "</main>\n<footer>Made with annalist from " << counted(c.documents.size(), "document")
        << ". Dates are shown as precisely as the articles gave them.</footer>\n";
    out << "<script>" << detail::page_script << "</script>\n</body>\n</html>\n";
}

} // namespace annalist::formats

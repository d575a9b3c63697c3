// RSS 2.0 and Atom feeds: one document per item or entry, its HTML content turned
// into text with the html reader's code (html_text.hpp), its date from pubDate
// (RFC 822) or published/updated (RFC 3339), as written, zone and all.
#include "html_text.hpp"

#include <annalist/sdk/reader_plugin.hpp>
#include <annalist/sdk/utf8.hpp>

#include <date/date.h>
#include <pugixml.hpp>

#include <array>
#include <cstdio>
#include <string>

namespace {

using annalist::sdk::position;
using annalist::sdk::probe_answer;
using annalist::sdk::read_error;

// "YYYY-MM-DD" for a real day, else empty.
std::string iso_day(int year, unsigned month, unsigned day) {
    const date::year_month_day ymd{date::year{year}, date::month{month}, date::day{day}};
    return ymd.ok() ? date::format("%F", ymd) : std::string();
}

// "Mon, 04 Nov 2024 09:30:00 GMT" or "+0100": the calendar date as written there.
std::string date_from_rfc822(std::string_view text) {
    std::string value(text);
    if (const auto comma = value.find(','); comma != std::string::npos) value.erase(0, comma + 1);
    int day = 0, year = 0;
    char month_name[4] = {};
    if (std::sscanf(value.c_str(), " %d %3s %d", &day, month_name, &year) != 3 || day < 1) return {};
    static constexpr std::array<std::string_view, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (unsigned m = 0; m < months.size(); ++m)
        if (months[m] == month_name) return iso_day(year, m + 1, static_cast<unsigned>(day));
    return {};
}

// "2024-11-04T09:30:00Z": the first ten characters are the date.
std::string date_from_rfc3339(std::string_view text) {
    int year = 0;
    unsigned month = 0, day = 0;
    if (std::sscanf(std::string(text.substr(0, 10)).c_str(), "%4d-%2u-%2u", &year, &month, &day) != 3) return {};
    return iso_day(year, month, day);
}

std::string text_of(const pugi::xml_node& node) { return node.text().get(); }

class rss_reader final : public annalist::sdk::reader {
public:
    [[nodiscard]] probe_answer probe(std::string_view file_name, std::string_view head) const override {
        if (file_name.ends_with(".rss") || file_name.ends_with(".atom")) return probe_answer::yes;
        // Only an XML document: a text that mentions "<rss" is not a feed.
        const auto first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
        if (first == std::string_view::npos || head[first] != '<') return probe_answer::no;
        const auto start = head.substr(0, 1024);
        if (start.find("<rss") != std::string_view::npos || start.find("<feed") != std::string_view::npos)
            return probe_answer::yes;
        return probe_answer::no;
    }

    void read(std::string_view, std::string_view bytes, const annalist::sdk::read_context& context) const override {
        annalist::sdk::require_valid_utf8(bytes);
        pugi::xml_document feed;
        const auto parsed = feed.load_buffer(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_utf8);
        if (!parsed)
            throw read_error(std::string("not well-formed XML: ") + parsed.description(),
                             annalist::sdk::position_of_offset(bytes, static_cast<std::size_t>(parsed.offset)));
        std::size_t items = 0;
        if (const auto channel = feed.child("rss").child("channel")) {
            for (const auto& item : channel.children("item")) add_rss_item(item, context, ++items);
        } else if (const auto atom = feed.child("feed")) {
            for (const auto& entry : atom.children("entry")) add_atom_entry(entry, context, ++items);
        } else {
            throw read_error("neither an RSS <rss><channel> nor an Atom <feed>", position{1, 1, 0});
        }
        if (items == 0) context.warn("the feed has no items");
    }

private:
    static void add_rss_item(const pugi::xml_node& item, const annalist::sdk::read_context& context, std::size_t n) {
        annalist::sdk::document doc;
        doc.title = annalist::html::fragment_text(text_of(item.child("title")));
        doc.url = text_of(item.child("link"));
        std::string content = text_of(item.child("content:encoded"));
        if (content.empty()) content = text_of(item.child("description"));
        doc.text = annalist::html::fragment_text(content);
        if (const std::string when = text_of(item.child("pubDate")); !when.empty()) {
            doc.published = date_from_rfc822(when);
            if (doc.published.empty())
                context.warn("item " + std::to_string(n) + ": pubDate '" + when + "' is not an RFC 822 date");
            else
                doc.published_source = "item " + std::to_string(n) + " pubDate";
        }
        context.add(doc);
    }

    static void add_atom_entry(const pugi::xml_node& entry, const annalist::sdk::read_context& context, std::size_t n) {
        annalist::sdk::document doc;
        doc.title = annalist::html::fragment_text(text_of(entry.child("title")));
        for (const auto& link : entry.children("link")) {
            const std::string rel = link.attribute("rel").value();
            if (rel.empty() || rel == "alternate") {
                doc.url = link.attribute("href").value();
                break;
            }
        }
        std::string content = text_of(entry.child("content"));
        if (content.empty()) content = text_of(entry.child("summary"));
        doc.text = annalist::html::fragment_text(content);
        for (const char* field : {"published", "updated"}) {
            const std::string when = text_of(entry.child(field));
            if (when.empty()) continue;
            doc.published = date_from_rfc3339(when);
            if (doc.published.empty()) {
                context.warn("entry " + std::to_string(n) + ": " + field + " '" + when + "' is not an RFC 3339 date");
                continue;
            }
            doc.published_source = "entry " + std::to_string(n) + " " + field;
            break;
        }
        context.add(doc);
    }
};

} // namespace

ANNALIST_READER_PLUGIN(rss_reader, "rss", "RSS 2.0 and Atom feeds", "1.0.0", ".rss .atom")

// An example reader plugin: e-mail messages (.eml, RFC 5322). The Subject header is
// the title, the Date header the publication date, the body after the first blank
// line the text. Headers folded over several lines and MIME parts are out of scope.
#include <annalist/sdk/reader_plugin.hpp>
#include <annalist/sdk/utf8.hpp>

#include <array>
#include <cstdio>
#include <string>
#include <string_view>

namespace {

using annalist::sdk::probe_answer;

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// "Mon, 4 Nov 2024 09:30:00 +0000" -> "2024-11-04"; empty if it does not parse.
std::string iso_date_from_rfc5322(std::string_view date) {
    if (const auto comma = date.find(','); comma != std::string_view::npos) date.remove_prefix(comma + 1);
    int day = 0, year = 0;
    char month_name[4] = {};
    if (std::sscanf(std::string(trim(date)).c_str(), "%d %3s %d", &day, month_name, &year) != 3) return {};
    if (day < 1 || day > 31 || year < 1 || year > 9999) return {}; // the host checks the calendar
    static constexpr std::array<std::string_view, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (std::size_t m = 0; m < months.size(); ++m) {
        if (months[m] != month_name) continue;
        char out[32]; // room for any int, so no build warns of truncation
        std::snprintf(out, sizeof out, "%04d-%02zu-%02d", year, m + 1, day);
        return out;
    }
    return {};
}

class eml_reader final : public annalist::sdk::reader {
public:
    [[nodiscard]] probe_answer probe(std::string_view file_name, std::string_view head) const override {
        if (file_name.ends_with(".eml")) return probe_answer::yes;
        return head.starts_with("From: ") || head.starts_with("Date: ") ? probe_answer::maybe : probe_answer::no;
    }

    void read(std::string_view, std::string_view bytes, const annalist::sdk::read_context& context) const override {
        annalist::sdk::require_valid_utf8(bytes); // throws read_error with the byte offset
        annalist::sdk::document doc;
        std::size_t at = 0;
        std::size_t line = 1;
        while (at < bytes.size()) {
            const std::size_t end = std::min(bytes.find('\n', at), bytes.size());
            const std::string_view header = trim(bytes.substr(at, end - at));
            at = end + 1;
            if (header.empty()) break; // the body follows
            if (header.starts_with("Subject:")) doc.title = std::string(trim(header.substr(8)));
            if (header.starts_with("Date:")) {
                doc.published = iso_date_from_rfc5322(header.substr(5));
                if (doc.published.empty())
                    context.warn("Date header not understood: " + std::string(header), {line, 1});
                else
                    doc.published_source = "Date header, line " + std::to_string(line);
            }
            ++line;
        }
        doc.text = at < bytes.size() ? std::string(bytes.substr(at)) : std::string();
        context.add(doc);
    }
};

} // namespace

ANNALIST_READER_PLUGIN(eml_reader, "eml", "E-mail message (.eml)", "1.0.0", ".eml")

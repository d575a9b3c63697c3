// Every writer on any chronology the model allows: up to eight events with any
// text in their headline, sentence, mention, source, title and URL, any grain and
// modifier, and intervals within ten thousand years of the epoch. Each output must
// pass its own format's checks (written here, small and strict): the JSON parses;
// every CSV row has the header's fields and no article cell can start a formula;
// every iCalendar line is CRLF-terminated, at most 75 octets, and each unfolded
// line is a NAME[;PARAM...]:VALUE with one VEVENT per event; the HTML page holds
// exactly the page's own <script> and <style> and no comment.
#include "fuzz_input.hpp"

#include <annalist/formats/csv_writer.hpp>
#include <annalist/formats/html_writer.hpp>
#include <annalist/formats/ics_writer.hpp>
#include <annalist/formats/json_writer.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace {

using namespace annalist;

// An output that fails a check: says which, then aborts (a finding for libFuzzer).
#define require(ok)                                                                                                    \
    do {                                                                                                               \
        if (!(ok)) {                                                                                                   \
            std::fprintf(stderr, "writers_fuzz.cpp:%d: check failed: %s\n", __LINE__, #ok);                            \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

std::string text_of(fuzz::fuzz_input& in) {
    const std::size_t size = in.byte() % 48;
    std::string s;
    for (std::size_t k = 0; k < size; ++k) s.push_back(static_cast<char>(in.byte()));
    return s;
}

chronology chronology_of(fuzz::fuzz_input& in) {
    chronology c;
    const std::size_t documents = 1 + in.byte() % 3;
    for (std::size_t d = 0; d < documents; ++d) {
        document doc;
        doc.source = text_of(in);
        doc.title = text_of(in);
        doc.url = text_of(in);
        if (in.byte() & 1) doc.published = date::year_month_day(date::sys_days(date::days(in.pair() * 3)));
        c.documents.push_back(std::move(doc));
    }
    constexpr std::int64_t ten_thousand_years = 315'569'520'000;
    const std::size_t events = in.byte() % 9;
    for (std::size_t k = 0; k < events; ++k) {
        event e;
        e.document = in.byte() % documents;
        e.headline = text_of(in);
        e.sentence = text_of(in);
        e.mention.text = text_of(in);
        e.mention.value.value = text_of(in);
        e.mention.value.grain = static_cast<grain>(in.byte() % (static_cast<int>(grain::century) + 1));
        e.mention.value.mod = static_cast<modifier>(in.byte() % (static_cast<int>(modifier::equal_or_more) + 1));
        e.mention.value.dated = (in.byte() & 1) != 0;
        std::int64_t bits = 0;
        for (int k = 0; k < 3; ++k) bits = bits << 16 | in.pair();
        const std::int64_t begin = bits % ten_thousand_years * (in.byte() & 1 ? -1 : 1);
        const std::int64_t length = 1 + (static_cast<std::int64_t>(in.pair()) << 8) * 60;
        e.mention.value.begin = date::sys_seconds(std::chrono::seconds(begin));
        e.mention.value.end = date::sys_seconds(std::chrono::seconds(begin + length));
        c.events.push_back(std::move(e));
    }
    return c;
}

// RFC 4180 rows: quoted fields may hold commas, quotes doubled and line breaks.
std::vector<std::vector<std::string>> csv_rows(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1);
    std::string cell;
    bool quoted = false;
    for (std::size_t k = 0; k < text.size(); ++k) {
        const char ch = text[k];
        if (quoted) {
            if (ch == '"' && k + 1 < text.size() && text[k + 1] == '"') {
                cell.push_back('"');
                ++k;
            } else if (ch == '"') {
                quoted = false;
            } else {
                cell.push_back(ch);
            }
        } else if (ch == '"') {
            require(cell.empty()); // a quote only opens a field
            quoted = true;
        } else if (ch == ',') {
            rows.back().push_back(std::move(cell));
            cell.clear();
        } else if (ch == '\r') {
            require(k + 1 < text.size() && text[k + 1] == '\n');
            ++k;
            rows.back().push_back(std::move(cell));
            cell.clear();
            rows.emplace_back();
        } else {
            require(ch != '\n');
            cell.push_back(ch);
        }
    }
    require(!quoted && cell.empty());
    rows.pop_back(); // after the last CRLF
    return rows;
}

void check_csv(const chronology& c) {
    for (const auto profile :
         {formats::csv_profile::standard, formats::csv_profile::timelinejs, formats::csv_profile::gcal}) {
        std::ostringstream out;
        formats::write_csv(c, {profile}, out);
        const auto rows = csv_rows(out.str());
        // TimelineJS and Google Calendar rows need a date: only dated events have one.
        const auto dated = static_cast<std::size_t>(
            std::count_if(c.events.begin(), c.events.end(), [](const event& e) { return e.mention.value.dated; }));
        require(rows.size() == (profile == formats::csv_profile::standard ? c.events.size() : dated) + 1);
        for (const auto& row : rows) require(row.size() == rows.front().size());
        if (profile != formats::csv_profile::standard) continue;
        for (std::size_t r = 1; r < rows.size(); ++r) {
            for (std::size_t column = 6; column <= 9; ++column) { // headline, sentence, source, url
                const std::string& cell = rows[r][column];
                const auto first = cell.find_first_not_of(" \"'");
                if (first == std::string::npos || cell[0] == '\'') continue;
                require(std::string_view("=+-@\t\r").find(cell[first]) == std::string_view::npos);
            }
        }
    }
}

void check_ics(const chronology& c) {
    std::ostringstream out;
    formats::write_ics(c, out);
    const std::string text = out.str();
    std::vector<std::string> lines; // unfolded
    std::size_t at = 0, events = 0;
    while (at < text.size()) {
        const auto end = text.find("\r\n", at);
        require(end != std::string::npos);
        const std::string_view line(text.data() + at, end - at);
        require(line.size() <= 75);
        require(line.find('\r') == std::string_view::npos && line.find('\n') == std::string_view::npos);
        if (!line.empty() && line[0] == ' ') {
            require(!lines.empty());
            lines.back().append(line.substr(1));
        } else {
            lines.emplace_back(line);
        }
        at = end + 2;
    }
    for (const std::string& line : lines) {
        const auto colon = line.find(':');
        require(colon != std::string::npos && colon > 0);
        // The name and parameters: letters, digits, '-', ';', '=', no quote or colon
        // inside (annalist writes no quoted parameter).
        for (std::size_t k = 0; k < colon; ++k) {
            const char ch = line[k];
            require((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == ';' || ch == '=');
        }
        if (line == "BEGIN:VEVENT") ++events;
    }
    // A calendar entry needs a date in years 1 to 9999, as iCalendar writes them.
    const auto year_of = [](date::sys_seconds t) {
        return static_cast<int>(date::year_month_day{date::floor<date::days>(t)}.year());
    };
    require(events == static_cast<std::size_t>(std::count_if(c.events.begin(), c.events.end(), [&](const event& e) {
                const time_value& v = e.mention.value;
                return v.dated && year_of(v.begin) >= 1 && year_of(v.end) <= 9999;
            })));
}

void check_html(const chronology& c) {
    std::ostringstream out;
    formats::write_html(c, out);
    const std::string page = out.str();
    const auto count = [&](std::string_view what) {
        std::size_t n = 0;
        for (auto k = page.find(what); k != std::string::npos; k = page.find(what, k + 1)) ++n;
        return n;
    };
    require(count("<script") == 1 && count("</script") == 1);
    require(count("<style") == 1 && count("</style") == 1);
    require(count("<!--") == 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::fuzz_input in(data, size);
    const chronology c = chronology_of(in);
    std::ostringstream json;
    formats::write_chronology_json(c, {true}, json);
    require(nlohmann::json::accept(json.str()));
    check_csv(c);
    check_ics(c);
    check_html(c);
    return 0;
}

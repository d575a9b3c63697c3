#include <annalist/formats/ical_text.hpp>
#include <annalist/formats/ics_writer.hpp>

#include "support/golden_file.hpp"
#include "support/sample_chronology.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <sstream>

using annalist::formats::ical_fold;
using annalist::formats::ical_text;

namespace {

std::string ics_of(const annalist::chronology& c) {
    std::ostringstream out;
    annalist::formats::write_ics(c, out);
    return out.str();
}

// The content lines, unfolded (RFC 5545 3.1: CRLF followed by one space goes).
std::vector<std::string> unfolded_lines(std::string text) {
    for (std::size_t at; (at = text.find("\r\n ")) != std::string::npos;) text.erase(at, 3);
    std::vector<std::string> lines;
    std::size_t at = 0;
    for (std::size_t end; (end = text.find("\r\n", at)) != std::string::npos; at = end + 2)
        lines.push_back(text.substr(at, end - at));
    return lines;
}

std::vector<std::string> with_prefix(const std::vector<std::string>& lines, std::string_view prefix) {
    std::vector<std::string> found;
    for (const auto& line : lines)
        if (line.starts_with(prefix)) found.push_back(line.substr(prefix.size()));
    return found;
}

} // namespace

TEST_CASE("iCalendar TEXT escapes backslash first, then ; , and newline") {
    CHECK(ical_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne");
    CHECK(ical_text("\\n") == "\\\\n"); // a backslash then an n, not a newline
    CHECK(ical_text("cr\r\nlf") == "cr\\nlf");
    CHECK(ical_text("bell\x07 tab\t") == "bell tab\t");
}

TEST_CASE("lines fold at 75 octets, never inside a UTF-8 sequence") {
    CHECK(ical_fold("SHORT") == "SHORT\r\n");
    const std::string ascii(80, 'a');
    CHECK(ical_fold(ascii) == std::string(75, 'a') + "\r\n " + std::string(5, 'a') + "\r\n");
    // 74 ASCII octets then a two-octet é: the é would straddle octet 75, so it moves down.
    const std::string accented = std::string(74, 'a') + "\xC3\xA9" + "b";
    CHECK(ical_fold(accented) == std::string(74, 'a') + "\r\n \xC3\xA9" + "b\r\n");
    // Continuation lines hold 74 octets after their space.
    const std::string long_line(75 + 74 + 3, 'x');
    CHECK(ical_fold(long_line) ==
          std::string(75, 'x') + "\r\n " + std::string(74, 'x') + "\r\n " + std::string(3, 'x') + "\r\n");
}

TEST_CASE("the calendar: all-day events with exclusive ends, UTC times, stable UIDs") {
    const auto c = annalist::test::writers_chronology();
    const std::string text = ics_of(c);
    annalist::test::check_golden("writers.ics", text);

    // Every physical line ends in CRLF and is at most 75 octets.
    std::size_t at = 0;
    for (std::size_t end; (end = text.find("\r\n", at)) != std::string::npos; at = end + 2) CHECK(end - at <= 75);
    CHECK(at == text.size());
    CHECK(text.find('\n') == text.find("\r\n") + 1);

    const auto lines = unfolded_lines(text);
    CHECK(lines.front() == "BEGIN:VCALENDAR");
    CHECK(lines.back() == "END:VCALENDAR");
    CHECK(with_prefix(lines, "VERSION:") == std::vector<std::string>{"2.0"});
    CHECK(with_prefix(lines, "NAME:") == std::vector<std::string>{"Chronology of 2 documents"});
    CHECK(with_prefix(lines, "X-WR-CALNAME:") == std::vector<std::string>{"Chronology of 2 documents"});
    // Four events; the citation is not one. DTSTAMP is the latest publication date.
    CHECK(with_prefix(lines, "DTSTAMP:") == std::vector<std::string>(4, "20241105T000000Z"));
    CHECK(with_prefix(lines, "DTSTART;VALUE=DATE:") == std::vector<std::string>{"20240619", "20241011", "20241028"});
    CHECK(with_prefix(lines, "DTEND;VALUE=DATE:") == std::vector<std::string>{"20240620", "20241021", "20241104"});
    CHECK(with_prefix(lines, "DTSTART:") == std::vector<std::string>{"20241105T153000Z"});
    CHECK(with_prefix(lines, "DTEND:") == std::vector<std::string>{"20241105T153100Z"});
    CHECK(with_prefix(lines, "SUMMARY:")[1] == "Troops moved\\, \"officials said\"\\,\\nand left");
    CHECK(with_prefix(lines, "DESCRIPTION:")[1] ==
          "Troops moved in mid-October\\, officials said\\, and left (TASS\\, October 31).\\n\\n"
          "date approximate: mid-October 2024\\nsource: Summit <script>window.pwned = 1</script> & talks "
          "https://example.org/summit?day=1&lang=en");
    // The wire's javascript: URL is no URL; the week takes the summit's.
    CHECK(with_prefix(lines, "URL:") == std::vector<std::string>(4, "https://example.org/summit?day=1&lang=en"));
    CHECK(with_prefix(lines, "CATEGORIES:") == std::vector<std::string>{"day", "month,approximate", "week", "minute"});
    CHECK(with_prefix(lines, "TRANSP:") == std::vector<std::string>(4, "TRANSPARENT"));

    const auto uids = with_prefix(lines, "UID:");
    REQUIRE(uids.size() == 4);
    CHECK(std::set<std::string>(uids.begin(), uids.end()).size() == 4);
    for (const auto& uid : uids) CHECK(std::regex_match(uid, std::regex("[0-9a-f]{16}@annalist")));
    // FNV-1a (64 bits) of "articles/summit.txt\n18\n30\n2024-06-19": the source, the
    // mention's byte offsets and its value, computed by hand outside annalist.
    CHECK(uids[0] == "458c43dc17b87c3e@annalist");
    CHECK(ics_of(annalist::test::writers_chronology()) == text);
}

TEST_CASE("a UID follows the event's source, place and value, not its headline or neighbours") {
    const auto uids_of = [](const annalist::chronology& c) { return with_prefix(unfolded_lines(ics_of(c)), "UID:"); };
    const auto original = uids_of(annalist::test::writers_chronology());

    auto edited = annalist::test::writers_chronology();
    edited.events[0].headline = "Another headline";
    edited.events.erase(edited.events.begin() + 1);
    CHECK(uids_of(edited) == std::vector<std::string>{original[0], original[2], original[3]});

    auto moved = annalist::test::writers_chronology();
    moved.documents[0].source = "articles/summit-copy.txt";
    const auto moved_uids = uids_of(moved);
    CHECK(moved_uids[0] != original[0]);
    CHECK(moved_uids[2] == original[2]); // the wire's own event keeps its UID
}

TEST_CASE("without any publication date DTSTAMP is the epoch, never the clock") {
    auto c = annalist::test::one_event_chronology();
    c.documents[0].published.reset();
    const auto lines = unfolded_lines(ics_of(c));
    CHECK(with_prefix(lines, "DTSTAMP:") == std::vector<std::string>{"19700101T000000Z"});
    CHECK(with_prefix(lines, "NAME:") == std::vector<std::string>{"Chronology: Visit\\, \"day one\""});
}

TEST_CASE("two events with the same key still get distinct UIDs") {
    auto c = annalist::test::one_event_chronology();
    c.events.push_back(c.events[0]);
    const auto uids = with_prefix(unfolded_lines(ics_of(c)), "UID:");
    REQUIRE(uids.size() == 2);
    const std::string hash = uids[0].substr(0, 16);
    CHECK(uids[1] == hash + "-2@annalist");
}

// A small chronology built by hand for the writer tests.
#pragma once

#include <annalist/model/chronology.hpp>
#include <annalist/text/code_points.hpp>

#include <chrono>
#include <string>
#include <string_view>

namespace annalist::test {

// One document, "Kim’s visit began on June 19, 2024.", with its one dated event.
inline chronology one_event_chronology() {
    chronology c;
    document doc;
    doc.source = "articles/visit.txt";
    doc.reader_id = "text";
    doc.title = "Visit, \"day one\"";
    doc.url = "https://example.org/visit";
    doc.text = "Kim\xE2\x80\x99s visit began on June 19, 2024.";
    doc.published = date::year{2024} / 6 / 20;
    doc.published_source = "--pub-date";
    c.documents.push_back(doc);

    mention m;
    m.begin = 23; // bytes: the apostrophe takes three
    m.end = 36;
    m.begin_code_point = 21; // "Kim's visit began on " is 21 code points
    m.end_code_point = 34;
    m.text = "June 19, 2024";
    m.value = day_value(date::year{2024} / 6 / 19);
    m.rule = "month_day_year";
    c.events.push_back({m, "Kim\xE2\x80\x99s visit began on June 19, 2024.", "Kim\xE2\x80\x99s visit began", 0, {}});
    return c;
}

namespace detail {

inline mention mention_of(const document& doc, std::string_view text, time_value value,
                          timex_type type = timex_type::date) {
    mention m;
    m.begin = doc.text.find(text);
    m.end = m.begin + text.size();
    code_point_counter code_points(doc.text);
    m.begin_code_point = code_points.at(m.begin);
    m.end_code_point = code_points.at(m.end);
    m.text = std::string(text);
    m.type = type;
    m.value = std::move(value);
    return m;
}

inline time_value interval(date::sys_seconds begin, date::sys_seconds end, grain g, modifier mod, std::string value) {
    time_value v;
    v.begin = begin;
    v.end = end;
    v.grain = g;
    v.mod = mod;
    v.value = std::move(value);
    return v;
}

} // namespace detail

// What every writer must get right, in two documents: a day (19 June 2024), a month
// with mod mid (mid-October 2024: Oct 11 to 21), a week (2024-W44, also reported by
// the other document), a time (5 November 2024, 15:30 UTC) and a citation (TASS,
// October 31); a <script> in a title and a sentence, a headline starting "=cmd|",
// a headline with a comma, quotes and a newline, and a javascript: URL.
inline chronology writers_chronology() {
    using date::sys_days;
    using std::chrono::hours;
    using std::chrono::minutes;
    chronology c;
    document summit;
    summit.source = "articles/summit.txt";
    summit.reader_id = "text";
    summit.title = "Summit <script>window.pwned = 1</script> & talks";
    summit.url = "https://example.org/summit?day=1&lang=en";
    summit.text = "The envoys met on 19 June 2024 <script>window.pwned = 1</script> in Pyongyang.\n\n"
                  "Troops moved in mid-October, officials said, and left (TASS, October 31). Drills followed in "
                  "the week of 28 October 2024. Polls closed at 3:30 p.m. UTC on 5 November 2024.";
    summit.published = date::year{2024} / 11 / 4;
    summit.published_source = "--pub-date";
    document wire;
    wire.source = "articles/wire.txt";
    wire.reader_id = "text";
    wire.title = "=HYPERLINK(\"http://evil.example\")";
    wire.url = "javascript:alert(1)";
    wire.text = "Wire: the drills filled the week of 28 October 2024.";
    wire.published = date::year{2024} / 11 / 5;
    wire.published_source = "header line 1 'Published:'";
    c.documents = {summit, wire};

    const auto day = [](int y, unsigned m, unsigned d) { return sys_days{date::year{y} / m / d}; };
    c.events.push_back({detail::mention_of(summit, "19 June 2024", day_value(date::year{2024} / 6 / 19)),
                        "The envoys met on 19 June 2024 <script>window.pwned = 1</script> in Pyongyang.",
                        "The envoys met <script>window.pwned = 1</script>",
                        0,
                        {}});
    c.events.push_back(
        {detail::mention_of(summit, "mid-October",
                            detail::interval(date::sys_seconds{day(2024, 10, 11)}, date::sys_seconds{day(2024, 10, 21)},
                                             grain::month, modifier::mid, "2024-10")),
         "Troops moved in mid-October, officials said, and left (TASS, October 31).",
         "Troops moved, \"officials said\",\nand left",
         0,
         {}});
    const time_value week = detail::interval(date::sys_seconds{day(2024, 10, 28)}, date::sys_seconds{day(2024, 11, 4)},
                                             grain::week, modifier::none, "2024-W44");
    c.events.push_back({detail::mention_of(wire, "the week of 28 October 2024", week),
                        "Wire: the drills filled the week of 28 October 2024.",
                        "=cmd|' /C calc'!A0 drills",
                        1,
                        {{0, detail::mention_of(summit, "the week of 28 October 2024", week),
                          "Drills followed in the week of 28 October 2024."}}});
    const date::sys_seconds polls = date::sys_seconds{day(2024, 11, 5)} + hours{15} + minutes{30};
    c.events.push_back({detail::mention_of(summit, "3:30 p.m. UTC on 5 November 2024",
                                           detail::interval(polls, polls + minutes{1}, grain::minute, modifier::none,
                                                            "2024-11-05T15:30"),
                                           timex_type::time),
                        "Polls closed at 3:30 p.m. UTC on 5 November 2024.",
                        "Polls closed",
                        0,
                        {}});

    mention cited = detail::mention_of(summit, "October 31", day_value(date::year{2024} / 10 / 31));
    cited.cited_outlet = "TASS";
    c.citations.push_back({0, "TASS", cited});
    return c;
}

} // namespace annalist::test

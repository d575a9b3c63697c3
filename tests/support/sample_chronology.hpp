// A small chronology built by hand for the writer tests.
#pragma once

#include <annalist/model/chronology.hpp>

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
    m.text = "June 19, 2024";
    m.value = day_value(date::year{2024} / 6 / 19);
    m.rule = "month_day_year";
    c.events.push_back({m, "Kim\xE2\x80\x99s visit began on June 19, 2024.", "Kim\xE2\x80\x99s visit began", 0, {}});
    return c;
}

} // namespace annalist::test

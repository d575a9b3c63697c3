#include "support/builtin_readers.hpp"

#include <catch2/catch.hpp>

#include <date/date.h>

namespace {

annalist::read_outcome read_feed(std::string_view bytes) { return annalist::test::read_with("rss", "feed.rss", bytes); }

} // namespace

TEST_CASE("an RSS 2.0 item per document, its HTML content as text") {
    const auto outcome = read_feed(R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Gazette</title>
<item><title>Bridge reopens</title><link>https://gazette.example/bridge</link>
<pubDate>Fri, 14 Mar 2025 23:30:00 -0500</pubDate>
<description>&lt;p&gt;The bridge reopened on &lt;b&gt;March 12, 2025&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Tolls next.&lt;/p&gt;</description></item>
<item><title>Council &amp;amp; tolls</title><link>https://gazette.example/tolls</link>
<pubDate>not a date</pubDate>
<content:encoded><![CDATA[<p>The council meets on <i>March 20</i>.</p>]]></content:encoded></item>
</channel></rss>)");
    REQUIRE_FALSE(outcome.failed);
    REQUIRE(outcome.documents.size() == 2);
    const auto& first = outcome.documents[0];
    CHECK(first.title == "Bridge reopens");
    CHECK(first.url == "https://gazette.example/bridge");
    CHECK(first.text == "The bridge reopened on March 12, 2025.\n\nTolls next.");
    // The date as written in its own zone, not moved to UTC.
    CHECK(first.published == date::year{2025} / 3 / 14);
    CHECK(first.published_source == "item 1 pubDate");
    const auto& second = outcome.documents[1];
    CHECK(second.title == "Council & tolls");
    CHECK(second.text == "The council meets on March 20.");
    CHECK_FALSE(second.published);
    REQUIRE(outcome.notes.size() == 1);
    CHECK(outcome.notes[0].message == "item 2: pubDate 'not a date' is not an RFC 822 date");
}

TEST_CASE("an Atom entry per document, dated by published before updated") {
    const auto outcome = read_feed(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Gazette</title>
<entry><title>Bridge reopens</title>
<link rel="self" href="https://gazette.example/self"/><link rel="alternate" href="https://gazette.example/bridge"/>
<published>2025-03-14T08:00:00+01:00</published><updated>2025-03-20T10:00:00Z</updated>
<content type="html">&lt;p&gt;Reopened on March 12, 2025.&lt;/p&gt;</content></entry>
<entry><title>Tolls</title><link href="https://gazette.example/tolls"/>
<updated>2025-03-21T10:00:00Z</updated><summary>Tolls resume on April 1.</summary></entry>
</feed>)");
    REQUIRE_FALSE(outcome.failed);
    REQUIRE(outcome.documents.size() == 2);
    CHECK(outcome.documents[0].url == "https://gazette.example/bridge");
    CHECK(outcome.documents[0].published == date::year{2025} / 3 / 14);
    CHECK(outcome.documents[0].published_source == "entry 1 published");
    CHECK(outcome.documents[0].text == "Reopened on March 12, 2025.");
    CHECK(outcome.documents[1].url == "https://gazette.example/tolls");
    CHECK(outcome.documents[1].published == date::year{2025} / 3 / 21);
    CHECK(outcome.documents[1].published_source == "entry 2 updated");
    CHECK(outcome.documents[1].text == "Tolls resume on April 1.");
}

TEST_CASE("a broken feed fails with its line") {
    const auto outcome = read_feed("<?xml version=\"1.0\"?>\n<rss><channel>\n<item><title>x</item></channel></rss>");
    CHECK(outcome.failed);
    REQUIRE(outcome.notes.size() == 1);
    CHECK(outcome.notes[0].message.starts_with("not well-formed XML: "));
    CHECK(outcome.notes[0].where.line == 3);

    const auto not_a_feed = read_feed("<?xml version=\"1.0\"?><html/>");
    CHECK(not_a_feed.failed);
    CHECK(not_a_feed.notes.at(0).message == "neither an RSS <rss><channel> nor an Atom <feed>");
}

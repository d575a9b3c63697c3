#include "support/builtin_readers.hpp"
#include "support/english.hpp"

#include <annalist/pipeline.hpp>

#include <catch2/catch.hpp>

#include <date/date.h>

namespace {

annalist::read_outcome read_html(std::string_view bytes) {
    return annalist::test::read_with("html", "page.html", bytes);
}

const std::string page_head = "<!DOCTYPE html><html><head><title>Bridge reopens | Harbor Gazette</title>";

} // namespace

TEST_CASE("the article's text: blocks apart, white space folded, entities decoded, scripts and comments gone") {
    const auto outcome = read_html(page_head + R"(</head><body>
<nav><a href="/">Home</a> News</nav>
<article>
<h1>Bridge reopens</h1>
<p>The bridge   reopened on <b>March 12, 2025</b> &amp; traffic
flowed.</p>
<script>var x = "June 1, 2020";</script>
<!-- March 3, 2021 -->
<p>Tolls resume<br>on April 1, 2025.</p>
</article>
<footer>Updated 2025-03-20</footer>
</body></html>)");
    REQUIRE_FALSE(outcome.failed);
    REQUIRE(outcome.documents.size() == 1);
    CHECK(
        outcome.documents[0].text ==
        "Bridge reopens\n\nThe bridge reopened on March 12, 2025 & traffic flowed.\n\nTolls resume\non April 1, 2025.");
    CHECK(outcome.documents[0].title == "Bridge reopens | Harbor Gazette");
}

TEST_CASE("without an article, main, else the body") {
    const auto with_main =
        read_html(page_head + "</head><body><div>Menu</div><main><p>Main text.</p></main></body></html>");
    CHECK(with_main.documents.at(0).text == "Main text.");
    const auto body_only = read_html(page_head + "</head><body><p>One.</p><p>Two.</p></body></html>");
    CHECK(body_only.documents.at(0).text == "One.\n\nTwo.");
}

TEST_CASE("title, canonical URL and the publication date from the most trusted place") {
    const std::string metadata = R"(<meta property="og:title" content="Bridge reopens">
<link rel="canonical" href="https://gazette.example/bridge">
<meta property="og:url" content="https://gazette.example/other">
<meta name="date" content="2025-03-10">
<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-03-13T18:00:00Z"}]}</script>)";
    const std::string time_in_header =
        "<article><header><time datetime=\"2025-03-14T08:00:00+01:00\">14 March</time></header><p>x</p></article>";

    const auto all =
        read_html(page_head + metadata +
                  "<meta property=\"article:published_time\" content=\"2025-03-12T07:00:00Z\"></head><body>" +
                  time_in_header + "</body></html>");
    const auto& doc = all.documents.at(0);
    CHECK(doc.title == "Bridge reopens");
    CHECK(doc.url == "https://gazette.example/bridge");
    CHECK(doc.published == date::year{2025} / 3 / 12);
    CHECK(doc.published_source == "meta article:published_time");

    // JSON-LD states the publication for machines; a <time> in the header may be any.
    const auto no_meta = read_html(page_head + metadata + "</head><body>" + time_in_header + "</body></html>");
    CHECK(no_meta.documents.at(0).published == date::year{2025} / 3 / 13);
    CHECK(no_meta.documents.at(0).published_source == "JSON-LD datePublished");
    const auto time_only = read_html(page_head + "<meta name=\"date\" content=\"2025-03-10\"></head><body>" +
                                     time_in_header + "</body></html>");
    CHECK(time_only.documents.at(0).published == date::year{2025} / 3 / 14);
    CHECK(time_only.documents.at(0).published_source == "<time datetime>");

    const auto json_ld = read_html(page_head + metadata + "</head><body><article><p>x</p></article></body></html>");
    CHECK(json_ld.documents.at(0).published == date::year{2025} / 3 / 13);
    CHECK(json_ld.documents.at(0).published_source == "JSON-LD datePublished");

    const auto meta_date =
        read_html(page_head + "<meta name=\"date\" content=\"2025-03-10\"></head><body>x</body></html>");
    CHECK(meta_date.documents.at(0).published == date::year{2025} / 3 / 10);
    CHECK(meta_date.documents.at(0).published_source == "meta date");

    const auto not_iso = read_html(page_head + "<meta name=\"date\" content=\"March 10\"></head><body>x</body></html>");
    CHECK_FALSE(not_iso.documents.at(0).published);
}

TEST_CASE("a page with no text is a warning") {
    const auto outcome = read_html(page_head + "</head><body><script>x()</script></body></html>");
    CHECK_FALSE(outcome.failed);
    REQUIRE(outcome.notes.size() == 1);
    CHECK(outcome.notes[0].message == "the page has no text in its article or body");
}

TEST_CASE("a body the page marks wins, and share bars, comments and forms are dropped") {
    const auto outcome = read_html(page_head + R"(</head><body><article>
<div class="intro">Kicker</div>
<div itemprop="articleBody"><p>The bridge reopened.</p>
<div class="share-bar">Share on X</div>
<aside>Read also: other news</aside>
<form><button>Subscribe</button></form>
<div id="comments">Great article!</div>
<p>Tolls resume in April.</p></div>
</article></body></html>)");
    CHECK(outcome.documents.at(0).text == "The bridge reopened.\n\nTolls resume in April.");
}

TEST_CASE("more places a page states its date: microdata, other meta names, the URL") {
    const auto microdata = read_html(page_head + "</head><body><article><span itemprop=\"datePublished\" "
                                                 "content=\"2021-03-03T10:00:00+01:00\">3. März 2021</span></article>"
                                                 "</body></html>");
    CHECK(microdata.documents.at(0).published == date::year{2021} / 3 / 3);
    CHECK(microdata.documents.at(0).published_source == "itemprop datePublished");

    const auto dc =
        read_html(page_head + "<meta name=\"DC.date.issued\" content=\"2020-05-06\"></head><body>x</body></html>");
    CHECK(dc.documents.at(0).published == date::year{2020} / 5 / 6);
    CHECK(dc.documents.at(0).published_source == "meta DC.date.issued");

    const auto url = read_html(page_head + "<link rel=\"canonical\" href=\"https://x.example/news/2019/04/19/story\">"
                                           "</head><body>x</body></html>");
    CHECK(url.documents.at(0).published == date::year{2019} / 4 / 19);
    CHECK(url.documents.at(0).published_source == "the URL's path");

    const auto no_date = read_html(page_head + "<link rel=\"canonical\" href=\"https://x.example/2019/story-12\">"
                                               "</head><body>x</body></html>");
    CHECK_FALSE(no_date.documents.at(0).published);
}

TEST_CASE("without metadata, a date written in the article, skipping update stamps") {
    const auto read_text_date = [](std::string_view article) {
        const auto outcome =
            read_html(page_head + "</head><body><article>" + std::string(article) + "</article></body></html>");
        return outcome.documents.at(0).published;
    };
    CHECK(read_text_date("<p>Von Anna Berg, 3. M\xC3\xA4rz 2021</p><p>Text.</p>") == date::year{2021} / 3 / 3);
    CHECK(read_text_date("<p>03.03.2021 | Sport</p>") == date::year{2021} / 3 / 3);
    CHECK(read_text_date("<p>17/03/2020</p>") == date::year{2020} / 3 / 17);
    CHECK(read_text_date("<p>03/17/2020</p>") == date::year{2020} / 3 / 17); // cannot be day first
    CHECK(read_text_date("<p>By Ann Lee. March 3, 2021</p>") == date::year{2021} / 3 / 3);
    CHECK(read_text_date("<p>Aktualisiert am 05.03.2021</p><p>Erschienen 03.03.2021</p>") == date::year{2021} / 3 / 3);
    CHECK_FALSE(read_text_date("<p>No date here, only 1,500 people in 12 towns.</p>"));
    const auto outcome = read_html(page_head + "</head><body><article><p>4 May 2022</p></article></body></html>");
    CHECK(outcome.documents.at(0).published_source == "the article's text");
}

TEST_CASE("a box that is mostly links is left out of the article, but its date still counts") {
    const auto outcome = read_html(page_head + R"(</head><body><article>
<div class="byline"><a href="/a">Anna Berg</a> <a href="/d">3. M&auml;rz 2021</a></div>
<p>The bridge reopened on <a href="/b">the harbor side</a> after two years of work.</p>
<ul><li><a href="/1">More news</a></li><li><a href="/2">Sport</a></li></ul>
</article></body></html>)");
    const auto& doc = outcome.documents.at(0);
    CHECK(doc.text == "The bridge reopened on the harbor side after two years of work.");
    CHECK(doc.published == date::year{2021} / 3 / 3);
}

TEST_CASE("a page in another charset is decoded to UTF-8: meta charset, http-equiv, byte order marks") {
    // "3. März 2021" in ISO-8859-1: 0xE4 is a lone byte, not UTF-8.
    const auto latin1 = read_html("<html><head><meta charset=\"ISO-8859-1\"><title>Gr\xFC\xDF"
                                  "e</title></head><body><article><p>Ver\xF6"
                                  "ffentlicht am 3. M\xE4rz 2021</p></article></body></html>");
    REQUIRE_FALSE(latin1.failed);
    CHECK(latin1.notes.empty());
    CHECK(latin1.documents.at(0).title == "Gr\xC3\xBC\xC3\x9F"
                                          "e");
    CHECK(latin1.documents.at(0).text == "Ver\xC3\xB6"
                                         "ffentlicht am 3. M\xC3\xA4rz 2021");
    CHECK(latin1.documents.at(0).published == date::year{2021} / 3 / 3);

    // Latin-1 is read as windows-1252, as browsers do: 0x80 is the euro sign.
    const auto http_equiv = read_html("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                                      "charset=iso-8859-1\"></head><body><p>5 \x80</p></body></html>");
    CHECK(http_equiv.documents.at(0).text == "5 \xE2\x82\xAC");

    const auto koi8 = read_html("<html><head><meta charset=koi8-r></head><body><p>\xED\xC9\xD2</p></body></html>");
    CHECK(koi8.documents.at(0).text == "\xD0\x9C\xD0\xB8\xD1\x80"); // "Мир"

    // UTF-16 with its byte order mark: "<p>é</p>".
    static constexpr char utf16_bytes[] = "\xFF\xFE<\0p\0>\0\xE9\0<\0/\0p\0>\0";
    const std::string utf16(utf16_bytes, sizeof utf16_bytes - 1);
    CHECK(read_html(utf16).documents.at(0).text == "\xC3\xA9");
}

TEST_CASE("valid UTF-8 stays UTF-8 whatever the page declares, and stray bytes are read as windows-1252") {
    const auto mislabelled =
        read_html("<html><head><meta charset=\"iso-8859-1\"></head><body><p>M\xC3\xA4rz</p></body></html>");
    CHECK(mislabelled.documents.at(0).text == "M\xC3\xA4rz");
    CHECK(mislabelled.notes.empty());

    const auto stray = read_html("\xEF\xBB\xBF<html><head><meta charset=\"utf-8\"></head><body><p>\x93Quoted\x94 "
                                 "M\xC3\xA4rz</p></body></html>");
    REQUIRE_FALSE(stray.failed);
    CHECK(stray.documents.at(0).text == "\xE2\x80\x9CQuoted\xE2\x80\x9D M\xC3\xA4rz");
    REQUIRE(stray.notes.size() == 1);
    CHECK(stray.notes[0].message == "2 bytes not valid in UTF-8, read as windows-1252");
}

TEST_CASE("without markup for it, the article is the block of paragraphs that scores best") {
    const auto outcome = read_html(page_head + R"(</head><body>
<div id="top"><a href="/">Harbor Gazette</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
<div class="layout">
  <div class="story-body">
    <p>The harbor bridge reopened on Tuesday, March 12, after two years of repairs, the city said.</p>
    <p>Engineers replaced the deck, the cables and the lighting, and traffic resumed at noon.</p>
    <p>Tolls, suspended during the works, resume on April 1, 2025, at the old rates.</p>
  </div>
  <div class="sidebar"><p>Most read: the ferry timetable, the new market hall, the harbor festival.</p></div>
  <div class="promo-box"><p>Unlimited access to the Gazette, today only, at half the price, for a year.</p></div>
</div>
<div class="site-info"><p>Copyright Harbor Gazette, all rights reserved, published since 1901.</p></div>
</body></html>)");
    CHECK(outcome.documents.at(0).text ==
          "The harbor bridge reopened on Tuesday, March 12, after two years of repairs, the city said.\n\n"
          "Engineers replaced the deck, the cables and the lighting, and traffic resumed at noon.\n\n"
          "Tolls, suspended during the works, resume on April 1, 2025, at the old rates.");
}

TEST_CASE("an article split around a picture keeps both halves, and a lone paragraph next to it") {
    const auto outcome = read_html(page_head + R"(</head><body><div class="page">
<div class="text-block"><p>The council met on Monday, for the first time since the flood, in the old town hall.</p>
<p>It voted, after a long debate, to rebuild the quay wall, the ramps and the steps by next spring.</p></div>
<figure><img src="quay.jpg" alt=""></figure>
<div class="text-block"><p>Work starts in May, the mayor said, and the harbor stays open, with some limits, meanwhile.</p></div>
<p>The costs are shared between the city and the port authority, which owns the quay and the ramps.</p>
<div class="author-bio"><p>Anna Berg covers the harbor, the port and the islands for the Gazette.</p></div>
<div class="related"><p>More: <a href="/a">flood, one year on, a look back at the night the river rose</a></p></div>
</div></body></html>)");
    CHECK(outcome.documents.at(0).text ==
          "The council met on Monday, for the first time since the flood, in the old town hall.\n\n"
          "It voted, after a long debate, to rebuild the quay wall, the ramps and the steps by next spring.\n\n"
          "Work starts in May, the mayor said, and the harbor stays open, with some limits, meanwhile.\n\n"
          "The costs are shared between the city and the port authority, which owns the quay and the ramps.");
}

TEST_CASE("an <article> inside the best block that holds most of its text is preferred to the wrapper") {
    // "content" makes the wrapper score best; its kicker is not the article.
    const auto outcome = read_html(page_head + R"(</head><body><div class="wrapper content">
<div class="kicker">Local news, harbor, today</div>
<article><p>The ferry to the island runs again from Friday, the operator said, after a month of repairs.</p>
<p>Crossings take forty minutes, as before, and the first boat leaves at six, the last at ten.</p></article>
</div></body></html>)");
    CHECK(outcome.documents.at(0).text ==
          "The ferry to the island runs again from Friday, the operator said, after a month of repairs.\n\n"
          "Crossings take forty minutes, as before, and the first boat leaves at six, the last at ten.");
}

// The first item is half links: alone it would read as navigation; its list does not.
TEST_CASE("hidden elements are not text, and a list of linked headlines with text stays") {
    const auto outcome = read_html(page_head + R"(</head><body><article>
<div style="display: none"><div itemprop="headline">Ferry news</div><div>2025-03-14T08:00:00+01:00</div></div>
<p hidden>Sign in to continue</p>
<p>Three things to know about the harbor today, in short, with links to the full stories:</p>
<ol>
<li><a href="/1">The ferry runs again from Friday</a>. Crossings take forty minutes.</li>
<li><a href="/2">Quay</a>: the wall will be rebuilt by spring, the city said, and work on the ramps starts in May.</li>
</ol>
</article></body></html>)");
    CHECK(outcome.documents.at(0).text ==
          "Three things to know about the harbor today, in short, with links to the full stories:\n\n"
          "The ferry runs again from Friday. Crossings take forty minutes.\n\n"
          "Quay: the wall will be rebuilt by spring, the city said, and work on the ramps starts in May.");
}

TEST_CASE("pictures, captions and galleries are not the article's text, nor a headline box beside it") {
    const auto outcome = read_html(page_head + R"(</head><body><div class="page">
<div class="article-title"><h1>Quay to be rebuilt</h1><div>By Anna Berg, harbor reporter, for the Gazette</div></div>
<div class="article-body">
<figure><img src="quay.jpg" alt=""><figcaption>The quay wall, damaged in the flood, on Monday.</figcaption></figure>
<p>The council voted on Monday, after a long debate, to rebuild the quay wall by next spring.</p>
<div class="image-caption">Photo: Tom Lee, for the Gazette, March 2025</div>
<div class="photo-gallery"><div>Image 1 of 8, the quay wall, the ramps and the steps</div></div>
<p>Work starts in May, the mayor said, and the harbor stays open, with some limits.</p>
</div></div></body></html>)");
    CHECK(outcome.documents.at(0).text ==
          "The council voted on Monday, after a long debate, to rebuild the quay wall by next spring.\n\n"
          "Work starts in May, the mayor said, and the harbor stays open, with some limits.");
}

TEST_CASE("furniture names on the page, its article or a box with its headline do not hide the article") {
    const auto outcome = read_html(page_head + R"(</head><body class="single-post has-comments">
<div id="page" class="layout caption">
<h1>Ferry runs again</h1>
<article class="post share-enabled"><p>The ferry runs again from Friday.</p></article>
<div class="comments"><p>First!</p></div>
</div></body></html>)");
    CHECK(outcome.documents.at(0).text == "The ferry runs again from Friday.");
}

TEST_CASE("dates in the basic ISO form, and days in a URL written as eight digits") {
    const auto basic = read_html(page_head + R"(<script type="application/ld+json">{"@type":"NewsArticle",
"datePublished":"20201123T11:02:35Z"}</script></head><body><p>x</p></body></html>)");
    CHECK(basic.documents.at(0).published == date::year{2020} / 11 / 23);
    CHECK(basic.documents.at(0).published_source == "JSON-LD datePublished");

    const auto url_date = [](std::string_view url) {
        return read_html(page_head + "<link rel=\"canonical\" href=\"" + std::string(url) +
                         "\"></head><body><p>x</p></body></html>")
            .documents.at(0)
            .published;
    };
    CHECK(url_date("https://x.example/news/20201123/curevac-signs") == date::year{2020} / 11 / 23);
    CHECK(url_date("https://x.example/world/megablaze-under-control-20200113") == date::year{2020} / 1 / 13);
    // "/2003/03/20" is the start of the eight digits, not a day.
    CHECK(url_date("https://x.example/reden/2003/03/20030331_rede.html") == date::year{2003} / 3 / 31);
    CHECK_FALSE(url_date("https://x.example/item/20201399/story")); // no 13th month
}

TEST_CASE("a day the calendar lacks is no publication date, and the page still reads") {
    const auto outcome =
        read_html(page_head + "<meta name=\"date\" content=\"2021-02-30\"></head><body><p>x</p></body></html>");
    REQUIRE_FALSE(outcome.failed);
    REQUIRE(outcome.documents.size() == 1);
    CHECK_FALSE(outcome.documents[0].published);
}

TEST_CASE("written dates: French months, the foot of a long article, an update stamp as the last resort") {
    const auto published = [](const std::string& article) {
        return read_html(page_head + "</head><body><article>" + article + "</article></body></html>").documents.at(0);
    };
    CHECK(published("<p>jeudi 13 juin 2019, par Anne Roy</p>").published == date::year{2019} / 6 / 13);
    CHECK(published("<p>Publi\xC3\xA9 le 1 f\xC3\xA9vrier 2020</p>").published == date::year{2020} / 2 / 1);

    std::string long_article;
    for (int i = 0; i < 300; ++i) long_article += "<p>The council met again and talked about the quay.</p>";
    long_article += "<p>Dieser Beitrag wurde am Samstag, 3. Dezember 2011 ver\xC3\xB6"
                    "ffentlicht.</p>";
    CHECK(published(long_article).published == date::year{2011} / 12 / 3);

    const auto only_update = published("<p>Aktualisiert: 30.12.2016</p><p>Text.</p>");
    CHECK(only_update.published == date::year{2016} / 12 / 30);
    CHECK(only_update.published_source == "an update stamp in the article's text");
}

TEST_CASE("modification times are no publication date") {
    const auto outcome = read_html(page_head + R"(<meta property="og:updated_time" content="2021-05-05T10:00:00Z">
<meta property="article:modified_time" content="2021-05-05T10:00:00Z"></head>
<body><article><p>4 May 2021, by Anna Berg</p></article></body></html>)");
    CHECK(outcome.documents.at(0).published == date::year{2021} / 5 / 4);
    CHECK(outcome.documents.at(0).published_source == "the article's text");
}

TEST_CASE("with nothing else, the day in a picture's address") {
    const auto filed = read_html(page_head + "</head><body><div><img src=\"https://x.example/2016/05/22/bassel.jpg\">"
                                             "<p>Happy birthday.</p></div></body></html>");
    CHECK(filed.documents.at(0).published == date::year{2016} / 5 / 22);
    CHECK(filed.documents.at(0).published_source == "a picture's address");
    const auto named =
        read_html(page_head + "</head><body><p>Hello.</p><img src=\"/uploads/2020/04/IMG-20200415-WA0039.jpg\">"
                              "</body></html>");
    CHECK(named.documents.at(0).published == date::year{2020} / 4 / 15);
}

TEST_CASE("a timestamp one day off the day the article shows gives way to it") {
    const auto read_with_meta = [](std::string_view stamp, std::string_view shown) {
        return read_html(page_head + "<meta property=\"article:published_time\" content=\"" + std::string(stamp) +
                         "\"></head><body><article><p>" + std::string(shown) +
                         "</p><p>Local elections were held.</p></article></body></html>")
            .documents.at(0);
    };
    const auto utc = read_with_meta("2021-11-04T23:00Z", "5. November 2021");
    CHECK(utc.published == date::year{2021} / 11 / 5);
    CHECK(utc.published_source == "the article's text (meta article:published_time is a day off)");
    // Two days apart is no time zone: the metadata stands.
    const auto apart = read_with_meta("2021-11-04T23:00Z", "6. November 2021");
    CHECK(apart.published == date::year{2021} / 11 / 4);
    CHECK(apart.published_source == "meta article:published_time");
    // A day without a time is no timestamp.
    CHECK(read_with_meta("2021-11-04", "5. November 2021").published == date::year{2021} / 11 / 4);
}

TEST_CASE("100,000 and 1,000,000 nested elements read as a browser reads them, with one warning") {
    for (const std::size_t levels : {std::size_t{100'000}, std::size_t{1'000'000}}) {
        std::string page = page_head + "</head><body>";
        for (std::size_t i = 0; i < levels; ++i) page += "<div>";
        page += "<p>The vote was held on June 3, 2024.</p>";
        for (std::size_t i = 0; i < levels; ++i) page += "</div>";
        page += "</body></html>";
        const auto outcome = read_html(page);
        REQUIRE_FALSE(outcome.failed);
        CHECK(outcome.documents.at(0).text == "The vote was held on June 3, 2024.");
        REQUIRE(outcome.notes.size() == 1);
        CHECK(outcome.notes[0].message == std::to_string(levels - 512) +
                                              " elements nested deeper than 512 levels left out, as a browser does; "
                                              "their text is read");
    }
}

TEST_CASE("deep inline nesting, closed or not, reads its text") {
    std::string closed = page_head + "</head><body><p>";
    for (int i = 0; i < 100'000; ++i) closed += "<span><b>";
    closed += "Polls closed on 5 November 2024.";
    for (int i = 0; i < 100'000; ++i) closed += "</b></span>";
    closed += "</p></body></html>";
    const auto read = read_html(closed);
    CHECK(read.documents.at(0).text == "Polls closed on 5 November 2024.");
    CHECK(read.notes.at(0).message.starts_with("199488 elements nested deeper than 512 levels"));

    std::string unclosed = page_head + "</head><body><p>Polls closed on 5 November 2024.";
    for (int i = 0; i < 100'000; ++i) unclosed += "<font>";
    const auto open = read_html(unclosed + "</body></html>");
    CHECK(open.documents.at(0).text == "Polls closed on 5 November 2024.");
    CHECK(open.notes.at(0).message.starts_with("99488 elements nested deeper than 512 levels"));
}

TEST_CASE("an app's script data: the publication's key first, else the creation's") {
    const auto app = read_html(page_head + R"(</head><body><div id="root"><p>Loading.</p></div>
<script>window.__STATE__ = {"blocks":[{"createdAt":"2022-01-30T09:00:00+01:00"}],
"article":{"createdAt":"2022-01-29T08:00:00+01:00","publishedAt":"2022-01-31T15:58:43+01:00"}};</script>
</body></html>)");
    CHECK(app.documents.at(0).published == date::year{2022} / 1 / 31);
    CHECK(app.documents.at(0).published_source == "a script's data");
    // JSON inside a JavaScript string escapes its quotes.
    const auto escaped = read_html(page_head + R"(</head><body><p>Hello.</p>
<script>hydrate("{\"createdAt\":\"2021-06-02T10:00:00Z\",\"title\":\"x\"}");</script></body></html>)");
    CHECK(escaped.documents.at(0).published == date::year{2021} / 6 / 2);
}

TEST_CASE("a timestamp element's title or Unix seconds, and no other element's") {
    const auto titled = read_html(page_head + R"(</head><body>
<div class="ProfileCard-joinDate" title="8:23 AM - 20 Mar 2007">Joined March 2007</div>
<p>Polls closed.</p><a class="tweet-timestamp" title="12:12 AM - 11 Jul 2020" href="/s/1">Jul 11</a>
</body></html>)");
    CHECK(titled.documents.at(0).published == date::year{2020} / 7 / 11);
    CHECK(titled.documents.at(0).published_source == "a timestamp attribute");
    // 1594426348 seconds after 1970 are 2020-07-11 00:12:28 UTC.
    const auto seconds = read_html(page_head + R"(</head><body><p>Polls closed.</p>
<span class="calendar" data-time="1262304000"></span><span class="_timestamp" data-time="1594426348">1h</span>
</body></html>)");
    CHECK(seconds.documents.at(0).published == date::year{2020} / 7 / 11);
}

TEST_CASE("a form that wraps the page is read; a comment form is not") {
    const auto outcome = read_html(page_head + R"(</head><body><form id="pageForm" method="post" action="/news/1">
<div class="top"><input name="q"><button>Search</button></div>
<h1>Markets reopen</h1><p>Trading resumed on 22 June 2020 after a three-day halt.</p>
</form><form class="reply"><p>Leave a reply. Your address is never shown.</p><button>Send</button></form>
</body></html>)");
    CHECK(outcome.documents.at(0).text == "Markets reopen\n\nTrading resumed on 22 June 2020 after a three-day halt.");
}

TEST_CASE("bylines and date lines are marked as the page's date stamps, and build makes no event of them") {
    const auto outcome = read_html(page_head + R"(</head><body><article><h1>Bridge reopens</h1>
<p>By Staff · Tuesday, March 5, 2019 · Issue 42</p>
<p>Published 9:41 AM EST Mar 5, 2019</p>
<p>05.03.2019 | 09:41</p>
<p>By March 12, 2019, the bridge will reopen to traffic.</p>
<p>The council voted on March 4, 2019.</p></article></body></html>)");
    const auto& doc = outcome.documents.at(0);
    std::vector<std::string> stamps;
    for (const auto& r : doc.stamps) stamps.push_back(doc.text.substr(r.begin, r.end - r.begin));
    CHECK(stamps == std::vector<std::string>{"By Staff · Tuesday, March 5, 2019 · Issue 42",
                                             "Published 9:41 AM EST Mar 5, 2019", "05.03.2019 | 09:41"});

    const auto part = annalist::map_document(doc, annalist::test::english_engine());
    std::vector<std::string> headlines;
    for (const auto& e : part.events) headlines.push_back(e.headline);
    CHECK(headlines == std::vector<std::string>{"The bridge will reopen to traffic", "The council voted"});
}

TEST_CASE("candidates for the publication date: independent places that agree outweigh one") {
    // JSON-LD alone (9) against the address (8) and a "Published" line at the top (6 + 3).
    const auto agreeing = read_html(page_head + R"(<link rel="canonical" href="https://x.example/2021/03/04/quay">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-01T09:00:00Z"}</script>
</head><body><article><p>Published 4 March 2021</p><p>The quay reopened.</p></article></body></html>)");
    CHECK(agreeing.documents.at(0).published == date::year{2021} / 3 / 4);
    CHECK(agreeing.documents.at(0).published_source == "the article's text"); // the day's best witness
    // <meta name="date"> is often a change's date: the address outweighs it.
    const auto named = read_html(page_head + R"(<link rel="canonical" href="https://x.example/2021/03/04/quay">
<meta name="date" content="2021-03-08"></head><body><p>The quay reopened.</p></body></html>)");
    CHECK(named.documents.at(0).published == date::year{2021} / 3 / 4);
}

TEST_CASE("visible dates weigh by their line: a stamp beats prose, a span dates an event") {
    const auto published = [](const std::string& article) {
        return read_html(page_head + "</head><body><article>" + article + "</article></body></html>").documents.at(0);
    };
    // A date in a long sentence is the story's; a "Published" line states the page's.
    const auto prose_first = published(
        "<p>The harbor board will meet again on 12 May 2021 to decide the budget for the quay, the ferry, the "
        "new lights along the pier and the wages of the harbor staff for the coming year.</p>"
        "<p>Published 3 May 2021</p>");
    CHECK(prose_first.published == date::year{2021} / 5 / 3);
    CHECK(prose_first.published_source == "the article's text");
    // Without a stamp, the first date of the article still stands.
    CHECK(published("<p>The board met on 12 May 2021.</p><p>Posted in news.</p>").published ==
          date::year{2021} / 5 / 12);
    // A span's end is an event's, not the page's, even at the top.
    CHECK(
        published("<p>Festival vom 5. bis 11. Juni 2021 im Park</p><p>Text.</p><p>Posted 2 June 2021</p>").published ==
        date::year{2021} / 6 / 2);
    CHECK(published("<p>Open days 3-5 June 2021</p><p>Text.</p><p>By Ann Lee, 1 June 2021</p>").published ==
          date::year{2021} / 6 / 1);
    // A time beside a date makes no span.
    CHECK(published("<p>09:41 - 5 March 2019</p><p>Text.</p><p>Quay works end 8 March 2019.</p>").published ==
          date::year{2019} / 3 / 5);
    // Ordinals.
    CHECK(published("<p>March 3rd, 2021</p>").published == date::year{2021} / 3 / 3);
    CHECK(published("<p>3rd March 2021</p>").published == date::year{2021} / 3 / 3);
}

TEST_CASE("the original, not the update: a <time> named as a change, a guess after the page's last record") {
    const auto changed = read_html(page_head + R"(
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-05-01T08:00:00Z"}</script>
</head><body><article><header><time class="updated" datetime="2021-05-09T10:00:00Z">9 May</time></header>
<p>The quay reopened.</p></article></body></html>)");
    CHECK(changed.documents.at(0).published == date::year{2021} / 5 / 1);
    CHECK(changed.documents.at(0).published_source == "JSON-LD datePublished");

    // Changed on 4 March 2019 at the latest: the festival's June 2021 is to come.
    const auto to_come = read_html(page_head + R"(
<script type="application/ld+json">{"@type":"Event","dateModified":"2019-03-04T10:00:00Z"}</script>
</head><body><article><p>Open air: 14 June 2021</p><p>Tickets on sale.</p><p>Posted 3 March 2019</p>
</article></body></html>)");
    CHECK(to_come.documents.at(0).published == date::year{2019} / 3 / 3);
    // A draft saved, then scheduled: metadata's own publication after its change stands.
    const auto scheduled = read_html(page_head + R"(
<script type="application/ld+json">{"datePublished":"2023-10-31T09:00:06+00:00","dateModified":"2023-10-25T10:06:05+00:00"}</script>
</head><body><p>Bikes.</p></body></html>)");
    CHECK(scheduled.documents.at(0).published == date::year{2023} / 10 / 31);
}

TEST_CASE("a body that scores poorly or reads empty gives way to the widest reasonable block") {
    // The best block is one short paragraph (score 6): the page's body is read instead,
    // so the lines a <br> separates are kept.
    const auto poor = read_html(page_head + R"(</head><body>
<div class="wrap"><p>The river rose two metres overnight.</p></div>
<div>Water reached the quay by dawn.<br>The ferry stopped at noon.<br>The council opened the school hall.</div>
</body></html>)");
    CHECK(poor.documents.at(0).text == "The river rose two metres overnight.\n\nWater reached the quay by dawn.\nThe "
                                       "ferry stopped at noon.\nThe council opened the school hall.");
    // A story told in captions has no article text: its visible words are read.
    const auto captions = read_html(page_head + R"(</head><body><article>
<figure><img src="a.jpg"><figcaption>Water reached the quay by dawn on Tuesday.</figcaption></figure>
<figure><img src="b.jpg"><figcaption>The council opened the school hall.</figcaption></figure>
</article><footer>Harbor Gazette</footer></body></html>)");
    CHECK(captions.documents.at(0).text ==
          "Water reached the quay by dawn on Tuesday.\n\nThe council opened the school hall.");
    CHECK(captions.notes.empty());
    // A page of link boxes and menus has no article, and says so.
    const auto links = read_html(page_head + R"(</head><body><div class="gallery-nav">
<a href="/1">1/199 Simone32</a> <a href="/2">2/199 Ostholstein</a> <a href="/3">3/199 Puffel</a></div>
<ul><li><a href="/a">Backen</a></li><li><a href="/b">Kuchen</a></li></ul></body></html>)");
    CHECK(links.documents.at(0).text.empty());
    REQUIRE(links.notes.size() == 1);
    CHECK(links.notes[0].message == "the page has no text in its article or body");
    // A page that scores well keeps its best block alone.
    const auto good = read_html(page_head + R"(</head><body><div class="menu-box">Home, News, Sport</div>
<div class="story"><p>The river rose two metres overnight, and water reached the quay by dawn.</p>
<p>The ferry stopped at noon, shops closed early, and the council opened the school hall.</p></div>
</body></html>)");
    CHECK(good.documents.at(0).text == "The river rose two metres overnight, and water reached the quay by dawn.\n\n"
                                       "The ferry stopped at noon, shops closed early, and the council opened the "
                                       "school hall.");
}

TEST_CASE("microformats, pubdate, more meta names in any case, abbreviated months") {
    const auto dated = [](const std::string& head, const std::string& body) {
        return read_html(page_head + head + "</head><body>" + body + "</body></html>").documents.at(0);
    };
    // h-entry and hAtom: the published element, not the updated one.
    const auto entry = dated("", R"(<div class="h-entry"><abbr class="dt-updated" title="2021-06-09">9 June</abbr>
<abbr class="dt-published" title="2021-06-02T08:00:00+02:00">2 June</abbr><p class="e-content">The quay.</p></div>)");
    CHECK(entry.published == date::year{2021} / 6 / 2);
    CHECK(entry.published_source == "a microformat's published");
    CHECK(dated("", R"(<span class="entry-date published">March 4, 2021</span><p>The quay.</p>)").published ==
          date::year{2021} / 3 / 4);
    CHECK(dated("", R"(<time pubdate datetime="2021-03-05">Friday</time><p>The quay.</p>)").published ==
          date::year{2021} / 3 / 5);
    // A class that only contains the word is no microformat (the page's text still dates it).
    const auto unmarked = dated("", R"(<p class="unpublished">March 6, 2021</p><p>x</p>)");
    CHECK(unmarked.published == date::year{2021} / 3 / 6);
    CHECK(unmarked.published_source == "the article's text");

    const auto citation = dated(R"(<meta name="citation_publication_date" content="2020/03/04">)", "<p>x</p>");
    CHECK(citation.published == date::year{2020} / 3 / 4);
    CHECK(citation.published_source == "meta citation_publication_date");
    CHECK(dated(R"(<meta name="dc.date.issued" content="2020-05-06">)", "<p>x</p>").published ==
          date::year{2020} / 5 / 6);

    CHECK(dated("", "<article><p>12. Okt. 2021</p><p>x</p></article>").published == date::year{2021} / 10 / 12);
    CHECK(dated("", "<article><p>5. M\xC3\xA4r. 2020</p><p>x</p></article>").published == date::year{2020} / 3 / 5);
    CHECK(dated("", "<article><p>3 janv. 2021</p><p>x</p></article>").published == date::year{2021} / 1 / 3);
    CHECK(dated("", "<article><p>Sept. 9, 2021</p><p>x</p></article>").published == date::year{2021} / 9 / 9);
}

TEST_CASE("close candidates: the edit a theme shows, a timestamp's zone, metadata in words") {
    // The byline shows the last edit, which dateModified records; the publication stands.
    const auto edited = read_html(page_head + R"(<script type="application/ld+json">
{"datePublished":"2018-04-18T14:39:09+02:00","dateModified":"2019-04-10T10:13:14+02:00"}</script></head>
<body><article><h1>Quay reopens</h1><p>By Ann Lee - 2019-04-10</p><p>The quay reopened.</p></article></body></html>)");
    CHECK(edited.documents.at(0).published == date::year{2018} / 4 / 18);
    // 04:31 UTC on the 20th is the 19th in Chicago, where the byline shows it; the
    // address, made on the server's day, does not outvote the shown day.
    const auto zoned = read_html(page_head + R"(<link rel="canonical" href="https://x.example/2019/11/20/wagon">
<meta property="article:published_time" content="2019-11-20T04:31:13+00:00"></head>
<body><article><p>Ann Lee - Nov 19, 2019, 10:31 pm CST</p><p>The wagon was shown.</p></article></body></html>)");
    CHECK(zoned.documents.at(0).published == date::year{2019} / 11 / 19);
    CHECK(zoned.documents.at(0).published_source == "the article's text (meta article:published_time is a day off)");
    // A date in the article's prose (an embedded post's) is no shown day.
    const auto prose =
        read_html(page_head + R"(<meta property="article:published_time" content="2019-11-19T06:56:43-05:00">
</head><body><article><p>The campaign drew replies, and one of them, from a reporter who covers the state
and its governor, ran late on November 18, 2019 under the campaign's own slogan.</p></article></body></html>)");
    CHECK(prose.documents.at(0).published == date::year{2019} / 11 / 19);
    // JSON-LD that writes its day in words.
    const auto words = read_html(page_head + R"(<script type="application/ld+json">
{"datePublished":"20 Nov 2019 08:02 GMT"}</script></head><body><p>Eleven died on 11 September 2001.</p></body></html>)");
    CHECK(words.documents.at(0).published == date::year{2019} / 11 / 20);
    CHECK(words.documents.at(0).published_source == "JSON-LD datePublished");
}

#include <annalist/formats/html_writer.hpp>
#include <annalist/formats/sha256.hpp>

#include "support/golden_file.hpp"
#include "support/sample_chronology.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using annalist::formats::sentence_html;

namespace {

std::string html_of(const annalist::chronology& c) {
    std::ostringstream out;
    annalist::formats::write_html(c, out);
    return out.str();
}

std::size_t count(const std::string& text, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

} // namespace

TEST_CASE("SHA-256 and base64 match the published test vectors") {
    // FIPS 180-4 examples, and RFC 4648 section 10.
    CHECK(annalist::formats::csp_hash("abc") == "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='");
    CHECK(annalist::formats::csp_hash("") == "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    CHECK(annalist::formats::csp_hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "'sha256-JI1qYdIGOLjlwCaTDD5gOaM85Flk/yFn9uzt1BnbBsE='");
    CHECK(annalist::formats::base64("f") == "Zg==");
    CHECK(annalist::formats::base64("fo") == "Zm8=");
    CHECK(annalist::formats::base64("foobar") == "Zm9vYmFy");
}

TEST_CASE("the mention is marked in the sentence, everything escaped") {
    CHECK(sentence_html("Troops moved in mid-October, officials said.", "mid-October") ==
          "Troops moved in <mark>mid-October</mark>, officials said.");
    // The sentence is whitespace-folded; the mention text may hold a line break.
    CHECK(sentence_html("It ended on June 19, 2024.", "June\n 19, 2024") == "It ended on <mark>June 19, 2024</mark>.");
    CHECK(sentence_html("<b>May</b> & June", "May") == "&lt;b&gt;<mark>May</mark>&lt;/b&gt; &amp; June");
    CHECK(sentence_html("Nothing here.", "May") == "Nothing here.");
}

TEST_CASE("the page: escaped text, one script, a strict policy, citations hidden") {
    const std::string html = html_of(annalist::test::writers_chronology());
    annalist::test::check_golden("writers.html", html);
    CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    // The article's <script> never arrives as markup: only the page's own script does.
    CHECK(count(html, "<script") == 1);
    // In a headline, a sentence and the summit's title beside each of its five links
    // (three events, the week it also reported, the citation).
    CHECK(count(html, "&lt;script&gt;window.pwned = 1&lt;/script&gt;") == 7);
    CHECK(html.find("default-src 'none'; style-src 'sha256-") != std::string::npos);
    CHECK(html.find("'unsafe-inline'") == std::string::npos);
    // Nothing that would load: no src, no stylesheet link, no absolute URL but the sources' links.
    CHECK(html.find(" src=") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(count(html, "<a href=") == 5);
    CHECK(count(html, "<a href=\"https://example.org/summit?day=1&amp;lang=en\" rel=\"noopener noreferrer\">") == 5);
    CHECK(html.find("href=\"javascript:") == std::string::npos);
    // Four events, one citation hidden until asked for.
    CHECK(count(html, "<li class=\"item event ") == 4);
    CHECK(count(html, "<li class=\"item citation grain-day\" data-begin=\"2024-10-31\" hidden>") == 1);
    // mid-October is drawn as days 11 to 20 of October's 31.
    CHECK(html.find("<svg class=\"span\" viewBox=\"0 0 31 1\" preserveAspectRatio=\"none\" aria-hidden=\"true\">"
                    "<rect class=\"period\" width=\"31\" height=\"1\"/><rect class=\"part\" x=\"10\" width=\"10\" "
                    "height=\"1\"/></svg>") != std::string::npos);
    CHECK(html.find("<time class=\"date\" datetime=\"2024-10-11\">mid-October 2024</time>") != std::string::npos);
    CHECK(html.find("<time class=\"date\" datetime=\"2024-11-05T15:30Z\">5 November 2024, 15:30 UTC</time>") !=
          std::string::npos);
    CHECK(html.find("Troops moved in <mark>mid-October</mark>, officials said") != std::string::npos);
    // Grouped by year, then month: June, October (with the citation), November.
    CHECK(count(html, "<h2>") == 1);
    CHECK(count(html, "<h3>") == 3);
    CHECK(html.find("<h3>June 2024</h3>") < html.find("<h3>October 2024</h3>"));
    CHECK(html.find("<h3>October 2024</h3>") < html.find("<h3>November 2024</h3>"));
}

TEST_CASE("a month holding only citations starts hidden with them") {
    auto c = annalist::test::writers_chronology();
    c.citations[0].mention.value = annalist::day_value(date::year{2024} / 9 / 2);
    const std::string html = html_of(c);
    CHECK(html.find("<section class=\"month\" hidden>\n<h3>September 2024</h3>") != std::string::npos);
    CHECK(count(html, "<section class=\"month\">") == 3);
}

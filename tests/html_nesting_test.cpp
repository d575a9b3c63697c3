// Pages nested deeper than a browser nests them: the tags past 512 levels are left
// out with their end tags, their text kept, in one linear pass that steps over
// comments, raw text and quoted attribute values. Expected outputs worked out by hand.
#include "html_nesting.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace {

using annalist::html::bound_nesting;

std::string repeated(std::string_view piece, std::size_t times) {
    std::string out;
    for (std::size_t i = 0; i < times; ++i) out.append(piece);
    return out;
}

} // namespace

TEST_CASE("elements past the limit are left out with their end tags; the text between stays") {
    const auto page = bound_nesting("<div><div><div>a</div>b</div>c</div>", 2);
    CHECK(page.left_out == 1);
    CHECK(page.html == "<div><div>ab</div>c</div>"); // the innermost pair went, around "a"
    const auto within = bound_nesting("<div><div>a</div></div>", 2);
    CHECK(within.left_out == 0);
    CHECK(within.html == "<div><div>a</div></div>");
}

TEST_CASE("an end tag closes the elements opened inside its own") {
    // "</section>" closes the <b> left open inside it, so the next <i> is at depth 2.
    const auto page = bound_nesting("<section><b>x</section><div><i>y</i></div>", 2);
    CHECK(page.left_out == 0);
}

TEST_CASE("elements the next one closes, void ones and self-closing ones in SVG are not counted") {
    const std::string uncounted = repeated("<p>a", 5) + repeated("<li>b", 5) + repeated("<br>", 5) +
                                  repeated("<tr><td>c", 5) + "<svg>" + repeated("<path d=\"M0 0\"/>", 5) + "</svg>";
    CHECK(bound_nesting(uncounted, 2).left_out == 0);
    // Outside SVG and MathML "<div/>" opens a <div> (HTML ignores the slash), and counts.
    const auto slashed = bound_nesting("<div/><div/><div/>x", 2);
    CHECK(slashed.left_out == 1);
    CHECK(slashed.html == "<div/><div/>x");
}

TEST_CASE("tags inside comments, raw text and quoted attributes are no tags") {
    const std::string page = "<div title=\"a > <div>\"><!-- <div><div> --><script>if (a<b) x = '<div><div>';</script>"
                             "<style>p::before{content:'<div>'}</style><textarea><div></textarea>text</div>";
    const auto bounded = bound_nesting(page, 2);
    CHECK(bounded.left_out == 0);
    CHECK(bounded.html == page);
}

TEST_CASE("a '<' that opens no tag is text, and an unclosed tag ends the page") {
    CHECK(bound_nesting("1 < 2 and <3 <", 1).html == "1 < 2 and <3 <");
    CHECK(bound_nesting("<div><div title='x>", 1).html == "<div>");
}

TEST_CASE("1,000,000 nested elements: 512 kept, 999,488 left out, the text whole") {
    const std::string page =
        repeated("<div>", 1'000'000) + "The vote was held on June 3, 2024." + repeated("</div>", 1'000'000);
    const auto bounded = bound_nesting(page);
    CHECK(bounded.left_out == 999'488);
    CHECK(bounded.html == repeated("<div>", 512) + "The vote was held on June 3, 2024." + repeated("</div>", 512));
}

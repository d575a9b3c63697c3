// Pages nested deeper than a browser builds them. Gumbo looks through the stack of
// open elements at each tag, so 40,000 nested <div>s took 2.5 s to parse and
// 1,000,000 would take half an hour; and every walk over so deep a tree risks the
// stack. Blink's parser nests no deeper than 512 elements; here, likewise, a start
// tag that would open an element deeper than `deepest` is left out with its end tag,
// and its content stays, inside the element at the limit.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace annalist::html {

inline constexpr std::size_t deepest_nesting = 512;

struct bounded_page {
    std::string html;         // the page, without the tags left out
    std::size_t left_out = 0; // start tags left out
};

// One pass over the tags, linear in the page: comments, raw text (<script>,
// <style>, <textarea>, <title>...) and quoted attribute values are stepped over.
// Elements that cannot hold themselves (void ones, <p>, <li>, table cells and rows,
// which the next one closes) are not counted, nor self-closing ones inside <svg>
// and <math>.
bounded_page bound_nesting(std::string_view html, std::size_t deepest = deepest_nesting);

} // namespace annalist::html

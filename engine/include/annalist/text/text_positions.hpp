// Lines and columns of byte offsets in one text, for messages that name a place.
#pragma once

#include <cstddef>
#include <string_view>

namespace annalist {

struct line_column {
    std::size_t line = 1;   // 1-based
    std::size_t column = 1; // 1-based, in code points
};

// Reads the text once when asked in increasing order, as a scan reports; an earlier
// offset counts again from the start. A fresh count per message made a text with
// many of them quadratic.
class text_positions {
public:
    explicit text_positions(std::string_view text) : text_(text) {}
    line_column at(std::size_t byte_offset);

private:
    std::string_view text_;
    std::size_t byte_ = 0;
    line_column here_;
};

} // namespace annalist

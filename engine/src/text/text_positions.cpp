#include <annalist/text/text_positions.hpp>

namespace annalist {

line_column text_positions::at(std::size_t byte_offset) {
    if (byte_offset > text_.size()) byte_offset = text_.size();
    if (byte_offset < byte_) {
        byte_ = 0;
        here_ = {};
    }
    for (; byte_ < byte_offset; ++byte_) {
        const auto c = static_cast<unsigned char>(text_[byte_]);
        if (c == '\n') {
            ++here_.line;
            here_.column = 1;
        } else if ((c & 0xC0) != 0x80) { // a continuation byte (10xxxxxx) starts no code point
            ++here_.column;
        }
    }
    return here_;
}

} // namespace annalist

#include <annalist/text/code_points.hpp>

namespace annalist {

std::size_t code_point_counter::at(std::size_t byte_offset) {
    if (byte_offset > text_.size()) byte_offset = text_.size();
    if (byte_offset < byte_) byte_ = count_ = 0; // queries went backwards: count again
    for (; byte_ < byte_offset; ++byte_) {
        // Every byte but a continuation byte (10xxxxxx) starts a code point.
        if ((static_cast<unsigned char>(text_[byte_]) & 0xC0) != 0x80) ++count_;
    }
    return count_;
}

} // namespace annalist

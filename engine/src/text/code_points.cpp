#include <annalist/text/code_points.hpp>

#include <cstdint>
#include <cstring>

namespace annalist {

std::size_t code_point_counter::at(std::size_t byte_offset) {
    if (byte_offset > text_.size()) byte_offset = text_.size();
    if (byte_offset < byte_) byte_ = count_ = 0; // queries went backwards: count again
    // Eight bytes at a time: a continuation byte has its top bits 10.
    for (; byte_ + 8 <= byte_offset; byte_ += 8) {
        std::uint64_t x = 0;
        std::memcpy(&x, text_.data() + byte_, 8);
        const std::uint64_t continuation = (x & ~(x << 1) & 0x8080808080808080ULL) >> 7; // a 1 in each such byte
        count_ += 8 - static_cast<std::size_t>((continuation * 0x0101010101010101ULL) >> 56);
    }
    for (; byte_ < byte_offset; ++byte_) {
        // Every byte but a continuation byte (10xxxxxx) starts a code point.
        if ((static_cast<unsigned char>(text_[byte_]) & 0xC0) != 0x80) ++count_;
    }
    return count_;
}

} // namespace annalist

// Byte offsets are how the engine works; code points are what users and TimeML
// tools count. This converts, cheaply when queries come in increasing order.
#pragma once

#include <cstddef>
#include <string_view>

namespace annalist {

class code_point_counter {
public:
    explicit code_point_counter(std::string_view text) : text_(text) {}
    // The number of code points before byte_offset (which must not split a sequence).
    std::size_t at(std::size_t byte_offset);

private:
    std::string_view text_;
    std::size_t byte_ = 0;
    std::size_t count_ = 0;
};

} // namespace annalist

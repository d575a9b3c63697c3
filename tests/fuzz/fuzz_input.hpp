// Reading a fuzzer's bytes as the choices a target makes, then the rest as text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace annalist::fuzz {

class fuzz_input {
public:
    fuzz_input(const std::uint8_t* data, std::size_t size) : rest_(reinterpret_cast<const char*>(data), size) {}

    // One byte, 0 when none is left.
    std::uint8_t byte() {
        if (rest_.empty()) return 0;
        const auto b = static_cast<std::uint8_t>(rest_.front());
        rest_.remove_prefix(1);
        return b;
    }
    // Two bytes as a number.
    std::uint16_t pair() { return static_cast<std::uint16_t>(byte() << 8 | byte()); }
    // What is left.
    [[nodiscard]] std::string_view rest() const { return rest_; }

private:
    std::string_view rest_;
};

} // namespace annalist::fuzz

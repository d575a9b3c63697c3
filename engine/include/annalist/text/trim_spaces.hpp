// A piece of text without the plain spaces around it.
#pragma once

#include <string_view>

namespace annalist {

inline std::string_view trim_spaces(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

} // namespace annalist

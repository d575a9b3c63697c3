// The date form readers hand to the host: ISO 8601, "2024-11-04" or a date-time
// starting with it. The host checks the calendar; readers check the form, so they
// can point at the line that is wrong.
#pragma once

#include <string_view>

namespace annalist::sdk {

inline bool looks_like_iso_date(std::string_view s) {
    if (s.size() < 10) return false;
    for (std::size_t i = 0; i < 10; ++i) {
        const bool digit = s[i] >= '0' && s[i] <= '9';
        if ((i == 4 || i == 7) ? s[i] != '-' : !digit) return false;
    }
    return s.size() == 10 || s[10] == 'T' || s[10] == ' ';
}

} // namespace annalist::sdk

// SHA-256 (FIPS 180-4), for the HTML page's Content-Security-Policy hashes: the
// page allows exactly its own inline script and style, nothing else.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace annalist::formats {

std::array<std::uint8_t, 32> sha256(std::string_view bytes);

// Standard base64 (RFC 4648, with padding), as CSP source expressions want it.
std::string base64(std::string_view bytes);

// "'sha256-…'" for a CSP directive.
std::string csp_hash(std::string_view inline_text);

} // namespace annalist::formats

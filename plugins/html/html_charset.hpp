// A page's bytes to UTF-8: the html reader's first step, since gumbo parses UTF-8 only
// and pages still come in Latin-1, windows-1252 and others.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace annalist::html {

// The encoding a page declares, lower-cased: its byte order mark ("utf-8",
// "utf-16le", "utf-16be"), else the charset of a <meta charset> or of a <meta
// http-equiv="content-type" content="...; charset=..."> in its first 4 KiB, else the
// encoding of an <?xml ...?> declaration; empty when it declares none.
std::string declared_charset(std::string_view bytes);

struct decoded_page {
    std::string text;          // UTF-8, without a byte order mark
    std::string charset;       // what it was decoded from, as iconv names it
    std::size_t fallbacks = 0; // bytes the charset could not decode, read as windows-1252
};

// Valid UTF-8 stays as it is whatever the page declares (a page in a single-byte
// charset with any non-ASCII letter is almost never valid UTF-8, while pages that
// declare Latin-1 and are written in UTF-8 are common). Otherwise the declared
// charset is converted with iconv, Latin-1 and ASCII read as windows-1252 as browsers
// do (WHATWG Encoding); with no usable declaration, or for bytes the charset cannot
// decode, each such byte is read as windows-1252.
decoded_page to_utf8(std::string_view bytes);

} // namespace annalist::html

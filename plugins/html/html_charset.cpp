#include "html_charset.hpp"

#include <iconv.h>

#include <array>
#include <cerrno>
#include <regex>

namespace annalist::html {
namespace {

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

void append_code_point(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

// One byte read as windows-1252 (WHATWG's table: the five bytes it leaves undefined
// stay the C1 controls of the same number).
void append_windows_1252(std::string& out, unsigned char byte) {
    static constexpr std::array<char16_t, 32> high{0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                   0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                                   0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                   0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    append_code_point(out, byte >= 0x80 && byte < 0xA0 ? high[byte - 0x80] : char32_t{byte});
}

// The name iconv knows for a label, with the substitutions browsers make.
std::string iconv_name(const std::string& label) {
    static constexpr std::string_view as_windows_1252[] = {"iso-8859-1", "iso8859-1", "latin1", "l1",
                                                           "iso_8859-1", "us-ascii",  "ascii",  "windows-1252",
                                                           "cp1252",     "x-cp1252"};
    for (const auto name : as_windows_1252)
        if (label == name) return "WINDOWS-1252";
    // A page cannot declare UTF-16 from inside itself: its bytes are ASCII-compatible.
    if (label.empty() || label == "utf8" || label == "utf-8" || label == "utf-16" || label == "utf-16le" ||
        label == "utf-16be")
        return "UTF-8";
    return label;
}

bool valid_utf8(std::string_view text) {
    const iconv_t cd = iconv_open("UTF-8", "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1)) return false;
    std::string buffer(4096, '\0');
    char* in = const_cast<char*>(text.data()); // iconv's signature; it does not write
    std::size_t in_left = text.size();
    bool ok = true;
    while (in_left > 0) {
        char* out = buffer.data();
        std::size_t out_left = buffer.size();
        if (iconv(cd, &in, &in_left, &out, &out_left) == static_cast<std::size_t>(-1) && errno != E2BIG) {
            ok = false;
            break;
        }
    }
    iconv_close(cd);
    return ok;
}

// Converts with iconv; a byte it cannot decode is read as windows-1252 and counted.
decoded_page convert(std::string_view bytes, const std::string& charset) {
    decoded_page page;
    page.charset = charset;
    iconv_t cd = iconv_open("UTF-8", charset.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        page.charset = "WINDOWS-1252"; // a charset glibc does not know
        cd = iconv_open("UTF-8", "WINDOWS-1252");
    }
    std::string buffer(4 * bytes.size() + 16, '\0');
    char* in = const_cast<char*>(bytes.data()); // iconv's signature; it does not write
    std::size_t in_left = bytes.size();
    while (in_left > 0) {
        char* out = buffer.data();
        std::size_t out_left = buffer.size();
        const std::size_t result = iconv(cd, &in, &in_left, &out, &out_left);
        page.text.append(buffer.data(), buffer.size() - out_left);
        if (result != static_cast<std::size_t>(-1) || errno == E2BIG) continue;
        // EILSEQ or EINVAL (a sequence cut off at the end): one byte as windows-1252.
        append_windows_1252(page.text, static_cast<unsigned char>(*in));
        ++page.fallbacks;
        ++in;
        --in_left;
        iconv(cd, nullptr, nullptr, nullptr, nullptr); // back to the initial state
    }
    iconv_close(cd);
    return page;
}

} // namespace

std::string declared_charset(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) return "utf-8";
    if (bytes.starts_with("\xFF\xFE")) return "utf-16le";
    if (bytes.starts_with("\xFE\xFF")) return "utf-16be";
    static const std::regex meta(R"(<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+))", std::regex::icase);
    static const std::regex xml(R"(^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+))", std::regex::icase);
    const std::string head(bytes.substr(0, 4096));
    std::smatch m;
    if (std::regex_search(head, m, meta) || std::regex_search(head, m, xml)) return lower_ascii(m.str(1));
    return {};
}

decoded_page to_utf8(std::string_view bytes) {
    const std::string declared = declared_charset(bytes);
    if (declared == "utf-16le") return convert(bytes.substr(2), "UTF-16LE");
    if (declared == "utf-16be") return convert(bytes.substr(2), "UTF-16BE");
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    if (valid_utf8(bytes)) {
        decoded_page page;
        page.text.assign(bytes);
        page.charset = "UTF-8";
        return page;
    }
    return convert(bytes, iconv_name(declared));
}

} // namespace annalist::html

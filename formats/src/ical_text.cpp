#include <annalist/formats/ical_text.hpp>

namespace annalist::formats {

std::string ical_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case ';':
            out += "\\;";
            break;
        case ',':
            out += "\\,";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) break;
            out.push_back(c);
        }
    }
    return out;
}

std::string ical_fold(std::string_view line) {
    constexpr std::size_t limit = 75;
    const auto is_continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
    std::string out;
    std::size_t room = limit; // the first line has 75 octets; the others 74 after their space
    while (line.size() > room) {
        std::size_t cut = room;
        while (cut > 0 && is_continuation(line[cut])) --cut;
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        room = limit - 1;
    }
    out.append(line);
    out += "\r\n";
    return out;
}

} // namespace annalist::formats

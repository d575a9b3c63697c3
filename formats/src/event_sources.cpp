#include <annalist/formats/event_sources.hpp>

#include <algorithm>
#include <cctype>

namespace annalist::formats {

std::vector<const document*> sources_of(const chronology& c, const event& e) {
    std::vector<const document*> sources{&c.documents.at(e.document)};
    for (const event_report& report : e.also_reported) {
        const document* doc = &c.documents.at(report.document);
        if (std::find(sources.begin(), sources.end(), doc) == sources.end()) sources.push_back(doc);
    }
    return sources;
}

bool is_web_url(std::string_view url) {
    const auto starts_with_nocase = [&](std::string_view prefix) {
        return url.size() > prefix.size() && std::equal(prefix.begin(), prefix.end(), url.begin(), [](char a, char b) {
                   return a == std::tolower(static_cast<unsigned char>(b));
               });
    };
    return starts_with_nocase("http://") || starts_with_nocase("https://");
}

} // namespace annalist::formats

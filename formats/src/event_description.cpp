#include <annalist/formats/event_description.hpp>

#include <annalist/formats/display_date.hpp>
#include <annalist/formats/event_sources.hpp>

#include <fmt/format.h>

namespace annalist::formats {

std::string source_name(const document& doc) { return doc.title.empty() ? doc.source : doc.title; }

std::string chronology_title(const chronology& c) {
    if (c.documents.size() == 1 && !c.documents.front().title.empty())
        return fmt::format("Chronology: {}", c.documents.front().title);
    return fmt::format("Chronology of {} documents", c.documents.size());
}

std::string event_description(const chronology& c, const event& e) {
    std::string text = e.sentence + "\n\n";
    text += e.mention.value.mod == modifier::none ? "date: " : "date approximate: ";
    text += display_date(e.mention.value);
    for (const document* doc : sources_of(c, e)) {
        text += fmt::format("\nsource: {}", source_name(*doc));
        if (!doc->url.empty()) text += fmt::format(" {}", doc->url);
    }
    return text;
}

} // namespace annalist::formats

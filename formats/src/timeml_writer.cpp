#include <annalist/formats/timeml_writer.hpp>

#include <annalist/formats/escape.hpp>
#include <annalist/model/iso_date.hpp>

#include <date/date.h>
#include <fmt/format.h>

#include <string_view>

namespace annalist::formats {

void write_timeml(const document& doc, const std::vector<mention>& mentions, std::ostream& out) {
    out << "<?xml version=\"1.0\" ?>\n"
           "<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n";
    out << "<DOCID>" << xml_escape(doc.title) << "</DOCID>\n\n";
    if (doc.published) {
        const std::string day = iso_day_text(*doc.published);
        out << "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" << day
            << "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" << day << "</TIMEX3></DCT>\n\n";
    }
    out << "<TEXT>";
    const std::string_view text = doc.text;
    std::size_t at = 0;
    int tid = 1;
    for (const mention& m : mentions) {
        if (m.begin < at || m.end > text.size()) continue; // overlapping: the first one wins
        out << xml_escape(text.substr(at, m.begin - at));
        out << fmt::format("<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\"", tid++, to_string(m.type),
                           xml_escape(m.value.value));
        if (m.value.mod != modifier::none) out << " mod=\"" << to_string(m.value.mod) << '"';
        out << '>' << xml_escape(text.substr(m.begin, m.end - m.begin)) << "</TIMEX3>";
        at = m.end;
    }
    out << xml_escape(text.substr(at)) << "</TEXT>\n\n</TimeML>\n";
}

} // namespace annalist::formats

#include <annalist/formats/document_text_writer.hpp>
#include <annalist/model/iso_date.hpp>

#include <date/date.h>

namespace annalist::formats {

void write_documents_text(const std::vector<document>& documents, std::ostream& out) {
    for (const document& doc : documents) {
        out << "== " << doc.source << " (reader " << doc.reader_id << ")\n";
        out << "title: " << doc.title << '\n';
        out << "url: " << doc.url << '\n';
        out << "published: ";
        if (doc.published) {
            out << iso_day_text(*doc.published) << " (" << doc.published_source << ")";
        } else {
            out << "unknown";
        }
        out << "\n\n" << doc.text;
        if (!doc.text.empty() && doc.text.back() != '\n') out << '\n';
        out << '\n';
    }
}

} // namespace annalist::formats

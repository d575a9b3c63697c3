// Documents as a person debugging a source wants to see them: the metadata the
// reader found, then the text exactly as the engine will scan it.
#pragma once

#include <annalist/model/document.hpp>

#include <ostream>
#include <vector>

namespace annalist::formats {

void write_documents_text(const std::vector<document>& documents, std::ostream& out);

} // namespace annalist::formats

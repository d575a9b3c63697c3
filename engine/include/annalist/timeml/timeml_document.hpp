// Reading TimeML (TempEval-3 layout): the plain text of <TEXT> with every tag
// removed and entities decoded, the TIMEX3 spans inside it, and the DCT.
// Shared by the TimeML reader plugin and `annalist eval`, so both count offsets
// the same way.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::timeml {

struct timex {
    std::size_t begin = 0; // byte offsets into timeml_document::text, [begin, end)
    std::size_t end = 0;
    std::string tid;
    std::string type;
    std::string value;
    std::string mod;
};

struct timeml_document {
    std::string doc_id;
    std::string dct_value;      // the DCT's TIMEX3 value ("1998-01-08"), empty if none
    std::string text;           // <TEXT> content, tags removed, entities decoded
    std::vector<timex> timexes; // in text order
};

// Thrown for input that is not well-formed TimeML; byte_offset points into it.
class parse_error : public std::runtime_error {
public:
    parse_error(const std::string& message, std::size_t byte_offset)
        : std::runtime_error(message), byte_offset_(byte_offset) {}
    [[nodiscard]] std::size_t byte_offset() const { return byte_offset_; }

private:
    std::size_t byte_offset_;
};

timeml_document parse_timeml(std::string_view xml);

} // namespace annalist::timeml

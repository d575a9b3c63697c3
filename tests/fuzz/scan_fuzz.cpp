// The scanner, resolver and event attacher on any text: any bytes, any reference
// date from 1900 to 2079, news or narrative mode, citations as events or not, with
// or without explanations. Checks what must hold for any input: mentions in text
// order and within the text, code points no further than bytes.
#include "fuzz_input.hpp"
#include "fuzz_support.hpp"

#include <annalist/pipeline.hpp>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace annalist;
    fuzz::fuzz_input in(data, size);
    const std::uint8_t options = in.byte();
    const std::uint16_t day = in.pair();
    engine_context context = fuzz::english().engine(options & 1 ? resolution_mode::narrative : resolution_mode::news);
    context.include_citations = (options & 2) != 0;
    context.explanations = (options & 4) != 0;
    document doc;
    doc.source = "fuzz";
    doc.text = std::string(in.rest());
    if (!(options & 8))
        doc.published = date::year_month_day(date::sys_days(date::year{1900} / 1 / 1) + date::days(day));

    diagnostics notes;
    const std::vector<mention> found = find_mentions(doc, context, notes);
    std::size_t last = 0;
    for (const mention& m : found) {
        if (m.begin > m.end || m.end > doc.text.size() || m.begin < last) std::abort();
        if (m.begin_code_point > m.begin || m.end_code_point > m.end) std::abort();
        last = m.begin;
    }
    const partial_chronology part = map_document(std::move(doc), context);
    if (part.documents.size() != 1 || part.notes.size() != 1) std::abort();
    return 0;
}

// Partial chronologies from any bytes: refused with partial_bytes_error, or read,
// and then written back to the very same bytes (the form is canonical), finished
// and written as JSON that parses.
#include "fuzz_support.hpp"

#include <annalist/formats/json_writer.hpp>
#include <annalist/formats/partial_bytes.hpp>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace annalist;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    partial_chronology part;
    try {
        part = formats::decode_partial(bytes);
    } catch (const formats::partial_bytes_error&) {
        return 0;
    }
    if (formats::encode_partial(part) != bytes) std::abort();
    const chronology whole = finish_chronology(std::move(part), fuzz::english().lang());
    std::ostringstream out;
    formats::write_chronology_json(whole, {true}, out);
    if (!nlohmann::json::accept(out.str())) std::abort();
    return 0;
}

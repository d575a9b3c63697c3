// A partial chronology as bytes, and back: how partials travel between processes
// and machines (a Dask worker's share, pickled) to be merged elsewhere. Every field
// of the model, in a fixed order, so merging and finishing decoded partials gives
// the same chronology as the originals.
#pragma once

#include <annalist/partial_chronology.hpp>

#include <stdexcept>
#include <string>
#include <string_view>

namespace annalist::formats {

class partial_bytes_error : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::string encode_partial(const partial_chronology& part);

// Throws partial_bytes_error, saying what was wrong, for bytes encode_partial did
// not make (another version, truncated, a value out of range).
partial_chronology decode_partial(std::string_view bytes);

} // namespace annalist::formats

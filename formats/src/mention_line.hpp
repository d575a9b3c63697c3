// One mention as one line of JSON, written straight into a string: the hot path
// of `annalist mentions`, where building a JSON tree per mention cost more than
// finding the mention. The same object, key for key and byte for byte, as
// nlohmann's dump of mention_json (the tests compare the two over TempEval-3).
#pragma once

#include <annalist/formats/json_writer.hpp>

#include <string>

namespace annalist::formats::detail {

void append_mention_line(const mention& m, const document& doc, const json_options& options, std::string& out);

} // namespace annalist::formats::detail

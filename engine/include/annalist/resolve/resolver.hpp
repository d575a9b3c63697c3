// Turns what the scanner read into a time value. Full dates need no reference;
// everything relative will be resolved here against a reference date.
#pragma once

#include <annalist/model/time_value.hpp>
#include <annalist/scan/date_scanner.hpp>

#include <optional>

namespace annalist {

// The day the parts name, or nullopt when no such day exists (February 30).
std::optional<time_value> resolve_full_date(const date_parts& parts);

} // namespace annalist

// The page's inline style and script, kept apart from the markup that uses them.
#pragma once

#include <string_view>

namespace annalist::formats::detail {

extern const std::string_view page_style;
extern const std::string_view page_script;

} // namespace annalist::formats::detail

// Strict reading of toml++ tables: every error names file:line:col.
#pragma once

#include <annalist/model/diagnostic.hpp>

#include <toml++/toml.h>

#include <initializer_list>
#include <string>
#include <string_view>

namespace annalist::detail {

source_position position_of(const toml::source_region& region, std::string_view file);

// Throws on the first key of `table` not in `allowed`.
void require_known_keys(const toml::table& table, std::initializer_list<std::string_view> allowed,
                        std::string_view section, std::string_view file);

// The table under `key`, or nullptr when absent; throws when it is not a table.
const toml::table* optional_table(const toml::table& parent, std::string_view key, std::string_view file);

// The string under `key` (absent: `fallback`); throws when it is not a string.
std::string string_or(const toml::table& table, std::string_view key, std::string_view fallback, std::string_view file);

// Parses TOML text, turning toml++'s parse error into a located_error.
toml::table parse_toml(std::string_view text, std::string_view file);

} // namespace annalist::detail

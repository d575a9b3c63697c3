#include "toml_checks.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace annalist::detail {

source_position position_of(const toml::source_region& region, std::string_view file) {
    return {std::string(file), region.begin.line, region.begin.column, std::nullopt};
}

void require_known_keys(const toml::table& table, std::initializer_list<std::string_view> allowed,
                        std::string_view section, std::string_view file) {
    for (const auto& [key, node] : table) {
        if (std::find(allowed.begin(), allowed.end(), key.str()) != allowed.end()) continue;
        throw located_error(position_of(key.source(), file), fmt::format("unknown key '{}' in {} (known: {})",
                                                                         key.str(), section, fmt::join(allowed, ", ")));
    }
}

const toml::table* optional_table(const toml::table& parent, std::string_view key, std::string_view file) {
    const toml::node* node = parent.get(key);
    if (node == nullptr) return nullptr;
    if (const auto* table = node->as_table()) return table;
    throw located_error(position_of(node->source(), file), fmt::format("'{}' must be a table", key));
}

std::string string_or(const toml::table& table, std::string_view key, std::string_view fallback,
                      std::string_view file) {
    const toml::node* node = table.get(key);
    if (node == nullptr) return std::string(fallback);
    if (const auto* value = node->as_string()) return value->get();
    throw located_error(position_of(node->source(), file), fmt::format("'{}' must be a string", key));
}

toml::table parse_toml(std::string_view text, std::string_view file) {
    try {
        return toml::parse(text, file);
    } catch (const toml::parse_error& e) {
        throw located_error(position_of(e.source(), file), std::string(e.description()));
    }
}

} // namespace annalist::detail

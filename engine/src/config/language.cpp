#include <annalist/config/language.hpp>

#include "toml_checks.hpp"

#include <fmt/format.h>

#include <cctype>

namespace annalist {
namespace {

using detail::position_of;

std::string lower_ascii(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

const toml::array& required_array(const toml::table& table, std::string_view key, std::string_view file) {
    const toml::node* node = table.get(key);
    if (node == nullptr) throw located_error({std::string(file), 1, 1, std::nullopt}, fmt::format("missing '{}'", key));
    if (const auto* array = node->as_array()) return *array;
    throw located_error(position_of(node->source(), file), fmt::format("'{}' must be an array", key));
}

void add_strings(const toml::array& array, std::string_view what, std::string_view file, const auto& add) {
    for (const auto& element : array) {
        const auto* text = element.as_string();
        if (text == nullptr || text->get().empty())
            throw located_error(position_of(element.source(), file), fmt::format("{} must be non-empty strings", what));
        add(lower_ascii(text->get()));
    }
}

// [{ number = N, names = [...] }, ...] into `out`, numbers within [low, high].
void read_numbered_names(const toml::table& root, std::string_view key, int low, int high, std::string_view file,
                         std::unordered_map<std::string, std::uint8_t>& out) {
    for (const auto& entry : required_array(root, key, file)) {
        const auto* table = entry.as_table();
        if (table == nullptr)
            throw located_error(position_of(entry.source(), file), fmt::format("each of '{}' must be a table", key));
        detail::require_known_keys(*table, {"number", "names"}, key, file);
        const auto number = (*table)["number"].value<std::int64_t>();
        if (!number || *number < low || *number > high)
            throw located_error(position_of(table->source(), file),
                                fmt::format("'{}' entry needs a number from {} to {}", key, low, high));
        const auto* names = (*table)["names"].as_array();
        if (names == nullptr)
            throw located_error(position_of(table->source(), file), fmt::format("'{}' entry needs 'names'", key));
        add_strings(*names, "names", file,
                    [&](std::string name) { out.emplace(std::move(name), static_cast<std::uint8_t>(*number)); });
    }
}

} // namespace

language parse_language(std::string_view toml_text, std::string_view file) {
    const toml::table root = detail::parse_toml(toml_text, file);
    detail::require_known_keys(root, {"months", "weekdays", "ordinal_suffixes", "abbreviations"}, "the lexicon", file);
    language lang;
    read_numbered_names(root, "months", 1, 12, file, lang.months);
    read_numbered_names(root, "weekdays", 0, 6, file, lang.weekdays);
    add_strings(required_array(root, "ordinal_suffixes", file), "ordinal_suffixes", file,
                [&](std::string s) { lang.ordinal_suffixes.insert(std::move(s)); });
    add_strings(required_array(root, "abbreviations", file), "abbreviations", file,
                [&](std::string s) { lang.abbreviations.insert(std::move(s)); });
    return lang;
}

} // namespace annalist

#include <annalist/config/config.hpp>

#include "toml_checks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

namespace annalist {
namespace {

using detail::position_of;

// Maps the string under `key` to one of `choices`, or throws naming the choices.
template <typename Enum, std::size_t N>
Enum choice_or(const toml::table& table, std::string_view key, Enum fallback,
               const std::pair<std::string_view, Enum> (&choices)[N], std::string_view file) {
    const toml::node* node = table.get(key);
    if (node == nullptr) return fallback;
    const auto* text = node->as_string();
    if (text != nullptr) {
        for (const auto& [name, value] : choices)
            if (name == text->get()) return value;
    }
    std::vector<std::string_view> names;
    for (const auto& choice : choices) names.push_back(choice.first);
    throw located_error(position_of(node->source(), file),
                        fmt::format("'{}' must be one of: {}", key, fmt::join(names, ", ")));
}

std::vector<std::string> string_array(const toml::table& table, std::string_view key, std::string_view file) {
    std::vector<std::string> out;
    const toml::node* node = table.get(key);
    if (node == nullptr) return out;
    const auto* array = node->as_array();
    if (array == nullptr)
        throw located_error(position_of(node->source(), file), fmt::format("'{}' must be an array of strings", key));
    for (const auto& element : *array) {
        const auto* text = element.as_string();
        if (text == nullptr)
            throw located_error(position_of(element.source(), file), fmt::format("'{}' must hold strings only", key));
        out.push_back(text->get());
    }
    return out;
}

} // namespace

namespace {

constexpr std::pair<std::string_view, resolution_mode> modes[] = {
    {"news", resolution_mode::news}, {"narrative", resolution_mode::narrative}, {"auto", resolution_mode::automatic}};

} // namespace

std::optional<resolution_mode> resolution_mode_named(std::string_view name) {
    for (const auto& [text, mode] : modes)
        if (text == name) return mode;
    return std::nullopt;
}

config parse_config(std::string_view toml_text, std::string_view file) {
    const toml::table root = detail::parse_toml(toml_text, file);
    detail::require_known_keys(root, {"plugins", "output", "resolve"}, "the top level", file);
    config result;

    if (const auto* plugins = detail::optional_table(root, "plugins", file)) {
        detail::require_known_keys(*plugins, {"search_path"}, "[plugins]", file);
        result.plugins.search_path = string_array(*plugins, "search_path", file);
    }
    if (const auto* output = detail::optional_table(root, "output", file)) {
        detail::require_known_keys(*output, {"format", "csv_profile"}, "[output]", file);
        static constexpr std::pair<std::string_view, std::string_view> formats[] = {
            {"csv", "csv"}, {"json", "json"}, {"ics", "ics"}, {"html", "html"}};
        static constexpr std::pair<std::string_view, std::string_view> profiles[] = {
            {"default", "default"}, {"timelinejs", "timelinejs"}, {"gcal", "gcal"}};
        result.output.format = std::string(choice_or(*output, "format", std::string_view("csv"), formats, file));
        result.output.csv_profile =
            std::string(choice_or(*output, "csv_profile", std::string_view("default"), profiles, file));
    }
    if (const auto* resolve = detail::optional_table(root, "resolve", file)) {
        detail::require_known_keys(*resolve, {"mode", "language", "date_order"}, "[resolve]", file);
        static constexpr std::pair<std::string_view, numeric_date_order> orders[] = {
            {"mdy", numeric_date_order::mdy}, {"dmy", numeric_date_order::dmy}, {"ymd", numeric_date_order::ymd}};
        result.resolve.mode = choice_or(*resolve, "mode", resolution_mode::automatic, modes, file);
        result.resolve.language = detail::string_or(*resolve, "language", "en", file);
        result.resolve.date_order = choice_or(*resolve, "date_order", numeric_date_order::mdy, orders, file);
    }
    return result;
}

} // namespace annalist

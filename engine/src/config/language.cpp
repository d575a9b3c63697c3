#include <annalist/config/language.hpp>

#include "toml_checks.hpp"

#include <fmt/format.h>

#include <algorithm>
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
    if (node == nullptr) throw located_error(position_of(table.source(), file), fmt::format("missing '{}'", key));
    if (const auto* array = node->as_array()) return *array;
    throw located_error(position_of(node->source(), file), fmt::format("'{}' must be an array", key));
}

void add_strings(const toml::array& array, std::string_view what, std::string_view file, auto& out) {
    for (const auto& element : array) {
        const auto* text = element.as_string();
        if (text == nullptr || text->get().empty())
            throw located_error(position_of(element.source(), file), fmt::format("{} must be non-empty strings", what));
        out.insert(lower_ascii(text->get()));
    }
}

void read_classes(const toml::table& classes, std::string_view file, language& lang) {
    for (const auto& [name, node] : classes) {
        const auto* entries = node.as_table();
        if (entries == nullptr)
            throw located_error(position_of(node.source(), file),
                                fmt::format("class '{}' must be a table", name.str()));
        const auto cls = static_cast<word_class>(lang.class_names.size());
        lang.class_names.emplace_back(name.str());
        for (const auto& [word, value] : *entries) {
            if (word.str().empty())
                throw located_error(position_of(value.source(), file),
                                    fmt::format("class {} lists an empty word", name.str()));
            std::string text;
            if (const auto* s = value.as_string())
                text = s->get();
            else if (const auto* i = value.as_integer())
                text = std::to_string(i->get());
            else
                throw located_error(
                    position_of(value.source(), file),
                    fmt::format("'{}' in class {} needs a string or integer value", word.str(), name.str()));
            lang.words[lower_ascii(std::string(word.str()))].push_back({cls, std::move(text)});
        }
    }
}

void read_holidays(const toml::array& holidays, std::string_view file, language& lang) {
    for (const auto& node : holidays) {
        const auto* table = node.as_table();
        if (table == nullptr) throw located_error(position_of(node.source(), file), "each holiday must be a table");
        detail::require_known_keys(*table, {"names", "month", "day", "weekday", "nth", "after_day", "easter_offset"},
                                   "a holiday", file);
        holiday h;
        std::unordered_set<std::string> names;
        add_strings(required_array(*table, "names", file), "holiday names", file, names);
        h.names.assign(names.begin(), names.end());
        std::sort(h.names.begin(), h.names.end());
        h.month = static_cast<unsigned>((*table)["month"].value_or(0));
        h.day = static_cast<unsigned>((*table)["day"].value_or(0));
        h.weekday = static_cast<unsigned>((*table)["weekday"].value_or(0));
        h.nth = static_cast<int>((*table)["nth"].value_or(0));
        h.after_day = static_cast<unsigned>((*table)["after_day"].value_or(0));
        if (h.after_day > 27 || (h.after_day != 0 && h.nth < 1))
            throw located_error(position_of(table->source(), file),
                                "a holiday's after_day must be 1-27 and come with a positive nth");
        if (const auto offset = (*table)["easter_offset"].value<std::int64_t>())
            h.easter_offset = static_cast<int>(*offset);
        const bool fixed = h.month >= 1 && h.month <= 12 && h.day >= 1 && h.day <= 31;
        const bool nth_weekday = h.month >= 1 && h.month <= 12 && h.weekday >= 1 && h.weekday <= 7 && h.nth != 0;
        if (!fixed && !nth_weekday && !h.easter_offset)
            throw located_error(position_of(table->source(), file),
                                "a holiday needs month and day, month, weekday and nth, or easter_offset");
        lang.holidays.push_back(std::move(h));
    }
}

} // namespace

std::optional<word_class> language::find_class(std::string_view name) const {
    const auto it = std::find(class_names.begin(), class_names.end(), name);
    if (it == class_names.end()) return std::nullopt;
    return static_cast<word_class>(it - class_names.begin());
}

const std::vector<word_meaning>* language::meanings(std::string_view folded_word) const {
    const auto it = words.find(folded_word);
    return it == words.end() ? nullptr : &it->second;
}

const std::string* language::meaning(std::string_view folded_word, word_class cls) const {
    if (const auto* all = meanings(folded_word)) {
        for (const auto& m : *all)
            if (m.cls == cls) return &m.value;
    }
    return nullptr;
}

language parse_language(std::string_view toml_text, std::string_view file) {
    const toml::table root = detail::parse_toml(toml_text, file);
    detail::require_known_keys(root,
                               {"ordinal_suffixes", "abbreviations", "future_cues", "past_cues", "function_words",
                                "range_words", "story_back_cues", "classes", "holidays"},
                               "the lexicon", file);
    language lang;
    add_strings(required_array(root, "ordinal_suffixes", file), "ordinal_suffixes", file, lang.ordinal_suffixes);
    add_strings(required_array(root, "abbreviations", file), "abbreviations", file, lang.abbreviations);
    add_strings(required_array(root, "future_cues", file), "future_cues", file, lang.future_cues);
    add_strings(required_array(root, "past_cues", file), "past_cues", file, lang.past_cues);
    for (const auto& [key, into] :
         {std::pair{"function_words", &lang.function_words}, std::pair{"range_words", &lang.range_words},
          std::pair{"story_back_cues", &lang.story_back_cues}})
        if (const auto* words = root.get(key)) {
            const auto* array = words->as_array();
            if (array == nullptr)
                throw located_error(position_of(words->source(), file), fmt::format("'{}' must be an array", key));
            add_strings(*array, key, file, *into);
        }
    const auto* classes = detail::optional_table(root, "classes", file);
    if (classes == nullptr) throw located_error(position_of(root.source(), file), "missing [classes]");
    read_classes(*classes, file, lang);
    for (const char* needed : {"MONTH", "WEEKDAY"}) {
        if (!lang.find_class(needed))
            throw located_error(position_of(classes->source(), file), fmt::format("missing class {}", needed));
    }
    if (const auto* holidays = root.get("holidays")) {
        const auto* array = holidays->as_array();
        if (array == nullptr) throw located_error(position_of(holidays->source(), file), "'holidays' must be an array");
        read_holidays(*array, file, lang);
    }
    return lang;
}

} // namespace annalist

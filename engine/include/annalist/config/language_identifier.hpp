// Which language a text is written in, told before it is read: from its most common
// function words and its letters' scripts (configs/languages/identify.toml). A text
// in a language the configured rules are not for is reported, not misread.
#pragma once

#include <annalist/config/language.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace annalist {

class language_identifier {
public:
    // Throws located_error naming source_name:line:col on a bad entry.
    static language_identifier parse(std::string_view toml_text, std::string_view source_name);

    // What the text reads as when that is not the language `configured` (a code of
    // the file's [languages]): "Portuguese", or "Cyrillic script". Nothing when it
    // reads as `configured` or too little of it tells. Reads the first 2,000 words.
    [[nodiscard]] std::optional<std::string> other_language(std::string_view text, std::string_view configured) const;

private:
    struct named_language {
        std::string code, name;
    };
    struct script {
        std::string name;
        std::vector<std::pair<char32_t, char32_t>> ranges;
    };
    std::vector<named_language> languages_;
    // word -> the languages (indexes) it is a function word of
    std::unordered_map<std::string, std::vector<std::size_t>, string_hash, std::equal_to<>> words_;
    std::vector<script> scripts_;
};

} // namespace annalist

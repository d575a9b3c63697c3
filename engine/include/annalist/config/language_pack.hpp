// One language as the engine uses it: the lexicon, the rules in file order and the
// matcher compiled from them, loaded from configs/languages/<lang>/. This is the
// loading edge: the engine itself reads no files.
#pragma once

#include <annalist/config/config.hpp>
#include <annalist/config/language.hpp>
#include <annalist/config/language_identifier.hpp>
#include <annalist/pipeline.hpp>
#include <annalist/scan/matcher.hpp>
#include <annalist/scan/rules.hpp>

#include <filesystem>
#include <memory>
#include <optional>

namespace annalist {

class language_pack {
public:
    // Reads folder/lexicon.toml, folder/rules/*.toml (in name order) and, when there,
    // folder/../identify.toml (language_identifier.hpp). Throws
    // located_error for a bad file and std::runtime_error for a missing one.
    static std::unique_ptr<const language_pack> load(const std::filesystem::path& folder, const std::string& code);

    [[nodiscard]] const language& lang() const { return lang_; }
    [[nodiscard]] const rule_set& rules() const { return rules_; }
    [[nodiscard]] engine_context engine(resolution_mode mode = resolution_mode::news,
                                        numeric_date_order order = numeric_date_order::mdy) const {
        engine_context context{lang_, *matcher_, mode, order};
        context.identifier = identifier_ ? &*identifier_ : nullptr;
        return context;
    }

private:
    language_pack() = default;
    language lang_;
    rule_set rules_;
    std::unique_ptr<matcher> matcher_;              // refers to lang_ and rules_: the pack never moves
    std::optional<language_identifier> identifier_; // from ../identify.toml, when there
};

} // namespace annalist

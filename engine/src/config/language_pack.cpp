#include <annalist/config/language_pack.hpp>

#include <fmt/format.h>
#include <fmt/std.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace annalist {
namespace {

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error(fmt::format("{}: cannot read", file.string()));
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return std::move(bytes).str();
}

} // namespace

std::unique_ptr<const language_pack> language_pack::load(const std::filesystem::path& folder, const std::string& code) {
    std::unique_ptr<language_pack> pack(new language_pack());
    const auto lexicon = folder / "lexicon.toml";
    pack->lang_ = parse_language(read_file(lexicon), lexicon.string());
    pack->lang_.code = code;

    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder / "rules", error))
        if (entry.path().extension() == ".toml") files.push_back(entry.path());
    if (files.empty())
        throw std::runtime_error(fmt::format("{}: no rules (*.toml) found", (folder / "rules").string()));
    std::sort(files.begin(), files.end());
    for (const auto& file : files) parse_rules(read_file(file), file.string(), pack->lang_, pack->rules_);
    pack->matcher_ = std::make_unique<matcher>(pack->rules_, pack->lang_);
    if (const auto identify = folder.parent_path() / "identify.toml"; std::filesystem::exists(identify))
        pack->identifier_ = language_identifier::parse(read_file(identify), identify.string());
    return pack;
}

} // namespace annalist

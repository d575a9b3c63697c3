#include <annalist/config/language_identifier.hpp>

#include "toml_checks.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace annalist {
namespace {

using detail::position_of;

constexpr std::size_t words_read = 2000;
// Another language is told when its function words are at least this many and
// three times the configured language's: a quoted phrase or a name is not enough.
constexpr std::size_t fewest_telling_words = 8;
constexpr std::size_t telling_ratio = 3;
// The configured language's function words this many, three times any other's: the
// text is plainly in it, and reading stops.
constexpr std::size_t plainly_own_words = 25;
// Another script is told when its letters outnumber Latin letters and are this many.
constexpr std::size_t fewest_telling_letters = 50;

// The next code point of UTF-8 text at `at`, advancing `at`; a byte that starts no
// valid sequence is read as itself (the readers hand over UTF-8, so this is rare).
char32_t next_code_point(std::string_view text, std::size_t& at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    std::size_t length = lead < 0x80           ? 1
                         : (lead >> 5) == 0x6  ? 2
                         : (lead >> 4) == 0xE  ? 3
                         : (lead >> 3) == 0x1E ? 4
                                               : 1;
    if (at + length > text.size()) length = 1;
    char32_t c = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80) {
            length = 1;
            c = lead;
            break;
        }
        c = (c << 6) | (byte(at + i) & 0x3F);
    }
    at += length;
    return c;
}

bool is_latin_letter(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

// Lower case for the letters function words use: ASCII and Latin-1's.
char32_t lower(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ? c + 32 : c; }

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

} // namespace

language_identifier language_identifier::parse(std::string_view toml_text, std::string_view source_name) {
    const toml::table root = detail::parse_toml(toml_text, source_name);
    detail::require_known_keys(root, {"languages", "scripts"}, "the file", source_name);
    language_identifier id;
    if (const toml::table* languages = detail::optional_table(root, "languages", source_name))
        for (const auto& [code, node] : *languages) {
            const toml::table* entry = node.as_table();
            if (entry == nullptr)
                throw located_error(position_of(node.source(), source_name),
                                    fmt::format("languages.{} must be a table", code.str()));
            detail::require_known_keys(*entry, {"name", "words"}, fmt::format("languages.{}", code.str()), source_name);
            const std::size_t index = id.languages_.size();
            id.languages_.push_back(
                {std::string(code.str()), detail::string_or(*entry, "name", code.str(), source_name)});
            const toml::array* words = (*entry)["words"].as_array();
            if (words == nullptr)
                throw located_error(position_of(entry->source(), source_name),
                                    fmt::format("languages.{} needs an array 'words'", code.str()));
            for (const auto& word : *words) {
                const auto* text = word.as_string();
                if (text == nullptr || text->get().empty())
                    throw located_error(position_of(word.source(), source_name), "words must be non-empty strings");
                id.words_[text->get()].push_back(index);
            }
        }
    if (const toml::table* scripts = detail::optional_table(root, "scripts", source_name))
        for (const auto& [name, node] : *scripts) {
            script s{std::string(name.str()), {}};
            const toml::array* ranges = node.as_array();
            if (ranges != nullptr)
                for (const auto& range : *ranges) {
                    const toml::array* pair = range.as_array();
                    if (pair == nullptr || pair->size() != 2 || !(*pair)[0].is_integer() || !(*pair)[1].is_integer())
                        throw located_error(position_of(range.source(), source_name),
                                            "a script's range is [first, last] code points");
                    s.ranges.emplace_back(static_cast<char32_t>((*pair)[0].as_integer()->get()),
                                          static_cast<char32_t>((*pair)[1].as_integer()->get()));
                }
            if (s.ranges.empty())
                throw located_error(position_of(node.source(), source_name),
                                    fmt::format("scripts.{} needs ranges [[first, last], ...]", s.name));
            id.scripts_.push_back(std::move(s));
        }
    return id;
}

std::optional<std::string> language_identifier::other_language(std::string_view text,
                                                               std::string_view configured) const {
    const auto own_at = std::find_if(languages_.begin(), languages_.end(),
                                     [&](const named_language& l) { return l.code == configured; });
    const std::size_t own = static_cast<std::size_t>(own_at - languages_.begin()); // size(): not listed
    std::vector<std::size_t> hits(languages_.size(), 0);
    std::vector<std::size_t> script_letters(scripts_.size(), 0);
    std::size_t latin_letters = 0, words = 0, most_other_hits = 0;
    std::string word;
    const auto end_word = [&] {
        if (word.empty()) return;
        ++words;
        if (const auto found = words_.find(word); found != words_.end())
            for (const std::size_t language : found->second)
                if (++hits[language] > most_other_hits && language != own) most_other_hits = hits[language];
        word.clear();
    };
    for (std::size_t at = 0; at < text.size() && words < words_read;) {
        // Plainly the configured language already: most texts stop here, early.
        if (own < hits.size() && hits[own] >= plainly_own_words && hits[own] >= telling_ratio * most_other_hits &&
            latin_letters > fewest_telling_letters)
            return std::nullopt;
        const unsigned char byte = static_cast<unsigned char>(text[at]);
        if (byte < 0x80) { // ASCII: a letter, or a word's end
            ++at;
            if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z')) {
                ++latin_letters;
                word.push_back(static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte));
            } else if (byte != '\'') {
                end_word();
            }
            continue;
        }
        const char32_t c = next_code_point(text, at);
        if (is_latin_letter(c)) {
            ++latin_letters;
            append_utf8(word, lower(c));
            continue;
        }
        bool in_script = false;
        for (std::size_t s = 0; s < scripts_.size() && !in_script; ++s)
            for (const auto& [first, last] : scripts_[s].ranges)
                if (c >= first && c <= last) {
                    ++script_letters[s];
                    in_script = true;
                    break;
                }
        if (in_script) {
            ++words; // counted as reading, not as any language's function word
            word.clear();
            continue;
        }
        if (c == 0x2019) continue; // inside "l’homme", "don’t": no word break for the count
        end_word();
    }
    end_word();
    const auto most_script = std::max_element(script_letters.begin(), script_letters.end());
    if (most_script != script_letters.end() && *most_script >= fewest_telling_letters && *most_script > latin_letters)
        return scripts_[static_cast<std::size_t>(most_script - script_letters.begin())].name + " script";
    if (own == languages_.size()) return std::nullopt; // nothing to compare with
    std::size_t best = languages_.size();
    for (std::size_t l = 0; l < languages_.size(); ++l)
        if (l != own && (best == languages_.size() || hits[l] > hits[best])) best = l;
    if (best == languages_.size() || hits[best] < fewest_telling_words || hits[best] < telling_ratio * hits[own])
        return std::nullopt;
    return languages_[best].name;
}

} // namespace annalist

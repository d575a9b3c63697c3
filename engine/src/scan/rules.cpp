#include <annalist/scan/rules.hpp>

#include <annalist/model/diagnostic.hpp>
#include <annalist/model/iso_date.hpp>
#include <annalist/scan/tokenizer.hpp>

#include "../config/toml_checks.hpp"

#include <fmt/format.h>

#include <array>
#include <map>
#include <utility>

namespace annalist {
namespace {

using detail::position_of;

constexpr std::array<std::pair<std::string_view, rule_kind>, 20> kind_names{{
    {"date", rule_kind::date},
    {"numeric_date", rule_kind::numeric_date},
    {"day_word", rule_kind::day_word},
    {"named", rule_kind::named},
    {"offset", rule_kind::offset},
    {"duration", rule_kind::duration},
    {"set", rule_kind::set},
    {"ref", rule_kind::ref},
    {"quarter", rule_kind::quarter},
    {"half", rule_kind::half},
    {"season", rule_kind::season},
    {"decade", rule_kind::decade},
    {"century", rule_kind::century},
    {"time", rule_kind::time},
    {"part_of_day", rule_kind::part_of_day},
    {"holiday", rule_kind::holiday},
    {"modified", rule_kind::modified},
    {"anaphoric", rule_kind::anaphoric},
    {"range_end", rule_kind::range_end},
    {"nth_weekday", rule_kind::nth_weekday},
}};

constexpr std::array<std::pair<std::string_view, builtin_class>, 10> builtin_names{{
    {"NUM", builtin_class::num},
    {"YEAR", builtin_class::year},
    {"DAY", builtin_class::day},
    {"MONTHNUM", builtin_class::month_num},
    {"ORDNUM", builtin_class::ordinal_num},
    {"CLOCK", builtin_class::clock},
    {"MERIDIEM", builtin_class::meridiem},
    {"HOLIDAY", builtin_class::holiday},
    {"DECADE", builtin_class::decade},
    {"WORD", builtin_class::word},
}};

bool is_class_name(std::string_view s) {
    if (s.empty()) return false;
    for (const char c : s)
        if (!((c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9'))) return false;
    return true;
}

// Reads one pattern; `where` locates errors.
class pattern_parser {
public:
    pattern_parser(const language& lang, source_position where) : lang_(lang), where_(std::move(where)) {}

    std::vector<pattern_element> parse(std::string_view pattern, bool& wrapper) {
        std::vector<pattern_element> elements;
        std::size_t start = 0;
        while (start < pattern.size()) {
            const std::size_t end = std::min(pattern.find(' ', start), pattern.size());
            if (end > start) elements.push_back(element(pattern.substr(start, end - start), wrapper));
            start = end + 1;
        }
        if (elements.empty()) fail("the pattern is empty");
        check_context_at_edges(elements);
        return elements;
    }

private:
    [[noreturn]] void fail(const std::string& message) const { throw located_error(where_, message); }

    pattern_element element(std::string_view text, bool& wrapper) {
        pattern_element e;
        if (text.size() > 2 && text.front() == '[' && text.back() == ']') {
            e.context = true;
            text = text.substr(1, text.size() - 2);
            if (text.size() > 1 && text.front() == '!') {
                e.negated = true;
                text.remove_prefix(1);
            }
        }
        if (text.size() > 1 && text.back() == '?') {
            e.optional = true;
            text.remove_suffix(1);
        }
        if (text.size() > 1 && text.back() == '^') {
            e.capitalized = true;
            text.remove_suffix(1);
        } else if (text.size() > 1 && text.back() == '~') {
            e.lower_case = true;
            text.remove_suffix(1);
        }
        if (e.context && e.optional) fail(fmt::format("context element '{}' cannot be optional", text));
        if (text.size() > 2 && text.front() == '(' && text.back() == ')') {
            text = text.substr(1, text.size() - 2);
            std::size_t start = 0;
            while (start <= text.size()) {
                const std::size_t end = std::min(text.find('|', start), text.size());
                e.alternatives.push_back(alternative(text.substr(start, end - start), wrapper));
                start = end + 1;
            }
        } else {
            e.alternatives.push_back(alternative(text, wrapper));
        }
        return e;
    }

    pattern_alternative alternative(std::string_view text, bool& wrapper) {
        pattern_alternative a;
        if (text.empty()) fail("empty alternative in the pattern");
        if (text == "<expr>") {
            a.what = pattern_alternative::type::builtin;
            a.builtin = builtin_class::expression;
            a.capture = "EXPR";
            wrapper = true;
            return a;
        }
        if (is_class_name(text)) {
            for (const auto& [name, builtin] : builtin_names) {
                if (name == text) {
                    a.what = pattern_alternative::type::builtin;
                    a.builtin = builtin;
                    a.capture = capture_name(text);
                    return a;
                }
            }
            const auto cls = lang_.find_class(text);
            if (!cls) fail(fmt::format("unknown class '{}' (not in the lexicon, not built in)", text));
            a.what = pattern_alternative::type::word_class;
            a.cls = *cls;
            a.capture = capture_name(text);
            return a;
        }
        const auto tokens = folded_tokens(text);
        if (tokens.size() != 1)
            fail(fmt::format("'{}' is {} tokens; write each word or mark as its own element", text, tokens.size()));
        a.literal = tokens[0];
        return a;
    }

    // YEAR, then YEAR2 for a second YEAR in the same pattern.
    std::string capture_name(std::string_view name) {
        const int n = ++seen_[std::string(name)];
        return n == 1 ? std::string(name) : fmt::format("{}{}", name, n);
    }

    void check_context_at_edges(const std::vector<pattern_element>& elements) const {
        std::size_t first = 0, last = elements.size();
        while (first < last && elements[first].context) ++first;
        while (last > first && elements[last - 1].context) --last;
        if (first == last) fail("the pattern has only context elements");
        for (std::size_t i = first; i < last; ++i)
            if (elements[i].context) fail("context elements [...] may only stand at the start or the end");
    }

    const language& lang_;
    source_position where_;
    std::map<std::string, int> seen_;
};

std::optional<int> optional_int(const toml::table& table, std::string_view key, std::string_view file) {
    const toml::node* node = table.get(key);
    if (node == nullptr) return std::nullopt;
    if (const auto* value = node->as_integer()) return static_cast<int>(value->get());
    throw located_error(position_of(node->source(), file), fmt::format("'{}' must be an integer", key));
}

void read_examples(const toml::table& table, std::string_view file, rule& r) {
    const toml::node* node = table.get("examples");
    if (node == nullptr)
        throw located_error(position_of(table.source(), file), fmt::format("rule '{}' has no examples", r.id));
    const auto* array = node->as_array();
    if (array == nullptr || array->empty())
        throw located_error(position_of(node->source(), file), "'examples' must be a non-empty array");
    for (const auto& example : *array) {
        const auto* pair = example.as_array();
        if (pair == nullptr || pair->size() != 2 || !pair->get(0)->is_string() || !pair->get(1)->is_string())
            throw located_error(position_of(example.source(), file),
                                "each example is [\"text\", \"expected TIMEX3 value\"]");
        r.examples.push_back({pair->get(0)->as_string()->get(), pair->get(1)->as_string()->get()});
    }
}

} // namespace

std::optional<rule_kind> rule_kind_from(std::string_view name) {
    for (const auto& [text, kind] : kind_names)
        if (text == name) return kind;
    return std::nullopt;
}

std::string_view to_string(rule_kind kind) {
    for (const auto& [text, k] : kind_names)
        if (k == kind) return text;
    return "?";
}

void parse_rules(std::string_view toml_text, std::string_view file, const language& lang, rule_set& out) {
    const toml::table root = detail::parse_toml(toml_text, file);
    detail::require_known_keys(root, {"example_ref", "rule"}, "a rules file", file);
    const std::string ref_text = detail::string_or(root, "example_ref", "", file);
    const auto example_ref = parse_iso_date(ref_text);
    if (!example_ref || ref_text.size() != 10)
        throw located_error(position_of(root.source(), file), "a rules file needs example_ref = \"YYYY-MM-DD\"");
    const auto* rules = root.get("rule") == nullptr ? nullptr : root.get("rule")->as_array();
    if (rules == nullptr) throw located_error(position_of(root.source(), file), "a rules file needs [[rule]] tables");

    for (const auto& node : *rules) {
        const auto* table = node.as_table();
        if (table == nullptr) throw located_error(position_of(node.source(), file), "each rule must be a table");
        detail::require_known_keys(*table,
                                   {"id", "pattern", "kind", "direction", "offset", "unit", "value", "hour", "mod",
                                    "anchor", "tense", "era", "and_a_half", "examples"},
                                   "a rule", file);
        rule r;
        r.file = std::string(file);
        r.line = table->source().begin.line;
        r.example_ref = *example_ref;
        r.id = detail::string_or(*table, "id", "", file);
        if (r.id.empty()) throw located_error(position_of(table->source(), file), "a rule needs an id");
        const std::string kind = detail::string_or(*table, "kind", "", file);
        const auto parsed_kind = rule_kind_from(kind);
        if (!parsed_kind)
            throw located_error(position_of(table->source(), file),
                                fmt::format("rule '{}': unknown kind '{}'", r.id, kind));
        r.kind = *parsed_kind;
        const toml::node* pattern = table->get("pattern");
        if (pattern == nullptr || !pattern->is_string())
            throw located_error(position_of(table->source(), file), fmt::format("rule '{}' needs a pattern", r.id));
        pattern_parser parser(lang, position_of(pattern->source(), file));
        r.pattern = parser.parse(pattern->as_string()->get(), r.wrapper);
        r.direction = optional_int(*table, "direction", file);
        r.offset = optional_int(*table, "offset", file);
        r.hour = optional_int(*table, "hour", file);
        r.unit = detail::string_or(*table, "unit", "", file);
        r.value = detail::string_or(*table, "value", "", file);
        r.mod = detail::string_or(*table, "mod", "", file);
        r.tense = optional_int(*table, "tense", file);
        r.era = optional_int(*table, "era", file);
        if (const toml::node* half = table->get("and_a_half")) {
            if (!half->is_boolean())
                throw located_error(position_of(half->source(), file), "and_a_half must be true or false");
            r.and_a_half = half->as_boolean()->get();
        }
        const std::string anchor = detail::string_or(*table, "anchor", "", file);
        if (!anchor.empty() && anchor != "previous" && anchor != "publication")
            throw located_error(position_of(table->source(), file),
                                "anchor can only be \"previous\" or \"publication\"");
        r.from_last_date = anchor == "previous";
        r.from_publication = anchor == "publication";
        read_examples(*table, file, r);
        out.rules.push_back(std::move(r));
    }
}

} // namespace annalist

// The rules compiled for one pass over the tokens. At start-up every word the rules
// read gets an entry in a word index, and each entry (with its case; a number with
// its count of digits) a plan: the rules its token can start, with only what the text
// around it must still decide (the next token, the leading context). At each token
// only those rules are tried, and the text is never re-scanned once per rule.
#pragma once

#include <annalist/config/language.hpp>
#include <annalist/scan/required_words.hpp>
#include <annalist/scan/rules.hpp>
#include <annalist/scan/tokenizer.hpp>
#include <annalist/scan/word_index.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace annalist {

struct capture {
    std::string_view name; // the class or built-in it came from: "MONTH", "YEAR2" (the rule's own text)
    std::string value;     // the lexicon value, or the digits
    std::size_t first_token = 0;
};

struct rule_match {
    const rule* matched_rule = nullptr;
    std::size_t first_token = 0; // the mention's tokens, [first_token, end_token)
    std::size_t end_token = 0;
    std::vector<capture> captures;
    std::vector<rule_match> inner; // the <expr> of a wrapper rule

    // The captured value named `name`, or nullptr.
    [[nodiscard]] const std::string* get(std::string_view name) const;
};

// What one match attempt has read so far: its captures and inner matches.
struct match_path {
    std::vector<capture> captures;
    std::vector<rule_match> inner;
};

// The matches found at one token (matcher::candidates_at), with the storage matching
// reuses from one token to the next: a scanner keeps one list for all its tokens, and
// matching then allocates next to nothing.
class candidate_list {
public:
    [[nodiscard]] std::size_t size() const { return count_; }
    [[nodiscard]] bool empty() const { return count_ == 0; }
    [[nodiscard]] const rule_match& operator[](std::size_t i) const { return found_[i]; }
    [[nodiscard]] const rule_match& front() const { return found_.front(); }
    [[nodiscard]] const rule_match* begin() const { return found_.data(); }
    [[nodiscard]] const rule_match* end() const { return found_.data() + count_; }

private:
    friend class matcher;
    std::vector<rule_match> found_; // the first count_ are the matches; the others keep their storage
    std::size_t count_ = 0;
    match_path path_;
};

class matcher {
public:
    matcher(const rule_set& rules, const language& lang);

    // Every rule that matches with its mention starting at token `at`, each with its
    // longest match, ordered longest first, then by rule priority. The tokens must
    // have been assigned with this matcher's words().
    void candidates_at(const token_list& tokens, std::size_t at, candidate_list& out) const;
    // The same in a vector of their own.
    [[nodiscard]] std::vector<rule_match> candidates_at(const token_list& tokens, std::size_t at) const;

    // Whether any rule may start at token `at`; false for most tokens, and known from
    // the token's entry and kind alone, so callers skip candidates_at for them.
    // The tokens of a list assigned with words() list those in token_list::rule_starts().
    [[nodiscard]] bool may_start_at(const token_list& tokens, std::size_t at) const {
        const token& t = tokens[at];
        const std::uint16_t starts = t.entry == nullptr ? words_.unlisted_starts() : t.entry->starts;
        return ((starts >> t.shape) & 1U) != 0;
    }

    [[nodiscard]] const rule_set& rules() const { return rules_; }
    // Every word the rules read: tokenize with it (token_list::assign).
    [[nodiscard]] const word_index& words() const { return words_; }

private:
    struct attempt;
    // What the token after a rule's first element must be, when that can be known from
    // the pattern alone: most rules fail there, and checking it first is cheap.
    struct follow_filter {
        bool active = false;
        std::vector<std::string> words;
        std::vector<word_class> classes;
        bool number = false;
        std::vector<std::string> only_after; // the optional first word it applies after
        bool suffixed_first = false;         // the first element is DAY or ORDNUM: "19th" is two tokens
        // Compiled against the word index: by entry id, listed_word and/or of_listed_class
        // (and 0 after the last id, for a token with no entry).
        std::vector<std::uint8_t> next;
        std::vector<std::uint32_t> only_after_ids;
    };
    static constexpr std::uint8_t listed_word = 1, of_listed_class = 2;
    // The token after a rule's first element as the follow filters read it, worked out
    // once for all the filters of a plan that read the same token.
    struct following_token {
        bool number = false;
        std::size_t slot = 0;  // in follow_filter::next: its entry's id, or the slot for none
        std::uint8_t keys = 0; // listed_word, with of_listed_class for a word with meanings
    };
    // What a rule needs at and before the token it starts at, checked before matching.
    struct rule_gate {
        std::size_t leading = 0;                      // leading context elements; the first content element follows
        std::vector<std::size_t> firsts;              // the elements the token must match one of (empty: any token)
        std::vector<std::vector<bool>> leading_words; // per leading element of literals only, by entry id
        required_words required;                      // words the rest of the rule must find within reach
    };
    bool follow_keys(const std::vector<pattern_element>& pattern, std::size_t from, follow_filter& filter) const;
    [[nodiscard]] bool could_match(const pattern_alternative& alt, const token_list& tokens, std::size_t at) const;
    [[nodiscard]] bool has_ordinal_suffix(const token_list& tokens, std::size_t at) const;
    [[nodiscard]] std::size_t holiday_name_at(const token_list& tokens, std::size_t at) const;
    void build_filter(std::size_t rule_index);
    [[nodiscard]] bool may_be_next(const std::vector<pattern_element>& pattern, std::size_t f) const;
    [[nodiscard]] bool builtin_may_start_with(builtin_class builtin, std::string_view word) const;
    void index_words();
    void build_gate(std::size_t rule_index, const element_reach& reach);
    // A rule to try at a token, with the checks that still depend on the text there.
    struct planned_rule {
        std::uint32_t rule = 0;
        const follow_filter* filter = nullptr; // the token after the first element must pass it
        // When the token itself decides: the first elements' alternatives it may match.
        std::vector<const pattern_alternative*> first_alternatives;
        bool check_context = false; // the leading context must be checked
    };
    // The rules to try at one kind of token; the filters of those that filter the next
    // token, joined, reject most tokens in one look.
    // For a plan's filtered rules (64 at most), bit k says whether filtered[k] accepts the
    // token after its first element, by its entry id as a listed word or as a word of a
    // listed class, or as a number. One look then names the rules to try. Plans with the
    // same filtered rules (a word's cases, a number's lengths) share one.
    struct follow_masks {
        std::vector<std::uint64_t> accepts_word, accepts_class;
        std::uint64_t accepts_number = 0;
        std::uint64_t suffixed_first = 0; // the rules whose next token is after a first "19th"'s suffix
    };
    struct plan_list {
        std::vector<planned_rule> filtered, unfiltered; // each in rule order
        follow_filter any_follows;                      // active: the joined filter
        std::shared_ptr<const follow_masks> masks;      // when set, instead of the filters
        [[nodiscard]] bool empty() const { return filtered.empty() && unfiltered.empty(); }
    };
    using mask_cache = std::map<std::vector<const follow_filter*>, std::shared_ptr<const follow_masks>>;
    void use_masks(plan_list& list, mask_cache& cache) const;
    [[nodiscard]] std::uint64_t accepting(const follow_masks& masks, const token_list& tokens, std::size_t at) const;
    [[nodiscard]] static std::uint64_t accepting_token(const follow_masks& masks, const token_list& tokens,
                                                       std::size_t next);
    enum class fit { yes, depends, no }; // ordered: the best of several is the least
    [[nodiscard]] fit static_fit(const pattern_alternative& alt, const word_entry* e, token_kind kind,
                                 std::size_t digits) const;
    [[nodiscard]] plan_list plan(const word_entry* e, token_kind kind, bool capitalized, std::size_t digits) const;
    [[nodiscard]] const plan_list& plan_for(const token& t) const;
    [[nodiscard]] bool passes_gates(const planned_rule& p, const token_list& tokens, std::size_t at) const;
    template <class Try> void for_each_fitting(const token_list& tokens, std::size_t at, Try&& try_rule) const;
    // Matches into `out`, its path kept in `path`; `out` is only meaningful when true.
    bool match_content(const rule& r, const rule_gate& gate, const token_list& tokens, std::size_t at, rule_match& out,
                       match_path& path) const;
    [[nodiscard]] bool context_holds(const rule_gate& gate, const rule& r, const token_list& tokens,
                                     std::size_t at) const;
    void compile_filter(follow_filter& filter) const;
    [[nodiscard]] std::vector<std::size_t> merged_starts(std::string_view word, token_kind kind,
                                                         const std::vector<word_meaning>* meanings) const;
    [[nodiscard]] follow_filter filter_after(const std::vector<pattern_element>& pattern, std::size_t f) const;
    [[nodiscard]] following_token following(bool suffixed_first, const token_list& tokens, std::size_t at) const;
    static bool fits(const follow_filter& filter, const following_token& next) {
        return (filter.number && next.number) || (filter.next[next.slot] & next.keys) != 0;
    }
    void index_rule(std::size_t rule_index);
    void index_builtin(builtin_class builtin, std::size_t rule_index);
    void match_from(attempt& a, std::size_t element, std::size_t token) const;
    std::size_t match_alternative(const pattern_alternative& alt, const pattern_element& element,
                                  const token_list& tokens, std::size_t at, std::string& value,
                                  std::vector<rule_match>& inner) const;
    static const std::string* meaning_of(const token_list& tokens, std::size_t at, word_class cls);
    std::size_t compound_number(word_class cls, const token_list& tokens, std::size_t at, std::string& value) const;
    std::size_t match_builtin(builtin_class builtin, const token_list& tokens, std::size_t at, std::string& value,
                              std::vector<rule_match>& inner) const;

    const rule_set& rules_;
    const language& lang_;
    word_index words_;
    std::unordered_map<std::string, std::vector<std::size_t>, string_hash, std::equal_to<>> by_word_;
    std::vector<std::vector<std::size_t>> by_class_;
    std::vector<std::size_t> by_number_;    // first element is a built-in that starts with a number
    std::vector<std::size_t> by_any_token_; // first element can be any word: tried everywhere
    std::vector<std::pair<std::vector<std::string>, std::size_t>> holiday_names_; // folded tokens, holiday index
    std::vector<std::vector<std::size_t>> holidays_by_first_; // by word entry id: indices in holiday_names_
    std::vector<std::vector<std::uint32_t>> holiday_ids_;     // by index in holiday_names_: its words' entry ids
    std::vector<follow_filter> filters_;                      // one per rule
    std::vector<follow_filter> absent_filters_;               // one per rule: when its optional first word is absent
    // By word entry id: when every holiday name it starts has more words, their second
    // words (active only then). A rule that starts with a holiday reads them next.
    std::vector<follow_filter> holiday_followers_;
    std::vector<rule_gate> gates_; // one per rule
    // By word entry id + 1 (0: a token not in the index), then by token_shape.
    std::vector<std::array<plan_list, token_shape::count>> plans_;
    std::vector<bool> tens_; // by word entry id: a number word 20, 30... 90 ("twenty-four")
};

} // namespace annalist

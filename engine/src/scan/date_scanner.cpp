#include <annalist/scan/date_scanner.hpp>

#include <annalist/scan/tokenizer.hpp>

#include <cctype>
#include <charconv>
#include <optional>

namespace annalist {
namespace {

// Reads tokens against the text, one pattern step at a time.
class cursor {
public:
    cursor(std::string_view text, const std::vector<token>& tokens, std::size_t at)
        : text_(text), tokens_(&tokens), at_(at) {}

    [[nodiscard]] std::size_t position() const { return at_; }
    [[nodiscard]] bool done() const { return at_ >= tokens_->size(); }
    [[nodiscard]] std::string_view text_of(std::size_t i) const {
        return text_.substr((*tokens_)[i].begin, (*tokens_)[i].end - (*tokens_)[i].begin);
    }
    [[nodiscard]] std::size_t end_byte() const { return (*tokens_)[at_ - 1].end; }

    bool punct(char c) {
        if (done() || (*tokens_)[at_].kind != token_kind::punct || text_of(at_)[0] != c) return false;
        ++at_;
        return true;
    }
    // A punctuation mark glued to the previous token, like the dot of "Oct.".
    bool glued_punct(char c) {
        if (done() || (*tokens_)[at_].space_before) return false;
        return punct(c);
    }
    std::optional<unsigned> number(std::size_t min_digits, std::size_t max_digits) {
        if (done() || (*tokens_)[at_].kind != token_kind::number) return std::nullopt;
        const auto digits = text_of(at_);
        if (digits.size() < min_digits || digits.size() > max_digits) return std::nullopt;
        unsigned value = 0;
        std::from_chars(digits.data(), digits.data() + digits.size(), value);
        ++at_;
        return value;
    }
    std::optional<std::string> word() {
        if (done() || (*tokens_)[at_].kind != token_kind::word) return std::nullopt;
        std::string lower(text_of(at_));
        for (char& c : lower)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        ++at_;
        return lower;
    }
    bool word_is(std::string_view expected) {
        auto probe = *this;
        if (const auto w = probe.word(); !w || *w != expected) return false;
        *this = probe;
        return true;
    }

private:
    std::string_view text_;
    const std::vector<token>* tokens_;
    std::size_t at_;
};

// A month name or abbreviation, with the abbreviation's optional dot.
std::optional<unsigned> month(cursor& c, const language& lang) {
    auto probe = c;
    const auto w = probe.word();
    if (!w) return std::nullopt;
    const auto it = lang.months.find(*w);
    if (it == lang.months.end()) return std::nullopt;
    probe.glued_punct('.');
    c = probe;
    return it->second;
}

// "19", "19th"
std::optional<unsigned> day_of_month(cursor& c, const language& lang) {
    auto probe = c;
    const auto day = probe.number(1, 2);
    if (!day || *day == 0 || *day > 31) return std::nullopt;
    auto with_suffix = probe;
    if (const auto w = with_suffix.word(); w && lang.ordinal_suffixes.contains(*w)) probe = with_suffix;
    c = probe;
    return day;
}

std::optional<int> year(cursor& c) {
    const auto y = c.number(4, 4);
    if (!y) return std::nullopt;
    return static_cast<int>(*y);
}

// The number must stand alone: "2024" but not the "2024" of "2024-1" or "12024".
bool ends_cleanly(const cursor& c, std::string_view text) {
    const std::size_t end = c.end_byte();
    if (end >= text.size()) return true;
    const char next = text[end];
    return !(next >= '0' && next <= '9') &&
           !(next == '-' && end + 1 < text.size() && text[end + 1] >= '0' && text[end + 1] <= '9');
}

// June 19, 2024 / Oct. 31 2024 / June 19th, 2024
std::optional<date_parts> month_day_year(cursor& c, const language& lang) {
    const auto m = month(c, lang);
    if (!m) return std::nullopt;
    const auto d = day_of_month(c, lang);
    if (!d) return std::nullopt;
    c.punct(',');
    const auto y = year(c);
    if (!y) return std::nullopt;
    return date_parts{*y, *m, *d};
}

// 19 June 2024 / the 19th of June, 2024
std::optional<date_parts> day_month_year(cursor& c, const language& lang) {
    const auto d = day_of_month(c, lang);
    if (!d) return std::nullopt;
    c.word_is("of");
    const auto m = month(c, lang);
    if (!m) return std::nullopt;
    c.punct(',');
    const auto y = year(c);
    if (!y) return std::nullopt;
    return date_parts{*y, *m, *d};
}

// 2024-06-19
std::optional<date_parts> iso_date(cursor& c) {
    const auto y = c.number(4, 4);
    if (!y || !c.glued_punct('-')) return std::nullopt;
    const auto m = c.number(2, 2);
    if (!m || !c.glued_punct('-')) return std::nullopt;
    const auto d = c.number(2, 2);
    if (!d) return std::nullopt;
    return date_parts{static_cast<int>(*y), *m, *d};
}

bool starts_cleanly(const std::vector<token>& tokens, std::size_t i, std::string_view text) {
    // Not the tail of a longer number or code: "ID 12-2024-06-19", "v2024-06-19".
    if (i == 0 || tokens[i].space_before) return true;
    const auto before = static_cast<unsigned char>(text[tokens[i].begin - 1]);
    return before != '-' && before != '/' && before != '.' && !std::isalnum(before);
}

} // namespace

std::vector<date_match> scan_dates(std::string_view text, const language& lang) {
    const std::vector<token> tokens = tokenize(text);
    std::vector<date_match> found;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!starts_cleanly(tokens, i, text)) continue;
        struct attempt {
            const char* rule;
            std::optional<date_parts> (*match)(cursor&, const language&);
        };
        static constexpr attempt attempts[] = {
            {"month_day_year", &month_day_year},
            {"day_month_year", &day_month_year},
            {"iso_date", [](cursor& c, const language&) { return iso_date(c); }},
        };
        for (const auto& [rule, match] : attempts) {
            cursor c(text, tokens, i);
            const auto parts = match(c, lang);
            if (!parts || !ends_cleanly(c, text)) continue;
            found.push_back({tokens[i].begin, c.end_byte(), *parts, rule});
            i = c.position() - 1;
            break;
        }
    }
    return found;
}

} // namespace annalist

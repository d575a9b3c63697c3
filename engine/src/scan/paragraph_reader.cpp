#include "paragraph_reader.hpp"

#include <annalist/resolve/tense.hpp>

#include <algorithm>
#include <fmt/format.h>

namespace annalist {
namespace {

bool is_full_date_attempt(const rule_match& m) {
    return m.matched_rule->kind == rule_kind::date && m.get("YEAR") != nullptr && m.get("DAY") != nullptr &&
           (m.get("MONTH") != nullptr || m.get("MONTHNUM") != nullptr);
}

// Whether a dated value lies within the years -9999 to 9999, which every writer
// can show and no calendar arithmetic overflows; an undated one always does.
bool in_dated_years(const time_value& v) {
    if (!v.dated) return true;
    static const auto first = date::sys_days(date::year{-9999} / 1 / 1);
    static const auto last = date::sys_days(date::year{10000} / 1 / 1);
    return v.begin >= first && v.end <= last && v.begin <= v.end;
}

} // namespace

paragraph_reader::paragraph_reader(const document& doc, const engine_context& context)
    : doc_(doc), context_(context), positions_(doc.text), headed_(heading_years(doc.text)) {}

void paragraph_reader::read(std::size_t begin, std::size_t end, resolve_context& state, paragraph_reading& out) {
    out.begin = begin;
    out.end = end;
    out.notes.clear();
    tokens_.assign(doc_.text, begin, end, context_.rules.words());
    tokenized_begin_ = begin;
    read_tokens(state, out, /*with_notes=*/true);
}

void paragraph_reader::read_again(resolve_context& state, paragraph_reading& out) {
    if (tokenized_begin_ != out.begin) {
        tokens_.assign(doc_.text, out.begin, out.end, context_.rules.words());
        tokenized_begin_ = out.begin;
    }
    read_tokens(state, out, /*with_notes=*/false);
}

void paragraph_reader::read_tokens(resolve_context& state, paragraph_reading& out, bool with_notes) {
    out.mentions.clear();
    out.found_by.clear();
    state.previous_value.reset();
    std::size_t next = 0;                               // the first token after the last mention
    for (const std::size_t i : tokens_.rule_starts()) { // most tokens start no rule
        if (i < next) continue;
        context_.rules.candidates_at(tokens_, i, candidates_);
        bool found = false;
        for (const rule_match& candidate : candidates_) {
            state.window = {&tokens_, candidate.first_token, candidate.end_token};
            state.heading_year = heading_year_at(tokens_[candidate.first_token].begin);
            auto resolved = resolve_match(candidate, context_.lang, state);
            if (!resolved) continue;
            next = candidate.end_token; // nothing else is read into its words
            found = true;
            if (in_dated_years(resolved->value))
                keep(candidate, std::move(*resolved), state, out);
            else if (with_notes)
                note(candidate.first_token, candidate.end_token,
                     "'{}' lies outside the years annalist dates (-9999 to 9999); left out", out);
            break;
        }
        if (!found && with_notes && !candidates_.empty() && is_full_date_attempt(candidates_.front()))
            note(candidates_.front().first_token, candidates_.front().end_token,
                 "'{}' is not a calendar date; left out", out);
    }
}

void paragraph_reader::keep(const rule_match& candidate, resolution resolved, resolve_context& state,
                            paragraph_reading& out) {
    mention m;
    m.begin = tokens_[candidate.first_token].begin;
    m.end = tokens_[candidate.end_token - 1].end;
    m.text = doc_.text.substr(m.begin, m.end - m.begin);
    m.type = resolved.type;
    m.value = std::move(resolved.value);
    m.anchor = resolved.anchor;
    m.rule = candidate.matched_rule->id;
    m.explanation = std::move(resolved.explanation);
    m.written = resolved.written;
    m.alternative = std::move(resolved.alternative);
    m.confidence = resolved.confidence;
    // Only inferring a publication date reads the cue of a mention whose resolution
    // did not.
    m.tense = resolved.tense   ? *resolved.tense
              : doc_.published ? 0
                               : tense_cue(tokens_, candidate.first_token, candidate.end_token, context_.lang);
    // A decade or a century is no day to count from ("In the 1920s ... In April"):
    // the last date of a year or finer stays.
    if (m.value.dated && m.value.value != "PRESENT_REF" && !resolved.comparison && m.value.grain <= grain::year)
        state.last_date = m.value;
    state.previous_value = m.value;
    state.previous_end_token = candidate.end_token;
    out.found_by.push_back(candidate.matched_rule);
    out.mentions.push_back(std::move(m));
}

void paragraph_reader::note(std::size_t first_token, std::size_t end_token, std::string_view message_format,
                            paragraph_reading& out) {
    const std::size_t at = tokens_[first_token].begin;
    const std::size_t to = tokens_[end_token - 1].end;
    const line_column where = positions_.at(at);
    // Filled in member by member: GCC 12 at -O3 reports a false -Wmaybe-uninitialized
    // on the braced form.
    diagnostic d;
    d.level = severity::warning;
    d.where.file = doc_.source;
    d.where.line = where.line;
    d.where.column = where.column;
    d.message = fmt::format(fmt::runtime(message_format), doc_.text.substr(at, to - at));
    out.notes.push_back(std::move(d));
}

std::optional<int> paragraph_reader::heading_year_at(std::size_t byte) const {
    const auto span =
        std::partition_point(headed_.begin(), headed_.end(), [&](const heading_year_span& s) { return s.end <= byte; });
    if (span != headed_.end() && span->begin <= byte) return span->year;
    return std::nullopt;
}

} // namespace annalist

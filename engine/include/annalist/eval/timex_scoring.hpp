// TempEval-3 scoring of TIMEX3 annotations: strict and relaxed extraction, type and value.
#pragma once

#include <fmt/format.h>

#include <cstddef>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::eval {

// One TIMEX3 in a document: offsets in Unicode code points into the document text, [begin, end).
struct timex_annotation {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string type;  // "DATE", "TIME", "DURATION", "SET"
    std::string value; // "2024-06-03", "P2D", ...
};

// The gold and predicted annotations of one document, matched by document name.
struct annotated_pair {
    std::string document;
    std::vector<timex_annotation> gold;
    std::vector<timex_annotation> predicted;
};

// Precision, recall and F1 from counts; each is 0 when its denominator is 0.
struct prf {
    std::size_t true_positives = 0;
    std::size_t predicted = 0;
    std::size_t gold = 0;
    [[nodiscard]] double precision() const;
    [[nodiscard]] double recall() const;
    [[nodiscard]] double f1() const;
};

// An attribute (type or value) judged over the relaxed matches.
struct attribute_score {
    std::size_t correct = 0;
    std::size_t matched = 0;
    [[nodiscard]] double accuracy() const;
    // TempEval-3's attribute F1: the relaxed extraction F1 times the attribute accuracy.
    [[nodiscard]] double f1(const prf& relaxed) const;
};

enum class error_kind { missed, spurious, wrong_type, wrong_value, wrong_span };

struct scoring_error {
    error_kind kind = error_kind::missed;
    std::string document;
    std::optional<timex_annotation> gold;      // absent for spurious
    std::optional<timex_annotation> predicted; // absent for missed
};

struct timex_scores {
    prf strict;                  // exact span match
    prf relaxed;                 // any overlap
    attribute_score type, value; // over relaxed matches
    // Per type: gold counted by its type, predictions by their own type, and a true
    // positive is a relaxed match whose gold and predicted types are both that type.
    std::map<std::string, prf> relaxed_by_type;
    std::map<std::string, attribute_score> value_by_type; // over relaxed matches, keyed by the gold type
    std::vector<scoring_error> errors;                    // in document order, then by offset
};

// Matches within each document: a pair matches relaxed when the spans share a code
// point and strictly when they are equal. Each annotation is matched at most once,
// greedily: exact matches first, then larger overlap, then earlier position.
timex_scores score_timex(const std::vector<annotated_pair>& documents);

// Strict and relaxed P/R/F1, type and value accuracy and F1, one line per type and,
// with list_errors, one line per error. Percentages with one decimal.
void write_report(const timex_scores& scores, bool list_errors, std::ostream& out);

std::string_view to_string(error_kind k); // "missed", "spurious", "wrong type", ...

} // namespace annalist::eval

template <> struct fmt::formatter<annalist::eval::error_kind> : fmt::formatter<std::string_view> {
    auto format(annalist::eval::error_kind k, fmt::format_context& ctx) const -> decltype(ctx.out()) {
        return fmt::formatter<std::string_view>::format(annalist::eval::to_string(k), ctx);
    }
};

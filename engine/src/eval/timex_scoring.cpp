#include <annalist/eval/timex_scoring.hpp>

#include <fmt/ostream.h>

#include <algorithm>
#include <tuple>

namespace annalist::eval {
namespace {

double ratio(std::size_t numerator, std::size_t denominator) {
    return denominator == 0 ? 0.0 : static_cast<double>(numerator) / static_cast<double>(denominator);
}

// Code points shared by two spans; 0 when they are disjoint or either is empty.
std::size_t overlap(const timex_annotation& a, const timex_annotation& b) {
    const std::size_t begin = std::max(a.begin, b.begin);
    const std::size_t end = std::min(a.end, b.end);
    return end > begin ? end - begin : 0;
}

bool same_span(const timex_annotation& a, const timex_annotation& b) { return a.begin == b.begin && a.end == b.end; }

struct candidate {
    std::size_t gold = 0; // indices into the document's lists
    std::size_t predicted = 0;
    bool exact = false;
    std::size_t shared = 0;
};

// Greedy one-to-one matching; the full ordering makes it independent of sort stability.
std::vector<candidate> match(const annotated_pair& doc) {
    std::vector<candidate> candidates;
    for (std::size_t g = 0; g < doc.gold.size(); ++g)
        for (std::size_t p = 0; p < doc.predicted.size(); ++p)
            if (const std::size_t shared = overlap(doc.gold[g], doc.predicted[p]); shared > 0)
                candidates.push_back({g, p, same_span(doc.gold[g], doc.predicted[p]), shared});
    // ~shared puts larger overlaps first.
    const auto key = [&doc](const candidate& c) {
        return std::tuple(!c.exact, ~c.shared, doc.gold[c.gold].begin, doc.predicted[c.predicted].begin, c.gold,
                          c.predicted);
    };
    std::sort(candidates.begin(), candidates.end(),
              [&key](const candidate& a, const candidate& b) { return key(a) < key(b); });

    std::vector<bool> gold_used(doc.gold.size()), predicted_used(doc.predicted.size());
    std::vector<candidate> pairs;
    for (const candidate& c : candidates) {
        if (gold_used[c.gold] || predicted_used[c.predicted]) continue;
        gold_used[c.gold] = predicted_used[c.predicted] = true;
        pairs.push_back(c);
    }
    return pairs;
}

std::size_t error_offset(const scoring_error& e) { return e.gold ? e.gold->begin : e.predicted->begin; }
std::size_t error_end(const scoring_error& e) { return e.gold ? e.gold->end : e.predicted->end; }

void score_document(const annotated_pair& doc, timex_scores& scores) {
    scores.strict.gold += doc.gold.size();
    scores.relaxed.gold += doc.gold.size();
    scores.strict.predicted += doc.predicted.size();
    scores.relaxed.predicted += doc.predicted.size();
    for (const timex_annotation& g : doc.gold) {
        ++scores.relaxed_by_type[g.type].gold;
        scores.value_by_type[g.type]; // a line per gold type, even with no match
    }
    for (const timex_annotation& p : doc.predicted) ++scores.relaxed_by_type[p.type].predicted;

    std::vector<scoring_error> errors;
    std::vector<bool> gold_used(doc.gold.size()), predicted_used(doc.predicted.size());
    for (const candidate& c : match(doc)) {
        const timex_annotation& g = doc.gold[c.gold];
        const timex_annotation& p = doc.predicted[c.predicted];
        gold_used[c.gold] = predicted_used[c.predicted] = true;
        ++scores.relaxed.true_positives;
        if (c.exact) ++scores.strict.true_positives;
        const bool type_ok = g.type == p.type;
        const bool value_ok = g.value == p.value;
        ++scores.type.matched;
        ++scores.value.matched;
        if (type_ok) {
            ++scores.type.correct;
            ++scores.relaxed_by_type[g.type].true_positives;
        }
        if (value_ok) ++scores.value.correct;
        attribute_score& by_type = scores.value_by_type[g.type];
        ++by_type.matched;
        if (value_ok) ++by_type.correct;

        if (!type_ok) errors.push_back({error_kind::wrong_type, doc.document, g, p});
        if (!value_ok) errors.push_back({error_kind::wrong_value, doc.document, g, p});
        // A wrong span alone: with a wrong attribute the pair is already listed.
        if (type_ok && value_ok && !c.exact) errors.push_back({error_kind::wrong_span, doc.document, g, p});
    }
    for (std::size_t g = 0; g < doc.gold.size(); ++g)
        if (!gold_used[g]) errors.push_back({error_kind::missed, doc.document, doc.gold[g], std::nullopt});
    for (std::size_t p = 0; p < doc.predicted.size(); ++p)
        if (!predicted_used[p]) errors.push_back({error_kind::spurious, doc.document, std::nullopt, doc.predicted[p]});

    std::stable_sort(errors.begin(), errors.end(), [](const scoring_error& a, const scoring_error& b) {
        return std::tuple(error_offset(a), error_end(a), a.kind) < std::tuple(error_offset(b), error_end(b), b.kind);
    });
    scores.errors.insert(scores.errors.end(), errors.begin(), errors.end());
}

double percent(double x) { return 100.0 * x; }

std::string describe(const std::optional<timex_annotation>& t) {
    if (!t) return "none";
    return fmt::format("[{},{}) {} {}", t->begin, t->end, t->type.empty() ? "-" : t->type,
                       t->value.empty() ? "-" : t->value);
}

} // namespace

double prf::precision() const { return ratio(true_positives, predicted); }
double prf::recall() const { return ratio(true_positives, gold); }
double prf::f1() const {
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

double attribute_score::accuracy() const { return ratio(correct, matched); }
double attribute_score::f1(const prf& relaxed) const { return relaxed.f1() * accuracy(); }

std::string_view to_string(error_kind k) {
    switch (k) {
    case error_kind::missed:
        return "missed";
    case error_kind::spurious:
        return "spurious";
    case error_kind::wrong_type:
        return "wrong type";
    case error_kind::wrong_value:
        return "wrong value";
    case error_kind::wrong_span:
        return "wrong span";
    }
    return "unknown";
}

timex_scores score_timex(const std::vector<annotated_pair>& documents) {
    timex_scores scores;
    for (const annotated_pair& doc : documents) score_document(doc, scores);
    return scores;
}

void write_report(const timex_scores& scores, bool list_errors, std::ostream& out) {
    const auto extraction = [&out](std::string_view label, const prf& s) {
        fmt::print(out, "{:<9}P {:.1f}  R {:.1f}  F1 {:.1f}\n", label, percent(s.precision()), percent(s.recall()),
                   percent(s.f1()));
    };
    const auto attribute = [&out, &scores](std::string_view label, const attribute_score& a) {
        fmt::print(out, "{:<9}accuracy {:.1f}  F1 {:.1f}\n", label, percent(a.accuracy()),
                   percent(a.f1(scores.relaxed)));
    };
    fmt::print(out, "gold {}  predicted {}  matched {} ({} exact)\n", scores.relaxed.gold, scores.relaxed.predicted,
               scores.relaxed.true_positives, scores.strict.true_positives);
    extraction("strict", scores.strict);
    extraction("relaxed", scores.relaxed);
    attribute("type", scores.type);
    attribute("value", scores.value);

    if (!scores.relaxed_by_type.empty()) fmt::print(out, "per type (relaxed, same type; value over gold type)\n");
    for (const auto& [type, s] : scores.relaxed_by_type) {
        fmt::print(out, "{:<9}P {:.1f}  R {:.1f}  F1 {:.1f}", type.empty() ? "-" : type, percent(s.precision()),
                   percent(s.recall()), percent(s.f1()));
        if (const auto v = scores.value_by_type.find(type); v != scores.value_by_type.end())
            fmt::print(out, "  value {:.1f} ({}/{})", percent(v->second.accuracy()), v->second.correct,
                       v->second.matched);
        fmt::print(out, "\n");
    }

    if (!list_errors) return;
    fmt::print(out, "errors {}\n", scores.errors.size());
    for (const scoring_error& e : scores.errors)
        fmt::print(out, "{:<12}{}  gold {}  predicted {}\n", e.kind, e.document, describe(e.gold),
                   describe(e.predicted));
}

} // namespace annalist::eval

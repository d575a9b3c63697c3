#include <annalist/pipeline.hpp>

#include <annalist/events/sentences.hpp>
#include <annalist/resolve/resolver.hpp>
#include <annalist/scan/date_scanner.hpp>
#include <annalist/text/code_points.hpp>

#include <algorithm>
#include <fmt/format.h>

namespace annalist {
namespace {

constexpr std::size_t headline_length = 90;

// Line and column (in code points) of a byte offset, for messages.
source_position position_in(const document& doc, std::size_t byte_offset) {
    source_position where{doc.source, 1, 1, std::nullopt};
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < byte_offset && i < doc.text.size(); ++i) {
        if (doc.text[i] == '\n') {
            ++where.line;
            line_start = i + 1;
        }
    }
    code_point_counter counter(std::string_view(doc.text).substr(line_start));
    where.column = counter.at(byte_offset - line_start) + 1;
    return where;
}

} // namespace

std::vector<mention> find_mentions(const document& doc, const engine_context& context, diagnostics& notes) {
    std::vector<mention> mentions;
    for (const date_match& match : scan_dates(doc.text, context.lang)) {
        const std::string text = doc.text.substr(match.begin, match.end - match.begin);
        const auto value = resolve_full_date(match.parts);
        if (!value) {
            notes.push_back({severity::warning, position_in(doc, match.begin),
                             fmt::format("'{}' is not a calendar date; left out", text)});
            continue;
        }
        mentions.push_back({match.begin, match.end, text, timex_type::date, *value, anchor::absolute, match.rule});
    }
    return mentions;
}

chronology build_chronology(std::vector<document> documents, const engine_context& context) {
    chronology result;
    result.documents = std::move(documents);
    for (std::size_t d = 0; d < result.documents.size(); ++d) {
        const document& doc = result.documents[d];
        for (mention& m : find_mentions(doc, context, result.notes)) {
            const text_span span = sentence_around(doc.text, {m.begin, m.end}, context.lang);
            std::string sentence =
                fold_whitespace(std::string_view(doc.text).substr(span.begin, span.end - span.begin));
            std::string headline = shorten(sentence, headline_length);
            result.events.push_back({std::move(m), std::move(sentence), std::move(headline), d});
        }
    }
    // Events were appended in document and text order, so a stable sort keeps that
    // order among equal intervals.
    std::stable_sort(result.events.begin(), result.events.end(), [](const event& a, const event& b) {
        const auto& x = a.mention.value;
        const auto& y = b.mention.value;
        if (x.begin != y.begin) return x.begin < y.begin;
        return x.end > y.end; // the wider interval (a month) before the days inside it
    });
    return result;
}

} // namespace annalist

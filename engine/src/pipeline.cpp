#include <annalist/pipeline.hpp>

#include "scan/paragraph_reader.hpp"
#include <annalist/events/anchored_events.hpp>
#include <annalist/events/citations.hpp>
#include <annalist/events/clauses.hpp>
#include <annalist/events/headline.hpp>
#include <annalist/events/merge.hpp>
#include <annalist/events/publication_date.hpp>
#include <annalist/events/sentences.hpp>
#include <annalist/resolve/range_start.hpp>
#include <annalist/resolve/ranges.hpp>
#include <annalist/resolve/resolver.hpp>
#include <annalist/resolve/story_time.hpp>
#include <annalist/resolve/tense.hpp>
#include <annalist/text/code_points.hpp>
#include <annalist/text/text_positions.hpp>

#include <algorithm>
#include <fmt/format.h>

namespace annalist {
namespace {

constexpr std::size_t headline_length = 90;
// With mode "auto", the most text held back before the mode is judged: a few
// paragraphs of a history show it, and what is held is read twice at most.
constexpr std::size_t most_held_bytes = 32 * 1024;

source_position position_in(const document& doc, text_positions& positions, std::size_t byte_offset) {
    const line_column at = positions.at(byte_offset);
    return {doc.source, at.line, at.column, std::nullopt};
}

// Paragraphs (separated by blank lines) are scanned one at a time: no expression
// spans one, and the token list stays small however long the document.
std::vector<std::pair<std::size_t, std::size_t>> paragraphs(std::string_view text) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t start = 0;
    for (std::size_t nl = text.find('\n'); nl != std::string_view::npos; nl = text.find('\n', nl + 1)) {
        // Not find_first_not_of: it calls memchr for every byte it reads.
        std::size_t next = nl + 1;
        while (next < text.size() && (text[next] == ' ' || text[next] == '\t' || text[next] == '\r')) ++next;
        if (next < text.size() && text[next] == '\n') {
            out.emplace_back(start, nl);
            start = nl = next;
        }
    }
    out.emplace_back(start, text.size());
    return out;
}

// One event per clause a date dates, sentence by sentence.
void add_clause_events(std::vector<event>& events, std::string_view text, const std::vector<mention>& mentions,
                       const std::vector<std::size_t>& dating, const language& lang) {
    for (std::size_t k = 0; k < dating.size();) {
        const mention& first = mentions[dating[k]];
        text_span span = sentence_around(text, {first.begin, first.end}, lang);
        std::vector<std::size_t> in_sentence;
        for (; k < dating.size() && mentions[dating[k]].begin < span.end; ++k) {
            in_sentence.push_back(dating[k]);
            // A mention a sentence's end cuts through ("3a.m. Wed" after "2025-") keeps
            // its whole text in that sentence (found by fuzzing: the clause cut past it).
            span.end = std::max(span.end, mentions[dating[k]].end);
        }
        const std::string_view raw = text.substr(span.begin, span.end - span.begin);
        // A sentence of a readable length is folded once for all its events; a
        // longer one shows each event the words around its own date.
        const bool long_sentence = raw.size() > longest_shown_sentence;
        const std::string whole = long_sentence ? std::string() : fold_whitespace(raw);
        const auto sentence_of = [&](const mention& m) {
            return long_sentence ? shown_sentence(text, span, {m.begin, m.end}) : whole;
        };
        for (const dated_clause& c : split_dated_clauses(raw, span.begin, mentions, in_sentence)) {
            const mention& dating_mention = mentions[c.date];
            event e{dating_mention,
                    sentence_of(dating_mention),
                    make_headline(c.text, c.date_begin, c.date_end, headline_length),
                    0,
                    {}};
            for (const std::size_t r : c.restatings)
                e.also_reported.push_back({0, mentions[r], sentence_of(mentions[r])});
            events.push_back(std::move(e));
        }
    }
}

// Code points before each mention's bounds, in one pass of `counter` (which counts
// fastest forwards): in the mentions' order when their bounds come in order (nearly
// always), else sorted.
void count_code_points(std::vector<mention>& mentions, code_point_counter& counter) {
    std::vector<std::size_t*> bounds;
    bounds.reserve(2 * mentions.size());
    for (mention& m : mentions) {
        m.begin_code_point = m.begin;
        m.end_code_point = m.end;
        bounds.push_back(&m.begin_code_point);
        bounds.push_back(&m.end_code_point);
    }
    const auto by_offset = [](const std::size_t* a, const std::size_t* b) { return *a < *b; };
    if (!std::is_sorted(bounds.begin(), bounds.end(), by_offset)) std::sort(bounds.begin(), bounds.end(), by_offset);
    for (std::size_t* bound : bounds) *bound = counter.at(*bound);
}

// What is done to a paragraph's mentions once all are found: ranges' first days
// ("3-5 June"), source citations, ranges linked, code points counted (`counter`
// runs on over the paragraphs, which come in order). The passes see the paragraph
// alone, its mentions' offsets made relative to it for the while.
void finish_paragraph(std::string_view text, std::size_t begin, std::size_t end, std::vector<mention>& found,
                      code_point_counter& counter, const language& lang) {
    const std::string_view paragraph = text.substr(begin, end - begin);
    for (mention& m : found) {
        m.begin -= begin;
        m.end -= begin;
    }
    add_range_starts(paragraph, found, lang);
    mark_citations(paragraph, found);
    link_ranges(paragraph, found);
    for (mention& m : found) {
        m.begin += begin;
        m.end += begin;
    }
    count_code_points(found, counter);
}

} // namespace

static std::optional<std::string> other_language(const document& doc, const engine_context& context) {
    if (context.identifier == nullptr) return std::nullopt;
    return context.identifier->other_language(doc.text, context.lang.code);
}

std::vector<mention> find_mentions(const document& doc, const engine_context& context, diagnostics& notes) {
    std::vector<mention> mentions;
    // Room made once rather than by doubling, which copied every mention over a long
    // text and, for a moment, held two copies of them all. Dated news holds a mention
    // every 290 bytes or so (TempEval-3 with its creation dates); undated, relative
    // expressions resolve to nothing and half as many remain. Room a mention takes is
    // only paid for once used.
    mentions.reserve(doc.text.size() / (doc.published ? 256 : 512));
    scan_mentions(doc, context, notes, [&](std::vector<mention>& found) {
        mentions.insert(mentions.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    });
    return mentions;
}

void scan_mentions(const document& doc, const engine_context& context, diagnostics& notes,
                   const std::function<void(std::vector<mention>&)>& take) {
    if (const auto other = other_language(doc, context)) {
        notes.push_back(file_warning(doc.source, fmt::format("the text is in {}, and the rules loaded are for "
                                                             "'{}': left unread",
                                                             *other, context.lang.code)));
        return;
    }
    code_point_counter code_points(doc.text);
    paragraph_reader reader(doc, context);
    resolve_context resolving;
    resolving.publication = doc.published;
    resolving.order = context.order;
    resolving.explain = context.explanations;
    const auto hand_over = [&](paragraph_reading& p) {
        notes.insert(notes.end(), std::make_move_iterator(p.notes.begin()), std::make_move_iterator(p.notes.end()));
        if (p.mentions.empty()) return;
        finish_paragraph(doc.text, p.begin, p.end, p.mentions, code_points, context.lang);
        take(p.mentions);
    };
    paragraph_reading reading;
    if (context.mode != resolution_mode::automatic) {
        resolving.mode = context.mode;
        for (const auto& [begin, end] : paragraphs(doc.text)) {
            reader.read(begin, end, resolving, reading);
            hand_over(reading);
        }
        return;
    }
    // Mode "auto" (story_time.hpp): the first paragraphs are held until the text has
    // shown which it is, then read again if that is not the mode they were read in;
    // from there each paragraph is read in the mode the text has shown so far, and
    // again if its own dates change that. News is read once; a history's first
    // paragraphs twice.
    story_time story(doc.published);
    const auto judge = [&] { resolving.mode = story.mode(); };
    // What was judged, and why, told by each mention that counted from a reference.
    const auto explain_judgement = [&](paragraph_reading& p) {
        if (!context.explanations) return;
        const std::string reason = "; mode " + story.reason();
        for (mention& m : p.mentions)
            if (m.anchor != anchor::absolute) m.explanation += reason;
    };
    const auto relative = [](const paragraph_reading& p) {
        return std::any_of(p.mentions.begin(), p.mentions.end(),
                           [](const mention& m) { return m.anchor != anchor::absolute; });
    };
    judge();
    std::vector<paragraph_reading> held;
    std::size_t held_bytes = 0;
    std::optional<time_value> last_date_before_held;
    bool held_back = true;
    const auto settle = [&] {
        const resolution_mode read_in = resolving.mode;
        judge();
        const bool again = resolving.mode != read_in && std::any_of(held.begin(), held.end(), relative);
        if (again) resolving.last_date = last_date_before_held;
        for (paragraph_reading& p : held) {
            if (again) reader.read_again(resolving, p);
            explain_judgement(p);
            hand_over(p);
        }
        held.clear();
        held_back = false;
    };
    for (const auto& [begin, end] : paragraphs(doc.text)) {
        const std::optional<time_value> last_date_before = resolving.last_date;
        reader.read(begin, end, resolving, reading);
        for (std::size_t k = 0; k < reading.mentions.size(); ++k)
            story.count(reading.mentions[k], *reading.found_by[k]);
        if (held_back) {
            if (held.empty()) last_date_before_held = last_date_before;
            held_bytes += end - begin;
            held.push_back(std::move(reading));
            reading = {};
            if (story.decided() || held_bytes >= most_held_bytes) settle();
            continue;
        }
        const resolution_mode read_in = resolving.mode;
        judge();
        if (resolving.mode != read_in && relative(reading)) {
            resolving.last_date = last_date_before;
            reader.read_again(resolving, reading);
        }
        explain_judgement(reading);
        hand_over(reading);
    }
    if (held_back) settle();
}

void date_undated_document(document& doc, const engine_context& context, diagnostics& notes) {
    if (doc.published || other_language(doc, context)) return; // the scan reports the language
    diagnostics ignored;                                       // the real scan, with the date, reports them
    const std::vector<mention> undated = find_mentions(doc, context, ignored);
    const auto inferred = infer_publication_date(doc, undated, [&](date::year_month_day reference) {
        document provisional = doc;
        provisional.published = reference;
        return find_mentions(provisional, context, ignored);
    });
    if (!inferred) {
        notes.push_back(file_warning(doc.source, "no publication date in its metadata, from --pub-date or in its "
                                                 "text; its relative dates are left unresolved"));
        return;
    }
    doc.published = inferred->day;
    doc.published_source = "inferred from " + inferred->reason;
    doc.published_inferred = true;
    notes.push_back(file_warning(doc.source, fmt::format("no publication date in its metadata or from --pub-date; "
                                                         "{} inferred from {}",
                                                         date::format("%F", inferred->day), inferred->reason)));
}

partial_chronology map_document(document doc, const engine_context& context) {
    partial_chronology part;
    diagnostics notes;
    date_undated_document(doc, context, notes);
    std::vector<mention> mentions = find_mentions(doc, context, notes);
    std::vector<event>& events = part.events;
    // Events named by an offset from a date: "two months after the meeting".
    anchored_dating tied = anchored_events(doc.text, mentions, context.lang);
    text_positions positions(doc.text);
    for (const dating_problem& problem : tied.problems)
        notes.push_back({severity::warning, position_in(doc, positions, problem.at), problem.message});
    code_point_counter code_points(doc.text); // anchors are made after the scan, and few
    for (anchored_event& a : tied.events) {
        a.anchor.begin_code_point = code_points.at(a.anchor.begin);
        a.anchor.end_code_point = code_points.at(a.anchor.end);
        std::string sentence = shown_sentence_around(doc.text, {a.anchor.begin, a.anchor.end}, context.lang);
        events.push_back({std::move(a.anchor), std::move(sentence), std::move(a.headline), 0, {}});
    }
    std::vector<std::size_t> dating; // mentions that date an event, in text order
    auto stamp = doc.stamps.begin(); // the first that does not end before the mention
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        const mention& m = mentions[i];
        if (!m.cited_outlet.empty()) {
            part.citations.push_back({0, m.cited_outlet, m});
            if (!context.include_citations) continue;
        }
        // The document's own date stamp says when it was published, not what happened.
        while (stamp != doc.stamps.end() && stamp->end <= m.begin) ++stamp;
        if (stamp != doc.stamps.end() && stamp->begin <= m.begin && m.end <= stamp->end) continue;
        // "50 years after the armistice of November 1918": the date is the armistice's,
        // an event of the ties; the clause is dated through the tie.
        if (std::binary_search(tied.naming_dates.begin(), tied.naming_dates.end(), m.begin)) continue;
        if (m.value.dated && (m.type == timex_type::date || m.type == timex_type::time)) dating.push_back(i);
    }
    add_clause_events(events, doc.text, mentions, dating, context.lang);
    // What remains of the document is what writers show: memory grows with the
    // events, not with the text read.
    std::string().swap(doc.text);
    std::vector<text_range>().swap(doc.stamps);
    part.documents.push_back(std::move(doc));
    part.notes.push_back(std::move(notes));
    return part;
}

chronology build_chronology(std::vector<document> documents, const engine_context& context) {
    partial_chronology whole;
    for (document& doc : documents) whole = merge_partials(std::move(whole), map_document(std::move(doc), context));
    return finish_chronology(std::move(whole), context.lang);
}

} // namespace annalist

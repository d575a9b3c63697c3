#include "diagnostic_report.hpp"

#include "output_file.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <array>
#include <utility>

namespace annalist::cli {
namespace {

// The kinds, in the order their summaries print; "other" last.
constexpr std::size_t other_kind = 5;
constexpr std::array<diagnostic_kind, other_kind + 1> kinds{{
    {"publication_date_missing", "documents with no publication date"},
    {"publication_date_inferred", "publication dates inferred from the text"},
    {"impossible_date", "impossible dates left out"},
    {"contradictory_ties", "event ties left undated as contradictory"},
    {"cycle_of_ties", "event ties left undated as a cycle"},
    {"other", "other warnings"},
}};

enum class place { start, anywhere, end };

struct kind_rule {
    place at;
    std::string_view text;
    std::size_t kind;
};

// The engine's own wording (engine/src/pipeline.cpp, events/anchored_events.cpp),
// matched at the end it is written at: messages quote article text, which may say
// anything, and the fixed part is what tells the kind. The first match wins.
constexpr std::array kind_rules{
    kind_rule{place::start, "no publication date in its metadata, from --pub-date or in its text", 0},
    kind_rule{place::start, "no publication date in its metadata or from --pub-date; ", 1}, // "...; D inferred from R"
    kind_rule{place::end, "' is not a calendar date; left out", 2},
    kind_rule{place::anywhere, "contradicts the other dates of the events it links", 3},
    kind_rule{place::end, " closes a cycle: its events are dated only from each other; left undated", 4},
};

bool matches(const kind_rule& rule, std::string_view message) {
    switch (rule.at) {
    case place::start:
        return message.starts_with(rule.text);
    case place::end:
        return message.ends_with(rule.text);
    case place::anywhere:
        break;
    }
    return message.find(rule.text) != std::string_view::npos;
}

std::size_t kind_index(std::string_view message) {
    for (const kind_rule& rule : kind_rules)
        if (matches(rule, message)) return rule.kind;
    return other_kind;
}

std::string line_of(const diagnostic& d) { return fmt::format("annalist: {}", d); }

} // namespace

const diagnostic_kind& kind_of(const diagnostic& d) { return kinds[kind_index(d.message)]; }

diagnostic_reporter::diagnostic_reporter(report_options options, line_sink print)
    : options_(std::move(options)), print_(std::move(print)), held_(kinds.size(), 0) {}

void diagnostic_reporter::add(const diagnostic& d) {
    const std::size_t kind = kind_index(d.message);
    if (!options_.diagnostics_file.empty()) kept_.push_back({d, kinds[kind].name});
    if (d.level == severity::error) {
        ++errors_;
        print_(line_of(d));
        return;
    }
    ++warnings_;
    if (options_.verbose || printed_warnings_ < options_.warning_limit) {
        ++printed_warnings_;
        print_(line_of(d));
    } else {
        ++held_[kind];
    }
}

bool diagnostic_reporter::finish() {
    if (finished_) return *finished_;
    const std::string hint = options_.diagnostics_file.empty()
                                 ? std::string("-v shows them all, --diagnostics FILE writes them")
                                 : fmt::format("-v shows them all, {} has them", options_.diagnostics_file);
    for (std::size_t kind = 0; kind < kinds.size(); ++kind) {
        if (held_[kind] == 0) continue;
        print_(fmt::format("annalist: {} more warning{}: {} ({})", held_[kind], held_[kind] == 1 ? "" : "s",
                           kinds[kind].summary, hint));
    }
    finished_ = true;
    if (options_.diagnostics_file.empty()) return true;

    try {
        write_output(options_.diagnostics_file, [&](std::ostream& out) {
            for (const kept& k : kept_) {
                const source_position& where = k.what.where;
                nlohmann::ordered_json j;
                j["severity"] = k.what.level == severity::error ? "error" : "warning";
                j["file"] = where.file;
                j["line"] = where.line == 0 ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(where.line);
                j["column"] =
                    where.column == 0 ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(where.column);
                j["message"] = k.what.message;
                j["kind"] = std::string(k.kind);
                // A message quotes article text: a stray invalid byte becomes U+FFFD
                // rather than failing the whole file.
                out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
            }
        });
    } catch (const output_error& e) {
        print_(fmt::format("annalist: {}", e.what()));
        finished_ = false;
    }
    return *finished_;
}

} // namespace annalist::cli

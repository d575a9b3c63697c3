#include "chronology_handle.hpp"

#include "output_file.hpp"

#include <annalist/formats/csv_writer.hpp>
#include <annalist/formats/html_writer.hpp>
#include <annalist/formats/ics_writer.hpp>
#include <annalist/formats/json_writer.hpp>
#include <annalist/formats/partial_bytes.hpp>

#include <fmt/format.h>

#include <sstream>

namespace annalist::python {
namespace {

// Writes `c` as `format`; checks the names first, so nothing is written for a bad one.
std::function<void(std::ostream&)> writer_for(const chronology& c, const std::string& format,
                                              const std::string& csv_profile) {
    if (format == "json") return [&c](std::ostream& out) { formats::write_chronology_json(c, {}, out); };
    if (format == "ics") return [&c](std::ostream& out) { formats::write_ics(c, out); };
    if (format == "html") return [&c](std::ostream& out) { formats::write_html(c, out); };
    if (format == "csv") {
        const auto profile = formats::csv_profile_named(csv_profile);
        if (!profile)
            throw cli::usage_error(
                fmt::format("csv profile '{}' is not one of default, timelinejs, gcal", csv_profile));
        return [&c, p = *profile](std::ostream& out) { formats::write_csv(c, {p}, out); };
    }
    throw cli::usage_error(fmt::format("format '{}' is not one of csv, json, ics, html", format));
}

} // namespace

chronology_handle::chronology_handle(std::shared_ptr<const engine_handle> engine, partial_chronology part)
    : engine_(std::move(engine)), part_(std::move(part)) {}

std::shared_ptr<chronology_handle>
chronology_handle::merged(const std::vector<std::shared_ptr<const chronology_handle>>& others) const {
    // Each build numbers its inputs from 0: each part's come after all before it.
    std::vector<partial_chronology> parts{part_};
    parts.reserve(others.size() + 1);
    std::size_t next = part_.documents.empty() ? 0 : part_.documents.back().order.input + 1;
    for (const auto& other : others) {
        partial_chronology after = other->part_;
        for (document& d : after.documents) d.order.input += next;
        if (!after.documents.empty()) next = after.documents.back().order.input + 1;
        parts.push_back(std::move(after));
    }
    return std::make_shared<chronology_handle>(engine_, merge_partials(std::move(parts)));
}

const chronology& chronology_handle::finished() const {
    std::call_once(finishing_, [this] { finished_ = finish_chronology(part_, engine_->lang()); });
    return *finished_;
}

std::string chronology_handle::render(const std::string& format, const std::string& csv_profile) const {
    const auto write = writer_for(finished(), format, csv_profile);
    std::ostringstream out;
    write(out);
    return std::move(out).str();
}

void chronology_handle::write(const std::string& path, const std::string& format,
                              const std::string& csv_profile) const {
    cli::write_output(path, writer_for(finished(), format, csv_profile));
}

std::vector<std::vector<std::string>> chronology_handle::table() const {
    const chronology& c = finished();
    std::vector<std::vector<std::string>> rows;
    rows.reserve(c.events.size() + 1);
    const auto& columns = formats::standard_csv_columns();
    rows.emplace_back(columns.begin(), columns.end());
    for (const event& e : c.events) rows.push_back(formats::standard_csv_cells(c, e));
    return rows;
}

std::string chronology_handle::to_bytes() const { return formats::encode_partial(part_); }

std::shared_ptr<chronology_handle> chronology_handle::from_bytes(std::shared_ptr<const engine_handle> engine,
                                                                 std::string_view bytes) {
    return std::make_shared<chronology_handle>(std::move(engine), formats::decode_partial(bytes));
}

} // namespace annalist::python

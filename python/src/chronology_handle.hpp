// A chronology as Python holds it: the merged partial chronology of its documents,
// finished (merged across documents and ordered) the first time it is read. Merging
// two makes a third; none is changed once made, so threads may share them.
#pragma once

#include "engine_handle.hpp"

#include <annalist/model/chronology.hpp>
#include <annalist/partial_chronology.hpp>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace annalist::python {

class chronology_handle {
public:
    chronology_handle(std::shared_ptr<const engine_handle> engine, partial_chronology part);

    // The chronology of this one's documents followed by each of the others': as
    // merging them one at a time would (associative, as joining lists is, so
    // shares of one build merged in order, in any grouping, give that build), but
    // each part is copied once.
    [[nodiscard]] std::shared_ptr<chronology_handle>
    merged(const std::vector<std::shared_ptr<const chronology_handle>>& others) const;

    // The chronology in a format of the CLI's `build -t`: "json", "csv", "ics" or
    // "html"; `csv_profile` as --csv-profile. Throws cli::usage_error for others.
    [[nodiscard]] std::string render(const std::string& format, const std::string& csv_profile) const;

    // render() into `path`, atomically as the CLI writes (cli::write_output).
    void write(const std::string& path, const std::string& format, const std::string& csv_profile) const;

    // The default CSV profile's columns and cells, with no formula guard.
    [[nodiscard]] std::vector<std::vector<std::string>> table() const;

    // As bytes for pickling (formats::encode_partial), and back.
    [[nodiscard]] std::string to_bytes() const;
    static std::shared_ptr<chronology_handle> from_bytes(std::shared_ptr<const engine_handle> engine,
                                                         std::string_view bytes);

    [[nodiscard]] std::size_t document_count() const { return part_.documents.size(); }
    [[nodiscard]] const std::shared_ptr<const engine_handle>& engine() const { return engine_; }

private:
    [[nodiscard]] const chronology& finished() const;

    std::shared_ptr<const engine_handle> engine_;
    partial_chronology part_;
    mutable std::once_flag finishing_;
    mutable std::optional<chronology> finished_;
};

} // namespace annalist::python

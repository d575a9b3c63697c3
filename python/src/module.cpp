// The native half of the Python package `annalist` (the other half, annalist/*.py,
// gives it its Python shape). Engine calls release the GIL while they work.
#include "chronology_handle.hpp"
#include "engine_handle.hpp"
#include "output_file.hpp"

#include <annalist/formats/partial_bytes.hpp>
#include <annalist/model/iso_date.hpp>

#include <fmt/format.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

namespace py = pybind11;
using namespace pybind11::literals;

namespace annalist::python {
namespace {

using note_list = std::vector<std::pair<bool, std::string>>; // (is an error, the CLI's line)

note_list lines_of(const diagnostics& notes) {
    note_list out;
    for (const diagnostic& d : notes) out.emplace_back(d.level == severity::error, fmt::format("{}", d));
    return out;
}

std::optional<date::year_month_day> day_named(const std::optional<std::string>& text, std::string_view what) {
    if (!text) return std::nullopt;
    const auto day = parse_iso_date(*text);
    if (!day || text->size() != 10)
        throw cli::usage_error(fmt::format("{} wants a calendar date as YYYY-MM-DD, got '{}'", what, *text));
    return day;
}

std::optional<resolution_mode> mode_named(const std::optional<std::string>& name) {
    if (!name) return std::nullopt;
    if (const auto mode = resolution_mode_named(*name)) return mode;
    throw cli::usage_error(fmt::format("mode '{}' is not one of news, narrative, auto", *name));
}

document make_document(std::string text, const std::optional<std::string>& published, std::string title,
                       std::string url, std::string source) {
    document doc;
    doc.text = std::move(text);
    doc.title = std::move(title);
    doc.url = std::move(url);
    doc.source = std::move(source);
    doc.published = day_named(published, "published");
    if (doc.published) doc.published_source = "given";
    return doc;
}

std::optional<std::string> published_text(const document& doc) {
    return doc.published ? std::optional(iso_day_text(*doc.published)) : std::nullopt;
}

std::vector<std::pair<std::size_t, std::size_t>> stamp_pairs(const document& d) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (const text_range& r : d.stamps) out.emplace_back(r.begin, r.end);
    return out;
}

void bind_document(py::module_& m) {
    py::class_<document>(m, "Document", "One article: its text, title, URL and publication date.")
        .def(py::init(&make_document), "text"_a, "published"_a = py::none(), "title"_a = "", "url"_a = "",
             "source"_a = "-")
        .def_readwrite("text", &document::text)
        .def_readwrite("title", &document::title)
        .def_readwrite("url", &document::url)
        .def_readwrite("source", &document::source)
        .def_readonly("reader", &document::reader_id)
        .def_property_readonly("published", &published_text, "YYYY-MM-DD, or None")
        .def_readonly("published_source", &document::published_source)
        .def_readonly("published_inferred", &document::published_inferred)
        .def_property_readonly(
            "stamps", [](const document& d) { return stamp_pairs(d); },
            "Where the text states its own date (a byline), as (begin, end) byte offsets: no event is made there")
        .def("__repr__",
             [](const document& d) {
                 return fmt::format("<annalist.Document {} published={} title={:?} {} characters>", d.source,
                                    published_text(d).value_or("None"), d.title, d.text.size());
             })
        .def(py::pickle(
            [](const document& d) {
                return py::make_tuple(d.text, published_text(d), d.title, d.url, d.source, d.reader_id,
                                      d.published_source, d.published_inferred, stamp_pairs(d));
            },
            [](const py::tuple& t) {
                document d =
                    make_document(t[0].cast<std::string>(), t[1].cast<std::optional<std::string>>(),
                                  t[2].cast<std::string>(), t[3].cast<std::string>(), t[4].cast<std::string>());
                d.reader_id = t[5].cast<std::string>();
                d.published_source = t[6].cast<std::string>();
                d.published_inferred = t[7].cast<bool>();
                for (const auto& [begin, end] : t[8].cast<std::vector<std::pair<std::size_t, std::size_t>>>())
                    d.stamps.push_back({begin, end});
                return d;
            }));
}

// Documents and paths (str or os.PathLike) from a Python sequence, in its order.
std::vector<build_item> items_of(const py::iterable& given) {
    std::vector<build_item> items;
    const py::object fspath = py::module_::import("os").attr("fspath");
    for (const py::handle item : given) {
        if (py::isinstance<document>(item)) {
            items.emplace_back(item.cast<document>());
        } else {
            items.emplace_back(fspath(item).cast<std::string>());
        }
    }
    return items;
}

void bind_engine(py::module_& m) {
    py::class_<chronology_handle, std::shared_ptr<chronology_handle>>(m, "NativeChronology")
        .def("merged", &chronology_handle::merged, "others"_a, py::call_guard<py::gil_scoped_release>())
        .def("render", &chronology_handle::render, "format"_a, "csv_profile"_a = "default",
             py::call_guard<py::gil_scoped_release>())
        .def("write", &chronology_handle::write, "path"_a, "format"_a, "csv_profile"_a = "default",
             py::call_guard<py::gil_scoped_release>())
        .def("table", &chronology_handle::table, py::call_guard<py::gil_scoped_release>())
        .def("to_bytes",
             [](const chronology_handle& c) {
                 std::string bytes;
                 {
                     py::gil_scoped_release unlocked;
                     bytes = c.to_bytes();
                 }
                 return py::bytes(bytes);
             })
        .def_property_readonly("document_count", &chronology_handle::document_count);

    py::class_<engine_handle, std::shared_ptr<engine_handle>>(m, "Engine")
        .def(py::init([](std::string config_file, std::vector<std::string> plugin_dirs, std::string plugin_dir,
                         std::string config_dir) {
                 return std::make_shared<engine_handle>(std::move(config_file), std::move(plugin_dirs),
                                                        cli::installation{plugin_dir, config_dir});
             }),
             "config_file"_a, "plugin_dirs"_a, "plugin_dir"_a, "config_dir"_a)
        .def_property_readonly("load_notes", [](const engine_handle& e) { return lines_of(e.load_notes()); })
        .def(
            "mentions_jsonl",
            [](const engine_handle& e, document doc, const std::optional<std::string>& mode, bool explain) {
                const auto chosen = mode_named(mode);
                py::gil_scoped_release unlocked;
                diagnostics notes;
                std::string lines = e.mentions_jsonl(std::move(doc), chosen, explain, notes);
                return std::pair(std::move(lines), lines_of(notes));
            },
            "document"_a, "mode"_a, "explain"_a)
        .def(
            "resolve_jsonl",
            [](const engine_handle& e, std::string expression, const std::string& reference, bool explain) {
                const auto day = day_named(reference, "ref");
                py::gil_scoped_release unlocked;
                diagnostics notes;
                std::string lines = e.resolve_jsonl(std::move(expression), *day, explain, notes);
                return std::pair(std::move(lines), lines_of(notes));
            },
            "expression"_a, "ref"_a, "explain"_a)
        .def(
            "read",
            [](const engine_handle& e, const py::iterable& paths, const std::string& reader,
               const std::optional<std::string>& published) {
                build_settings settings{day_named(published, "published"), std::nullopt, reader};
                std::vector<std::string> named;
                for (build_item& item : items_of(paths)) named.push_back(std::get<std::string>(std::move(item)));
                py::gil_scoped_release unlocked;
                diagnostics notes;
                std::vector<document> documents = e.read(named, settings, notes);
                return std::pair(std::move(documents), lines_of(notes));
            },
            "paths"_a, "reader"_a, "published"_a)
        .def(
            "map",
            [](const std::shared_ptr<engine_handle>& e, const py::iterable& given, std::size_t first_position,
               const std::optional<std::string>& published, const std::optional<std::string>& mode,
               const std::string& reader, bool include_citations) {
                build_settings settings{day_named(published, "published"), mode_named(mode), reader, include_citations};
                std::vector<build_item> items = items_of(given);
                py::gil_scoped_release unlocked;
                mapped m = e->map(std::move(items), first_position, settings);
                return std::pair(std::make_shared<chronology_handle>(e, std::move(m.part)), lines_of(m.reader_notes));
            },
            "items"_a, "first_position"_a, "published"_a, "mode"_a, "reader"_a, "include_citations"_a)
        .def("chronology_from_bytes", [](const std::shared_ptr<engine_handle>& e, const py::bytes& bytes) {
            std::string copy = bytes;
            py::gil_scoped_release unlocked;
            return chronology_handle::from_bytes(e, copy);
        });
}

} // namespace
} // namespace annalist::python

PYBIND11_MODULE(_annalist, m) {
    using namespace annalist;
    m.doc() = "The annalist engine; use the package `annalist`, which wraps it.";
    // annalist.Error, a ValueError, says what the CLI would say and exit 2 or 1 for.
    static const py::handle error = py::register_exception<cli::usage_error>(m, "Error", PyExc_ValueError);
    py::register_exception_translator([](std::exception_ptr thrown) {
        try {
            if (thrown) std::rethrow_exception(thrown);
        } catch (const formats::partial_bytes_error& e) {
            PyErr_SetString(error.ptr(), e.what());
        } catch (const located_error& e) {
            PyErr_SetString(error.ptr(), e.what());
        } catch (const cli::output_error& e) {
            PyErr_SetString(PyExc_OSError, e.what());
        }
    });
    python::bind_document(m);
    python::bind_engine(m);
    m.def(
        "list_inputs",
        [](const std::vector<std::string>& named) {
            std::vector<std::string> files;
            for (cli::input_file& f : cli::list_inputs(named, false)) files.push_back(std::move(f.path));
            return files;
        },
        "paths"_a, "Files named, and those under folders named (sorted, hidden ones skipped), as the CLI reads them");
}

#include <annalist/formats/partial_bytes.hpp>

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include <cstdint>
#include <memory>

namespace annalist::formats {
namespace {

using nlohmann::json;

// Bumped whenever a field is added, removed or changes meaning.
constexpr std::string_view format_tag = "annalist-partial-1";

json encode(const time_value& v) {
    return json::array({v.begin.time_since_epoch().count(), v.end.time_since_epoch().count(), v.value,
                        static_cast<int>(v.grain), static_cast<int>(v.mod), v.dated});
}

json encode(const mention& m) {
    return json::array({m.begin, m.end, m.begin_code_point, m.end_code_point, m.text, encode(m.value), m.rule,
                        m.explanation, m.cited_outlet, static_cast<int>(m.type), static_cast<int>(m.anchor), m.tense,
                        m.written, m.alternative ? encode(*m.alternative) : json(nullptr), m.confidence,
                        m.range ? json::array({encode(m.range->first), encode(m.range->last)}) : json(nullptr)});
}

json encode(const document& d) {
    const json published =
        d.published ? json(date::sys_days(*d.published).time_since_epoch().count()) : json(nullptr);
    return json::array({d.source, d.reader_id, d.title, d.url, d.text, published, d.published_source,
                        d.published_inferred, d.order.input, d.order.item});
}

json encode(const event& e) {
    json reports = json::array();
    for (const event_report& r : e.also_reported) reports.push_back(json::array({r.document, encode(r.mention), r.sentence}));
    return json::array({encode(e.mention), e.sentence, e.headline, e.document, std::move(reports)});
}

json encode(const diagnostic& d) {
    return json::array({d.level == severity::error ? 1 : 0, d.where.file, d.where.line, d.where.column,
                        d.where.byte_offset ? json(*d.where.byte_offset) : json(nullptr), d.message});
}

// Reading: each field checked for its kind (nlohmann throws on a mismatch) and each
// enumeration for its range, so bad bytes give an error, never a model out of range.
const json& field(const json& array, std::size_t k, std::size_t size) {
    if (!array.is_array() || array.size() != size)
        throw partial_bytes_error(fmt::format("expected a list of {} fields, found {}", size, array.dump().substr(0, 60)));
    return array[k];
}

template <typename Enum> Enum enumerator(const json& value, Enum last) {
    const auto n = value.get<int>();
    if (n < 0 || n > static_cast<int>(last)) throw partial_bytes_error(fmt::format("enumerator {} out of range", n));
    return static_cast<Enum>(n);
}

time_value decode_value(const json& a) {
    time_value v;
    v.begin = date::sys_seconds(std::chrono::seconds(field(a, 0, 6).get<std::int64_t>()));
    v.end = date::sys_seconds(std::chrono::seconds(field(a, 1, 6).get<std::int64_t>()));
    v.value = field(a, 2, 6).get<std::string>();
    v.grain = enumerator(field(a, 3, 6), grain::century);
    v.mod = enumerator(field(a, 4, 6), modifier::equal_or_more);
    v.dated = field(a, 5, 6).get<bool>();
    return v;
}

mention decode_mention(const json& a) {
    constexpr std::size_t n = 16;
    mention m;
    m.begin = field(a, 0, n).get<std::size_t>();
    m.end = field(a, 1, n).get<std::size_t>();
    m.begin_code_point = field(a, 2, n).get<std::size_t>();
    m.end_code_point = field(a, 3, n).get<std::size_t>();
    m.text = field(a, 4, n).get<std::string>();
    m.value = decode_value(field(a, 5, n));
    m.rule = field(a, 6, n).get<std::string>();
    m.explanation = field(a, 7, n).get<std::string>();
    m.cited_outlet = field(a, 8, n).get<std::string>();
    m.type = enumerator(field(a, 9, n), timex_type::set);
    m.anchor = enumerator(field(a, 10, n), anchor::event);
    m.tense = field(a, 11, n).get<int>();
    m.written = field(a, 12, n).get<date_parts>();
    if (const json& alternative = field(a, 13, n); !alternative.is_null())
        m.alternative = std::make_shared<const time_value>(decode_value(alternative));
    m.confidence = field(a, 14, n).get<double>();
    if (const json& range = field(a, 15, n); !range.is_null())
        m.range = std::make_shared<const date_range>(
            date_range{decode_value(field(range, 0, 2)), decode_value(field(range, 1, 2))});
    return m;
}

document decode_document(const json& a) {
    constexpr std::size_t n = 10;
    document d;
    d.source = field(a, 0, n).get<std::string>();
    d.reader_id = field(a, 1, n).get<std::string>();
    d.title = field(a, 2, n).get<std::string>();
    d.url = field(a, 3, n).get<std::string>();
    d.text = field(a, 4, n).get<std::string>();
    if (const json& published = field(a, 5, n); !published.is_null())
        d.published = date::year_month_day(date::sys_days(date::days(published.get<std::int32_t>())));
    d.published_source = field(a, 6, n).get<std::string>();
    d.published_inferred = field(a, 7, n).get<bool>();
    d.order = {field(a, 8, n).get<std::size_t>(), field(a, 9, n).get<std::size_t>()};
    return d;
}

// A document index must name one of the partial's documents.
std::size_t document_index(const json& value, std::size_t documents) {
    const auto k = value.get<std::size_t>();
    if (k >= documents) throw partial_bytes_error(fmt::format("document {} of {}", k, documents));
    return k;
}

event decode_event(const json& a, std::size_t documents) {
    constexpr std::size_t n = 5;
    event e;
    e.mention = decode_mention(field(a, 0, n));
    e.sentence = field(a, 1, n).get<std::string>();
    e.headline = field(a, 2, n).get<std::string>();
    e.document = document_index(field(a, 3, n), documents);
    for (const json& r : field(a, 4, n).get_ref<const json::array_t&>())
        e.also_reported.push_back(
            {document_index(field(r, 0, 3), documents), decode_mention(field(r, 1, 3)), field(r, 2, 3).get<std::string>()});
    return e;
}

diagnostic decode_diagnostic(const json& a) {
    constexpr std::size_t n = 6;
    diagnostic d;
    d.level = field(a, 0, n).get<int>() == 1 ? severity::error : severity::warning;
    d.where.file = field(a, 1, n).get<std::string>();
    d.where.line = field(a, 2, n).get<std::size_t>();
    d.where.column = field(a, 3, n).get<std::size_t>();
    if (const json& offset = field(a, 4, n); !offset.is_null()) d.where.byte_offset = offset.get<std::size_t>();
    d.message = field(a, 5, n).get<std::string>();
    return d;
}

const json::array_t& list(const json& value) {
    if (!value.is_array()) throw partial_bytes_error("expected a list");
    return value.get_ref<const json::array_t&>();
}

} // namespace

std::string encode_partial(const partial_chronology& part) {
    json documents = json::array(), events = json::array(), citations = json::array(), notes = json::array();
    for (const document& d : part.documents) documents.push_back(encode(d));
    for (const event& e : part.events) events.push_back(encode(e));
    for (const source_citation& c : part.citations)
        citations.push_back(json::array({c.document, c.outlet, encode(c.mention)}));
    for (const diagnostics& of_document : part.notes) {
        json these = json::array();
        for (const diagnostic& d : of_document) these.push_back(encode(d));
        notes.push_back(std::move(these));
    }
    const json whole = json::array({format_tag, std::move(documents), std::move(events), std::move(citations),
                                    std::move(notes)});
    const std::vector<std::uint8_t> bytes = json::to_msgpack(whole);
    return {bytes.begin(), bytes.end()};
}

partial_chronology decode_partial(std::string_view bytes) {
    try {
        const json whole = json::from_msgpack(bytes.begin(), bytes.end());
        if (field(whole, 0, 5) != format_tag)
            throw partial_bytes_error(fmt::format("not an {} record", format_tag));
        partial_chronology part;
        for (const json& d : list(whole[1])) part.documents.push_back(decode_document(d));
        const std::size_t documents = part.documents.size();
        for (const json& e : list(whole[2])) part.events.push_back(decode_event(e, documents));
        for (const json& c : list(whole[3]))
            part.citations.push_back({document_index(field(c, 0, 3), documents), field(c, 1, 3).get<std::string>(),
                                      decode_mention(field(c, 2, 3))});
        for (const json& of_document : list(whole[4])) {
            diagnostics these;
            for (const json& d : list(of_document)) these.push_back(decode_diagnostic(d));
            part.notes.push_back(std::move(these));
        }
        if (part.notes.size() != documents)
            throw partial_bytes_error(fmt::format("{} lists of notes for {} documents", part.notes.size(), documents));
        return part;
    } catch (const nlohmann::json::exception& e) {
        throw partial_bytes_error(fmt::format("not a partial chronology: {}", e.what()));
    } catch (const partial_bytes_error& e) {
        throw partial_bytes_error(fmt::format("not a partial chronology: {}", e.what()));
    }
}

} // namespace annalist::formats

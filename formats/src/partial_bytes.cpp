#include <annalist/formats/partial_bytes.hpp>

#include <fmt/format.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <type_traits>

namespace annalist::formats {
namespace {

// Bumped whenever a field is added, removed or changes meaning.
constexpr std::string_view format_tag = "annalist-partial-2";

// Fields in a fixed order: integers as 8 bytes in the machine's order (the machines
// Dask spreads work over are little-endian x86 and ARM; on a big-endian one the
// tag's length would read wrong and the bytes be refused), strings as their length
// and bytes, an optional as a flag byte and its value. No tree is built either way: a partial of 40 MB
// encodes and decodes at memory speed, where MessagePack through a JSON tree
// took a second.
class writer {
public:
    void number(std::uint64_t n) { out_.append(reinterpret_cast<const char*>(&n), sizeof n); }
    void signed_number(std::int64_t n) { number(static_cast<std::uint64_t>(n)); }
    void byte(std::uint8_t b) { out_.push_back(static_cast<char>(b)); }
    void text(std::string_view s) {
        number(s.size());
        out_.append(s);
    }
    void real(double d) {
        std::uint64_t bits = 0;
        std::memcpy(&bits, &d, sizeof bits);
        number(bits);
    }
    std::string take() { return std::move(out_); }

private:
    std::string out_;
};

class reader {
public:
    explicit reader(std::string_view bytes) : bytes_(bytes) {}

    std::uint64_t number() {
        std::uint64_t n = 0;
        std::memcpy(&n, take(sizeof n), sizeof n);
        return n;
    }
    std::int64_t signed_number() { return static_cast<std::int64_t>(number()); }
    std::uint8_t byte() { return static_cast<std::uint8_t>(*take(1)); }
    bool flag() {
        const auto b = byte();
        if (b > 1) fail(fmt::format("a flag of {}", b));
        return b == 1;
    }
    std::string text() {
        const auto size = count(1);
        return {take(size), size};
    }
    double real() {
        const std::uint64_t bits = number();
        double d = 0;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    // A count of items at least `item_bytes` long each: never more than the bytes
    // left could hold, so a corrupt count cannot ask for a huge allocation.
    std::size_t count(std::size_t item_bytes) {
        const auto n = number();
        if (n > (bytes_.size() - at_) / item_bytes) fail(fmt::format("a count of {}", n));
        return static_cast<std::size_t>(n);
    }
    template <typename Enum> Enum enumerator(Enum last) {
        const auto n = byte();
        if (n > static_cast<std::uint8_t>(last)) fail(fmt::format("enumerator {} out of range", n));
        return static_cast<Enum>(n);
    }
    [[nodiscard]] bool done() const { return at_ == bytes_.size(); }
    [[noreturn]] void fail(const std::string& what) const {
        throw partial_bytes_error(fmt::format("not a partial chronology: {} at byte {}", what, at_));
    }

private:
    const char* take(std::size_t n) {
        if (n > bytes_.size() - at_) fail("the bytes end");
        const char* p = bytes_.data() + at_;
        at_ += n;
        return p;
    }
    std::string_view bytes_;
    std::size_t at_ = 0;
};

void put(writer& w, const time_value& v) {
    w.signed_number(v.begin.time_since_epoch().count());
    w.signed_number(v.end.time_since_epoch().count());
    w.text(v.value);
    w.byte(static_cast<std::uint8_t>(v.grain));
    w.byte(static_cast<std::uint8_t>(v.mod));
    w.byte(v.dated ? 1 : 0);
}

time_value get_value(reader& r) {
    time_value v;
    v.begin = date::sys_seconds(std::chrono::seconds(r.signed_number()));
    v.end = date::sys_seconds(std::chrono::seconds(r.signed_number()));
    v.value = r.text();
    v.grain = r.enumerator(grain::century);
    v.mod = r.enumerator(modifier::equal_or_more);
    v.dated = r.flag();
    return v;
}

void put(writer& w, const mention& m) {
    for (const std::size_t n : {m.begin, m.end, m.begin_code_point, m.end_code_point}) w.number(n);
    for (const std::string* s : {&m.text, &m.rule, &m.explanation, &m.cited_outlet}) w.text(*s);
    put(w, m.value);
    w.byte(static_cast<std::uint8_t>(m.type));
    w.byte(static_cast<std::uint8_t>(m.anchor));
    w.byte(static_cast<std::uint8_t>(m.tense + 1));
    w.byte(m.written);
    w.byte(m.alternative ? 1 : 0);
    if (m.alternative) put(w, *m.alternative);
    w.real(m.confidence);
    w.byte(m.range ? 1 : 0);
    if (m.range) {
        put(w, m.range->first);
        put(w, m.range->last);
    }
}

mention get_mention(reader& r) {
    mention m;
    for (std::size_t* n : {&m.begin, &m.end, &m.begin_code_point, &m.end_code_point}) *n = r.number();
    for (std::string* s : {&m.text, &m.rule, &m.explanation, &m.cited_outlet}) *s = r.text();
    m.value = get_value(r);
    m.type = r.enumerator(timex_type::set);
    m.anchor = r.enumerator(anchor::event);
    const auto tense = r.byte();
    if (tense > 2) r.fail(fmt::format("a tense of {}", tense));
    m.tense = tense - 1;
    m.written = r.byte();
    if (r.flag()) m.alternative = std::make_shared<const time_value>(get_value(r));
    m.confidence = r.real();
    if (r.flag()) {
        date_range range{get_value(r), {}};
        range.last = get_value(r);
        m.range = std::make_shared<const date_range>(std::move(range));
    }
    return m;
}

void put(writer& w, const document& d) {
    for (const std::string* s : {&d.source, &d.reader_id, &d.title, &d.url, &d.text, &d.published_source}) w.text(*s);
    w.byte(d.published ? 1 : 0);
    if (d.published) w.signed_number(date::sys_days(*d.published).time_since_epoch().count());
    w.byte(d.published_inferred ? 1 : 0);
    w.number(d.order.input);
    w.number(d.order.item);
}

document get_document(reader& r) {
    document d;
    for (std::string* s : {&d.source, &d.reader_id, &d.title, &d.url, &d.text, &d.published_source}) *s = r.text();
    if (r.flag()) {
        // Years -9999 to 9999: a day outside has no year_month_day to read it into.
        static const auto first = date::sys_days(date::year{-9999} / 1 / 1).time_since_epoch().count();
        static const auto last = date::sys_days(date::year{9999} / 12 / 31).time_since_epoch().count();
        const auto days = r.signed_number();
        if (days < first || days > last) r.fail(fmt::format("a day {} out of range", days));
        d.published = date::year_month_day(date::sys_days(date::days(days)));
    }
    d.published_inferred = r.flag();
    d.order.input = r.number();
    d.order.item = r.number();
    return d;
}

std::size_t get_document_index(reader& r, std::size_t documents) {
    const auto k = r.number();
    if (k >= documents) r.fail(fmt::format("document {} of {}", k, documents));
    return static_cast<std::size_t>(k);
}

void put(writer& w, const diagnostic& d) {
    w.byte(d.level == severity::error ? 1 : 0);
    w.text(d.where.file);
    w.number(d.where.line);
    w.number(d.where.column);
    w.byte(d.where.byte_offset ? 1 : 0);
    if (d.where.byte_offset) w.number(*d.where.byte_offset);
    w.text(d.message);
}

diagnostic get_diagnostic(reader& r) {
    diagnostic d;
    d.level = r.flag() ? severity::error : severity::warning;
    d.where.file = r.text();
    d.where.line = r.number();
    d.where.column = r.number();
    if (r.flag()) d.where.byte_offset = r.number();
    d.message = r.text();
    return d;
}

// The smallest encodings, which bound how many items a count may claim.
constexpr std::size_t least_value = 2 * 8 + 8 + 3;
constexpr std::size_t least_document = 6 * 8 + 2 + 2 * 8;
constexpr std::size_t least_mention = 4 * 8 + 4 * 8 + least_value + 5 + 8 + 1;
constexpr std::size_t least_diagnostic = 1 + 8 + 8 + 8 + 1 + 8;

} // namespace

std::string encode_partial(const partial_chronology& part) {
    writer w;
    w.text(format_tag);
    w.number(part.documents.size());
    for (const document& d : part.documents) put(w, d);
    w.number(part.events.size());
    for (const event& e : part.events) {
        put(w, e.mention);
        w.text(e.sentence);
        w.text(e.headline);
        w.number(e.document);
        w.number(e.also_reported.size());
        for (const event_report& report : e.also_reported) {
            w.number(report.document);
            put(w, report.mention);
            w.text(report.sentence);
        }
    }
    w.number(part.citations.size());
    for (const source_citation& c : part.citations) {
        w.number(c.document);
        w.text(c.outlet);
        put(w, c.mention);
    }
    for (const diagnostics& of_document : part.notes) {
        w.number(of_document.size());
        for (const diagnostic& d : of_document) put(w, d);
    }
    return w.take();
}

partial_chronology decode_partial(std::string_view bytes) {
    reader r(bytes);
    if (bytes.size() < 8 + format_tag.size() || r.text() != format_tag)
        throw partial_bytes_error(fmt::format("not a partial chronology: no {} record at its start", format_tag));
    partial_chronology part;
    part.documents.resize(r.count(least_document));
    for (document& d : part.documents) d = get_document(r);
    const std::size_t documents = part.documents.size();
    part.events.resize(r.count(least_mention));
    for (event& e : part.events) {
        e.mention = get_mention(r);
        e.sentence = r.text();
        e.headline = r.text();
        e.document = get_document_index(r, documents);
        e.also_reported.resize(r.count(least_mention));
        for (event_report& report : e.also_reported) {
            report.document = get_document_index(r, documents);
            report.mention = get_mention(r);
            report.sentence = r.text();
        }
    }
    part.citations.resize(r.count(least_mention));
    for (source_citation& c : part.citations) {
        c.document = get_document_index(r, documents);
        c.outlet = r.text();
        c.mention = get_mention(r);
    }
    part.notes.resize(documents);
    for (diagnostics& of_document : part.notes) {
        of_document.resize(r.count(least_diagnostic));
        for (diagnostic& d : of_document) d = get_diagnostic(r);
    }
    if (!r.done()) r.fail("bytes left over");
    return part;
}

} // namespace annalist::formats

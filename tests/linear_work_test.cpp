// Work grows linearly with the input on every hostile shape: each is fed at n and
// 2n bytes through the whole per-document pipeline (scan, resolve, citations,
// clauses, headlines, merge), and the steps the work meter counts must double, not
// quadruple. Steps, unlike times, are the same on every machine and under the
// sanitizers. (A run-on list of dates took 6.5 s at 25 KB and 424 s at 100 KB
// before its clauses were bounded: cubic.)
#include <annalist/pipeline.hpp>
#include <annalist/work_meter.hpp>

#include "support/english.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <functional>
#include <string>
#include <thread>

namespace {

struct shape {
    std::string name;
    std::function<std::string(std::size_t)> piece; // the i-th piece of the text
};

// The text of `bytes` or a little more, made of the shape's pieces.
std::string text_of(const shape& s, std::size_t bytes) {
    std::string text;
    for (std::size_t i = 0; text.size() < bytes; ++i) text += s.piece(i);
    return text;
}

std::uint64_t steps_for(const std::string& text) {
    annalist::document doc;
    doc.source = "hostile.txt";
    doc.text = text;
    doc.published = date::year{2024} / 11 / 4;
    const std::uint64_t before = annalist::work_meter::steps();
    (void)annalist::build_chronology({doc}, annalist::test::english_engine());
    return annalist::work_meter::steps() - before;
}

// A different day for each piece, as a long list has them; "one date restated" is the
// shape with one day throughout.
std::string day(std::size_t i) {
    static constexpr const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                             "July",    "August",   "September", "October", "November", "December"};
    return fmt::format("{} {}, {}", months[i % 12], i / 12 % 28 + 1, 1950 + i / 336 % 70);
}

const std::vector<shape>& shapes() {
    static const std::vector<shape> all{
        {"invalid UTF-8", [](std::size_t i) { return fmt::format("The vote \xff\xfe was \xc3 held on {}. ", day(i)); }},
        {"NUL bytes", [](std::size_t i) { return fmt::format("It{}met on {}.{} ", '\0', day(i), '\0'); }},
        {"CR-only lines", [](std::size_t i) { return fmt::format("It met on {}.\r", day(i)); }},
        {"CRLF lines", [](std::size_t i) { return fmt::format("It met on {}.\r\n", day(i)); }},
        {"byte order marks", [](std::size_t i) { return fmt::format("\xef\xbb\xbfIt met on {}. ", day(i)); }},
        {"one long number", [](std::size_t) { return std::string(1000, '9'); }},
        {"one line of sentences",
         [](std::size_t i) { return fmt::format("The council met on {} and again ", day(i)); }},
        {"May May May", [](std::size_t) { return std::string("May "); }},
        {"1/1/1/1", [](std::size_t) { return std::string("1/"); }},
        {"bracketed citations", [](std::size_t i) { return fmt::format("(TASS, October {}) ", i % 28 + 1); }},
        {"a run-on list of dates", [](std::size_t i) { return fmt::format("{} ", day(i)); }},
        {"one date restated", [](std::size_t) { return std::string("June 3, 2024, "); }},
        {"a sentence of brackets", [](std::size_t i) { return fmt::format("(see {}) and ", day(i)); }},
        {"commas where dates were", [](std::size_t i) { return fmt::format("on {} , , ", day(i)); }},
        {"semicolons", [](std::size_t i) { return fmt::format("it rose on {}; ", day(i)); }},
        {"offsets from events",
         [](std::size_t i) { return fmt::format("two months after the meeting on {} ", day(i)); }},
        {"31 February", [](std::size_t) { return std::string("It was held on 31 February 2024. "); }},
        {"years out of range", [](std::size_t) { return std::string("in the year 99999 and in 1000000000 years "); }},
        {"10000 BC", [](std::size_t) { return std::string("The city was founded in 10000 BC. "); }},
        {"mid-October with U+2011 and U+00A0",
         [](std::size_t) { return std::string("mid\u2011October, mid-\u00a0October "); }},
        {"zero-width marks", [](std::size_t i) { return fmt::format("on Ju\u200dne\u200b {}, 2024 ", i % 28 + 1); }},
        {"right-to-left text",
         [](std::size_t i) { return fmt::format("\u05d4\u05e6\u05d1\u05e2\u05d4 {} \u0627\u0644\u062a. ", day(i)); }},
        {"open brackets", [](std::size_t i) { return fmt::format("({} ", day(i)); }},
        {"quotes and dashes", [](std::size_t i) { return fmt::format("\"{}\" -- ", day(i)); }},
    };
    return all;
}

} // namespace

TEST_CASE("work grows linearly with the input on every hostile shape") {
    constexpr std::size_t n = 32 * 1024;
    for (const shape& s : shapes()) {
        const std::string small = text_of(s, n), large = text_of(s, 2 * n);
        const std::uint64_t small_steps = steps_for(small), large_steps = steps_for(large);
        const double ratio = static_cast<double>(large_steps) / static_cast<double>(small_steps);
        INFO(s.name << ": " << small_steps << " steps for " << small.size() << " bytes, " << large_steps << " for "
                    << large.size());
        CHECK(small_steps >= small.size()); // every byte is at least tokenized
        // Twice the bytes: twice the steps, and a little more for the halving searches.
        CHECK(ratio < 2.2);
    }
}

TEST_CASE("the work meter counts on its own thread only") {
    const std::uint64_t before = annalist::work_meter::steps();
    annalist::work_meter::add(5);
    CHECK(annalist::work_meter::steps() == before + 5);
    std::uint64_t other = 0;
    std::thread([&] { other = annalist::work_meter::steps(); }).join();
    CHECK(other == 0);
}

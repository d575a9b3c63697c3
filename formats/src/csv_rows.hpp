// What the CSV profiles share: rows, and the cells every profile derives the same way.
#pragma once

#include <annalist/model/chronology.hpp>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace annalist::formats::detail {

// A cell the writer made itself (a date, a grain, a TIMEX3 value): quoted when it
// must be, never prefixed, so "-0044-03-15" stays a date. Article text goes through
// csv_field instead, which neutralises formulas.
struct generated {
    std::string text;
};

// One cell: article text (neutralised) or generated (kept as is).
struct cell {
    cell(std::string article_text) : text(std::move(article_text)) {}
    cell(const char* article_text) : text(article_text) {}
    cell(generated g) : text(std::move(g.text)), is_generated(true) {}
    std::string text;
    bool is_generated = false;
};

void write_row(std::ostream& out, const std::vector<cell>& cells);
void write_header(std::ostream& out, const std::vector<std::string_view>& names);

// The last instant the value includes: the day before `end` for day and coarser
// grains, the second before it for finer ones (people read an end as included).
date::sys_seconds inclusive_end(const time_value& v);

// One entry per source of the event, joined with "; ".
std::string join_sources(const chronology& c, const event& e, std::string (*field)(const document&));

} // namespace annalist::formats::detail

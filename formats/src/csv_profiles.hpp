// One function per CSV column layout; csv_writer.cpp picks one.
#pragma once

#include <annalist/model/chronology.hpp>

#include <ostream>

namespace annalist::formats::detail {

void write_standard_csv(const chronology& c, std::ostream& out);
void write_timelinejs_csv(const chronology& c, std::ostream& out);
void write_gcal_csv(const chronology& c, std::ostream& out);

} // namespace annalist::formats::detail

// A time_value written as a person would write it, at the precision the text gave:
// "19 June 2024", "June 2024", "mid-October 2024", "week of 28 October 2024".
#pragma once

#include <annalist/model/time_value.hpp>

#include <string>

namespace annalist::formats {

// English. Times are UTC ("19 June 2024, 15:30 UTC"). Start, mid and end read
// "early", "mid-" and "late" on a month or coarser ("late 2023", "the mid-1990s"),
// "the start of", "the middle of" and "the end of" on finer grains and halves;
// approx reads "about", before and after as they say. Years before 1 read "44 BC".
// A value that dates nothing (a duration, PRESENT_REF) is its TIMEX3 value.
std::string display_date(const time_value& v);

} // namespace annalist::formats

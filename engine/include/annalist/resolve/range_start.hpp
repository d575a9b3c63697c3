// The start of a range written before its date: the "10" of "10–12 June 2024". It
// has no month or year of its own; it takes them from the date after the dash (or
// "to"), which the scanner has already resolved.
#pragma once

#include <annalist/config/language.hpp>
#include <annalist/model/mention.hpp>

#include <string_view>
#include <vector>

namespace annalist {

// Adds, in text order, a day mention for each bare day number that stands right
// before a dash, or one of the language's range words ("10 to 12 May"), and a
// day-grain date beginning with a larger day number.
void add_range_starts(std::string_view text, std::vector<mention>& mentions, const language& lang);

} // namespace annalist

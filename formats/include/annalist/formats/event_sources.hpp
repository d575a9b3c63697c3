// The documents an event comes from, shared by the writers that list them.
#pragma once

#include <annalist/model/chronology.hpp>

#include <vector>

namespace annalist::formats {

// The event's own document, then each document in also_reported, each once, in that order.
std::vector<const document*> sources_of(const chronology& c, const event& e);

// Whether `url` may become a link: http or https only, never javascript: or data:.
bool is_web_url(std::string_view url);

} // namespace annalist::formats

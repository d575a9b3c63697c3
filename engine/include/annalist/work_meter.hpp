// Work a test can count: the steps the engine takes over a document's bytes, tokens
// and mentions, tallied per thread where it walks them. Linear input must cost
// linear steps; hostile_input_test feeds n and 2n bytes of each hostile shape and
// compares the steps, which are the same on every machine, where times are not.
// Each walk adds its steps once, when it ends, so the tally costs nothing measurable.
#pragma once

#include <cstdint>

namespace annalist::work_meter {

// Steps tallied on this thread so far.
std::uint64_t steps() noexcept;

void add(std::uint64_t steps) noexcept;

} // namespace annalist::work_meter

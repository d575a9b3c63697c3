#include <annalist/work_meter.hpp>

namespace annalist::work_meter {
namespace {

thread_local std::uint64_t tally = 0;

} // namespace

std::uint64_t steps() noexcept { return tally; }

void add(std::uint64_t steps) noexcept { tally += steps; }

} // namespace annalist::work_meter

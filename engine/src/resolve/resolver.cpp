#include <annalist/resolve/resolver.hpp>

namespace annalist {

std::optional<time_value> resolve_full_date(const date_parts& parts) {
    const date::year_month_day day{date::year{parts.year}, date::month{parts.month}, date::day{parts.day}};
    if (!day.ok()) return std::nullopt;
    return day_value(day);
}

} // namespace annalist

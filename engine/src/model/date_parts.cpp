#include <annalist/model/date_parts.hpp>

#include <array>
#include <utility>

namespace annalist {

date_parts parts_at_grain(const time_value& v) {
    if (!v.dated || v.value.ends_with("_REF")) return 0;
    switch (v.grain) {
    case grain::second:
    case grain::minute:
    case grain::hour:
    case grain::part_of_day:
        return date_part::year | date_part::month | date_part::day | date_part::time;
    case grain::day:
        return date_part::year | date_part::month | date_part::day;
    case grain::week:
        return date_part::year | date_part::week;
    case grain::month:
        return date_part::year | date_part::month;
    case grain::quarter:
    case grain::half:
    case grain::season:
    case grain::year:
    case grain::decade:
    case grain::century:
        break;
    }
    return static_cast<date_parts>(date_part::year);
}

std::vector<std::string_view> part_names(date_parts parts) {
    static constexpr std::array<std::pair<date_part, std::string_view>, 6> names{{{date_part::year, "year"},
                                                                                  {date_part::month, "month"},
                                                                                  {date_part::week, "week"},
                                                                                  {date_part::day, "day"},
                                                                                  {date_part::weekday, "weekday"},
                                                                                  {date_part::time, "time"}}};
    std::vector<std::string_view> out;
    for (const auto& [part, name] : names)
        if ((parts & static_cast<date_parts>(part)) != 0) out.push_back(name);
    return out;
}

} // namespace annalist

#include <annalist/model/diagnostic.hpp>

namespace annalist {

located_error::located_error(source_position where, const std::string& message)
    : std::runtime_error(fmt::format("{}: {}", where, message)), where_(std::move(where)), message_(message) {}

} // namespace annalist

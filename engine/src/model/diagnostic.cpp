#include <annalist/model/diagnostic.hpp>

namespace annalist {

located_error::located_error(source_position where, const std::string& message)
    : std::runtime_error(fmt::format("{}: {}", where, message)), where_(std::move(where)), message_(message) {}

diagnostic file_warning(std::string file, std::string message) {
    diagnostic d;
    d.level = severity::warning;
    d.where.file = std::move(file);
    d.message = std::move(message);
    return d;
}

} // namespace annalist

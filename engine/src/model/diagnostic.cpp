#include <annalist/model/diagnostic.hpp>

namespace annalist {

located_error::located_error(source_position where, const std::string& message)
    : std::runtime_error(fmt::format("{}: {}", where, message)), where_(std::move(where)), message_(message) {}

namespace {

diagnostic about_file(severity level, std::string file, std::string message) {
    diagnostic d;
    d.level = level;
    d.where.file = std::move(file);
    d.message = std::move(message);
    return d;
}

} // namespace

diagnostic file_warning(std::string file, std::string message) {
    return about_file(severity::warning, std::move(file), std::move(message));
}

diagnostic file_error(std::string file, std::string message) {
    return about_file(severity::error, std::move(file), std::move(message));
}

} // namespace annalist

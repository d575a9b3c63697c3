// What went wrong or looked odd, and where: file:line:col, as toml++ reports it.
#pragma once

#include <fmt/format.h>

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace annalist {

struct source_position {
    std::string file;
    std::size_t line = 0;   // 1-based; 0 when unknown
    std::size_t column = 0; // 1-based; 0 when unknown
    std::optional<std::size_t> byte_offset;
};

enum class severity { warning, error };

struct diagnostic {
    severity level = severity::error;
    source_position where;
    std::string message;
};

// A warning or an error about a whole file (no line or column). Built by a function,
// not braces: GCC 12 at -O3 reports a false -Wmaybe-uninitialized on the braced form.
diagnostic file_warning(std::string file, std::string message);
diagnostic file_error(std::string file, std::string message);

using diagnostics = std::vector<diagnostic>;

// An error the user can act on: it names the place in their file.
class located_error : public std::runtime_error {
public:
    located_error(source_position where, const std::string& message);
    [[nodiscard]] const source_position& where() const { return where_; }
    [[nodiscard]] const std::string& message() const { return message_; }

private:
    source_position where_;
    std::string message_;
};

} // namespace annalist

// "file:line:col", "file:line", "file (byte 12)" or "file", whatever is known.
template <> struct fmt::formatter<annalist::source_position> : fmt::formatter<std::string_view> {
    auto format(const annalist::source_position& p, fmt::format_context& ctx) const -> decltype(ctx.out()) {
        auto out = fmt::format_to(ctx.out(), "{}", p.file);
        if (p.line > 0) {
            out = fmt::format_to(out, ":{}", p.line);
            if (p.column > 0) out = fmt::format_to(out, ":{}", p.column);
        }
        if (p.byte_offset) out = fmt::format_to(out, " (byte {})", *p.byte_offset);
        return out;
    }
};

// "file:line:col: error: message"
template <> struct fmt::formatter<annalist::diagnostic> : fmt::formatter<std::string_view> {
    auto format(const annalist::diagnostic& d, fmt::format_context& ctx) const -> decltype(ctx.out()) {
        return fmt::format_to(ctx.out(), "{}: {}: {}", d.where,
                              d.level == annalist::severity::error ? "error" : "warning", d.message);
    }
};

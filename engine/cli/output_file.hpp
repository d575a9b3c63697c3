// Writing an output so that it is either complete or absent: a temporary file in
// the same folder, renamed over the target once fully written.
#pragma once

#include <functional>
#include <ostream>
#include <stdexcept>
#include <string>

namespace annalist::cli {

class output_error : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Calls `write` with a stream for `target`: stdout when it is empty or "-"; the
// file itself when it exists and is not a regular file (/dev/null, a pipe);
// otherwise a temporary file renamed to `target`. Throws output_error naming the
// target when it cannot be written; a half-written temporary is removed.
void write_output(const std::string& target, const std::function<void(std::ostream&)>& write);

// SIGINT and SIGTERM end the program at once with exit code 130 or 143, removing
// the temporary of an output being written: no partial file is ever left.
void stop_cleanly_on_signals();

// write_output, with a failure printed as one line on stderr; returns whether it worked.
bool write_output_or_report(const std::string& target, const std::function<void(std::ostream&)>& write);

} // namespace annalist::cli

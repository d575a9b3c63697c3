// What `annalist` exits with; documented in the README.
#pragma once

namespace annalist::cli {

enum exit_code : int {
    exit_ok = 0,
    exit_inputs_failed = 1, // some inputs failed; the rest were still written
    exit_usage = 2,         // bad command line or configuration
    exit_output_failed = 3, // the output could not be written
};

} // namespace annalist::cli

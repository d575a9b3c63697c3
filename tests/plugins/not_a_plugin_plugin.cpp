// A shared library that exports something, but not the reader entry point.
extern "C" __attribute__((visibility("default"))) int annalist_unrelated_function(void) { return 42; }

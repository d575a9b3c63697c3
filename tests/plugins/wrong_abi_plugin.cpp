// A plugin that claims the next ABI major: the host must refuse it.
#include <annalist/sdk/reader_abi.h>

namespace {
annalist_probe_answer probe(annalist_str, const unsigned char*, size_t) { return ANNALIST_PROBE_YES; }
int read(const annalist_read_request*, const annalist_host*) { return 0; }
} // namespace

extern "C" __attribute__((visibility("default"))) const annalist_reader* annalist_reader_entry(void) {
    static const annalist_reader descriptor{ANNALIST_READER_ABI_MAJOR + 1,
                                            0,
                                            sizeof(annalist_reader),
                                            "future",
                                            "From the future",
                                            "9.0",
                                            ".future",
                                            &probe,
                                            &read};
    return &descriptor;
}

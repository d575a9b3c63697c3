#include "progress_meter.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using annalist::cli::progress_meter;

namespace {

// A clock the test moves by hand. Times are binary fractions, so sums are exact.
struct fake_clock {
    double now = 0;
    annalist::cli::seconds_clock function() {
        return [this] { return now; };
    }
};

const std::string clear = "\r\x1b[K";

// 12.3 of 40.1 MB after 1.5 s: 8.2 MB/s; 27.8 MB left take 3.39 s, about 0:04.
const std::string first_line = "annalist: 1,234 of 10,000 documents, 12.3 of 40.1 MB, 8.2 MB/s, about 0:04 left";

} // namespace

TEST_CASE("nothing is drawn in the first second") {
    fake_clock clock;
    std::ostringstream out;
    progress_meter meter(true, 10'000, 40'100'000, out, clock.function());
    clock.now = 0.5;
    meter.advance(1'000, 10'000'000);
    clock.now = 0.99;
    meter.advance(234, 2'300'000);
    CHECK(out.str().empty());
    meter.finish();
    CHECK(out.str().empty()); // nothing drawn, nothing to clear
}

TEST_CASE("after a second, one line rewritten in place with the counts, the rate and the time left") {
    fake_clock clock;
    std::ostringstream out;
    progress_meter meter(true, 10'000, 40'100'000, out, clock.function());
    clock.now = 0.5;
    meter.advance(1'000, 10'000'000);
    clock.now = 1.5;
    meter.advance(234, 2'300'000);
    CHECK(out.str() == "\r" + first_line + "\x1b[K");
}

TEST_CASE("the line is redrawn at most every tenth of a second") {
    fake_clock clock;
    std::ostringstream out;
    progress_meter meter(true, 10'000, 40'100'000, out, clock.function());
    clock.now = 1.5;
    meter.advance(1'234, 12'300'000);
    const std::string drawn = out.str();
    clock.now = 1.5625; // 0.0625 s later: counted, not drawn
    meter.advance(766, 0);
    CHECK(out.str() == drawn);
    clock.now = 1.625; // 0.125 s after the last draw; 2,000 documents now
    meter.advance(0, 0);
    // 12.3 MB in 1.625 s: 7.569 MB/s; 27.8 MB left take 3.67 s, about 0:04.
    CHECK(out.str() ==
          drawn + "\rannalist: 2,000 of 10,000 documents, 12.3 of 40.1 MB, 7.6 MB/s, about 0:04 left\x1b[K");
}

TEST_CASE("a line printed while the meter shows clears it first, and the meter returns at the next advance") {
    fake_clock clock;
    std::ostringstream out;
    progress_meter meter(true, 10'000, 40'100'000, out, clock.function());
    meter.print_line("annalist: early.txt: warning: before any meter"); // nothing to clear yet
    CHECK(out.str() == "annalist: early.txt: warning: before any meter\n");
    out.str("");

    clock.now = 1.5;
    meter.advance(1'234, 12'300'000);
    meter.print_line("annalist: a.txt:1:10: warning: odd");
    CHECK(out.str() == "\r" + first_line + "\x1b[K" + clear + "annalist: a.txt:1:10: warning: odd\n");
    out.str("");

    clock.now = 1.53125; // within the tenth of a second, but the line is gone: drawn again
    meter.advance(0, 0);
    CHECK(out.str() == "\rannalist: 1,234 of 10,000 documents, 12.3 of 40.1 MB, 8.0 MB/s, about 0:04 left\x1b[K");
}

TEST_CASE("finish clears the line once, and nothing is drawn after it") {
    fake_clock clock;
    std::ostringstream out;
    {
        progress_meter meter(true, 10'000, 40'100'000, out, clock.function());
        clock.now = 1.5;
        meter.advance(1'234, 12'300'000);
        meter.finish();
        CHECK(out.str() == "\r" + first_line + "\x1b[K" + clear);
        meter.finish();
        clock.now = 3;
        meter.advance(1, 1);
        CHECK(out.str() == "\r" + first_line + "\x1b[K" + clear);
    } // the destructor finishes again: still nothing
    CHECK(out.str() == "\r" + first_line + "\x1b[K" + clear);
}

TEST_CASE("the destructor clears a line still shown") {
    fake_clock clock;
    std::ostringstream out;
    {
        progress_meter meter(true, 0, 0, out, clock.function());
        clock.now = 2;
        meter.advance(3, 0);
    }
    CHECK(out.str() == "\rannalist: 3 documents\x1b[K" + clear);
}

TEST_CASE("a disabled meter writes only the lines it is given") {
    fake_clock clock;
    std::ostringstream out;
    progress_meter meter(false, 10'000, 40'100'000, out, clock.function());
    for (int step = 1; step <= 30; ++step) {
        clock.now = step * 0.25;
        meter.advance(10, 1'000'000);
    }
    meter.print_line("annalist: a.txt: warning: odd");
    clock.now = 9;
    meter.advance(10, 1'000'000);
    meter.finish();
    CHECK(out.str() == "annalist: a.txt: warning: odd\n");
}

TEST_CASE("the line leaves out what is unknown, groups thousands and counts hours") {
    fake_clock clock;
    std::ostringstream out;
    SECTION("no totals: counts and rate only") {
        const progress_meter meter(true, 0, 0, out, clock.function());
        CHECK(meter.status_line(2) == "annalist: 0 documents");
    }
    SECTION("one document of an unknown number") {
        progress_meter meter(true, 0, 0, out, clock.function());
        meter.advance(1, 3'500'000);
        CHECK(meter.status_line(2) == "annalist: 1 document, 3.5 MB, 1.8 MB/s"); // 1.75 rounds to even
    }
    SECTION("large totals: thousands grouped in megabytes too, hours in the time left") {
        progress_meter meter(true, 1'000'000, 4'000'000'000, out, clock.function());
        meter.advance(250'000, 1'000'000);
        // 1 MB/s; 3,999 MB left: 3,999 s = 1:06:39.
        CHECK(meter.status_line(1) ==
              "annalist: 250,000 of 1,000,000 documents, 1.0 of 4,000.0 MB, 1.0 MB/s, about 1:06:39 left");
    }
    SECTION("all bytes done: no time left") {
        progress_meter meter(true, 2, 2'000'000, out, clock.function());
        meter.advance(2, 2'000'000);
        CHECK(meter.status_line(4) == "annalist: 2 of 2 documents, 2.0 of 2.0 MB, 0.5 MB/s");
    }
    CHECK(out.str().empty()); // status_line only reads
}

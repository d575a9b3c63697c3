// Work on many threads, results in input order, memory bounded, errors in order.
#include "ordered_parallel.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

using annalist::cli::for_each_in_order;

namespace {

// A little work whose length varies with k, so that workers finish out of order.
int slow_square(std::size_t k) {
    std::this_thread::sleep_for(std::chrono::microseconds((k * 7919) % 200));
    return static_cast<int>(k * k);
}

} // namespace

TEST_CASE("results come in input order whatever the number of threads") {
    for (const std::size_t jobs : {1, 2, 3, 8}) {
        std::vector<int> seen;
        for_each_in_order<int>(1000, jobs, slow_square, [&](int&& r) { seen.push_back(r); });
        REQUIRE(seen.size() == 1000);
        for (std::size_t k = 0; k < seen.size(); ++k) REQUIRE(seen[k] == static_cast<int>(k * k));
    }
}

TEST_CASE("results waiting to be taken stay within the window") {
    // 1,000 inputs on 3 threads: a claim of 1000 / (3 x 64) = 5 inputs, a window of
    // 3 x 4 claims = 60 inputs; one claim more may be in the making.
    std::atomic<int> waiting{0}, most{0};
    for_each_in_order<int>(
        1000, 3,
        [&](std::size_t k) {
            const int now = ++waiting;
            for (int seen = most.load(); now > seen && !most.compare_exchange_weak(seen, now);) {
            }
            return static_cast<int>(k);
        },
        [&](int&&) {
            std::this_thread::sleep_for(std::chrono::microseconds(50)); // a slow writer
            --waiting;
        });
    CHECK(most.load() > 5);
    CHECK(most.load() <= 65);
}

TEST_CASE("an exception from one input is rethrown in its turn, after the inputs before it") {
    std::vector<int> seen;
    const auto failing = [](std::size_t k) -> int {
        if (k == 500) throw std::runtime_error("input 500 failed");
        return static_cast<int>(k);
    };
    CHECK_THROWS_WITH(for_each_in_order<int>(1000, 2, failing, [&](int&& r) { seen.push_back(r); }),
                      "input 500 failed");
    REQUIRE(seen.size() == 500);
    CHECK(seen.back() == 499);
}

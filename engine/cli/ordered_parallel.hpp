// Work on many threads, results in input order: inputs are mapped by a pool of
// workers and each result is handed to the calling thread in the order of the
// inputs, so output is the same bytes whatever the number of threads.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace annalist::cli {

// Calls map(k) for k in [0, count) on `jobs` threads (inline when jobs is 1) and
// take(result) for each in order of k on the calling thread. Workers claim inputs a
// few at a time and hand their results over together, waking the caller only when
// it waits for one of them; the caller takes every result ready in order at one
// waking. Ten thousand small inputs cost few hand-overs. At most about `ahead`
// claims per thread wait to be taken, so memory stays bounded by the largest
// inputs, not by their number. An exception from map is rethrown here, in order.
template <typename Result>
void for_each_in_order(std::size_t count, std::size_t jobs, const std::function<Result(std::size_t)>& map,
                       const std::function<void(Result&&)>& take, std::size_t ahead = 4) {
    if (jobs <= 1 || count <= 1) {
        for (std::size_t k = 0; k < count; ++k) take(map(k));
        return;
    }
    struct outcome {
        std::optional<Result> result;
        std::exception_ptr error;
    };
    const std::size_t claim = std::clamp<std::size_t>(count / (jobs * 64), 1, 16); // inputs a worker takes at once
    const std::size_t window = jobs * ahead * claim;
    std::mutex lock;
    std::condition_variable ready;       // the caller waits for input `taken`
    std::condition_variable room;        // workers wait for the window to move
    std::map<std::size_t, outcome> done; // finished, not yet taken
    std::size_t next = 0;                // the next input a worker claims
    std::size_t taken = 0;               // inputs handed to take
    bool stop = false;

    const auto work = [&] {
        std::vector<std::pair<std::size_t, outcome>> batch;
        for (;;) {
            std::size_t first = 0, last = 0;
            {
                std::unique_lock guard(lock);
                room.wait(guard, [&] { return stop || next >= count || next < taken + window; });
                if (stop || next >= count) return;
                first = next;
                last = next = std::min(count, next + claim);
            }
            batch.clear();
            for (std::size_t k = first; k < last; ++k) {
                outcome o;
                try {
                    o.result.emplace(map(k));
                } catch (...) {
                    o.error = std::current_exception();
                }
                batch.emplace_back(k, std::move(o));
            }
            bool wanted = false; // the caller waits for one of these
            {
                const std::lock_guard guard(lock);
                wanted = taken >= first && taken < last;
                for (auto& [k, o] : batch) done.emplace(k, std::move(o));
            }
            if (wanted) ready.notify_one();
        }
    };
    std::vector<std::thread> workers;
    workers.reserve(jobs);
    for (std::size_t t = 0; t < jobs; ++t) workers.emplace_back(work);
    const auto finish = [&] {
        {
            const std::lock_guard guard(lock);
            stop = true;
        }
        room.notify_all();
        for (auto& w : workers) w.join();
    };
    try {
        std::vector<outcome> in_order; // every result ready in order, taken at one waking
        while (taken < count) {
            in_order.clear();
            {
                std::unique_lock guard(lock);
                ready.wait(guard, [&] { return done.contains(taken); });
                for (auto it = done.find(taken); it != done.end(); it = done.find(taken + in_order.size())) {
                    in_order.push_back(std::move(it->second));
                    done.erase(it);
                }
            }
            for (outcome& o : in_order) {
                if (o.error) std::rethrow_exception(o.error);
                take(std::move(*o.result));
            }
            {
                const std::lock_guard guard(lock);
                taken += in_order.size();
            }
            room.notify_all();
        }
    } catch (...) {
        finish();
        throw;
    }
    finish();
}

} // namespace annalist::cli

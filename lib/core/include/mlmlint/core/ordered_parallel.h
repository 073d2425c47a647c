// An ordered, bounded parallel map: worker threads run `work` on the inputs, the calling thread consumes the
// results in input order as soon as each is ready, and at most `window` inputs are in flight (taken but not
// yet consumed), so memory stays flat however many inputs there are. Used by `check` (one input per file)
// and the NDJSON reader (one input per chunk of lines).
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

namespace mlmlint {

// `next()` (calling thread) gives the inputs in order, std::nullopt at the end; `work(Input&&)` runs on one of
// `threads` worker threads (at least one: even with one thread the work is handed off, so that consuming,
// e.g. printing, overlaps it); `consume(Output&&)` runs on the calling thread, in input order. An exception
// from `work` is rethrown on the calling thread when its turn to be consumed comes; one from `next` or
// `consume` propagates at once. Either way the workers are stopped and joined first.
//
// The calling thread is woken for a batch of results, not for each: with one worker, a wake-up per result was
// a context switch per file (6-16 % of the CPU samples of `check -j1`, more on a loaded machine). It waits
// until the next result in order is ready and so are kBatch results (or all in flight, when fewer are).
template <class Next, class Work, class Consume>
void ordered_parallel_stream(unsigned threads, std::size_t window, Next&& next, Work&& work, Consume&& consume) {
  using Input = typename std::invoke_result_t<Next&>::value_type;
  using Output = std::invoke_result_t<Work&, Input&&>;
  struct Job {
    std::size_t index;
    Input input;
  };
  struct Result {
    std::optional<Output> value;
    std::exception_ptr error;
  };
  constexpr std::size_t kBatch = 64;
  threads = std::max(1u, threads);
  window = std::max<std::size_t>(1, window);

  std::mutex mutex;
  std::condition_variable work_ready;
  std::condition_variable result_ready;
  std::deque<Job> queue;                       // under `mutex`
  std::vector<std::optional<Result>> ring(window);  // result of input i at i % window; under `mutex`
  bool closed = false;                         // under `mutex`: no more inputs, or stopping early
  std::size_t taken = 0;                       // under `mutex`: inputs handed to the queue
  std::size_t consumed = 0;                    // under `mutex`: results taken by the calling thread
  std::size_t ready = 0;                       // under `mutex`: results in `ring` not yet consumed
  auto batch_ready = [&] { return ready >= std::min(kBatch, taken - consumed); };

  auto worker = [&] {
    while (true) {
      std::optional<Job> job;
      {
        std::unique_lock lock(mutex);
        work_ready.wait(lock, [&] { return closed || !queue.empty(); });
        if (closed && queue.empty()) return;
        job.emplace(std::move(queue.front()));
        queue.pop_front();
      }
      Result result;
      try {
        result.value.emplace(work(std::move(job->input)));
      } catch (...) {
        result.error = std::current_exception();
      }
      bool wake = false;
      {
        std::lock_guard lock(mutex);
        ring[job->index % window] = std::move(result);
        ++ready;
        wake = batch_ready();
      }
      if (wake) result_ready.notify_one();
    }
  };

  // Joins the workers however the calling thread leaves (an exception must not destroy joinable threads);
  // on an early exit the inputs not yet taken are dropped.
  struct Workers {
    std::vector<std::thread> pool;
    std::mutex& mutex;
    std::condition_variable& work_ready;
    std::deque<Job>& queue;
    bool& closed;
    ~Workers() {
      {
        std::lock_guard lock(mutex);
        closed = true;
        if (std::uncaught_exceptions() > 0) queue.clear();
      }
      work_ready.notify_all();
      for (auto& t : pool) t.join();
    }
  } workers{{}, mutex, work_ready, queue, closed};
  for (unsigned t = 0; t < threads; ++t) workers.pool.emplace_back(worker);

  bool more = true;
  while (true) {
    // `taken` and `consumed` change only on this thread: reading them here needs no lock.
    while (more && taken - consumed < window) {
      std::optional<Input> input = next();
      if (!input) {
        more = false;
        break;
      }
      {
        std::lock_guard lock(mutex);
        queue.push_back(Job{taken, std::move(*input)});
        ++taken;
      }
      work_ready.notify_one();
    }
    if (consumed == taken) break;
    Result result;
    {
      std::unique_lock lock(mutex);
      auto& slot = ring[consumed % window];
      result_ready.wait(lock, [&] { return slot.has_value() && batch_ready(); });
      result = std::move(*slot);
      slot.reset();
      --ready;
      ++consumed;
    }
    if (result.error) std::rethrow_exception(result.error);
    consume(std::move(*result.value));
  }
}

// The same over the indices 0 .. count-1: work(i) -> Output, consume(i, Output&&).
template <class Work, class Consume>
void ordered_parallel(std::size_t count, unsigned threads, std::size_t window, Work&& work, Consume&& consume) {
  std::size_t next_index = 0;
  std::size_t next_consumed = 0;
  ordered_parallel_stream(
      threads, window,
      [&]() -> std::optional<std::size_t> {
        if (next_index == count) return std::nullopt;
        return next_index++;
      },
      [&](std::size_t i) { return work(i); },
      [&](auto&& output) { consume(next_consumed++, std::forward<decltype(output)>(output)); });
}

}  // namespace mlmlint

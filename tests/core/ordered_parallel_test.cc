// The ordered, bounded parallel map behind `check` and the NDJSON reader: output order is input order
// whatever order the workers finish in, no more than `window` inputs are in flight, and it neither hangs nor
// leaks threads on 0 items, 1 thread or an exception.
#include "mlmlint/core/ordered_parallel.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace mlmlint {
namespace {

TEST(OrderedParallel, ConsumesInInputOrderWhateverOrderWorkFinishes) {
  for (unsigned threads : {1u, 2u, 4u, 8u}) {
    std::vector<std::size_t> order;
    ordered_parallel(
        200, threads, 16,
        [](std::size_t i) {
          // Early items take longest, so later ones finish first.
          std::this_thread::sleep_for(std::chrono::microseconds((200 - i) % 7 * 50));
          return i * 10;
        },
        [&](std::size_t i, std::size_t value) {
          EXPECT_EQ(value, i * 10);
          order.push_back(i);
        });
    ASSERT_EQ(order.size(), 200u) << threads;
    for (std::size_t i = 0; i < order.size(); ++i) EXPECT_EQ(order[i], i) << threads;
  }
}

TEST(OrderedParallel, NeverHasMoreThanTheWindowInFlight) {
  constexpr std::size_t kWindow = 3;
  std::atomic<std::size_t> started{0};
  std::size_t consumed = 0;
  std::size_t most_ahead = 0;
  ordered_parallel(
      100, 8, kWindow,
      [&](std::size_t i) {
        started.fetch_add(1);
        return i;
      },
      [&](std::size_t, std::size_t) {
        ++consumed;
        // Work started but not consumed, including the item just consumed.
        most_ahead = std::max(most_ahead, started.load() - (consumed - 1));
        std::this_thread::sleep_for(std::chrono::microseconds(100));  // a slow consumer lets workers run ahead
      });
  EXPECT_EQ(consumed, 100u);
  EXPECT_LE(most_ahead, kWindow);
  EXPECT_GE(most_ahead, 2u);  // and the window is used: workers do run ahead of the consumer
}

// The calling thread is woken for a batch of results (ordered_parallel.h, kBatch = 64), not once per result:
// the first result is consumed only when 64 are ready, or all of them when fewer are in flight.
TEST(OrderedParallel, TheConsumerIsWokenForABatchNotForEachResult) {
  for (std::size_t count : {std::size_t{1000}, std::size_t{10}}) {
    std::atomic<std::size_t> done{0};
    std::vector<std::size_t> done_when_consumed;
    ordered_parallel(
        count, 1, 1024,
        [&](std::size_t i) {
          std::this_thread::sleep_for(std::chrono::microseconds(20));
          done.fetch_add(1);
          return i;
        },
        [&](std::size_t, std::size_t) { done_when_consumed.push_back(done.load()); });
    ASSERT_EQ(done_when_consumed.size(), count);
    EXPECT_GE(done_when_consumed[0], std::min<std::size_t>(64, count)) << count;
  }
}

TEST(OrderedParallel, ZeroItemsAndOneThread) {
  int calls = 0;
  ordered_parallel(0, 4, 8, [&](std::size_t i) { ++calls; return i; }, [&](std::size_t, std::size_t) { ++calls; });
  EXPECT_EQ(calls, 0);
  // One thread: the work still runs off the calling thread (consuming overlaps it), in order.
  const auto caller = std::this_thread::get_id();
  std::vector<std::size_t> seen;
  ordered_parallel(
      5, 1, 1,
      [&](std::size_t i) {
        EXPECT_NE(std::this_thread::get_id(), caller);
        return i;
      },
      [&](std::size_t i, std::size_t value) {
        EXPECT_EQ(std::this_thread::get_id(), caller);
        EXPECT_EQ(i, value);
        seen.push_back(i);
      });
  EXPECT_EQ(seen, (std::vector<std::size_t>{0, 1, 2, 3, 4}));
}

TEST(OrderedParallel, StreamStopsAtTheEndOfUnknownLengthInput) {
  std::vector<std::string> lines = {"a", "bb", "ccc", "dddd", "eeeee"};
  std::size_t next = 0;
  std::vector<std::size_t> lengths;
  ordered_parallel_stream(
      3, 2,
      [&]() -> std::optional<std::string> {
        if (next == lines.size()) return std::nullopt;
        return lines[next++];
      },
      [](std::string line) { return line.size(); }, [&](std::size_t n) { lengths.push_back(n); });
  EXPECT_EQ(lengths, (std::vector<std::size_t>{1, 2, 3, 4, 5}));
}

TEST(OrderedParallel, AnExceptionFromWorkReachesTheCallerInTurn) {
  std::vector<std::size_t> seen;
  EXPECT_THROW(ordered_parallel(
                   50, 4, 8,
                   [](std::size_t i) {
                     if (i == 7) throw std::runtime_error("item 7");
                     return i;
                   },
                   [&](std::size_t i, std::size_t) { seen.push_back(i); }),
               std::runtime_error);
  // Everything before the failing item was consumed, nothing after it.
  EXPECT_EQ(seen, (std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6}));
  // An exception from the consumer stops the workers too.
  EXPECT_THROW(ordered_parallel(
                   1000, 4, 8, [](std::size_t i) { return i; },
                   [](std::size_t i, std::size_t) {
                     if (i == 3) throw std::logic_error("stop");
                   }),
               std::logic_error);
}

}  // namespace
}  // namespace mlmlint

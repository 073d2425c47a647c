// --shard K/N: parsing, the stable hash, and that the N shards partition any list of inputs.
#include <string>
#include <vector>

#include <fmt/format.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlmlint/engine/shard.h"

namespace mlmlint {
namespace {

using ::testing::ElementsAre;

TEST(Shard, Parse) {
  ASSERT_TRUE(parse_shard("1/1"));
  EXPECT_EQ(parse_shard("3/8")->index, 3u);
  EXPECT_EQ(parse_shard("3/8")->count, 8u);
  for (const char* bad : {"", "1", "0/3", "4/3", "1/0", "a/3", "1/3x", "-1/3", "1/ 3", "/3", "1/"}) {
    EXPECT_FALSE(parse_shard(bad)) << bad;
  }
}

TEST(Shard, Fnv1aKnownValues) {
  // Published FNV-1a 64-bit test vectors: the split is the same on every platform and release.
  EXPECT_EQ(fnv1a64(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(fnv1a64("a"), 0xaf63dc4c8601ec8cULL);
  EXPECT_EQ(fnv1a64("foobar"), 0x85944171f73967e8ULL);
}

TEST(Shard, TheShardsPartitionTheInputsEvenly) {
  std::vector<std::string> paths;
  for (int i = 0; i < 3000; ++i) paths.push_back(fmt::format("catalog/{}/item-{}.json", i / 1000, i));
  for (const std::uint32_t n : {1u, 2u, 5u, 16u}) {
    std::vector<int> sizes(n, 0);
    for (const auto& path : paths) {
      int owners = 0;
      for (std::uint32_t k = 1; k <= n; ++k) {
        if (in_shard(path, Shard{k, n})) {
          ++owners;
          ++sizes[k - 1];
        }
      }
      ASSERT_EQ(owners, 1) << path << " with " << n << " shards";
    }
    for (const int size : sizes) EXPECT_NEAR(size, 3000.0 / n, 3000.0 / n * 0.25) << n << " shards";
  }
}

TEST(Shard, KeepShardKeepsProblemsByPathAndStdinEverywhere) {
  Inputs inputs;
  for (int i = 0; i < 40; ++i) inputs.files.push_back(fmt::format("f{}.json", i));
  inputs.files.push_back("-");
  inputs.problems.push_back({10, FileReport{"missing-a.json", {}}});
  inputs.problems.push_back({41, FileReport{"missing-b.json", {}}});
  std::size_t files = 0;
  std::size_t problems = 0;
  for (std::uint32_t k = 1; k <= 3; ++k) {
    Inputs share = inputs;
    keep_shard(share, Shard{k, 3});
    EXPECT_EQ(share.files.back(), "-");
    files += share.files.size() - 1;
    for (const auto& problem : share.problems) {
      ++problems;
      // Still before the file it preceded: the first kept file at or after that place in the full list.
      const std::size_t original = problem.report.path == "missing-a.json" ? 10 : 41;
      std::size_t expected = 0;
      for (std::size_t i = 0; i < original; ++i) {
        expected += inputs.files[i] == "-" || in_shard(inputs.files[i], Shard{k, 3}) ? 1 : 0;
      }
      EXPECT_EQ(problem.before, expected);
    }
  }
  EXPECT_EQ(files, 40u);
  EXPECT_EQ(problems, 2u);
}

}  // namespace
}  // namespace mlmlint

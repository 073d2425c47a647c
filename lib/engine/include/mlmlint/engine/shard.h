// --shard K/N: a deterministic share of the inputs, so that N machines or CI jobs can split one catalogue
// and merge their reports. The split depends only on each file's path, never on the machine or the run.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "mlmlint/engine/discover.h"

namespace mlmlint {

struct Shard {
  std::uint32_t index = 1;  // 1-based: 1..count
  std::uint32_t count = 1;
};

// "K/N" with 1 <= K <= N; nullopt otherwise.
std::optional<Shard> parse_shard(std::string_view text);

// 64-bit FNV-1a: stable across platforms, compilers and runs (std::hash is none of these).
std::uint64_t fnv1a64(std::string_view bytes);

// Whether `path` (as it is printed) belongs to `shard`.
bool in_shard(std::string_view path, const Shard& shard);

// Keeps the files (and the input problems, by their path) of `shard`; problems keep their place. Standard
// input ("-") is kept by every shard.
void keep_shard(Inputs& inputs, const Shard& shard);

}  // namespace mlmlint

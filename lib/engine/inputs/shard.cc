#include "mlmlint/engine/shard.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <vector>

namespace mlmlint {

namespace {

bool parse_number(std::string_view text, std::uint32_t& out) {
  if (text.empty()) return false;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

std::optional<Shard> parse_shard(std::string_view text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  Shard shard;
  if (!parse_number(text.substr(0, slash), shard.index) || !parse_number(text.substr(slash + 1), shard.count)) {
    return std::nullopt;
  }
  if (shard.count == 0 || shard.index == 0 || shard.index > shard.count) return std::nullopt;
  return shard;
}

std::uint64_t fnv1a64(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

bool in_shard(std::string_view path, const Shard& shard) {
  return fnv1a64(path) % shard.count == shard.index - 1;
}

void keep_shard(Inputs& inputs, const Shard& shard) {
  if (shard.count == 1) return;
  std::vector<std::string> kept;
  std::vector<std::size_t> new_index(inputs.files.size() + 1);
  for (std::size_t i = 0; i < inputs.files.size(); ++i) {
    new_index[i] = kept.size();
    // Standard input is each job's own: every shard checks it.
    if (inputs.files[i] == "-" || in_shard(inputs.files[i], shard)) kept.push_back(std::move(inputs.files[i]));
  }
  new_index[inputs.files.size()] = kept.size();
  std::vector<InputProblem> problems;
  for (auto& problem : inputs.problems) {
    if (!in_shard(problem.report.path, shard)) continue;
    problem.before = new_index[std::min(problem.before, inputs.files.size())];
    problems.push_back(std::move(problem));
  }
  inputs.files = std::move(kept);
  inputs.problems = std::move(problems);
}

}  // namespace mlmlint

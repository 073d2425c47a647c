#include "mlmlint/engine/baseline.h"

#include <cstdint>
#include <fstream>
#include <sstream>
#include <system_error>

#include <fmt/format.h>
#include <simdjson.h>

#include "mlmlint/core/atomic_write.h"
#include "mlmlint/core/json_text.h"
#include "mlmlint/core/utf8.h"

namespace mlmlint {

namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kVersion = 1;

fs::path absolute_normal(const fs::path& p) {
  std::error_code ec;
  fs::path a = fs::absolute(p, ec);
  if (ec) a = p;
  return a.lexically_normal();
}

}  // namespace

std::string message_hash(std::string_view message) {
  std::uint64_t h = 14695981039346656037ull;
  for (const char c : message) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return fmt::format("{:016x}", h);
}

Baseline::Baseline(const std::string& baseline_path) : dir_(absolute_normal(baseline_path).parent_path()) {}

Baseline::Key Baseline::key(const std::string& file, const Diagnostic& diagnostic) const {
  // stdin has no place in the tree; everything else is keyed relative to the baseline, so that runs
  // from another folder (or naming the files differently) still match.
  // As the file records it: a name that is not UTF-8 is written with U+FFFD (json_text.h), so it is
  // matched that way too.
  const std::string path =
      file == "-" ? file : valid_utf8(absolute_normal(file).lexically_relative(dir_).generic_string());
  return {path, diagnostic.code, diagnostic.pointer, message_hash(diagnostic.message)};
}

void Baseline::add(const FileReport& report) {
  for (const auto& d : report.diagnostics) ++counts_[key(report.path, d)];
}

std::size_t Baseline::suppress(FileReport& report) {
  std::size_t removed = 0;
  std::vector<Diagnostic> kept;
  for (auto& d : report.diagnostics) {
    auto it = counts_.find(key(report.path, d));
    if (it != counts_.end() && it->second > 0) {
      --it->second;
      ++removed;
      continue;
    }
    kept.push_back(std::move(d));
  }
  report.diagnostics = std::move(kept);
  return removed;
}

std::size_t Baseline::size() const {
  std::size_t n = 0;
  for (const auto& [key, count] : counts_) n += count;
  return n;
}

bool Baseline::write(const std::string& path, std::string& error) const {
  std::string out = fmt::format("{{\"version\":{},\"findings\":[", kVersion);
  bool first = true;
  for (const auto& [key, count] : counts_) {
    out += first ? "\n" : ",\n";
    first = false;
    out += "{\"path\":";
    append_json_string(out, key.path);
    out += ",\"code\":";
    append_json_string(out, key.code);
    out += ",\"pointer\":";
    append_json_string(out, key.pointer);
    out += ",\"message_hash\":";
    append_json_string(out, key.message_hash);
    out += fmt::format(",\"count\":{}}}", count);
  }
  out += "\n]}\n";
  // Atomically: an interrupted or failed write keeps the previous baseline rather than a truncated one.
  std::string why;
  if (!write_file_atomically(path, out, why)) {
    error = fmt::format("{}: cannot write the baseline: {}", path, why);
    return false;
  }
  return true;
}

std::optional<Baseline> Baseline::load(const std::string& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = fmt::format("{}: cannot read the baseline", path);
    return std::nullopt;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  auto bad = [&](std::string_view what) {
    error = fmt::format("{}: not a mlm-lint baseline: {} (write one with --write-baseline)", path, what);
    return std::nullopt;
  };
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(text).get(root) != simdjson::SUCCESS) return bad("invalid JSON");
  std::int64_t version = 0;
  if (root["version"].get(version) != simdjson::SUCCESS || version != kVersion) {
    return bad(fmt::format("\"version\" must be {}", kVersion));
  }
  simdjson::dom::array findings;
  if (root["findings"].get(findings) != simdjson::SUCCESS) return bad("\"findings\" must be an array");
  Baseline baseline(path);
  std::size_t index = 0;
  for (auto entry : findings) {
    Key key;
    std::string_view p, code, pointer, hash;
    std::int64_t count = 1;
    if (entry["path"].get(p) != simdjson::SUCCESS || entry["code"].get(code) != simdjson::SUCCESS ||
        entry["pointer"].get(pointer) != simdjson::SUCCESS || entry["message_hash"].get(hash) != simdjson::SUCCESS ||
        (entry["count"].error() != simdjson::NO_SUCH_FIELD && entry["count"].get(count) != simdjson::SUCCESS) ||
        count < 1) {
      return bad(fmt::format("findings/{} needs string \"path\", \"code\", \"pointer\", \"message_hash\" and a "
                             "positive \"count\"", index));
    }
    baseline.counts_[Key{std::string(p), std::string(code), std::string(pointer), std::string(hash)}] +=
        static_cast<std::size_t>(count);
    ++index;
  }
  return baseline;
}

}  // namespace mlmlint

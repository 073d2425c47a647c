#include "mlmlint/schema/schema_sources.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <simdjson.h>

#include "mlmlint/core/json_scan.h"
#include "mlmlint/core/atomic_write.h"
#include "mlmlint/core/uri.h"
#include "schema_bundle.h"
#include "embedded_index.h"

namespace mlmlint {

namespace fs = std::filesystem;

// ------------------------------------------------------------------------------------------------
// Small helpers

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// The whole file, or nullopt with `error` set (strerror wording).
std::optional<std::string> read_whole(const std::string& path, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (error) *error = std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream out;
  out << in.rdbuf();
  if (in.bad()) {
    if (error) *error = "read error";
    return std::nullopt;
  }
  return out.str();
}

// Writes `data` to `path` atomically (temporary file in the same folder, fsync, rename; see atomic_write.h).
bool write_atomically(const std::string& path, std::string_view data, std::string* error) {
  return write_file_atomically(path, data, *error);
}

// SHA-256 (FIPS 180-4): cache file names must be stable across runs, builds and machines.
class Sha256 {
 public:
  std::string hex(std::string_view data) {
    std::uint64_t bits = static_cast<std::uint64_t>(data.size()) * 8;
    std::string msg(data);
    msg += static_cast<char>(0x80);
    while (msg.size() % 64 != 56) msg += '\0';
    for (int i = 7; i >= 0; --i) msg += static_cast<char>((bits >> (i * 8)) & 0xff);
    for (std::size_t off = 0; off < msg.size(); off += 64) block(reinterpret_cast<const unsigned char*>(msg.data()) + off);
    std::string out;
    for (std::uint32_t v : h_) out += fmt::format("{:08x}", v);
    return out;
  }

 private:
  static std::uint32_t rotr(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

  void block(const unsigned char* p) {
    static constexpr std::array<std::uint32_t, 64> k = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
        0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
        0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
        0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
        0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
        0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
        0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2};
    std::array<std::uint32_t, 64> w{};
    for (int i = 0; i < 16; ++i) {
      w[i] = (std::uint32_t{p[4 * i]} << 24) | (std::uint32_t{p[4 * i + 1]} << 16) | (std::uint32_t{p[4 * i + 2]} << 8) |
             std::uint32_t{p[4 * i + 3]};
    }
    for (int i = 16; i < 64; ++i) {
      const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
      const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    std::uint32_t a = h_[0], b = h_[1], c = h_[2], d = h_[3], e = h_[4], f = h_[5], g = h_[6], h = h_[7];
    for (int i = 0; i < 64; ++i) {
      const std::uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i];
      const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      h = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    h_[0] += a;
    h_[1] += b;
    h_[2] += c;
    h_[3] += d;
    h_[4] += e;
    h_[5] += f;
    h_[6] += g;
    h_[7] += h;
  }

  std::array<std::uint32_t, 8> h_ = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                     0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
};

}  // namespace

std::string sha256_hex(std::string_view data) { return Sha256().hex(data); }

std::optional<SchemaMapping> parse_schema_mapping(std::string_view spec, std::string* error) {
  const auto scheme = spec.find("://");
  const auto eq = spec.find('=', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (scheme == std::string_view::npos || eq == std::string_view::npos || eq + 1 == spec.size()) {
    if (error) *error = fmt::format("expected URL=PATH with an absolute URL, got '{}'", spec);
    return std::nullopt;
  }
  SchemaMapping m;
  m.url = strip_fragment(spec.substr(0, eq));
  m.path = std::string(spec.substr(eq + 1));
  if (m.prefix() && !m.path.empty() && m.path.back() != '/') m.path += '/';
  return m;
}

std::string default_cache_dir() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') return std::string(xdg) + "/mlm-lint";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.cache/mlm-lint";
  return {};
}

std::string schema_text_problem(std::string_view text) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  const simdjson::padded_string padded(text);
  if (parser.parse(padded).get(root) != simdjson::SUCCESS) {
    const SyntaxError syntax = find_syntax_error(text, 1024);
    if (syntax.problem == SyntaxProblem::kNone) return "not valid JSON";
    const LineColumn lc = line_column_at(text, syntax.offset);
    return fmt::format("not valid JSON: {} at line {}, column {}", syntax.message, lc.line, lc.column);
  }
  if (root.is_object() || root.is_bool()) return {};
  const char* kind = root.is_array() ? "an array" : root.is_string() ? "a string" : root.is_null() ? "null" : "a number";
  return fmt::format("the document is {}, not a JSON schema (an object)", kind);
}

std::string_view origin_name(SchemaOrigin origin) {
  switch (origin) {
    case SchemaOrigin::kBundled: return "bundled";
    case SchemaOrigin::kMapped: return "mapped";
    case SchemaOrigin::kCached: return "cached";
    case SchemaOrigin::kDownloaded: return "downloaded";
  }
  return "?";
}

// ------------------------------------------------------------------------------------------------
// SchemaCache

SchemaCache::SchemaCache(std::string dir) : dir_(std::move(dir)), schemas_dir_(dir_ + "/schemas") {}

std::string SchemaCache::path_for(const std::string& url) const {
  return schemas_dir_ + "/" + sha256_hex(strip_fragment(url)) + ".json";
}

std::optional<std::string> SchemaCache::read(const std::string& url_in, std::string* problem) const {
  if (dir_.empty()) return std::nullopt;
  const std::string url = strip_fragment(url_in);
  const std::string json_path = path_for(url);
  const std::string url_path = json_path.substr(0, json_path.size() - 5) + ".url";
  auto recorded = read_whole(url_path, nullptr);
  // No .url file: not cached (or a write that never completed). Another URL: a stray file or a hash
  // collision; either way not this schema.
  if (!recorded || *recorded != url) return std::nullopt;
  std::string error;
  auto text = read_whole(json_path, &error);
  if (!text) {
    if (problem) *problem = fmt::format("{} cannot be read ({})", json_path, error);
    return std::nullopt;
  }
  if (std::string why = schema_text_problem(*text); !why.empty()) {
    if (problem) *problem = fmt::format("{} is {}", json_path, why);
    return std::nullopt;
  }
  return text;
}

bool SchemaCache::write(const std::string& url_in, std::string_view text, std::string* error) const {
  if (dir_.empty()) {
    *error = "no cache folder (neither XDG_CACHE_HOME nor HOME is set)";
    return false;
  }
  const std::string url = strip_fragment(url_in);
  std::error_code ec;
  fs::create_directories(schemas_dir_, ec);
  if (ec) {
    *error = fmt::format("cannot create {}: {}", schemas_dir_, ec.message());
    return false;
  }
  const std::string json_path = path_for(url);
  // The .url file last: it is what marks the entry complete (see read()).
  return write_atomically(json_path, text, error) &&
         write_atomically(json_path.substr(0, json_path.size() - 5) + ".url", url, error);
}

std::vector<SchemaCache::Entry> SchemaCache::list() const {
  std::vector<Entry> out;
  std::error_code ec;
  if (dir_.empty() || !fs::is_directory(schemas_dir_, ec)) return out;
  // Explicit increment(ec): the range-for form throws on an I/O error, and nothing may throw across lib/.
  for (fs::directory_iterator it(schemas_dir_, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path p = it->path();
    if (p.extension() != ".url" || starts_with(p.filename().string(), ".tmp-")) continue;
    auto url = read_whole(p.string(), nullptr);
    fs::path json = p;
    json.replace_extension(".json");
    std::error_code size_ec;
    const auto bytes = fs::file_size(json, size_ec);
    if (!url || size_ec) continue;
    out.push_back({*url, json.string(), static_cast<std::size_t>(bytes)});
  }
  std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) { return a.url < b.url; });
  return out;
}

long SchemaCache::clear(std::string* error) const {
  std::error_code ec;
  if (dir_.empty() || !fs::is_directory(schemas_dir_, ec)) return 0;
  long removed = 0;
  std::vector<fs::path> doomed;
  for (fs::directory_iterator it(schemas_dir_, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path p = it->path();
    const std::string name = p.filename().string();
    // Only what mlm-lint writes: someone may have pointed XDG_CACHE_HOME somewhere unusual.
    if (p.extension() == ".url" || p.extension() == ".json" || starts_with(name, ".tmp-")) doomed.push_back(p);
  }
  if (ec) {
    *error = fmt::format("cannot list {}: {}", schemas_dir_, ec.message());
    return -1;
  }
  for (const auto& p : doomed) {
    if (!fs::remove(p, ec) && ec) {
      *error = fmt::format("cannot remove {}: {}", p.string(), ec.message());
      return -1;
    }
    if (p.extension() == ".url" && !starts_with(p.filename().string(), ".tmp-")) ++removed;
  }
  fs::remove(schemas_dir_, ec);  // only if empty; a leftover folder is harmless
  return removed;
}

// ------------------------------------------------------------------------------------------------
// SchemaSources

SchemaSources::SchemaSources(SchemaSourceOptions options)
    : options_(std::move(options)),
      cache_(options_.cache_dir.empty() ? default_cache_dir() : options_.cache_dir) {}

const SchemaMapping* SchemaSources::mapping_for(const std::string& url, bool exact) const {
  const SchemaMapping* best = nullptr;
  for (const auto& m : options_.map) {
    if (m.prefix() == exact) continue;
    if (exact) {
      if (m.url == url) best = &m;  // the last one given wins (the command line after the config file)
    } else if (starts_with(url, m.url) && (!best || m.url.size() >= best->url.size())) {
      best = &m;
    }
  }
  return best;
}

SchemaSources::Result SchemaSources::read_mapped(const SchemaMapping& mapping, const std::string& url) const {
  Result r;
  std::string path = mapping.path;
  if (mapping.prefix()) {
    const std::string rest = url.substr(mapping.url.size());
    // A ref must not climb out of the mapped folder ("../../etc/passwd"); refs are resolved before they
    // get here, so ".." only survives in a hand-written URL.
    const bool climbs = rest == ".." || starts_with(rest, "../") || rest.find("/../") != std::string::npos ||
                        (rest.size() >= 3 && rest.substr(rest.size() - 3) == "/..");
    if (rest.empty() || climbs || rest.find('?') != std::string::npos) {
      r.error = fmt::format("the schema {} is under the mapped prefix {}, but does not name a file in {}", url,
                            mapping.url, mapping.path);
      return r;
    }
    path += rest;
  }
  std::string error;
  auto text = read_whole(path, &error);
  if (!text) {
    r.error = fmt::format("the schema {} is mapped to {}, which cannot be read ({})", url, path, error);
    return r;
  }
  if (std::string why = schema_text_problem(*text); !why.empty()) {
    r.error = fmt::format("the schema {} is mapped to {}, which is {}", url, path, why);
    return r;
  }
  r.text = std::move(text);
  r.origin = SchemaOrigin::kMapped;
  return r;
}

bool SchemaSources::may_download(const std::string& url_in) const {
  const std::string url = strip_fragment(url_in);
  return options_.allow_remote &&
         (starts_with(url, "https://") || (options_.fetch.allow_http && starts_with(url, "http://")));
}

SchemaSources::Result SchemaSources::download(const std::string& url) {
  Result r;
  FetchResult fetched = http_get(url, options_.fetch);
  if (!fetched.body) {
    r.error = fmt::format("the schema {} could not be downloaded ({})", url, fetched.error);
    return r;
  }
  if (std::string why = schema_text_problem(*fetched.body); !why.empty()) {
    r.error = fmt::format("the schema downloaded from {} is {}", url, why);
    return r;
  }
  std::string error;
  if (!cache_.write(url, *fetched.body, &error)) {
    warnings_.push_back(fmt::format("the schema {} was downloaded but could not be cached: {}", url, error));
  }
  r.text = std::move(fetched.body);
  r.origin = SchemaOrigin::kDownloaded;
  return r;
}

SchemaSources::Result SchemaSources::resolve(const std::string& url) {
  if (const SchemaMapping* m = mapping_for(url, true)) return read_mapped(*m, url);
  if (auto text = embedded_schema_text(url)) return {std::move(text), SchemaOrigin::kBundled, {}};
  if (const SchemaMapping* m = mapping_for(url, false)) return read_mapped(*m, url);
  std::string problem;
  if (auto text = cache_.read(url, &problem)) return {std::move(text), SchemaOrigin::kCached, {}};
  if (!problem.empty()) {
    if (!may_download(url)) {
      return {std::nullopt, std::nullopt,
              fmt::format("the cached copy of the schema {} is corrupted ({}); run `mlm-lint schemas fetch {}` or "
                          "use --allow-remote",
                          url, problem, url)};
    }
    Result r = download(url);
    if (r.text) {
      warnings_.push_back(fmt::format("the cached copy of {} was corrupted ({}); downloaded it again", url, problem));
    } else {
      r.error += fmt::format("; the cached copy is corrupted too ({})", problem);
    }
    return r;
  }
  if (may_download(url)) return download(url);
  return {std::nullopt, std::nullopt, fmt::format("the schema {} is not bundled, mapped or cached", url)};
}

std::optional<std::string> SchemaSources::load(const std::string& url_in) {
  const std::string url = strip_fragment(url_in);
  std::lock_guard lock(mutex_);
  if (auto it = memo_.find(url); it != memo_.end()) return it->second.text;
  Result r = resolve(url);
  if (r.origin == SchemaOrigin::kBundled) return std::move(r.text);  // the binary already holds it
  return memo_.emplace(url, std::move(r)).first->second.text;
}

bool SchemaSources::available_offline(const std::string& url_in) const {
  const std::string url = strip_fragment(url_in);
  std::lock_guard lock(mutex_);
  if (auto it = memo_.find(url); it != memo_.end()) return it->second.text.has_value();
  if (mapping_for(url, true) || embedded_schema_text(url) || mapping_for(url, false)) return true;
  // The entry's URL record says it is there; its content is checked when it is loaded (a corrupted
  // entry then becomes a clear MLM902, or is downloaded again with --allow-remote). Remembered for the
  // run: every document declaring an unbundled extension asks again.
  if (auto it = offline_.find(url); it != offline_.end()) return it->second;
  const std::string json_path = cache_.path_for(url);
  auto recorded = read_whole(json_path.substr(0, json_path.size() - 5) + ".url", nullptr);
  return offline_[url] = recorded && *recorded == url;
}

std::string SchemaSources::failure(const std::string& url_in) const {
  std::lock_guard lock(mutex_);
  auto it = memo_.find(strip_fragment(url_in));
  return it == memo_.end() || it->second.text ? std::string() : it->second.error;
}

std::optional<SchemaOrigin> SchemaSources::origin(const std::string& url_in) const {
  const std::string url = strip_fragment(url_in);
  std::lock_guard lock(mutex_);
  if (auto it = memo_.find(url); it != memo_.end()) return it->second.origin;
  if (!mapping_for(url, true) && embedded_schema_text(url)) return SchemaOrigin::kBundled;
  return std::nullopt;
}

std::vector<std::string> SchemaSources::take_warnings() {
  std::lock_guard lock(mutex_);
  return std::exchange(warnings_, {});
}

bool SchemaSources::refresh(const std::string& url_in, std::vector<std::string>& notes,
                            std::vector<std::string>& warnings) {
  const std::string url = strip_fragment(url_in);
  std::set<std::string> already;  // downloaded before the references of this schema
  {
    std::lock_guard lock(mutex_);
    if (!mapping_for(url, true) && embedded_schema_text(url)) {
      notes.push_back(fmt::format("{} is bundled with mlm-lint; nothing to fetch", url));
      return true;
    }
    if (const SchemaMapping* m = mapping_for(url, true)) {
      notes.push_back(fmt::format("{} is mapped to {}; nothing to fetch", url, m->path));
      return true;
    }
    std::optional<std::string> cached = cache_.read(url);
    Result r = download(url);
    for (auto& w : std::exchange(warnings_, {})) warnings.push_back(std::move(w));
    if (!r.text) {
      if (!cached) {
        warnings.push_back(r.error);
        return false;
      }
      // The point of a cache: a build that warms it must not fail because the network is down today.
      warnings.push_back(r.error + "; keeping the cached copy");
      r = Result{std::move(cached), SchemaOrigin::kCached, {}};
    } else {
      notes.push_back(fmt::format("fetched {} ({} bytes) into {}", url, r.text->size(), cache_.path_for(url)));
    }
    memo_[url] = std::move(r);
    for (const auto& [u, m] : memo_) {
      if (m.origin == SchemaOrigin::kDownloaded) already.insert(u);
    }
  }
  // Every document the schema references, so that an offline run can compile it.
  const SchemaBundle bundle = bundle_schema(url, [this](const std::string& u) { return load(u); });
  std::lock_guard lock(mutex_);
  for (const auto& [u, r] : memo_) {
    if (!already.count(u) && r.origin == SchemaOrigin::kDownloaded) {
      notes.push_back(fmt::format("fetched {} ({} bytes, referenced) into {}", u, r.text->size(), cache_.path_for(u)));
    }
  }
  for (const auto& missing : bundle.missing) {
    auto it = memo_.find(missing);
    warnings.push_back(fmt::format("{} references {}, which is unavailable{}", url, missing,
                                   it != memo_.end() && !it->second.error.empty() ? ": " + it->second.error : ""));
  }
  for (auto& w : std::exchange(warnings_, {})) warnings.push_back(std::move(w));
  return true;
}

}  // namespace mlmlint

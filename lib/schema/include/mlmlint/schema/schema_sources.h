// Where schemas come from beyond the bundle: user mappings (--schema-map), a persistent cache of
// downloaded schemas, and opt-in HTTPS downloads (--allow-remote). mlm-lint is offline by default: without
// `allow_remote` nothing here opens a socket.
//
// Resolution order, for the document at a URL (fragment ignored), first match wins:
//   1. an exact mapping (URL=FILE): the user asked for this file, so it wins even over the bundle;
//   2. the bundle embedded in the binary;
//   3. a prefix mapping (URL/=FOLDER/), the longest prefix first: it never shadows a bundled schema;
//   4. the cache ($XDG_CACHE_HOME/mlm-lint/schemas, default ~/.cache/mlm-lint/schemas);
//   5. a download (only with allow_remote; https only unless allow_http), stored in the cache.
// A mapped URL whose file is missing or invalid is an error, not a reason to look further: the user
// said where the schema is, and silently using another copy would hide the mistake.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlmlint {

// Returns the text of the schema published at `url` (absolute, no fragment), or nullopt if unknown.
using SchemaLoader = std::function<std::optional<std::string>(const std::string& url)>;

// --schema-map URL=PATH. A URL ending in "/" is a prefix and PATH a folder: URL + "a/b.json" is
// PATH/a/b.json (like stac-node-validator's --schemaMap).
struct SchemaMapping {
  std::string url;
  std::string path;
  bool prefix() const { return !url.empty() && url.back() == '/'; }
};

// Parses "URL=PATH" (the first "=" after the scheme splits; URLs rarely contain "=" before it). Returns
// nullopt with `error` set on a malformed value.
std::optional<SchemaMapping> parse_schema_mapping(std::string_view spec, std::string* error);

// The download policy. Defaults suit schemas on GitHub Pages: a schema is a few KiB, rarely 1 MiB.
struct FetchPolicy {
  bool allow_http = false;            // plain http:// URLs (the initial request)
  bool allow_http_redirects = false;  // redirects to http:// (--allow-http sets both)
  long connect_timeout_ms = 10'000;
  long total_timeout_ms = 30'000;
  std::size_t max_bytes = 4u << 20;
  long max_redirects = 5;
};

struct SchemaSourceOptions {
  std::vector<SchemaMapping> map;  // --schema-map, and the config file's schema map
  bool allow_remote = false;       // --allow-remote
  FetchPolicy fetch;
  std::string cache_dir;           // empty: default_cache_dir()
};

// $XDG_CACHE_HOME/mlm-lint, else $HOME/.cache/mlm-lint (empty if neither variable is set).
std::string default_cache_dir();

// Lowercase hex SHA-256 (cache keys).
std::string sha256_hex(std::string_view data);

// "" if `text` is a JSON schema document (a JSON object or boolean), else why not ("not valid JSON: ...",
// "a JSON array is not a schema").
std::string schema_text_problem(std::string_view text);

struct FetchResult {
  std::optional<std::string> body;  // set on success (HTTP 2xx, within the limits)
  std::string error;                // why not: "HTTP 404", "timed out after 1 s", ...
};
// One HTTP(S) GET under `policy` (libcurl). Never throws. Does not check that the body is a schema.
FetchResult http_get(const std::string& url, const FetchPolicy& policy);

// The persistent cache: <dir>/schemas/<sha256(url)>.json holds the schema byte for byte and
// <sha256(url)>.url the URL it came from (a hash collision or a stray file is then a miss, not a wrong
// schema). Both are written to a temporary file in the same folder and renamed, so a reader never sees a
// half-written entry; the .url file is written last and marks the entry complete.
class SchemaCache {
 public:
  explicit SchemaCache(std::string dir);  // dir as default_cache_dir(); entries go to dir/schemas

  struct Entry {
    std::string url;
    std::string path;  // the .json file
    std::size_t bytes = 0;
  };

  const std::string& dir() const { return dir_; }
  std::string path_for(const std::string& url) const;
  // The cached text, or nullopt. `problem` is set when an entry exists but is unusable (corrupted).
  std::optional<std::string> read(const std::string& url, std::string* problem = nullptr) const;
  // False with `error` set if the entry could not be written.
  bool write(const std::string& url, std::string_view text, std::string* error) const;
  std::vector<Entry> list() const;  // sorted by URL
  // Removes every entry (and stray temporary files); returns how many entries, or -1 with `error`.
  long clear(std::string* error) const;

 private:
  std::string dir_;
  std::string schemas_dir_;
};

enum class SchemaOrigin { kBundled, kMapped, kCached, kDownloaded };
std::string_view origin_name(SchemaOrigin origin);

// The loader chain used by SchemaRegistry. Thread-safe. Results other than bundled ones are memoized,
// so a URL is downloaded (or a failure tried) at most once per run.
class SchemaSources {
 public:
  explicit SchemaSources(SchemaSourceOptions options);

  // The text of the schema at `url` through the chain, or nullopt (then failure() says why).
  std::optional<std::string> load(const std::string& url);
  // True if `url` is bundled, mapped or cached: loadable without the network. Never downloads.
  bool available_offline(const std::string& url) const;
  // True if load() would try to download `url` (allow_remote and a scheme the policy accepts).
  bool may_download(const std::string& url) const;
  // Why load(url) failed, naming the URL; empty if it did not fail.
  std::string failure(const std::string& url) const;
  // Where load(url) found it, if it did.
  std::optional<SchemaOrigin> origin(const std::string& url) const;

  // Downloads `url` even if cached (`schemas fetch`), stores it, then loads every document it references
  // (through the chain, downloading what is missing). Messages go to `notes`; a failure with a usable
  // cached copy is a warning in `warnings` and still returns true.
  bool refresh(const std::string& url, std::vector<std::string>& notes, std::vector<std::string>& warnings);

  // Warnings collected by load() (a corrupted cache entry, a cache that cannot be written) since the last call.
  std::vector<std::string> take_warnings();

  const SchemaSourceOptions& options() const { return options_; }
  const SchemaCache& cache() const { return cache_; }

 private:
  struct Result {
    std::optional<std::string> text;
    std::optional<SchemaOrigin> origin;
    std::string error;
  };
  Result resolve(const std::string& url);
  Result download(const std::string& url);
  const SchemaMapping* mapping_for(const std::string& url, bool exact) const;
  Result read_mapped(const SchemaMapping& mapping, const std::string& url) const;

  SchemaSourceOptions options_;
  SchemaCache cache_;
  mutable std::mutex mutex_;
  std::map<std::string, Result> memo_;
  mutable std::map<std::string, bool> offline_;  // available_offline() of URLs only the cache could hold
  std::vector<std::string> warnings_;
};

}  // namespace mlmlint

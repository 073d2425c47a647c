// The schemas mlm-lint validates with: the bundle embedded in the binary (schemas/, with index.json
// and id_aliases.json), compiled lazily — only the schemas a run needs — once per URL, and shared
// read-only by every worker thread.
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <simdjson.h>

#include "mlmlint/schema/schema_sources.h"

namespace mlmlint {

struct CompiledSchemaParts;  // the bundled document and valijson's schema (compiled_schema.h, private)

struct CompiledSchema {
  CompiledSchema();
  ~CompiledSchema();
  std::string url;
  std::vector<std::string> missing;  // referenced documents that were not available
  std::unique_ptr<CompiledSchemaParts> parts;
};

class SchemaRegistry {
 public:
  // Over the schemas embedded at build time.
  static std::unique_ptr<SchemaRegistry> embedded();
  // Over the bundle plus mappings, the cache and (opt-in) downloads: the chain of schema_sources.h.
  static std::unique_ptr<SchemaRegistry> with_sources(SchemaSourceOptions options);
  // Over any loader (tests: the JSON-Schema-Test-Suite remotes).
  explicit SchemaRegistry(SchemaLoader loader);

  // The chain behind with_sources(), else nullptr.
  SchemaSources* sources() const { return sources_.get(); }

  // True if the URL (fragment ignored) names a schema this registry can load without the network:
  // never downloads (check_schemas decides whether a download is allowed, then calls get()).
  bool has(const std::string& url) const;
  // Compiles on first use; thread-safe. nullptr with `error` set if unknown or not compilable.
  const CompiledSchema* get(const std::string& url, std::string* error = nullptr);
  // Compiles the schemas of these URLs that are not compiled yet, side by side on threads of their own:
  // the one-file case (pre-commit, one-shot CI) spends most of its time compiling the 4-5 schemas its
  // document names, and they are independent. Afterwards get() returns at once. Never fails: what cannot
  // be compiled here is compiled (or reported) by get().
  void prefetch(const std::vector<std::string>& urls);
  // Compiles a schema given as text under a synthetic URL (tests).
  const CompiledSchema* add_and_get(const std::string& url, std::string text, std::string* error = nullptr);

  // Every URL the embedded index knows (for `schemas list` and --version).
  std::vector<std::string> urls() const;

 private:
  SchemaLoader loader_;
  std::unique_ptr<SchemaSources> sources_;  // owned here so that loader_ can point into it
  // One per URL asked for: compiled once (std::call_once), so that different schemas compile in parallel
  // while the workers that need the same one wait for it.
  struct Slot {
    std::once_flag once;
    std::unique_ptr<CompiledSchema> compiled;
    std::string error;
    std::atomic<bool> settled{false};  // compiled or failed: set after the fields above
  };
  Slot& slot_for(const std::string& url);
  void compile_into(Slot& slot, const std::string& url);

  std::map<std::string, std::string> extra_;  // add_and_get documents
  mutable std::mutex mutex_;                  // guards extra_ and slots_ (not the slots' contents)
  std::map<std::string, std::unique_ptr<Slot>> slots_;
  std::vector<std::string> urls_;
};

}  // namespace mlmlint

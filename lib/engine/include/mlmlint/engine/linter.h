// The engine's entry point: lint one file or buffer. Thread-safe; each thread keeps its own parser and
// validator, compiled schemas are shared.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mlmlint/core/diagnostic.h"
#include "mlmlint/schema/schema_sources.h"

namespace mlmlint {

// Which codes run and at which severity (RULES.md §1.2; --select/--ignore/--rule).
struct RuleSelection {
  std::vector<std::string> select;  // codes or prefixes ("MLM1", "MLM102"); empty = all
  std::vector<std::string> ignore;  // codes or prefixes
  std::map<std::string, std::optional<Severity>> severity;  // code -> severity; nullopt = off
  // A file found by searching a folder: a document that is not STAC (package.json, tsconfig.json, a JSON
  // Schema) is skipped instead of reported (FileReport::not_stac). Named files are always checked.
  bool skip_non_stac = false;

  // The severity a finding of `code` is reported with, or nullopt if the code is disabled.
  std::optional<Severity> effective(std::string_view code, Severity default_severity) const;
};

struct LintOptions {
  bool run_schema = true;
  bool run_rules = true;
  RuleSelection rules;
  std::size_t max_file_size = 64u << 20;  // MLM906 above this (bytes)
  std::size_t max_depth = 1024;           // levels of nested values (root = 1), as simdjson counts; deeper is MLM906
  std::size_t max_documents = 0;          // features of a FeatureCollection / lines of NDJSON; more is MLM906 (0 = no limit)
  SchemaSourceOptions schemas;            // --schema-map, --allow-remote, --allow-http (schema_sources.h)
  // Set (`mlm-lint validate`): every document, any JSON, is validated against this one schema instead of
  // the STAC core and extension schemas it declares, with the same findings (MLM000 at the value, MLM9xx).
  // Rules need STAC: set run_rules to false. Findings name the schema `schema_name` (default: the URL).
  std::string schema_url;
  std::string schema_name;
  // False: infos are reported at 1:1, without looking up their line and column, for a report that does not
  // show them (the text report without --show-infos); a file whose findings are all infos is then never
  // scanned for positions. Their pointers, messages and fixes are unchanged (baselines and fixes use those).
  bool locate_infos = true;
};

// The highest values LintOptions accepts (larger ones are lowered to these). Deep documents run on a stack
// sized for them (deep_stack.h; tested at kMaxDepthLimit in tests/engine/limits_test.cc); the bound is
// time: valijson copies its error context at every level, so validating against a recursive schema costs
// depth squared (0.2 s at 1024 levels, 0.85 s at 2048). simdjson parses at most 4 GiB - 1.
inline constexpr std::size_t kMaxDepthLimit = 2048;
inline constexpr std::size_t kMaxFileSizeLimit = 0xFFFFFFFFu;

class SchemaRegistry;

class Linter {
 public:
  explicit Linter(LintOptions options);
  ~Linter();
  Linter(const Linter&) = delete;
  Linter& operator=(const Linter&) = delete;

  // Reads and lints a file. Never throws; I/O problems become MLM900.
  FileReport lint_file(const std::string& path) const;
  // Lints bytes already in memory (stdin, tests). `display_path` is used in the report only.
  FileReport lint_buffer(const std::string& display_path, std::string_view bytes) const;
  // The same with a rule selection of its own instead of options().rules (configuration files can
  // differ per file); the schemas compiled so far stay shared.
  FileReport lint_file(const std::string& path, const RuleSelection& rules) const;
  FileReport lint_buffer(const std::string& display_path, std::string_view bytes, const RuleSelection& rules) const;

  // Reads a file as lint_file() does; nullopt, with `problem` holding the MLM900/MLM906 report, when it
  // cannot be checked.
  std::optional<std::string> read_input(const std::string& path, FileReport& problem) const;

  SchemaRegistry& schemas() const;
  const LintOptions& options() const { return options_; }

 private:
  LintOptions options_;
  std::unique_ptr<SchemaRegistry> registry_;
};

}  // namespace mlmlint

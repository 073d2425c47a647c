// The one currency of mlm-lint: every stage (parse, schema, rules, pipeline) reports Diagnostics.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlmlint {

// Ordered so that a larger value is more severe (used by --fail-on).
enum class Severity : std::uint8_t { kInfo, kWarning, kError };

std::string_view severity_name(Severity severity);
std::optional<Severity> parse_severity(std::string_view text);

// One RFC 6902 JSON Patch operation of a fix. A "move" within one object renames the member in place.
struct FixEdit {
  std::string op;     // "add", "remove", "replace", "move"
  std::string path;   // RFC 6901
  std::string from;   // "move" only
  std::string value;  // JSON text; "add" and "replace" only
};

// An edit that resolves a finding (RULES.md §1.6): safe fixes are applied by --fix, the others only by
// --fix=unsafe (and shown as suggestions).
struct Fix {
  bool safe = false;
  std::string description;  // "append \"code\" to roles"
  std::vector<FixEdit> edits;
  // Why --fix did not apply a safe fix after all ("not applied: it would make the document invalid against
  // ..."): the fix is then a suggestion (safe == false). Empty for every fix a plain check reports.
  std::string withheld = {};
};

struct Diagnostic {
  std::string code;      // "MLM102"
  std::string name;      // "input-stacked-count-mismatch"
  Severity severity = Severity::kError;
  std::string pointer;   // RFC 6901; "" is the document root
  std::uint32_t line = 0;    // 1-based; 0 = unknown (whole-file problems)
  std::uint32_t column = 0;  // 1-based, in bytes
  std::string message;
  std::string hint;      // optional; empty = none
  std::optional<Fix> fix = std::nullopt;
};

// One source line (or, for a very long line such as minified JSON, a window of it) quoted by a finding, so
// that reporters can show it without reading the file again.
struct SourceLine {
  std::uint32_t line = 0;           // 1-based
  std::uint32_t first_column = 1;   // byte column (1-based) of text[0]; > 1 for a window of a long line
  std::uint32_t chars_before = 0;   // Unicode code points of the line before text[0] (for SARIF columns)
  bool cut_before = false;          // the line continues before text / after text
  bool cut_after = false;
  std::string text;                 // raw bytes, without the line terminator
};

struct FileReport {
  std::string path;
  std::vector<Diagnostic> diagnostics;  // sorted by (line, column, pointer, code)
  // The lines the diagnostics point at, sorted by (line, first_column). Filled by the Linter only when
  // there are findings (valid files pay nothing); empty when the text is not available (MLM900, MLM906).
  std::vector<SourceLine> source = {};

  // The entry holding byte `column` of `line`, or nullptr.
  const SourceLine* source_line(std::uint32_t line, std::uint32_t column) const;
};

// Sort key used everywhere output must be deterministic.
bool diagnostic_less(const Diagnostic& a, const Diagnostic& b);
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

// The pipeline codes of RULES.md §1.6a.
struct PipelineCode {
  std::string_view code;
  std::string_view name;
  Severity severity;
};
inline constexpr PipelineCode kSchemaError{"MLM000", "schema", Severity::kError};
inline constexpr PipelineCode kIoError{"MLM900", "io-error", Severity::kError};
inline constexpr PipelineCode kInvalidJson{"MLM901", "invalid-json", Severity::kError};
// MLM902 is a coverage notice (info) when a schema is simply not bundled, mapped or cached: the document is not
// at fault. A schema the user mapped or allowed to be downloaded that cannot be used is a broken setup: warning.
inline constexpr PipelineCode kSchemaUnavailable{"MLM902", "schema-unavailable", Severity::kInfo};
inline constexpr PipelineCode kSchemaUnusable{"MLM902", "schema-unavailable", Severity::kWarning};
inline constexpr PipelineCode kDuplicateKey{"MLM903", "duplicate-key", Severity::kError};
inline constexpr PipelineCode kNumberOutOfRange{"MLM904", "number-out-of-range", Severity::kError};
inline constexpr PipelineCode kBrokenLink{"MLM905", "broken-link", Severity::kError};
inline constexpr PipelineCode kLimitExceeded{"MLM906", "limit-exceeded", Severity::kError};

}  // namespace mlmlint

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

// What a finding's line:column marks. Most findings are about a value; a finding about a member's key itself
// (unknown, misspelled, misplaced, renamed, deprecated or repeated) marks the key token, so that editors, GitHub
// annotations and SARIF underline the name the user has to change, not the start of its value. `pointer` names
// the member either way.
enum class Anchor : std::uint8_t { kValue, kKey };

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
  Anchor anchor = Anchor::kValue;  // set before positioning; line:column follow it
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
  // Skipped without findings: found in a folder, and not a STAC document (RuleSelection::skip_non_stac).
  bool not_stac = false;

  // The entry holding byte `column` of `line`, or nullptr.
  const SourceLine* source_line(std::uint32_t line, std::uint32_t column) const;
};

// Sort key used everywhere output must be deterministic.
bool diagnostic_less(const Diagnostic& a, const Diagnostic& b);
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

// The pipeline codes of RULES.md §1.6a: what the stages around the rules report. They are not rules, but
// --select/--ignore/--rule, `mlm-lint rules`, `explain` and SARIF know them like rules.
struct PipelineCode {
  std::string_view code;
  std::string_view name;
  Severity severity;
  std::string_view summary;  // one sentence: what the finding means
};
inline constexpr PipelineCode kSchemaError{
    "MLM000", "schema", Severity::kError,
    "The document does not validate against an official JSON schema (the STAC core schema or a schema listed in "
    "stac_extensions)."};
// A schema error that is a known defect of the official schema, not of the document (RULES.md §6: MLM Collection
// summaries, the closed MLM task list, two DLM v1.0.0-beta.3 requirements): still MLM000, at info, saying so.
inline constexpr PipelineCode kSchemaDefect{
    "MLM000", "schema", Severity::kInfo,
    "An official JSON schema rejects the document because of a known defect of the schema, not of the document."};
inline constexpr PipelineCode kIoError{
    "MLM900", "io-error", Severity::kError,
    "The file could not be read (missing, unreadable, a directory, a FIFO or a device)."};
inline constexpr PipelineCode kInvalidJson{"MLM901", "invalid-json", Severity::kError,
                                           "The file is not valid JSON; nothing else could be checked."};
// MLM902 is a coverage notice (info) when a schema is simply not bundled, mapped or cached: the document is not
// at fault. A schema the user mapped or allowed to be downloaded that cannot be used is a broken setup: warning.
inline constexpr PipelineCode kSchemaUnavailable{
    "MLM902", "schema-unavailable", Severity::kInfo,
    "A schema the document declares is not bundled with mlm-lint, so the fields it defines were not checked."};
inline constexpr PipelineCode kSchemaUnusable{
    "MLM902", "schema-unavailable", Severity::kWarning,
    "A schema that was mapped or allowed to be downloaded could not be used, so the fields it defines were not "
    "checked."};
inline constexpr PipelineCode kDuplicateKey{
    "MLM903", "duplicate-key", Severity::kError,
    "A key appears more than once in one object; JSON readers disagree on which value wins."};
inline constexpr PipelineCode kNumberOutOfRange{"MLM904", "number-out-of-range", Severity::kError,
                                                "A number cannot be represented by 64-bit integers or doubles."};
inline constexpr PipelineCode kBrokenLink{
    "MLM905", "broken-link", Severity::kError,
    "A followed child or item link (--follow-links) points to a file that does not exist or cannot be parsed."};
inline constexpr PipelineCode kLimitExceeded{
    "MLM906", "limit-exceeded", Severity::kError,
    "The file is larger or nested deeper than mlm-lint's limits, or holds more documents than --max-documents; it "
    "was not (fully) checked."};

// Every pipeline code, by code.
inline constexpr const PipelineCode* kPipelineCodes[] = {&kSchemaError,      &kIoError,      &kInvalidJson,
                                                         &kSchemaUnavailable, &kDuplicateKey, &kNumberOutOfRange,
                                                         &kBrokenLink,       &kLimitExceeded};
// By code or name, in any case ("mlm902", "Schema-Unavailable"); nullptr if none.
const PipelineCode* find_pipeline_code(std::string_view code_or_name);
// MLM900, MLM901, MLM904 and MLM906 mean that nothing else could be checked: --select, --ignore, --rule and
// configuration files never hide them.
bool always_reported(const PipelineCode& code);

}  // namespace mlmlint

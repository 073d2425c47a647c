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

struct Diagnostic {
  std::string code;      // "MLM102"
  std::string name;      // "input-stacked-count-mismatch"
  Severity severity = Severity::kError;
  std::string pointer;   // RFC 6901; "" is the document root
  std::uint32_t line = 0;    // 1-based; 0 = unknown (whole-file problems)
  std::uint32_t column = 0;  // 1-based, in bytes
  std::string message;
  std::string hint;      // optional; empty = none
};

struct FileReport {
  std::string path;
  std::vector<Diagnostic> diagnostics;  // sorted by (line, column, pointer, code)
};

// Sort key used everywhere output must be deterministic.
bool diagnostic_less(const Diagnostic& a, const Diagnostic& b);
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

}  // namespace mlmlint

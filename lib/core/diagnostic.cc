#include "mlmlint/core/diagnostic.h"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace mlmlint {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "info";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view text) {
  if (text == "error") return Severity::kError;
  if (text == "warning") return Severity::kWarning;
  if (text == "info") return Severity::kInfo;
  return std::nullopt;
}

bool diagnostic_less(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.line, a.column, a.pointer, a.code, a.message) <
         std::tie(b.line, b.column, b.pointer, b.code, b.message);
}

const PipelineCode* find_pipeline_code(std::string_view code_or_name) {
  auto same = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
  };
  for (const PipelineCode* p : kPipelineCodes) {
    if (same(p->code, code_or_name) || same(p->name, code_or_name)) return p;
  }
  return nullptr;
}

bool always_reported(const PipelineCode& code) {
  // MLM904 is one: simdjson (and so every later stage) rejects such a number like a syntax error.
  return code.code == kIoError.code || code.code == kInvalidJson.code || code.code == kNumberOutOfRange.code ||
         code.code == kLimitExceeded.code;
}

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), diagnostic_less);
}

}  // namespace mlmlint

// Test support for the engine's tests (header-only; the binaries that include it link mlmlint_engine): the
// default Linter and diagnostics rendered as one comparable line each.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "mlmlint/engine/linter.h"

namespace mlmlint::test {

// "line:column CODE pointer: message".
inline std::string render(const Diagnostic& d) {
  return fmt::format("{}:{} {} {}: {}", d.line, d.column, d.code, d.pointer, d.message);
}
inline std::vector<std::string> render(const FileReport& report) {
  std::vector<std::string> out;
  for (const auto& d : report.diagnostics) out.push_back(render(d));
  return out;
}

// "CODE pointer" of the errors and warnings (infos left out).
inline std::vector<std::string> problems(const FileReport& report) {
  std::vector<std::string> out;
  for (const auto& d : report.diagnostics) {
    if (d.severity != Severity::kInfo) out.push_back(d.code + " " + d.pointer);
  }
  return out;
}

// The first finding with this code; a test failure (and an empty Diagnostic) when there is none.
inline const Diagnostic& first_with_code(const FileReport& report, std::string_view code) {
  for (const auto& d : report.diagnostics) {
    if (d.code == code) return d;
  }
  static const Diagnostic kNone{};
  ADD_FAILURE() << "no " << code;
  return kNone;
}

// A Linter with the default options, shared by the tests of one binary.
inline const Linter& default_linter() {
  static const Linter kLinter{LintOptions{}};
  return kLinter;
}

// A Linter that runs the schema stage only (what --no-rules does).
inline const Linter& schema_only_linter() {
  static const Linter kLinter{[] {
    LintOptions options;
    options.run_rules = false;
    return options;
  }()};
  return kLinter;
}

}  // namespace mlmlint::test

// Test support: run one rule over a JSON text, or over baseline document B of RULES.md §3.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "mlmlint/rules/rule.h"

namespace mlmlint::test {

// Parses `json` (aborts the test on invalid JSON) and returns the rule's findings.
std::vector<Finding> findings_of(const RuleInfo& rule, std::string_view json);

// Rendered as "pointer: message", the form RULES.md uses.
std::vector<std::string> rendered_findings_of(const RuleInfo& rule, std::string_view json);

// Applies an RFC 6902 JSON Patch (a JSON array, as text) to a document; aborts the test on failure.
std::string apply_patch(std::string_view document, std::string_view patch);
// Joins JSON Patch operations (each a JSON object, as text) into one patch array.
std::string patch(std::initializer_list<std::string_view> operations);
// B with `patch` applied.
std::string patched_b(std::string_view patch);

// The text of testdata/<relative> (a failed test and "" when it cannot be read).
std::string read_testdata(std::string_view relative);

// Baseline document B (testdata/rules/baseline_B.json, copied verbatim from RULES.md §3).
const std::string& baseline_b();

}  // namespace mlmlint::test

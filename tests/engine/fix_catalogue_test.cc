// --fix over the catalogue: for every rule with a fix (RULES.md "Fix:" safe or suggest), its Fails case
// is fixed, the finding goes away, nothing fixable is left, a second run changes nothing, and no new
// error appears. (That --fix alone applies no suggestion is tested in fix_test.cc: a rule whose best
// fix is a suggestion may still attach a safe fix to some cases, e.g. MLM002's safe deletion.)
#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "catalogue_cases.h"
#include "mlmlint/engine/fix.h"
#include "mlmlint/rules/registry.h"
#include "lint_helpers.h"

namespace mlmlint {
namespace {

using test::default_linter;

using test::CatalogueCase;

// Rules whose Fails case is one their Fix line does not cover (the fix exists for other cases).
const std::map<std::string, std::string>& unfixable_cases() {
  static const std::map<std::string, std::string> kCases = {
      {"MLM008", "the Fails case is case 1 (false with a string source); Fix: \"safe for case 2 (add "
                 "\"mlm:pretrained_source\": null); no for 1 and 3\""},
      {"MLM204", "the Fails case gives two different classes one value; Fix: \"safe only for entirely identical "
                 "objects (drop the later copy); otherwise no\""},
      {"MLM508", "the Fails case adds the old keys next to B's value_scaling; Fix: \"for z-score / min-max with "
                 "complete statistics and no existing value_scaling ...; no otherwise\""},
      {"MLM509", "the Fails case's value must move (Item-level mlm:file_size; the model asset has the same "
                 "file:size), which is a suggestion, and a safe-class case runs --fix alone; Fix: \"suggest when the "
                 "value must move (e.g. mlm:file_size -> model asset file:size ...)\""},
      {"MLM510", "the Fails case (v1.4.0) also fires MLM504, whose suggested upgrade to v1.5.2 comes first in code "
                 "order (§1.6) and resolves the finding; Fix: \"... (then MLM504 handles further upgrades)\""},
      {"MLM602", "the Fails case adds ml-model:prediction_type next to B's mlm:tasks; Fix: \"ml-model:prediction_type "
                 "-> mlm:tasks when the MLM field is absent ... Others: no\""},
      {"MLM701", "the Fails case is finding 4 (no file:checksum); Fix: \"safe for finding 2 (append the "
                 "classification v1.1.0 URI); no otherwise\""},
  };
  return kCases;
}

// Errors a fix may reveal, by RULES.md's own account.
const std::map<std::string, std::set<std::string>>& revealed_errors() {
  static const std::map<std::string, std::set<std::string>> kRevealed = {
      // "add "mlm:model" (MLM302 then requires an mlm:artifact_type)"; and the new model asset lacks the
      // raster:bands §5 I11 requires of "every model asset" when the inputs list bands (a raw MLM000).
      {"MLM304", {"MLM302", "MLM000"}},
  };
  return kRevealed;
}

std::vector<CatalogueCase> fixable_cases() {
  std::vector<CatalogueCase> out;
  for (auto& c : test::load_catalogue_cases()) {
    const RuleInfo* rule = find_rule(c.code);
    if (rule && rule->fix != FixClass::kNone) out.push_back(std::move(c));
  }
  return out;
}

std::string render(const FileReport& report) {
  std::string out;
  for (const auto& d : report.diagnostics) {
    out += "\n  " + d.code + " " + d.pointer + ": " + d.message;
    if (d.fix) out += std::string(" [fix ") + (d.fix->safe ? "safe" : "suggest") + ": " + d.fix->description + "]";
  }
  return out;
}

// Whether the first lint attached `applied` as a safe fix: a suggest-class rule may have safe cases (MLM404:
// "suggest — move it ...; safe delete when the model asset already holds an identical array").
bool attached_safe(const FileReport& report, const AppliedFix& applied) {
  return std::any_of(report.diagnostics.begin(), report.diagnostics.end(), [&](const Diagnostic& d) {
    return d.code == applied.code && d.pointer == applied.pointer && d.fix && d.fix->safe &&
           d.fix->description == applied.description;
  });
}

std::set<std::string> error_codes(const FileReport& report) {
  std::set<std::string> codes;
  for (const auto& d : report.diagnostics) {
    if (d.severity == Severity::kError) codes.insert(d.code);
  }
  return codes;
}

class FixCase : public ::testing::TestWithParam<CatalogueCase> {};

TEST_P(FixCase, FixesTheFindingIdempotentlyWithoutNewErrors) {
  const CatalogueCase& c = GetParam();
  const RuleInfo* rule = find_rule(c.code);
  ASSERT_NE(rule, nullptr);
  const bool unsafe = rule->fix == FixClass::kSuggest;
  const std::string doc = c.document();
  const FileReport before = default_linter().lint_buffer("case.json", doc);

  if (unsafe) {  // --fix alone never applies a suggestion (only the cases the Fix line calls safe)
    const FixOutcome safe_only = fix_text(default_linter(), "case.json", doc, false, {});
    for (const auto& a : safe_only.applied) {
      EXPECT_TRUE(a.code != c.code || attached_safe(before, a)) << "suggested fix applied by --fix";
    }
  }
  const FixOutcome outcome = fix_text(default_linter(), "case.json", doc, unsafe, {});
  bool applied = false;
  for (const auto& a : outcome.applied) applied = applied || a.code == c.code;
  if (!unfixable_cases().contains(c.code)) {
    EXPECT_TRUE(applied) << c.code << " attached no applicable fix (Fix: " << c.fix_line << ")\nfindings:"
                         << render(before);
  }
  if (applied) {
    for (const auto& d : outcome.report.diagnostics) {
      EXPECT_FALSE(d.code == c.code && d.pointer == c.pointer) << "still reported after the fix: " << d.message;
    }
  }
  for (const auto& d : outcome.report.diagnostics) {
    EXPECT_FALSE(d.fix && (d.fix->safe || unsafe)) << "fixable finding left: " << d.code << " " << d.pointer;
  }
  const FixOutcome again = fix_text(default_linter(), "case.json", outcome.text, unsafe, {});
  EXPECT_FALSE(again.changed()) << "a second run changed the document again:\n" << outcome.text;
  EXPECT_EQ(again.text, outcome.text);

  std::set<std::string> allowed = error_codes(before);
  if (auto it = revealed_errors().find(c.code); it != revealed_errors().end()) {
    allowed.insert(it->second.begin(), it->second.end());
  }
  for (const auto& code : error_codes(outcome.report)) {
    EXPECT_TRUE(allowed.contains(code)) << "the fix introduced " << code << ":" << render(outcome.report)
                                        << "\nfixed document:\n" << outcome.text;
  }
}

INSTANTIATE_TEST_SUITE_P(RulesMd, FixCase, ::testing::ValuesIn(fixable_cases()),
                         [](const auto& info) { return info.param.code; });

}  // namespace
}  // namespace mlmlint

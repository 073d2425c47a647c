// RULES.md is the normative catalogue: every rule's Fails block, applied to baseline document B, must
// make the full engine (schema stage + rules + explain mode) report that rule at the stated pointer with
// the stated message. And B itself must be clean. The cases are read from testdata/RULES.md, a verbatim
// copy of the catalogue, so the tests cannot drift from it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "catalogue_cases.h"
#include "mlmlint/engine/linter.h"
#include "mlmlint/rules/registry.h"
#include "rule_harness.h"
#include "lint_helpers.h"

namespace mlmlint {
namespace {

using test::default_linter;

using Case = test::CatalogueCase;
using test::load_catalogue_cases;

std::string render(const FileReport& report) {
  std::string out;
  for (const auto& d : report.diagnostics) out += "\n  " + d.code + " " + d.pointer + ": " + d.message;
  return out;
}

TEST(Catalogue, EveryIndexedRuleHasAFailsCase) {
  EXPECT_EQ(load_catalogue_cases().size(), 79u);
}

TEST(Catalogue, BaselineDocumentBIsClean) {
  const FileReport report = default_linter().lint_buffer("B.json", test::baseline_b());
  EXPECT_TRUE(report.diagnostics.empty()) << render(report);
}

class FailsBlock : public ::testing::TestWithParam<Case> {};

TEST_P(FailsBlock, FiresAtThePointerWithTheMessage) {
  const Case& c = GetParam();
  ASSERT_NE(find_rule(c.code), nullptr) << c.code << " is not in the registry";
  const FileReport report = default_linter().lint_buffer("case.json", c.document());
  bool found = false;
  for (const auto& d : report.diagnostics) {
    if (d.code == c.code && d.pointer == c.pointer && d.message == c.message) found = true;
  }
  EXPECT_TRUE(found) << "expected " << c.code << " " << c.pointer << ": " << c.message << "\ngot:" << render(report);
  // Explain mode: no raw schema error may remain at the rule's location (one line per problem).
  for (const auto& d : report.diagnostics) {
    EXPECT_FALSE(d.code == "MLM000" && d.pointer == c.pointer) << "raw schema error not claimed: " << d.message;
  }
}

INSTANTIATE_TEST_SUITE_P(RulesMd, FailsBlock, ::testing::ValuesIn(load_catalogue_cases()),
                         [](const auto& info) { return info.param.code; });

}  // namespace
}  // namespace mlmlint

// Baseline document B (RULES.md §3) is a valid MLM Item, so no rule may report anything on it: one case per
// rule of the registry, named by its code (EveryRule/BaselineIsClean/MLM001, ...). Each rule's own failing
// cases stay in tests/rules/mlmNxx_test.cc (registry_test's HasRuleTests does not count this suite).
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlmlint/rules/registry.h"
#include "rule_harness.h"

namespace mlmlint::rules {
namespace {

class EveryRule : public ::testing::TestWithParam<const RuleInfo*> {};

TEST_P(EveryRule, BaselineIsClean) {
  EXPECT_THAT(test::rendered_findings_of(*GetParam(), test::baseline_b()), ::testing::IsEmpty());
}

INSTANTIATE_TEST_SUITE_P(Registry, EveryRule, ::testing::ValuesIn(all_rules().begin(), all_rules().end()),
                         [](const auto& info) { return std::string(info.param->code); });

}  // namespace
}  // namespace mlmlint::rules

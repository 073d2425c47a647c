// MLM102: the bands (or variables) listed for an input must match the size of the "bands"
// ("variables") dimension of input.shape. Exemplary rule: see rules/docs/MLM102.md.
#include "support/io_support.h"
#include "rule_list.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& input : mlm_inputs(ctx)) {
    check_stacked_count(ctx, input, "input", "pre_processing_function", sink);
  }
}

const RuleInfo kMlm102 = {
    .code = "MLM102",
    .name = "input-stacked-count-mismatch",
    .severity = Severity::kError,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "bands/variables listed for an input match the size of their dimension in input.shape",
    .check = &check,
    .version_dependent = true,
};

}  // namespace mlmlint::rules

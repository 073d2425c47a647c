// MLM202: the bands (or variables) listed for an output must match the size of the "bands" ("variables")
// dimension of result.shape — the output counterpart of MLM102.
#include "support/io_support.h"
#include "rule_list.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& output : mlm_outputs(ctx)) {
    check_stacked_count(ctx, output, "result", "post_processing_function", sink);
  }
}

const RuleInfo kMlm202 = {
    .code = "MLM202",
    .name = "output-stacked-count-mismatch",
    .severity = Severity::kError,
    .schema = SchemaRelation::kNo,
    .versions = {.min = Version{1, 5, 0}, .max = kLatestMlm},
    .fix = FixClass::kNone,
    .summary = "bands/variables listed for an output match the size of their dimension in result.shape",
    .check = &check,
};

}  // namespace mlmlint::rules

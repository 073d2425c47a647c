// MLM101: input.shape and input.dim_order describe the same dimensions, and every size is > 0 or -1.
#include "support/io_support.h"
#include "rule_list.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& input : mlm_inputs(ctx)) check_structure_shape(input, "input", sink);
}

const RuleInfo kMlm101 = {
    .code = "MLM101",
    .name = "input-shape-invalid",
    .severity = Severity::kError,
    .schema = SchemaRelation::kPartial,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "input.shape has one size per dim_order entry, each an integer > 0 or -1",
    .check = &check,
};

}  // namespace mlmlint::rules

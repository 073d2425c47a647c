// MLM201: result.shape and result.dim_order describe the same dimensions, and every size is > 0 or -1.
#include "support/io_support.h"
#include "rule_list.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& output : mlm_outputs(ctx)) check_structure_shape(output, "result", sink);
}

const RuleInfo kMlm201 = {
    .code = "MLM201",
    .name = "result-shape-invalid",
    .severity = Severity::kError,
    .schema = SchemaRelation::kPartial,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "result.shape has one size per dim_order entry, each an integer > 0 or -1",
    .check = &check,
};

}  // namespace mlmlint::rules

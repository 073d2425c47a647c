// MLM404: raster v1.x defines raster:bands for assets only; in Item properties it is not where readers (or
// the MLM schema since v1.3.0) look for it.
#include "rule_list.h"
#include "support.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind != DocumentKind::kItem) return;
  auto props = properties(ctx);
  if (!props || !has_member(*props, "raster:bands")) return;
  sink.report("/properties/raster:bands",
              "raster:bands is an Asset field; define it on the asset with role \"mlm:model\".");
}

const RuleInfo kMlm404 = {
    .code = "MLM404",
    .name = "raster-bands-in-item-properties",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSuggest,
    .summary = "raster:bands is defined on assets, not in Item properties",
    .check = &check,
};

}  // namespace mlmlint::rules

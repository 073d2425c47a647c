// MLM301: an Item needs at least one asset with the role "mlm:model" (the schema lets "assets": {} pass).
#include "rule_list.h"
#include "support/support.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind != DocumentKind::kItem) return;
  if (!model_assets(ctx).empty()) return;
  auto all_assets = member(ctx.root, "assets");
  if (!all_assets) {
    sink.report("", "the Item has no \"assets\"; at least one Asset with the role \"mlm:model\" must point to the "
                    "model artifact.");
    return;
  }
  sink.report("/assets",
              "no asset has the role \"mlm:model\"; at least one Asset must point to the model artifact.",
              "add \"mlm:model\" to the roles of the asset that holds the model (weights, checkpoint or compiled "
              "model) and give it an \"mlm:artifact_type\".");
}

const RuleInfo kMlm301 = {
    .code = "MLM301",
    .name = "missing-model-asset",
    .severity = Severity::kError,
    .schema = SchemaRelation::kPartial,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "an Item has at least one asset with the role \"mlm:model\"",
    .check = &check,
};

}  // namespace mlmlint::rules

// MLM303: "mlm:artifact_type" and the "mlm:model" role go together; an Item asset without the role must not
// carry an artifact type.
#include "rule_list.h"
#include "support/asset_support.h"

#include "mlmlint/core/json_pointer.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind != DocumentKind::kItem || missing_model_role_is_reported(ctx)) return;  // else MLM301 names it
  for (const auto& asset : assets(ctx)) {
    if (!has_member(asset.value, "mlm:artifact_type") || has_role(asset.value, "mlm:model")) continue;
    sink.report_key(pointer_append(asset.pointer, "mlm:artifact_type"),
                "\"mlm:artifact_type\" is only allowed on assets with role \"mlm:model\"; add that role or remove "
                "the field.");
  }
}

const RuleInfo kMlm303 = {
    .code = "MLM303",
    .name = "artifact-type-outside-model-asset",
    .severity = Severity::kError,
    .schema = SchemaRelation::kYes,
    .versions = {.min = {1, 4, 0}},
    .fix = FixClass::kNone,
    .summary = "\"mlm:artifact_type\" appears only on assets with the role \"mlm:model\"",
    .check = &check,
};

}  // namespace mlmlint::rules

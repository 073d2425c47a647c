// MLM302: every Item model asset states how the artifact was produced in a non-empty "mlm:artifact_type".
#include "rule_list.h"
#include "support/support.h"

#include "mlmlint/core/json_pointer.h"

namespace mlmlint::rules {

namespace {
constexpr std::string_view kExamples =
    "state how the artifact was produced (e.g. \"torch.save\", \"torch.export.save\", "
    "\"safetensors.torch.save_file\").";
}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind != DocumentKind::kItem) return;
  for (const auto& asset : model_assets(ctx)) {
    auto artifact_type = member(asset.value, "mlm:artifact_type");
    if (!artifact_type) {
      sink.report(asset.pointer,
                  "the asset has role \"mlm:model\" but no \"mlm:artifact_type\"; " + std::string(kExamples));
      continue;
    }
    const std::string pointer = pointer_append(asset.pointer, "mlm:artifact_type");
    auto text = as_string(*artifact_type);
    if (!text) {
      sink.report(pointer, "\"mlm:artifact_type\" must be a string, not " + render(*artifact_type) + "; " +
                               std::string(kExamples));
    } else if (text->empty()) {
      sink.report(pointer, "\"mlm:artifact_type\" is empty; " + std::string(kExamples));
    }
  }
}

const RuleInfo kMlm302 = {
    .code = "MLM302",
    .name = "model-asset-missing-artifact-type",
    .severity = Severity::kError,
    .schema = SchemaRelation::kYes,
    .versions = {.min = {1, 4, 0}},
    .fix = FixClass::kNone,
    .summary = "every model asset has a non-empty \"mlm:artifact_type\"",
    .check = &check,
};

}  // namespace mlmlint::rules

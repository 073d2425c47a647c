// MLM702: side-car assets (source code, runtime container) are optional but STRONGLY RECOMMENDED by the README:
// without them users have a model artifact but no documented way to run it.
#include "rule_list.h"
#include "support/support.h"
#include "mlmlint/core/tables_frameworks.h"

namespace mlmlint::rules {

namespace {

bool is_container_media_type(std::string_view type) {
  const std::string lower = ascii_lower(type);
  return lower.starts_with("application/vnd.oci.image.") || lower.starts_with("application/vnd.docker.");
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind != DocumentKind::kItem) return;
  auto all_assets = member(ctx.root, "assets");
  if (!all_assets || !as_object(*all_assets)) return;  // MLM301 and the schema report a missing "assets"
  bool code = false;
  bool runtime = false;
  for (const auto& asset : assets(ctx)) {
    code = code || has_role(asset.value, "code") || has_role(asset.value, "mlm:source_code");
    auto type = string_member(asset.value, "type");
    runtime = runtime || has_role(asset.value, "runtime") || has_role(asset.value, "mlm:inference-runtime") ||
              (type && is_container_media_type(*type));
  }
  if (!code) {
    sink.report("/assets", "no source code asset (role \"code\" or \"mlm:source_code\"); referencing the inference "
                           "code, ideally with an \"mlm:entrypoint\", shows users how to run the model.");
  }
  if (!runtime) {
    sink.report("/assets", "no runtime asset (role \"runtime\" or \"mlm:inference-runtime\"); a pinned container "
                           "image is strongly recommended so the model can be run.");
  }
}

const RuleInfo kMlm702 = {
    .code = "MLM702",
    .name = "missing-sidecar-assets",
    .severity = Severity::kInfo,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "an Item has source-code and runtime side-car assets",
    .check = &check,
};

}  // namespace mlmlint::rules

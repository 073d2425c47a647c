// MLM301: an Item needs at least one asset with the role "mlm:model" (the schema lets "assets": {} pass).
#include <fmt/format.h>

#include "rule_list.h"
#include "support/asset_support.h"

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
  const std::vector<ModelCandidate> candidates = model_asset_candidates(ctx);
  if (candidates.empty()) {
    sink.report("/assets",
                "no asset has the role \"mlm:model\"; at least one Asset must point to the model artifact.",
                "add \"mlm:model\" to the roles of the asset that holds the model (weights, checkpoint or "
                "compiled model) and give it an \"mlm:artifact_type\".");
    return;
  }
  // The role is missing from an asset that is plainly the model: one finding, at that asset, for what would
  // otherwise be reported again as a sub-role without "mlm:model" (MLM304), an artifact type outside a model
  // asset (MLM303) and band lists on no model asset (MLM402).
  std::vector<std::string> described;
  for (const auto& c : candidates) {
    described.push_back(fmt::format("{} (it has {})", quote(c.key), join_with_and(c.reasons)));
  }
  const ModelCandidate& first = candidates.front();
  const bool one = candidates.size() == 1;
  const std::string message = fmt::format("no asset has the role \"mlm:model\", but {} {} {} like the model.",
                                          one ? "asset" : "assets", join_with_and(described), one ? "looks" : "look");
  std::vector<std::string> explained;  // the schema's own errors inside those assets ("mlm:artifact_type" there)
  for (const auto& c : candidates) explained.push_back(c.asset.pointer);
  sink.report_explaining(first.asset.pointer, message,
                  one ? fmt::format("add \"mlm:model\" to the roles of {}", quote(first.key))
                      : std::string("add \"mlm:model\" to the roles of the asset that holds the model"),
                  std::nullopt, std::move(explained));
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

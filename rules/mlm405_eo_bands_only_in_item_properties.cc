// MLM405: Item-level eo:bands without any asset-level eo:bands fails EO v1 validation (stac-extensions/eo#12),
// even though the MLM schema accepts it as a band provider.
#include "rule_list.h"
#include "support.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind != DocumentKind::kItem) return;
  auto props = properties(ctx);
  if (!props || !has_member(*props, "eo:bands")) return;
  for (const auto& asset : assets(ctx)) {
    if (has_member(asset.value, "eo:bands")) return;
  }
  sink.report("/properties/eo:bands",
              "eo:bands appears only in Item properties; EO v1 validation also requires eo:bands on an Asset — add "
              "eo:bands (names only) to the asset with role \"mlm:model\".");
}

const RuleInfo kMlm405 = {
    .code = "MLM405",
    .name = "eo-bands-only-in-item-properties",
    .severity = Severity::kError,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSuggest,
    .summary = "Item-level eo:bands is accompanied by eo:bands on an asset",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

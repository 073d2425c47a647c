// MLM404: raster v1.x defines raster:bands for assets only; in Item properties it is not where readers (or
// the MLM schema since v1.3.0) look for it.
#include "support/fix_placement.h"
#include "rule_list.h"
#include "support/support.h"

namespace mlmlint::rules {

namespace {
constexpr Version kAssetLevelBandsSince{1, 3, 0};
}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind != DocumentKind::kItem) return;
  auto props = properties(ctx);
  if (!props) return;
  auto bands = member(*props, "raster:bands");
  if (!bands) return;
  // Fix: suggest a move to the single model asset, or a safe delete when it already holds the same array. Not
  // before v1.3.0, whose MLM schemas require the Item-level list when raster provides the bands: removing it
  // would invalidate a valid document.
  std::optional<Fix> fix;
  if (ctx.mlm.version >= kAssetLevelBandsSince) {
    fix = model_asset_fix(ctx, "/properties/raster:bands", "raster:bands", *bands, "raster:bands",
                          SameValue::kSafeDelete);
  }
  sink.report_key("/properties/raster:bands",
              "raster:bands is an Asset field; define it on the asset with role \"mlm:model\".", {}, std::move(fix));
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

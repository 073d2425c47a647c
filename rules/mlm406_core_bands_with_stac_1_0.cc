// MLM406: the common-metadata "bands" array exists only since STAC 1.1; with an older stac_version it is an
// unknown field, and the MLM schema does not accept it as a band provider.
#include <fmt/format.h>

#include "support/band_support.h"
#include "rule_list.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind != DocumentKind::kItem) return;
  auto stac_1_1 = stac_1_1_or_later(ctx);
  if (!stac_1_1 || *stac_1_1) return;  // unparseable stac_version is not ours to judge
  for (const auto& list : band_lists(ctx)) {
    if (list.key != kCoreBands) continue;
    sink.report(list.pointer, fmt::format("\"bands\" is a STAC 1.1 common-metadata field but stac_version is {}; use "
                                          "eo:bands / raster:bands (v1.x) or upgrade to STAC 1.1.0.",
                                          quote(ctx.stac_version)));
  }
}

const RuleInfo kMlm406 = {
    .code = "MLM406",
    .name = "core-bands-with-stac-1.0",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kPartial,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "STAC 1.1 \"bands\" are used only with stac_version 1.1.0 or later",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

// MLM403: the band list resolving the references is eo:bands / raster:bands, but the extension is declared
// only in a major version other than 1. eo/raster v2 moved to STAC 1.1 "bands"; MLM supports only v1.x.
#include <fmt/format.h>

#include "support/band_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind != DocumentKind::kItem) return;
  if (referencing_ios(ctx, "bands").empty()) return;
  for (const auto& unsupported : unsupported_band_extensions(ctx, band_lists(ctx))) {
    sink.report(pointer_append("/stac_extensions", unsupported.declared.index),
                fmt::format("{} v{} is declared, but MLM band references only support eo/raster v1.x; declare {} "
                            "v1.x or migrate to STAC 1.1 \"bands\".",
                            unsupported.extension, unsupported.declared.version, unsupported.extension));
  }
}

const RuleInfo kMlm403 = {
    .code = "MLM403",
    .name = "unsupported-band-extension-version",
    .severity = Severity::kError,
    .schema = SchemaRelation::kPartial,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "eo:bands / raster:bands used for band references come with eo/raster v1.x",
    .check = &check,
};

}  // namespace mlmlint::rules

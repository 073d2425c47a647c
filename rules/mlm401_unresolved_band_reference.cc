// MLM401: every band an input or output references by name is defined in a band list of the Item
// (README: references "MUST refer to corresponding Band Object"; the schema never compares names).
#include <fmt/format.h>

#include "support/band_support.h"
#include "rule_list.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind != DocumentKind::kItem) return;
  const BandIndex index = build_band_index(ctx);
  if (!index.any_entries()) return;  // nothing to resolve against: MLM402's finding
  for (const auto& ref : references(ctx, "bands")) {
    if (ref.is_virtual || !ref.name || index.defines(*ref.name)) continue;
    std::string message = fmt::format(
        "band {} is not defined in any band list of this Item (eo:bands, raster:bands or bands); ", quote(*ref.name));
    if (auto common = index.common_names.find(*ref.name); common != index.common_names.end()) {
      message += fmt::format("it is the common name of band {} — reference bands by their name.",
                             quote(common->second));
    } else if (index.names_in_order.empty()) {
      message += "the band lists give no band names (each band needs a \"name\").";
    } else {
      message += fmt::format("known band names: {}.", join_names(index.names_in_order));
    }
    sink.report(ref.pointer, std::move(message));
  }
}

const RuleInfo kMlm401 = {
    .code = "MLM401",
    .name = "unresolved-band-reference",
    .severity = Severity::kError,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "band names referenced by inputs/outputs are defined in a band list of the Item",
    .check = &check,
};

}  // namespace mlmlint::rules

// MLM402: band references need a band list in one of the places the MLM schema accepts, with its extension
// declared. The schema only checks this when *every* input (or every output) lists bands (RULES.md §6 G3);
// this rule checks whenever any input or output does, and says which part is missing.
#include <fmt/format.h>

#include "support/asset_support.h"
#include "support/band_support.h"
#include "rule_list.h"

namespace mlmlint::rules {

namespace {

const BandList* find_list(const std::vector<BandList>& lists, std::string_view key, bool properties, bool model) {
  for (const auto& list : lists) {
    if (list.key == key && list.size > 0 && ((properties && list.in_properties) || (model && list.on_model_asset))) {
      return &list;
    }
  }
  return nullptr;
}

const BandList* find_any(const std::vector<BandList>& lists, std::string_view key) {
  for (const auto& list : lists) {
    if (list.key == key && list.size > 0) return &list;
  }
  return nullptr;
}

// Why the references cannot be resolved, given that no accepted provider exists.
std::string diagnose(const RuleContext& ctx, const std::vector<BandList>& lists, bool raster_provider_in_properties) {
  const bool any_list = find_any(lists, kEoBands) || find_any(lists, kRasterBands) || find_any(lists, kCoreBands);
  if (!any_list) {
    return "bands are referenced but the Item defines no band list to resolve them (raster:bands on the model "
           "asset, eo:bands, or STAC 1.1 bands, with the matching extension declared).";
  }
  auto undeclared = [&](std::string_view extension, const BandList& list) {
    return fmt::format("bands are referenced and {} defines them, but the {} extension is not declared; add "
                       "\"https://stac-extensions.github.io/{}/v1.1.0/schema.json\" to stac_extensions.",
                       list.pointer, extension, extension);
  };
  if (auto list = find_list(lists, kRasterBands, raster_provider_in_properties, true);
      list && declared_extensions(ctx, "raster").empty()) {
    return undeclared("raster", *list);
  }
  if (auto list = find_list(lists, kEoBands, true, true); list && declared_extensions(ctx, "eo").empty()) {
    return undeclared("eo", *list);
  }
  if (find_list(lists, kCoreBands, true, false)) {  // only reached when stac_version is below 1.1
    return fmt::format("bands are referenced but the only accepted band list, properties.bands, is a STAC 1.1 "
                       "field and stac_version is {}; upgrade to STAC 1.1.0 or define raster:bands / eo:bands "
                       "(v1.x) on the model asset.",
                       ctx.stac_version.empty() ? std::string("missing") : quote(ctx.stac_version));
  }
  if (auto list = find_any(lists, kCoreBands)) {
    return fmt::format("bands are referenced but STAC 1.1 \"bands\" are defined only on assets ({}), which the MLM "
                       "schema does not accept as band definitions; also list the band names in properties.bands.",
                       list->pointer);
  }
  std::string found;
  for (const auto& list : lists) {
    if (list.size == 0) continue;
    if (!found.empty()) found += ", ";
    found += list.pointer;
  }
  return fmt::format("bands are referenced but no band list is where the MLM schema looks for one (found: {}); "
                     "define raster:bands or eo:bands on the asset with role \"mlm:model\".",
                     found);
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  // Bands on an asset that lacks only the "mlm:model" role: MLM301 reports the role, which resolves this too.
  if (ctx.kind != DocumentKind::kItem || missing_model_role_is_reported(ctx)) return;
  const auto ios = referencing_ios(ctx, "bands");
  if (ios.empty()) return;
  const auto lists = band_lists(ctx);
  // Before v1.3.0 the schemas looked for raster:bands in Item properties, not on the model asset.
  const bool raster_in_properties = ctx.mlm.version < Version{1, 3, 0};
  const bool raster = declares_major(ctx, "raster", 1) && find_list(lists, kRasterBands, raster_in_properties, true);
  const bool eo = declares_major(ctx, "eo", 1) && find_list(lists, kEoBands, true, true);
  const bool core = stac_1_1_or_later(ctx).value_or(false) && find_list(lists, kCoreBands, true, false);
  if (raster || eo || core) return;
  if (!unsupported_band_extensions(ctx, lists).empty()) return;  // MLM403 reports the real cause
  // One finding for the document, at the first reference: every other one has the same cause.
  sink.report(ios.front().list_pointer, diagnose(ctx, lists, raster_in_properties));
}

const RuleInfo kMlm402 = {
    .code = "MLM402",
    .name = "band-definitions-missing",
    .severity = Severity::kError,
    .schema = SchemaRelation::kPartial,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "band references have a band list the MLM schema accepts (with its extension declared)",
    .check = &check,
};

}  // namespace mlmlint::rules

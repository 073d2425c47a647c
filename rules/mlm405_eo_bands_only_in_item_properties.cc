// MLM405: Item-level eo:bands without any asset-level eo:bands fails EO v1 validation (stac-extensions/eo#12),
// even though the MLM schema accepts it as a band provider.
#include "support/fix_placement.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"
#include "support/support.h"

#include "mlmlint/core/tables_extensions.h"

namespace mlmlint::rules {

namespace {

// Suggests eo:bands with the band names only on the single model asset (ex:item_eo_bands_summarized.json);
// nothing when there is no band, or a band without a name, to copy.
std::optional<Fix> names_on_model_asset(const RuleContext& ctx, element bands) {
  auto model = single_model_asset(ctx);
  auto list = as_array(bands);
  if (!model || !list || list->size() == 0) return std::nullopt;
  std::string names = "[";
  for (auto band : *list) {
    auto name = string_member(band, "name");
    if (!name) return std::nullopt;
    names += (names.size() > 1 ? ", " : "") + ("{\"name\": " + quote(*name) + "}");
  }
  names += "]";
  return suggested_fix("add eo:bands (names only) to the model asset " + quote(model->key),
                       {add_edit(pointer_append(model->pointer, "eo:bands"), names)});
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind != DocumentKind::kItem) return;
  // STAC <= 1.0.0-beta.2 EO (declared as "eo") defines eo:bands as an Item field; EO v1 is the one that wants
  // them on assets. Such a document without an EO v1 URI is not judged by EO v1.
  if (const auto version = string_member(ctx.root, "stac_version"); version && allows_extension_identifiers(*version)) {
    const ExtensionInfo* eo = extension_by_name("eo");
    bool eo_v1 = false;
    if (auto extensions = array_member(ctx.root, "stac_extensions")) {
      for (auto entry : *extensions) {
        auto uri = as_string(entry);
        eo_v1 = eo_v1 || (uri && eo && uri_belongs_to(*eo, *uri));
      }
    }
    if (!eo_v1) return;
  }
  auto props = properties(ctx);
  if (!props) return;
  auto bands = member(*props, "eo:bands");
  if (!bands) return;
  for (const auto& asset : assets(ctx)) {
    if (has_member(asset.value, "eo:bands")) return;
  }
  sink.report_key("/properties/eo:bands",
              "eo:bands appears only in Item properties; EO v1 validation also requires eo:bands on an Asset — add "
              "eo:bands (names only) to the asset with role \"mlm:model\".",
              {}, names_on_model_asset(ctx, *bands));
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

// MLM002: MLM fields at a level where the specification does not allow them (README §Notes [1]):
// artifact fields in Item properties, whole-model fields on assets, model I/O in Collection summaries,
// and MLM keys at the Item root or on links.
#include <fmt/format.h>

#include "mlmlint/json_pointer.h"
#include "rule_list.h"
#include "structure_support.h"
#include "tables_fields.h"

namespace mlmlint::rules {

namespace {

// The asset an Asset-only field belongs to.
std::string_view asset_target(std::string_view key) {
  return key == "mlm:entrypoint" ? "the asset with role \"code\"" : "the asset with role \"mlm:model\"";
}

std::string_view asset_only_reason(std::string_view key) {
  return key == "mlm:entrypoint" ? "it names the entry point of one source-code asset"
                                 : "it describes one model artifact";
}

// True if `key` is an MLM field of T3 that exists in the effective version and has this placement.
bool placed(const RuleContext& ctx, std::string_view key, FieldPlacement placement) {
  const VersionedField* field = find_field(mlm_fields(), key);
  return field && field->placement == placement && field->defined_in(ctx.mlm.version);
}

void check_item_properties(const RuleContext& ctx, const MlmObject& obj, RuleSink& sink) {
  for (const auto& e : object_entries(obj.value, obj.pointer)) {
    if (!placed(ctx, e.key, FieldPlacement::kAssetOnly)) continue;
    sink.report(e.pointer, fmt::format("{} is only allowed on Assets ({}); move it to {}.", quote(e.key),
                                       asset_only_reason(e.key), asset_target(e.key)));
  }
}

void check_asset(const RuleContext& ctx, const MlmObject& obj, RuleSink& sink) {
  for (const auto& e : object_entries(obj.value, obj.pointer)) {
    if (!placed(ctx, e.key, FieldPlacement::kPropertiesOnly)) continue;
    if (obj.kind == MlmObjectKind::kItemAsset) {
      sink.report(e.pointer, fmt::format("{} is only allowed in Item properties (it describes the whole model), "
                                         "not on an asset; move it to \"properties\".",
                                         quote(e.key)));
    } else {
      sink.report(e.pointer, fmt::format("{} is not allowed on an asset (it describes the whole model); keep it "
                                         "at the Collection level or in the Items' properties.",
                                         quote(e.key)));
    }
  }
}

void check_summaries(const RuleContext& ctx, const MlmObject& obj, RuleSink& sink) {
  for (const auto& e : object_entries(obj.value, obj.pointer)) {
    if (e.key == "mlm:input" || e.key == "mlm:output") {
      sink.report(e.pointer, fmt::format("{} is not allowed in Collection summaries; describe the model {} in the "
                                         "Items' properties (or at the Collection level).",
                                         quote(e.key), e.key == "mlm:input" ? "inputs" : "outputs"));
    } else if ((e.key == "mlm:artifact_type" || e.key == "mlm:compile_method") &&
               placed(ctx, e.key, FieldPlacement::kAssetOnly)) {
      sink.report(e.pointer, fmt::format("{} is not allowed in Collection summaries (it describes one model "
                                         "artifact); set it on the model asset in \"assets\" or \"item_assets\".",
                                         quote(e.key)));
    }
  }
}

void check_item_root(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& e : object_entries(ctx.root, "")) {
    if (!e.key.starts_with("mlm:")) continue;
    const VersionedField* field = find_field(mlm_fields(), e.key);
    const std::string target = field && field->placement == FieldPlacement::kAssetOnly
                                   ? std::string(asset_target(e.key))
                                   : std::string("\"properties\"");
    sink.report(e.pointer, fmt::format("{} is at the root of the Item, where MLM fields are not allowed; move it "
                                       "to {}.",
                                       quote(e.key), target));
  }
}

void check_link(const MlmObject& obj, RuleSink& sink) {
  for (const auto& e : object_entries(obj.value, obj.pointer)) {
    if (!e.key.starts_with("mlm:") || e.key == "mlm:name") continue;
    sink.report(e.pointer, fmt::format("{} is not allowed on a link (only \"mlm:name\" is, to name the model of "
                                       "a \"derived_from\" link); remove it from the link.",
                                       quote(e.key)));
  }
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind == DocumentKind::kItem) check_item_root(ctx, sink);
  for (const auto& obj : mlm_objects(ctx)) {
    switch (obj.kind) {
      case MlmObjectKind::kItemProperties: check_item_properties(ctx, obj, sink); break;
      case MlmObjectKind::kItemAsset:
      case MlmObjectKind::kCollectionAsset:
      case MlmObjectKind::kCollectionItemAsset: check_asset(ctx, obj, sink); break;
      case MlmObjectKind::kCollectionSummaries: check_summaries(ctx, obj, sink); break;
      case MlmObjectKind::kItemLink: check_link(obj, sink); break;
      case MlmObjectKind::kCollectionRoot: break;
    }
  }
}

const RuleInfo kMlm002 = {
    .code = "MLM002",
    .name = "field-not-allowed-here",
    .severity = Severity::kError,
    .schema = SchemaRelation::kPartial,
    .versions = kAllVersions,
    .fix = FixClass::kSuggest,
    .summary = "MLM fields appear only where the specification allows them (Item properties vs assets)",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

// MLM002: MLM fields at a level where the specification does not allow them (README §Notes [1]):
// artifact fields in Item properties, whole-model fields on assets, model I/O in Collection summaries,
// and MLM keys at the Item root or on links.
#include <fmt/format.h>

#include "support/asset_support.h"
#include "support/fix_placement.h"
#include "support/fix_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"
#include "support/structure_support.h"
#include "mlmlint/core/tables_fields.h"

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

// The only valid place of a misplaced field (RULES.md MLM002 Fix line), when it is unique.
struct Target {
  element object;
  std::string pointer;
  std::string name;  // for the fix description: "the model asset \"model\"", "properties"
};

// The single asset an Asset-only field belongs to: the one model asset, or for "mlm:entrypoint" the one asset
// with role "code". nullopt when there is none or more than one.
std::optional<Target> asset_target_of(const RuleContext& ctx, std::string_view key) {
  std::vector<Located> candidates;
  if (key == "mlm:entrypoint") {
    for (auto& asset : role_holders(ctx)) {
      if (has_role(asset.value, "code")) candidates.push_back(std::move(asset));
    }
  } else {
    candidates = model_assets(ctx);
  }
  if (candidates.size() != 1) return std::nullopt;
  const std::string_view kind = key == "mlm:entrypoint" ? "code asset" : "model asset";
  return Target{candidates.front().value, candidates.front().pointer,
                fmt::format("the {} {}", kind, quote(candidates.front().key))};
}

std::optional<Target> properties_target(const RuleContext& ctx) {
  auto props = properties(ctx);
  if (!props || !as_object(*props)) return std::nullopt;
  return Target{*props, "/properties", "\"properties\""};
}

// Moving the field there is a suggestion (the author may have meant another place); deleting it is safe when
// the target already holds an equal value. Nothing when the target holds another value: a person chooses.
std::optional<Fix> relocation_fix(const Located& field, const std::optional<Target>& target) {
  if (!target) return std::nullopt;
  const std::string destination = pointer_append(target->pointer, field.key);
  if (auto existing = member(target->object, field.key)) {
    if (!same_json(*existing, field.value)) return std::nullopt;
    return safe_fix(fmt::format("remove {} ({} has the same value)", quote(field.key), target->name),
                    {remove_edit(field.pointer)});
  }
  return suggested_fix(fmt::format("move {} to {}", quote(field.key), target->name),
                       {move_edit(field.pointer, destination)});
}

// True if `key` is an MLM field of T3 that exists in the effective version and has this placement.
bool placed(const RuleContext& ctx, std::string_view key, FieldPlacement placement) {
  const VersionedField* field = find_field(mlm_fields(), key);
  return field && field->placement == placement && field->defined_in(ctx.mlm.version);
}

void check_item_properties(const RuleContext& ctx, const MlmObject& obj, RuleSink& sink) {
  for (const auto& e : object_entries(obj.value, obj.pointer)) {
    if (!placed(ctx, e.key, FieldPlacement::kAssetOnly)) continue;
    sink.report_key(e.pointer,
                fmt::format("{} is only allowed on Assets ({}); move it to {}.", quote(e.key),
                            asset_only_reason(e.key), asset_target(e.key)),
                {}, relocation_fix(e, asset_target_of(ctx, e.key)));
  }
}

void check_asset(const RuleContext& ctx, const MlmObject& obj, RuleSink& sink) {
  for (const auto& e : object_entries(obj.value, obj.pointer)) {
    if (!placed(ctx, e.key, FieldPlacement::kPropertiesOnly)) continue;
    if (obj.kind == MlmObjectKind::kItemAsset) {
      sink.report_key(e.pointer,
                  fmt::format("{} is only allowed in Item properties (it describes the whole model), not on an "
                              "asset; move it to \"properties\".",
                              quote(e.key)),
                  {}, relocation_fix(e, properties_target(ctx)));
    } else {
      sink.report_key(e.pointer, fmt::format("{} is not allowed on an asset (it describes the whole model); keep it "
                                         "at the Collection level or in the Items' properties.",
                                         quote(e.key)));
    }
  }
}

void check_summaries(const RuleContext& ctx, const MlmObject& obj, RuleSink& sink) {
  for (const auto& e : object_entries(obj.value, obj.pointer)) {
    if (e.key == "mlm:input" || e.key == "mlm:output") {
      sink.report_key(e.pointer, fmt::format("{} is not allowed in Collection summaries; describe the model {} in the "
                                         "Items' properties (or at the Collection level).",
                                         quote(e.key), e.key == "mlm:input" ? "inputs" : "outputs"));
    } else if ((e.key == "mlm:artifact_type" || e.key == "mlm:compile_method") &&
               placed(ctx, e.key, FieldPlacement::kAssetOnly)) {
      sink.report_key(e.pointer, fmt::format("{} is not allowed in Collection summaries (it describes one model "
                                         "artifact); set it on the model asset in \"assets\" or \"item_assets\".",
                                         quote(e.key)));
    }
  }
}

void check_item_root(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& e : object_entries(ctx.root, "")) {
    if (!e.key.starts_with("mlm:")) continue;
    const VersionedField* field = find_field(mlm_fields(), e.key);
    const bool asset_only = field && field->placement == FieldPlacement::kAssetOnly;
    const std::string target = asset_only ? std::string(asset_target(e.key)) : std::string("\"properties\"");
    // A field unknown in this version has no valid place to move to (MLM003/MLM510 report it there).
    std::optional<Fix> fix;
    if (field && field->defined_in(ctx.mlm.version)) {
      fix = relocation_fix(e, asset_only ? asset_target_of(ctx, e.key) : properties_target(ctx));
    }
    sink.report_key(e.pointer,
                fmt::format("{} is at the root of the Item, where MLM fields are not allowed; move it to {}.",
                            quote(e.key), target),
                {}, std::move(fix));
  }
}

void check_link(const MlmObject& obj, RuleSink& sink) {
  for (const auto& e : object_entries(obj.value, obj.pointer)) {
    if (!e.key.starts_with("mlm:") || e.key == "mlm:name") continue;
    sink.report_key(e.pointer, fmt::format("{} is not allowed on a link (only \"mlm:name\" is, to name the model of "
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

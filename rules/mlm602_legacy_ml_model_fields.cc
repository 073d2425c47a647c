// MLM602: ml-model:* fields in Item properties or assets; the message gives the MLM equivalent (T11).
#include <fmt/format.h>

#include "support/fix_support.h"
#include "support/legacy_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"
#include "support/structure_support.h"
#include "mlmlint/core/tables_legacy.h"

namespace mlmlint::rules {

namespace {

// Fix (suggest, RULES.md): ml-model:architecture -> mlm:architecture and ml-model:prediction_type ->
// mlm:tasks (a one-element array) when the MLM field is absent, renamed where they stand; drop ml-model:type.
// The other fields describe training environments or containers: no automatic mapping.
std::optional<Fix> migration_fix(const RuleContext& ctx, const MlmObject& obj, const Located& e,
                                 const MlModelField& field) {
  if (field.key == "ml-model:type") {
    // Only an MLM URI makes the field redundant: ml-model v1.0.0 requires it.
    if (!declares_mlm(ctx)) return std::nullopt;
    return suggested_fix("remove \"ml-model:type\"", {remove_edit(e.pointer)});
  }
  const bool maps = field.key == "ml-model:architecture" || field.key == "ml-model:prediction_type";
  auto value = as_string(e.value);
  if (!maps || !value || has_member(obj.value, field.mlm)) return std::nullopt;
  const std::string target = pointer_append(obj.pointer, field.mlm);
  std::vector<FixEdit> edits = {rename_edit(e.pointer, target)};
  if (field.mlm == "mlm:tasks") edits.push_back(replace_edit(target, "[" + quoted(*value) + "]"));
  return suggested_fix(fmt::format("rename {} to {}", quoted(field.key), quoted(field.mlm)), std::move(edits));
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  // A document of ml-model alone: MLM601 reports it once, with the mapping of every field.
  if (legacy_only(ctx, LegacyExtension::kMlModel)) return;
  for (const auto& obj : mlm_objects(ctx)) {
    if (obj.kind != MlmObjectKind::kItemProperties && obj.kind != MlmObjectKind::kCollectionRoot &&
        !is_asset_kind(obj.kind)) {
      continue;
    }
    for (const auto& e : object_entries(obj.value, obj.pointer)) {
      if (!e.key.starts_with("ml-model:")) continue;
      const MlModelField* field = find_ml_model_field(e.key);
      std::string message;
      if (!field) {
        message = "legacy ml-model field with no MLM equivalent; remove it once migrated.";
      } else if (field->key == "ml-model:type" && !declares_mlm(ctx)) {
        // No MLM URI yet: declaring MLM is what will identify the model.
        message = "legacy ml-model field; it has no MLM equivalent (declaring the MLM extension identifies a "
                  "model); remove it when migrating to MLM.";
      } else if (field->mlm == "mlm:tasks") {
        message = fmt::format("legacy ml-model field; {}", field->advice);
        if (auto s = as_string(e.value)) message += fmt::format(", e.g. [{}]", quoted(*s));
        message += ".";
      } else {
        message = fmt::format("legacy ml-model field; {}.", field->advice);
      }
      sink.report_key(e.pointer, std::move(message), {}, field ? migration_fix(ctx, obj, e, *field) : std::nullopt);
    }
  }
}

const RuleInfo kMlm602 = {
    .code = "MLM602",
    .name = "legacy-ml-model-fields",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSuggest,
    .summary = "no legacy ml-model:* fields remain (they map to mlm:* fields)",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

// MLM509: keys that earlier MLM/DLM versions or common mistakes used, and that the current specification
// renamed or removed (T10). The message names the replacement. norm_* keys are MLM508's and misspelled
// classification keys MLM208's.
#include <fmt/format.h>

#include "support/fix_placement.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"
#include "support/structure_support.h"
#include "mlmlint/core/tables_fields.h"
#include "mlmlint/core/tables_legacy.h"

namespace mlmlint::rules {

namespace {

// Which kind of object holds the key: decides whether its replacement may live in the same place.
enum class Place { kModelLevel, kAsset, kOther, kStructure, kBand };

// A rename where the key stands (the member keeps its position), optionally with a new value.
Fix rename_fix(const Located& e, std::string_view parent, std::string_view target,
               std::optional<std::string> new_value = std::nullopt) {
  const std::string to = pointer_append(parent, target);
  std::vector<FixEdit> edits = {rename_edit(e.pointer, to)};
  std::string description = fmt::format("rename {} to {}", quoted(e.key), quoted(target));
  if (new_value) {
    edits.push_back(replace_edit(to, *new_value));
    description += fmt::format(" with the value {}", *new_value);
  }
  return safe_fix(std::move(description), std::move(edits));
}

// "mlm:task" / "dlm:task" -> "mlm:tasks": a single task name becomes a one-element array (DLM names are
// mapped to MLM task names, T12); an mlm:task array is only renamed.
std::optional<Fix> tasks_fix(const Located& e, std::string_view parent) {
  if (auto task = as_string(e.value)) {
    const std::string_view name = e.key == "dlm:task" ? dlm_task_to_mlm(*task) : *task;
    if (name.empty()) return std::nullopt;  // an unknown DLM task name has no MLM counterpart
    return rename_fix(e, parent, "mlm:tasks", "[" + quoted(name) + "]");
  }
  if (e.key == "mlm:task" && as_array(e.value)) return rename_fix(e, parent, "mlm:tasks");
  return std::nullopt;
}

// Whether the replacement may stand where the old key is: mlm:* fields by their T3 placement, the others by
// the object they belong to.
bool fits_place(std::string_view target, Place place) {
  const bool item_or_asset = place == Place::kModelLevel || place == Place::kAsset;
  if (const VersionedField* field = find_field(mlm_fields(), target)) {
    switch (field->placement) {
      case FieldPlacement::kPropertiesOnly: return place == Place::kModelLevel;
      case FieldPlacement::kAssetOnly: return place == Place::kAsset;
      case FieldPlacement::kAnywhere: return item_or_asset;
    }
  }
  if (target == "description") return item_or_asset;
  if (target == "data_type" || target == "dim_order") return place == Place::kStructure;
  if (target == "nodata") return place == Place::kBand;
  return false;
}

// Whether the value means the same under the replacement: band "nodata" is a number or "nan" / "inf" /
// "-inf", "description" a string; another value would only trade one problem for another.
bool fits_value(std::string_view target, element value) {
  auto text = as_string(value);
  if (target == "nodata") return as_number(value) || (text && (*text == "nan" || *text == "inf" || *text == "-inf"));
  if (target == "description") return text.has_value();
  return true;
}

// RULES.md MLM509 Fix: safe for a pure rename at the same place when the target key is absent; a suggestion
// when the value must move (an Item-level artifact size goes to file:size of the single model asset, whose
// declaration MLM505 then adds). Nothing when the replacement cannot live where the key is.
std::optional<Fix> fix_for(const RuleContext& ctx, const Located& e, const RenamedField& r, element parent,
                           std::string_view parent_pointer, Place place) {
  const std::string_view target = r.replacement;
  if (target == "file:size") {
    auto size = as_integer(e.value);
    if (!size || *size < 0) return std::nullopt;  // file:size is a byte count
    if (place == Place::kModelLevel) {
      if (ctx.kind != DocumentKind::kItem) return std::nullopt;
      return model_asset_fix(ctx, e.pointer, e.key, e.value, target, SameValue::kSuggestDelete);
    }
    if (place != Place::kAsset || has_member(parent, target)) return std::nullopt;
    return rename_fix(e, parent_pointer, target);
  }
  if (has_member(parent, target) || !fits_place(target, place) || !fits_value(target, e.value)) return std::nullopt;
  if (target == "mlm:tasks") return tasks_fix(e, parent_pointer);
  return rename_fix(e, parent_pointer, target);
}

void report(const RuleContext& ctx, const Located& e, const RenamedField& r, element parent,
            std::string_view parent_pointer, Place place, RuleSink& sink) {
  std::string_view lead = "is an outdated field name";
  if (e.key.starts_with("mlm:")) {
    lead = "is not an MLM field";
  } else if (e.key.starts_with("dlm:")) {
    lead = "is a legacy DLM field";
  }
  std::string message = fmt::format("{} {}; {}", quoted(e.key), lead, r.advice);
  if (r.replacement == "mlm:tasks") {
    if (auto s = as_string(e.value)) message += fmt::format(", e.g. [{}]", quoted(*s));
  }
  sink.report_key(e.pointer, message + ".", {}, fix_for(ctx, e, r, parent, parent_pointer, place));
}

// Reports the T10 keys of `object` whose scope is one of `scopes`.
void check_object(const RuleContext& ctx, element object, std::string_view pointer, Place place,
                  std::initializer_list<RenamedScope> scopes, bool any_mlm_key, RuleSink& sink) {
  for (const auto& e : object_entries(object, pointer)) {
    const RenamedField* r = find_renamed(e.key);
    if (!r || r->handler != RenamedHandler::kMlm509) continue;
    bool applies = any_mlm_key && e.key.starts_with("mlm:");
    for (auto scope : scopes) applies = applies || r->scope == scope;
    if (applies) report(ctx, e, *r, object, pointer, place, sink);
  }
}

// Band objects of raster:bands / eo:bands / bands lists in an MLM object (for nodata_value).
void check_band_lists(const RuleContext& ctx, element object, std::string_view pointer, RuleSink& sink) {
  for (std::string_view list : {"raster:bands", "eo:bands", "bands"}) {
    auto value = member(object, list);
    if (!value) continue;
    for (const auto& band : array_entries(*value, pointer_append(pointer, list))) {
      check_object(ctx, band.value, band.pointer, Place::kBand, {RenamedScope::kMlmObjects}, false, sink);
    }
  }
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  using S = RenamedScope;
  for (const auto& obj : mlm_objects(ctx)) {
    switch (obj.kind) {
      case MlmObjectKind::kItemProperties:
      case MlmObjectKind::kCollectionRoot:
        check_object(ctx, obj.value, obj.pointer, Place::kModelLevel,
                     {S::kProperties, S::kPropertiesOrAssets, S::kMlmObjects}, true, sink);
        check_band_lists(ctx, obj.value, obj.pointer, sink);
        break;
      case MlmObjectKind::kItemAsset:
      case MlmObjectKind::kCollectionAsset:
      case MlmObjectKind::kCollectionItemAsset:
        check_object(ctx, obj.value, obj.pointer, Place::kAsset, {S::kPropertiesOrAssets, S::kMlmObjects}, true,
                     sink);
        check_band_lists(ctx, obj.value, obj.pointer, sink);
        break;
      case MlmObjectKind::kItemLink:
      case MlmObjectKind::kCollectionSummaries:
        check_object(ctx, obj.value, obj.pointer, Place::kOther, {S::kMlmObjects}, true, sink);
        break;
    }
  }
  auto check_io = [&](const Located& io, std::string_view structure_key) {
    check_object(ctx, io.value, io.pointer, Place::kOther, {S::kMlmObjects}, false, sink);
    if (auto structure = member(io.value, structure_key)) {
      check_object(ctx, *structure, pointer_append(io.pointer, structure_key), Place::kStructure,
                   {S::kStructure, S::kMlmObjects}, false, sink);
    }
  };
  for (const auto& input : mlm_inputs(ctx)) check_io(input, "input");
  for (const auto& output : mlm_outputs(ctx)) check_io(output, "result");
}

const RuleInfo kMlm509 = {
    .code = "MLM509",
    .name = "renamed-or-removed-field",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kPartial,
    .versions = kAllVersions,
    .fix = FixClass::kSafe,
    .summary = "no renamed or removed keys (mlm:file_size, mlm:task, dtype, dim_names, ...) are used",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

// MLM509: keys that earlier MLM/DLM versions or common mistakes used, and that the current specification
// renamed or removed (T10). The message names the replacement. norm_* keys are MLM508's and misspelled
// classification keys MLM208's.
#include <fmt/format.h>

#include "mlmlint/json_pointer.h"
#include "rule_list.h"
#include "structure_support.h"
#include "tables_fields.h"

namespace mlmlint::rules {

namespace {

void report(const Located& e, const RenamedField& r, RuleSink& sink) {
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
  sink.report(e.pointer, message + ".");
}

// Reports the T10 keys of `object` whose scope is one of `scopes`.
void check_object(element object, std::string_view pointer, std::initializer_list<RenamedScope> scopes,
                  bool any_mlm_key, RuleSink& sink) {
  for (const auto& e : object_entries(object, pointer)) {
    const RenamedField* r = find_renamed(e.key);
    if (!r || r->handler != RenamedHandler::kMlm509) continue;
    bool applies = any_mlm_key && e.key.starts_with("mlm:");
    for (auto scope : scopes) applies = applies || r->scope == scope;
    if (applies) report(e, *r, sink);
  }
}

// Band objects of raster:bands / eo:bands / bands lists in an MLM object (for nodata_value).
void check_band_lists(element object, std::string_view pointer, RuleSink& sink) {
  for (std::string_view list : {"raster:bands", "eo:bands", "bands"}) {
    auto value = member(object, list);
    if (!value) continue;
    for (const auto& band : array_entries(*value, pointer_append(pointer, list))) {
      check_object(band.value, band.pointer, {RenamedScope::kMlmObjects}, false, sink);
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
        check_object(obj.value, obj.pointer, {S::kProperties, S::kPropertiesOrAssets, S::kMlmObjects}, true, sink);
        check_band_lists(obj.value, obj.pointer, sink);
        break;
      case MlmObjectKind::kItemAsset:
      case MlmObjectKind::kCollectionAsset:
      case MlmObjectKind::kCollectionItemAsset:
        check_object(obj.value, obj.pointer, {S::kPropertiesOrAssets, S::kMlmObjects}, true, sink);
        check_band_lists(obj.value, obj.pointer, sink);
        break;
      case MlmObjectKind::kItemLink:
      case MlmObjectKind::kCollectionSummaries:
        check_object(obj.value, obj.pointer, {S::kMlmObjects}, true, sink);
        break;
    }
  }
  auto check_io = [&](const Located& io, std::string_view structure_key) {
    check_object(io.value, io.pointer, {S::kMlmObjects}, false, sink);
    if (auto structure = member(io.value, structure_key)) {
      check_object(*structure, pointer_append(io.pointer, structure_key), {S::kStructure, S::kMlmObjects}, false,
                   sink);
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

// MLM603: asset roles of the ml-model extension, which MLM took over under the mlm: prefix.
#include <fmt/format.h>

#include "support/fix_support.h"
#include "support/legacy_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"
#include "support/structure_support.h"
#include "mlmlint/core/tables_legacy.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  // A document of ml-model alone: MLM601 reports it once, with the mapping of every role.
  if (legacy_only(ctx, LegacyExtension::kMlModel)) return;
  for (const auto& obj : mlm_objects(ctx)) {
    if (!is_asset_kind(obj.kind)) continue;
    const Located asset{obj.value, obj.pointer, {}, 0};
    auto roles = member(obj.value, "roles");
    if (!roles) continue;
    for (const auto& r : array_entries(*roles, pointer_append(obj.pointer, "roles"))) {
      auto role = as_string(r.value);
      if (!role) continue;
      const MlModelRole* legacy = find_ml_model_role(*role);
      if (!legacy) continue;
      std::string message = fmt::format("legacy role {}; use {}", quoted(*role), quoted(legacy->replacement));
      if (legacy->replacement == "mlm:checkpoint") {
        message += " " + checkpoint_advice(asset_framework(ctx, asset));
      }
      // An mlm: role is only understood once MLM is declared: no fix before (MLM601's hint maps the document).
      if (!declares_mlm(ctx)) {
        sink.report(r.pointer, message + ".");
        continue;
      }
      // Fix (safe): the same role under the mlm: prefix (legacy/ml-model); when the asset already has it, the
      // legacy entry only goes.
      const Fix fix = has_role(obj.value, legacy->replacement)
                          ? safe_fix(fmt::format("remove {} ({} is already there)", quoted(*role),
                                                 quoted(legacy->replacement)),
                                     {remove_edit(r.pointer)})
                          : safe_fix(fmt::format("replace {} by {}", quoted(*role), quoted(legacy->replacement)),
                                     {replace_edit(r.pointer, quoted(legacy->replacement))});
      sink.report(r.pointer, message + ".", {}, fix);
    }
  }
}

const RuleInfo kMlm603 = {
    .code = "MLM603",
    .name = "legacy-ml-model-roles",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSafe,
    .summary = "assets use the mlm: runtime/checkpoint roles instead of the ml-model: ones",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

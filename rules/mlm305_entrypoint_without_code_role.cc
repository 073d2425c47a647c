// MLM305: an asset with "mlm:entrypoint" must carry the role "code" (README: MANDATORY); "mlm:source_code"
// alone does not satisfy the schema.
#include "support/asset_support.h"
#include "rule_list.h"
#include "mlmlint/core/tables_frameworks.h"

#include "mlmlint/core/json_pointer.h"

#include "support/fix_support.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& asset : role_holders(ctx)) {
    if (!has_member(asset.value, "mlm:entrypoint") || has_role(asset.value, "code")) continue;
    auto roles = member(asset.value, "roles");
    if (!roles) {
      sink.report(asset.pointer, "the asset defines \"mlm:entrypoint\" but has no \"roles\"; add \"roles\": "
                                 "[\"code\"] (with \"mlm:source_code\" if it is the model's source code).",
                  {}, safe_fix("add \"roles\": [\"code\"]", {add_edit(pointer_append(asset.pointer, "roles"), "[\"code\"]")}));
      continue;
    }
    const std::string pointer = pointer_append(asset.pointer, "roles");
    std::optional<Fix> fix;  // none when "roles" is not an array (the schema reports that)
    if (as_array(*roles)) fix = safe_fix("append \"code\" to roles", {add_edit(pointer + "/-", "\"code\"")});
    bool source_code = false;
    std::optional<std::string_view> case_variant;
    for (const auto& entry : role_entries(asset)) {
      if (entry.role == "mlm:source_code") source_code = true;
      if (iequals(entry.role, "code")) case_variant = entry.role;
    }
    if (case_variant) {
      sink.report(pointer, "the asset defines \"mlm:entrypoint\", so its roles must include \"code\"; roles are "
                           "case-sensitive and " + quote(*case_variant) + " does not count.",
                  {}, fix);
    } else if (source_code) {
      sink.report(pointer, "the asset defines \"mlm:entrypoint\", so its roles must include \"code\" "
                           "(\"mlm:source_code\" alone is not enough).",
                  {}, fix);
    } else {
      sink.report(pointer, "the asset defines \"mlm:entrypoint\", so its roles must include \"code\".", {}, fix);
    }
  }
}

const RuleInfo kMlm305 = {
    .code = "MLM305",
    .name = "entrypoint-without-code-role",
    .severity = Severity::kError,
    .schema = SchemaRelation::kYes,
    .versions = {.min = {1, 5, 0}},
    .fix = FixClass::kSafe,
    .summary = "an asset with \"mlm:entrypoint\" has the role \"code\"",
    .check = &check,
};

}  // namespace mlmlint::rules

// MLM304: the sub-roles mlm:weights / mlm:checkpoint / mlm:compiled qualify a model asset; the README requires
// "mlm:model" on the same asset whenever one of them is used.
#include <algorithm>

#include "support/asset_support.h"
#include "support/fix_support.h"
#include "rule_list.h"
#include "mlmlint/core/tables_assets.h"

#include "mlmlint/core/json_pointer.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (missing_model_role_is_reported(ctx)) return;  // MLM301 names the asset
  for (const auto& asset : role_holders(ctx)) {
    if (has_role(asset.value, "mlm:model")) continue;
    std::vector<std::string> sub_roles;
    for (const auto& entry : role_entries(asset)) {
      if (!is_model_sub_role(entry.role)) continue;
      const std::string role = quote(entry.role);
      // Report each sub-role once even if it is repeated.
      if (std::find(sub_roles.begin(), sub_roles.end(), role) == sub_roles.end()) sub_roles.push_back(role);
    }
    if (sub_roles.empty()) continue;
    const bool one = sub_roles.size() == 1;
    const std::string pointer = pointer_append(asset.pointer, "roles");
    // A suggestion: the sub-role may be the mistake rather than the missing "mlm:model", and a model asset
    // then needs an mlm:artifact_type (MLM302).
    sink.report(pointer,
                std::string(one ? "role " : "roles ") + join_with_and(sub_roles) + (one ? " requires" : " require") +
                    " the role \"mlm:model\" on the same asset.",
                {}, suggested_fix("append \"mlm:model\" to roles", {add_edit(pointer + "/-", "\"mlm:model\"")}));
  }
}

const RuleInfo kMlm304 = {
    .code = "MLM304",
    .name = "model-subrole-without-mlm-model",
    .severity = Severity::kError,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSuggest,
    .summary = "assets with mlm:weights, mlm:checkpoint or mlm:compiled also have the role \"mlm:model\"",
    .check = &check,
};

}  // namespace mlmlint::rules

// MLM316: "mlm:accelerator": "amd64" means the model will not use any accelerator; the README recommends
// stating it with "mlm:accelerator_constrained": true.
#include <optional>

#include "support/asset_support.h"
#include "support/fix_support.h"
#include "rule_list.h"

#include "mlmlint/core/json_pointer.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  const auto level = model_level(ctx);
  std::vector<Located> holders;
  if (level) holders.push_back(*level);
  for (auto& asset : model_assets(ctx)) holders.push_back(std::move(asset));

  const auto item_accelerator = level_member(level, "mlm:accelerator");
  const auto item_constrained = level_member(level, "mlm:accelerator_constrained");
  for (const auto& holder : holders) {
    const auto accelerator = effective_member(holder, item_accelerator, "mlm:accelerator");
    if (!accelerator || as_string(accelerator->value) != "amd64") continue;
    const auto constrained = effective_member(holder, item_constrained, "mlm:accelerator_constrained");
    if (constrained && as_bool(constrained->value) == true) continue;
    // Point at the value to change when this holder sets it, else next to this holder's accelerator; when
    // both are inherited the Item-level check already reports.
    // The fix sets the value where this holder has it, else adds it next to the holder's own accelerator.
    std::string pointer;
    std::optional<Fix> fix;
    if (constrained && constrained->own) {
      pointer = constrained->pointer;
      fix = safe_fix("set mlm:accelerator_constrained to true", {replace_edit(pointer, "true")});
    } else if (accelerator->own) {
      pointer = accelerator->pointer;
      fix = safe_fix("add \"mlm:accelerator_constrained\": true",
                     {add_edit(pointer_append(holder.pointer, "mlm:accelerator_constrained"), "true")});
    } else {
      continue;
    }
    sink.report(pointer,
                "mlm:accelerator is \"amd64\" (the model will not use any accelerator); set "
                "mlm:accelerator_constrained to true to make that explicit.",
                {}, std::move(fix));
  }
}

const RuleInfo kMlm316 = {
    .code = "MLM316",
    .name = "amd64-not-constrained",
    .severity = Severity::kInfo,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSafe,
    .summary = "mlm:accelerator \"amd64\" comes with mlm:accelerator_constrained: true",
    .check = &check,
};

}  // namespace mlmlint::rules

// MLM310: "mlm:accelerator_constrained": true is meaningless without an accelerator to be constrained to
// (README §Accelerator Type Enum: with a null accelerator, set it to false or omit it).
#include "support/asset_support.h"
#include "support/fix_support.h"
#include "rule_list.h"

#include "mlmlint/core/json_pointer.h"

namespace mlmlint::rules {

namespace {

bool accelerator_unset(const std::optional<Sourced>& accelerator) { return !accelerator || is_null(accelerator->value); }

Fix set_false(const std::string& pointer) {
  return safe_fix("set mlm:accelerator_constrained to false", {replace_edit(pointer, "false")});
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  const auto level = model_level(ctx);
  std::vector<Located> holders;
  if (level) holders.push_back(*level);
  for (auto& asset : model_assets(ctx)) holders.push_back(std::move(asset));

  const auto item_constrained = level_member(level, "mlm:accelerator_constrained");
  const auto item_accelerator = level_member(level, "mlm:accelerator");
  for (const auto& holder : holders) {
    const auto constrained = effective_member(holder, item_constrained, "mlm:accelerator_constrained");
    if (!constrained || as_bool(constrained->value) != true) continue;
    const auto accelerator = effective_member(holder, item_accelerator, "mlm:accelerator");
    if (!accelerator_unset(accelerator)) continue;
    if (constrained->own) {
      sink.report(constrained->pointer,
                  "accelerator_constrained is true but no mlm:accelerator is set, so there is nothing to be "
                  "constrained to; set it to false (or remove it), or name the accelerator.",
                  {}, set_false(constrained->pointer));
    } else if (accelerator && accelerator->own) {
      // The asset clears the accelerator but inherits "constrained: true" from the Item. The Item's true is set
      // to false only when the Item has no accelerator either (it is meaningless there too); otherwise it
      // means something for the Item, and the asset gets its own false.
      const bool item_true_meaningless = accelerator_unset(item_accelerator);
      sink.report(accelerator->pointer,
                  "this asset sets mlm:accelerator to null but inherits mlm:accelerator_constrained: true from " +
                      constrained->pointer + "; set mlm:accelerator_constrained to false on this asset, or name "
                      "the accelerator.",
                  {},
                  item_true_meaningless
                      ? set_false(constrained->pointer)
                      : safe_fix("add \"mlm:accelerator_constrained\": false to the asset",
                                 {add_edit(pointer_append(holder.pointer, "mlm:accelerator_constrained"), "false")}));
    }
    // Otherwise both values are inherited and the Item-level check reports them.
  }
}

const RuleInfo kMlm310 = {
    .code = "MLM310",
    .name = "constrained-without-accelerator",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSafe,
    .summary = "mlm:accelerator_constrained is not true while mlm:accelerator is null or absent",
    .check = &check,
};

}  // namespace mlmlint::rules

// MLM704: the README STRONGLY recommends the common framework names; "pytorch", "torch" or "sklearn" are
// accepted by the schema's free-text branch but make catalogues harder to search and compare (T5).
#include "support/asset_support.h"
#include "support/fix_support.h"
#include "rule_list.h"
#include "mlmlint/core/tables_frameworks.h"

#include "mlmlint/core/json_pointer.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& holder : field_holders(ctx)) {
    auto framework = string_member(holder.value, "mlm:framework");
    if (!framework) continue;
    auto canonical = canonical_framework_name(*framework);
    if (!canonical || *canonical == *framework) continue;
    // Fix (safe): the canonical name; every MLM schema accepts it (the enum, or the free-text branch).
    const std::string pointer = pointer_append(holder.pointer, "mlm:framework");
    sink.report(pointer,
                "use the common framework name " + quoted(*canonical) + " instead of " + quoted(*framework) + ".", {},
                safe_fix("replace " + quoted(*framework) + " by " + quoted(*canonical),
                         {replace_edit(pointer, quoted(*canonical))}));
  }
}

const RuleInfo kMlm704 = {
    .code = "MLM704",
    .name = "non-canonical-framework",
    .severity = Severity::kInfo,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSafe,
    .summary = "mlm:framework uses the common spelling of a known framework name",
    .check = &check,
};

}  // namespace mlmlint::rules

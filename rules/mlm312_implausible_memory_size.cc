// MLM312: mlm:memory_size is in bytes. Less than one bit per parameter (memory_size * 8 < total_parameters)
// means the value was given in MB/GB or is a placeholder such as the examples' 1.
#include <unordered_set>

#include "support/asset_support.h"
#include "rule_list.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  const auto level = model_level(ctx);
  std::vector<Located> holders;
  if (level) holders.push_back(*level);
  for (auto& asset : role_holders(ctx)) holders.push_back(std::move(asset));

  std::unordered_set<std::string> reported;  // an asset may inherit the very value the Item check reported
  const auto item_memory = level_member(level, "mlm:memory_size");
  const auto item_parameters = level_member(level, "mlm:total_parameters");
  for (const auto& holder : holders) {
    const auto memory = effective_member(holder, item_memory, "mlm:memory_size");
    const auto parameters = effective_member(holder, item_parameters, "mlm:total_parameters");
    // An asset that overrides neither value is covered by the Item-level check.
    if (!memory || !parameters || (!memory->own && !parameters->own)) continue;
    const auto bytes = as_number(memory->value);
    const auto count = as_number(parameters->value);
    if (!bytes || !count || *bytes <= 0 || *count <= 0 || *bytes * 8 >= *count) continue;
    if (!reported.insert(memory->pointer).second) continue;
    sink.report(memory->pointer, render(memory->value) + (*bytes == 1 ? " byte" : " bytes") + " for " +
                                     render(parameters->value) +
                                     " parameters is less than one bit per parameter; mlm:memory_size is expressed "
                                     "in bytes.");
  }
}

const RuleInfo kMlm312 = {
    .code = "MLM312",
    .name = "implausible-memory-size",
    .severity = Severity::kInfo,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "mlm:memory_size (bytes) is at least one bit per parameter",
    .check = &check,
};

}  // namespace mlmlint::rules

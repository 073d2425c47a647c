// MLM313: several model assets are alternative artifacts of the same model; the README says they are told
// apart by mlm:artifact_type. Two model assets that agree on artifact type, compile method and media type
// cannot be distinguished by a client.
#include <unordered_map>

#include "rule_list.h"
#include "support/support.h"
#include "mlmlint/core/tables_assets.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  std::unordered_map<std::string, std::string_view> first_with;  // signature -> key of the first asset
  for (const auto& asset : model_assets(ctx)) {
    auto artifact_type = string_member(asset.value, "mlm:artifact_type");
    if (!artifact_type) continue;  // MLM302 reports a missing artifact type
    auto compile_method = member(asset.value, "mlm:compile_method");
    auto type = string_member(asset.value, "type");
    // Rendered JSON keeps the three parts unambiguous ("null" for an absent compile method).
    std::string signature = quote(*artifact_type);
    signature += '\n';
    signature += compile_method ? render(*compile_method) : "null";
    signature += '\n';
    signature += type ? media_type_essence(*type) : std::string("\x01");
    auto [it, inserted] = first_with.try_emplace(std::move(signature), asset.key);
    if (inserted) continue;
    sink.report(asset.pointer, "assets " + quote(it->second) + " and " + quote(asset.key) +
                                   " both have role \"mlm:model\" with artifact type " + quote(*artifact_type) +
                                   "; alternative model artifacts should be distinguished by mlm:artifact_type.");
  }
}

const RuleInfo kMlm313 = {
    .code = "MLM313",
    .name = "indistinguishable-model-assets",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = {.min = {1, 4, 0}},
    .fix = FixClass::kNone,
    .summary = "model assets differ in artifact type, compile method or media type",
    .check = &check,
};

}  // namespace mlmlint::rules

// MLM315: "mlm:"-prefixed roles are how clients discover MLM assets, so they must be the roles the README
// defines (T7). "mlm:container", "mlm:training" and "mlm:inference" are suggested asset *keys*, not roles.
#include <array>
#include <unordered_map>

#include "support/asset_support.h"
#include "rule_list.h"
#include "mlmlint/core/tables_assets.h"

namespace mlmlint::rules {

namespace {

struct KeyNotRole {
  std::string_view key;
  std::string_view use;
};
constexpr std::array<KeyNotRole, 3> kKeysNotRoles = {{
    {"mlm:container", "\"runtime\" and/or \"mlm:inference-runtime\""},
    {"mlm:training", "\"mlm:training-runtime\" (with \"runtime\")"},
    {"mlm:inference", "\"mlm:inference-runtime\" (with \"runtime\")"},
}};

// `model_asset`: the asset also has the role "mlm:model"; runtime roles do not belong on it.
std::string message_for(std::string_view role, bool model_asset) {
  for (const auto& k : kKeysNotRoles) {
    if (role != k.key) continue;
    const std::string what = quote(role) + " is not an MLM asset role (the README uses it as a suggested asset key)";
    if (model_asset) {
      return what + "; remove it: this is the model asset (\"mlm:model\"), and runtime roles belong on the asset "
                    "of the container or environment that runs it.";
    }
    return what + "; use " + std::string(k.use) + ".";
  }
  std::optional<std::string_view> best;
  std::size_t best_distance = 0;
  for (std::string_view known : kMlmRoles) {
    // Distances above 2 never count; the length check keeps hostile long strings cheap.
    if (role.size() > known.size() + 2 || !is_close(role, known)) continue;
    const std::size_t distance = edit_distance(role, known);
    if (!best || distance < best_distance) {
      best = known;
      best_distance = distance;
    }
  }
  if (best) return quote(role) + " is not an MLM asset role; did you mean " + quote(*best) + "?";
  std::string known_roles;
  for (std::string_view known : kMlmRoles) {
    if (!known_roles.empty()) known_roles += ", ";
    known_roles += known;
  }
  return quote(role) + " is not an MLM asset role; the MLM roles are " + known_roles + ".";
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  // Messages are computed once per distinct role: the "did you mean" search is the costly part.
  std::unordered_map<std::string_view, std::string> messages[2];  // [model asset?]
  for (const auto& asset : role_holders(ctx)) {
    const bool model_asset = has_role(asset.value, "mlm:model");
    for (const auto& entry : role_entries(asset)) {
      if (entry.role.substr(0, 4) != "mlm:" || is_mlm_role(entry.role)) continue;
      auto [it, inserted] = messages[model_asset].try_emplace(entry.role);
      if (inserted) it->second = message_for(entry.role, model_asset);
      sink.report(entry.pointer, it->second);
    }
  }
}

const RuleInfo kMlm315 = {
    .code = "MLM315",
    .name = "unknown-mlm-role",
    .severity = Severity::kInfo,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "asset roles starting with \"mlm:\" are MLM asset roles",
    .check = &check,
};

}  // namespace mlmlint::rules

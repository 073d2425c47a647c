#include "asset_support.h"

#include <algorithm>

#include "mlmlint/core/json_pointer.h"
#include "mlmlint/core/tables_assets.h"

namespace mlmlint::rules {

std::optional<Located> model_level(const RuleContext& ctx) {
  if (ctx.kind == DocumentKind::kItem) {
    auto props = properties(ctx);
    if (!props) return std::nullopt;
    return Located{*props, "/properties", "properties", 0};
  }
  if (ctx.kind == DocumentKind::kCollection && as_object(ctx.root)) return Located{ctx.root, "", {}, 0};
  return std::nullopt;
}

std::vector<Located> role_holders(const RuleContext& ctx) {
  std::vector<Located> out = assets(ctx);
  if (ctx.kind == DocumentKind::kCollection) {
    if (auto item_assets = member(ctx.root, "item_assets")) {
      for (auto& entry : object_entries(*item_assets, "/item_assets")) out.push_back(std::move(entry));
    }
  }
  return out;
}

std::vector<Located> field_holders(const RuleContext& ctx) {
  std::vector<Located> out;
  if (auto level = model_level(ctx)) out.push_back(std::move(*level));
  for (auto& holder : role_holders(ctx)) out.push_back(std::move(holder));
  return out;
}

std::optional<Sourced> level_member(const std::optional<Located>& level, std::string_view key) {
  if (!level) return std::nullopt;
  auto value = member(level->value, key);
  if (!value) return std::nullopt;
  return Sourced{*value, pointer_append(level->pointer, key), false};
}

std::optional<Sourced> effective_member(const Located& holder, const std::optional<Sourced>& inherited,
                                        std::string_view key) {
  if (auto own = member(holder.value, key)) return Sourced{*own, pointer_append(holder.pointer, key), true};
  return inherited;
}

std::vector<RoleEntry> role_entries(const Located& asset) {
  std::vector<RoleEntry> out;
  auto roles = member(asset.value, "roles");
  if (!roles) return out;
  for (const auto& entry : array_entries(*roles, pointer_append(asset.pointer, "roles"))) {
    if (auto role = as_string(entry.value)) out.push_back({*role, entry.pointer});
  }
  return out;
}

// A named std::string: GCC 12 reports a false -Warray-bounds for a literal pushed into the vector here.
const std::string kArtifactTypeReason = "an \"mlm:artifact_type\"";

std::vector<ModelCandidate> model_asset_candidates(const RuleContext& ctx) {
  std::vector<ModelCandidate> out;
  if (ctx.kind != DocumentKind::kItem || !model_assets(ctx).empty()) return out;
  for (const auto& asset : assets(ctx)) {
    ModelCandidate candidate;
    candidate.asset = asset;
    const std::vector<std::string> tokens = split_pointer(asset.pointer);  // /assets/KEY
    if (!tokens.empty()) candidate.key = tokens.back();
    for (const auto& entry : role_entries(asset)) {
      const std::string reason = "the role " + quote(entry.role);
      if (is_model_sub_role(entry.role) &&
          std::find(candidate.reasons.begin(), candidate.reasons.end(), reason) == candidate.reasons.end()) {
        candidate.reasons.push_back(reason);
      }
    }
    if (has_member(asset.value, "mlm:artifact_type")) candidate.reasons.emplace_back(kArtifactTypeReason);
    if (!candidate.reasons.empty()) out.push_back(std::move(candidate));
  }
  return out;
}

bool missing_model_role_is_reported(const RuleContext& ctx) { return !model_asset_candidates(ctx).empty(); }

}  // namespace mlmlint::rules

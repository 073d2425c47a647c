// Helpers shared by the rules about assets, roles and runtime fields (MLM3xx) and the best-practice rules
// (MLM7xx): where Item-level and asset-level MLM fields live, and their effective values (RULES.md §2.2).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support.h"

namespace mlmlint::rules {

// The object holding model-level fields: Item `properties` (/properties) or the Collection itself ("").
std::optional<Located> model_level(const RuleContext& ctx);

// Every object that may hold Item/asset-level MLM fields: the model level, every asset and, for
// Collections, every `item_assets` entry.
std::vector<Located> field_holders(const RuleContext& ctx);

// Every asset-like object whose `roles` matter: /assets/* and, for Collections, /item_assets/*.
std::vector<Located> role_holders(const RuleContext& ctx);

// A value found for a field together with where it was found.
struct Sourced {
  element value;
  std::string pointer;
  bool own = false;  // defined on the holder itself (not inherited from the model level)
};

// The model level's own value of `key`. Look it up once per rule and pass it to effective_member for every
// asset, so that many assets and a large properties object do not multiply.
std::optional<Sourced> level_member(const std::optional<Located>& level, std::string_view key);

// RULES.md §2.2 effective value: the holder's own member, else the inherited model-level value.
std::optional<Sourced> effective_member(const Located& holder, const std::optional<Sourced>& inherited,
                                        std::string_view key);

// The string entries of `roles`, with their pointers (non-strings are skipped).
struct RoleEntry {
  std::string_view role;
  std::string pointer;
};
std::vector<RoleEntry> role_entries(const Located& asset);

// When an Item has no asset with the role "mlm:model", the assets that look like the model: they carry a model
// sub-role (mlm:weights, mlm:checkpoint, mlm:compiled) or an "mlm:artifact_type". MLM301 names them; the rules
// that would otherwise report each consequence of the missing role (MLM303, MLM304, MLM402) stay silent.
struct ModelCandidate {
  Located asset;
  std::string key;                   // the asset's key in "assets"
  std::vector<std::string> reasons;  // "the role \"mlm:weights\"", "an \"mlm:artifact_type\""
};
std::vector<ModelCandidate> model_asset_candidates(const RuleContext& ctx);
// True when the Item lacks a model asset and some asset looks like one: MLM301 reports the root cause.
bool missing_model_role_is_reported(const RuleContext& ctx);


}  // namespace mlmlint::rules

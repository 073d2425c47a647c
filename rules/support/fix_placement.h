// Fix building blocks shared by the MLM4xx-MLM7xx rules: declaring an extension in stac_extensions, and
// moving an Item-level value to the single model asset (RULES.md §1.6 and the rules' Fix lines).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "fix_support.h"
#include "support.h"

namespace mlmlint::rules {

// The edit that declares `uri`: appended to stac_extensions, or a new stac_extensions array when the member
// is missing. nullopt when stac_extensions is there but not an array (the schema reports that).
std::optional<FixEdit> declare_extension_edit(const RuleContext& ctx, std::string_view uri);

// Equal as JSON values (object member order ignored, 1 == 1.0).
bool same_json(element a, element b);

// The Item's only asset with role "mlm:model"; nullopt when there is none or more than one.
std::optional<Located> single_model_asset(const RuleContext& ctx);

// How to treat a model asset that already holds the target key with the same value.
enum class SameValue { kSafeDelete, kSuggestDelete };

// Moves `value` (at `pointer`, an Item-level member) to `target_key` of the single model asset:
// a suggested move when the asset lacks the key, a deletion when it already holds the same value (safe or
// suggested as asked), nothing when there is no single model asset or it holds another value.
std::optional<Fix> model_asset_fix(const RuleContext& ctx, std::string_view pointer, std::string_view key,
                                   element value, std::string_view target_key, SameValue same);

}  // namespace mlmlint::rules

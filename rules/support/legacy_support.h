// Helpers shared by the legacy rules (MLM601-MLM605, MLM308): whether a document was written for ml-model or
// DLM alone, the T11/T12 mapping of the legacy content it holds, and the framework an asset is made for.
#pragma once

#include <string>
#include <vector>

#include "support.h"
#include "mlmlint/core/tables_frameworks.h"
#include "mlmlint/core/tables_legacy.h"

namespace mlmlint::rules {

// Whether stac_extensions lists an identifier of `ext` (§2.1).
bool declares_legacy(const RuleContext& ctx, LegacyExtension ext);

// Whether stac_extensions lists an MLM URI (any version, known or not).
bool declares_mlm(const RuleContext& ctx);

// A document written for the legacy extension `ext` alone: it declares `ext` and no MLM URI. Its legacy
// fields are correct in the spec it declares, so MLM601 reports the document once with the mapping, and
// MLM602-MLM605 do not report every field again (they do on half-migrated documents that declare MLM).
bool legacy_only(const RuleContext& ctx, LegacyExtension ext);

// One "legacy → MLM" entry per legacy field, sub-field, role and relation the document holds (each once, in
// document order), from the T11/T12 tables: "ml-model:architecture → mlm:architecture".
std::vector<std::string> legacy_mappings(const RuleContext& ctx, LegacyExtension ext);

// The pointers of the legacy fields (ml-model:* or dlm:* members of properties, assets and the Collection).
std::vector<std::string> legacy_field_pointers(const RuleContext& ctx, LegacyExtension ext);

// Whether `value` (an object, or an array of objects) has member `key`.
bool has_subfield(element value, std::string_view key);

// The framework family a model asset is made for: its effective mlm:framework, else the framework= /
// application= parameter or the custom subtype (application/x-pytorch) of its media type; unknown otherwise.
FrameworkFamilies asset_framework(const RuleContext& ctx, const Located& asset);

// The role mapping of ml-model:checkpoint for an asset of `family`: MLM needs "mlm:model" and an
// "mlm:artifact_type"; "torch.save" is named only for PyTorch (real checkpoints were often scikit-learn,
// Keras, CatBoost …).
std::string checkpoint_advice(const FrameworkFamilies& family);

}  // namespace mlmlint::rules

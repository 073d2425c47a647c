// RULES.md §2.3 (T3): MLM fields and constructs by the version that introduced (or removed) them, and
// §2.9 (T10): keys that were renamed or removed, with their replacement.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "mlmlint/core/mlm_version.h"

namespace mlmlint {

inline constexpr Version kNeverRemoved{99, 0, 0};

// Where an Item/asset-level MLM field may appear (README §Notes [1]).
enum class FieldPlacement {
  kAnywhere,        // Item properties and assets
  kPropertiesOnly,  // mlm:name, mlm:input, mlm:output, mlm:hyperparameters
  kAssetOnly,       // mlm:artifact_type, mlm:compile_method, mlm:entrypoint
};

// A field or key that exists in versions [since, removed).
struct VersionedField {
  std::string_view name;
  Version since;
  Version removed = kNeverRemoved;
  FieldPlacement placement = FieldPlacement::kAnywhere;
  bool defined_in(const Version& v) const { return since <= v && v < removed; }
};

// The 20 `mlm:*` fields of Item properties / assets (v1.5.2), with their introduction version.
std::span<const VersionedField> mlm_fields();
// Keys of a Model Input object / Model Output object.
std::span<const VersionedField> input_keys();
std::span<const VersionedField> output_keys();

// Keys of the structures and of a Value Scaling Object (README §Input Structure Object, §Result Structure
// Object, §Value Scaling Object; `format` and `expression` are those of a processing expression).
inline constexpr std::string_view kStructureKeys[] = {"shape", "dim_order", "data_type"};
inline constexpr std::string_view kValueScalingKeys[] = {"type",  "minimum", "maximum", "mean",
                                                         "stddev", "value",   "format",  "expression"};

// The names of a table's fields, in table order (every version).
std::vector<std::string_view> field_names(std::span<const VersionedField> table);

// Look-up by exact name; nullptr if absent.
const VersionedField* find_field(std::span<const VersionedField> table, std::string_view name);

// Constructs of T3 that are not plain keys.
inline constexpr Version kDescriptionInIoSince{1, 1, 0};
inline constexpr Version kObjectBandEntriesSince{1, 2, 0};
inline constexpr Version kItemAssetsSince{1, 2, 0};
inline constexpr Version kValueScalingSince{1, 4, 0};
inline constexpr Version kDownscalingTaskSince{1, 5, 0};
inline constexpr Version kProcessingFunctionArraySince{1, 5, 0};
inline constexpr Version kInputBandsOptionalSince{1, 5, 0};
inline constexpr Version kReservedDimensionsSince{1, 5, 0};
inline constexpr Version kProcessingDescriptionSince{1, 5, 1};

// --- T10 ------------------------------------------------------------------------------------------

enum class RenamedScope {
  kInput,               // a key of mlm:input[*]
  kOutput,              // a key of mlm:output[*]
  kPropertiesOrAssets,  // Item properties / assets (for `mlm:` keys: any MLM object)
  kProperties,          // Item properties (for `mlm:` keys: any MLM object)
  kStructure,           // the `input` / `result` structure of an input / output
  kMlmObjects,          // anywhere in MLM objects, including inputs, outputs and their structures
};

enum class RenamedHandler { kMlm509, kMlm508, kMlm208 };

struct RenamedField {
  std::string_view key;
  RenamedScope scope;
  std::string_view replacement;  // the key (or description) that replaces it
  std::string_view advice;       // message tail after "…; ", without the final period
  RenamedHandler handler;
};

std::span<const RenamedField> renamed_fields();
// First entry of T10 with this key; nullptr if none.
const RenamedField* find_renamed(std::string_view key);

}  // namespace mlmlint

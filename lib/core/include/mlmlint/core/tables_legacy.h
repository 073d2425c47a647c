// RULES.md §4.7: migration tables from the legacy ml-model extension (T11) and the DLM extension (T12)
// to MLM, and the legacy identifiers of §2.1.
#pragma once

#include <span>
#include <string_view>

namespace mlmlint {

// --- §2.1 legacy identifiers ---------------------------------------------------------------------

enum class LegacyExtension { kNone, kMlModel, kDlm };
// ml-model URI (https://stac-extensions.github.io/ml-model/v{X}/schema.json), the DLM schema URI or the
// bare string "dl-model".
LegacyExtension legacy_extension_of(std::string_view uri);

// --- T11: ml-model --------------------------------------------------------------------------------

enum class MlModelScope { kProperties, kAsset };

struct MlModelField {
  std::string_view key;    // "ml-model:architecture"
  MlModelScope scope;
  std::string_view mlm;    // MLM equivalent, empty when there is none
  std::string_view advice; // message after "legacy ml-model field; " (without the final period)
  // Where the field goes in MLM, for one-line mapping lists ("ml-model:architecture → mlm:architecture").
  std::string_view mapping;
};
std::span<const MlModelField> ml_model_fields();
const MlModelField* find_ml_model_field(std::string_view key);

struct MlModelRole {
  std::string_view role;         // "ml-model:inference-runtime"
  std::string_view replacement;  // "mlm:inference-runtime"
};
std::span<const MlModelRole> ml_model_roles();
const MlModelRole* find_ml_model_role(std::string_view role);

struct MlModelRelation {
  std::string_view rel;     // "ml-model:train-data"
  std::string_view advice;  // message after "legacy relation \"…\"; " (without the final period)
  std::string_view mapping; // what replaces the link, for one-line mapping lists
};
std::span<const MlModelRelation> ml_model_relations();
const MlModelRelation* find_ml_model_relation(std::string_view rel);

// --- T12: DLM -------------------------------------------------------------------------------------

struct DlmSubfield {
  std::string_view parent;  // "dlm:architecture"
  std::string_view key;     // "total_nb_parameters"
  std::string_view mlm;     // "mlm:total_parameters"
};
// Every mapped sub-field, grouped by parent in the T12 order.
std::span<const DlmSubfield> dlm_subfields();

struct DlmField {
  std::string_view key;      // "dlm:architecture"
  std::string_view summary;  // the mapping of the whole field, used when no known sub-field is present
};
std::span<const DlmField> dlm_fields();
const DlmField* find_dlm_field(std::string_view key);

// DLM task names (dlm:outputs.task) -> MLM task names; empty when unknown.
std::string_view dlm_task_to_mlm(std::string_view task);

}  // namespace mlmlint

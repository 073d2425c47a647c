#include "mlmlint/core/tables_fields.h"


namespace mlmlint {

namespace {

constexpr Version kV100{1, 0, 0};
constexpr Version kV110{1, 1, 0};
constexpr Version kV140{1, 4, 0};
constexpr Version kV150{1, 5, 0};

using P = FieldPlacement;

constexpr VersionedField kMlmFields[] = {
    {"mlm:name", kV100, kNeverRemoved, P::kPropertiesOnly},
    {"mlm:architecture", kV100},
    {"mlm:tasks", kV100},
    {"mlm:framework", kV100},
    {"mlm:framework_version", kV100},
    {"mlm:memory_size", kV100},
    {"mlm:total_parameters", kV100},
    {"mlm:pretrained", kV100},
    {"mlm:pretrained_source", kV100},
    {"mlm:batch_size_suggestion", kV100},
    {"mlm:accelerator", kV100},
    {"mlm:accelerator_constrained", kV100},
    {"mlm:accelerator_summary", kV100},
    {"mlm:accelerator_count", kV100},
    {"mlm:input", kV100, kNeverRemoved, P::kPropertiesOnly},
    {"mlm:output", kV100, kNeverRemoved, P::kPropertiesOnly},
    {"mlm:hyperparameters", kV100, kNeverRemoved, P::kPropertiesOnly},
    {"mlm:artifact_type", kV140, kNeverRemoved, P::kAssetOnly},
    {"mlm:compile_method", kV140, kNeverRemoved, P::kAssetOnly},
    {"mlm:entrypoint", kV150, kNeverRemoved, P::kAssetOnly},
};

constexpr VersionedField kInputKeys[] = {
    {"name", kV100},
    {"bands", kV100},
    {"input", kV100},
    {"norm_by_channel", kV100, kV140},
    {"norm_type", kV100, kV140},
    {"norm_clip", kV100, kV140},
    {"resize_type", kV100},
    {"statistics", kV100, kV140},
    {"pre_processing_function", kV100},
    {"description", kV110},
    {"value_scaling", kV140},
    {"variables", kV150},
};

constexpr VersionedField kOutputKeys[] = {
    {"name", kV100},
    {"tasks", kV100},
    {"result", kV100},
    {"classification:classes", kV100},
    {"post_processing_function", kV100},
    {"description", kV110},
    {"variables", kV150},
    {"bands", kV150},
};

using S = RenamedScope;
using H = RenamedHandler;

constexpr RenamedField kRenamed[] = {
    {"norm_type", S::kInput, "value_scaling", "replaced by \"value_scaling\" in MLM v1.4.0", H::kMlm508},
    {"norm_by_channel", S::kInput, "value_scaling", "replaced by \"value_scaling\" in MLM v1.4.0", H::kMlm508},
    {"norm_clip", S::kInput, "value_scaling", "replaced by \"value_scaling\" in MLM v1.4.0", H::kMlm508},
    {"statistics", S::kInput, "value_scaling", "replaced by \"value_scaling\" in MLM v1.4.0", H::kMlm508},
    {"mlm:file_size", S::kPropertiesOrAssets, "file:size",
     "the artifact size belongs in \"file:size\" on the model asset", H::kMlm509},
    {"mlm:disk_size", S::kPropertiesOrAssets, "file:size",
     "the artifact size belongs in \"file:size\" on the model asset", H::kMlm509},
    {"disk_size", S::kPropertiesOrAssets, "file:size",
     "the artifact size belongs in \"file:size\" on the model asset", H::kMlm509},
    {"mlm:task", S::kProperties, "mlm:tasks", "use \"mlm:tasks\" (an array of task names)", H::kMlm509},
    {"dlm:task", S::kProperties, "mlm:tasks", "use \"mlm:tasks\" (an array of task names)", H::kMlm509},
    {"mlm:inputs", S::kProperties, "mlm:input", "use \"mlm:input\" (an array of Model Input objects)", H::kMlm509},
    {"mlm:outputs", S::kProperties, "mlm:output", "use \"mlm:output\" (an array of Model Output objects)",
     H::kMlm509},
    {"mlm:batch_size", S::kPropertiesOrAssets, "mlm:batch_size_suggestion", "use \"mlm:batch_size_suggestion\"",
     H::kMlm509},
    {"mlm:summary", S::kProperties, "description",
     "use the STAC common metadata field \"description\"", H::kMlm509},
    {"dtype", S::kStructure, "data_type", "it was renamed to \"data_type\" in MLM v1.0.0", H::kMlm509},
    {"nodata_value", S::kMlmObjects, "nodata",
     "declare no-data values with \"nodata\" on the band objects (raster:bands / bands)", H::kMlm509},
    {"dim_names", S::kStructure, "dim_order", "use \"dim_order\"", H::kMlm509},
    {"classification_classes", S::kOutput, "classification:classes", "use \"classification:classes\"",
     H::kMlm208},
    {"classes", S::kOutput, "classification:classes", "use \"classification:classes\"", H::kMlm208},
    {"classification:class", S::kOutput, "classification:classes", "use \"classification:classes\"", H::kMlm208},
    {"classification-classes", S::kOutput, "classification:classes", "use \"classification:classes\"",
     H::kMlm208},
};

}  // namespace

std::span<const VersionedField> mlm_fields() { return kMlmFields; }
std::span<const VersionedField> input_keys() { return kInputKeys; }
std::span<const VersionedField> output_keys() { return kOutputKeys; }

std::vector<std::string_view> field_names(std::span<const VersionedField> table) {
  std::vector<std::string_view> names;
  names.reserve(table.size());
  for (const auto& field : table) names.push_back(field.name);
  return names;
}

const VersionedField* find_field(std::span<const VersionedField> table, std::string_view name) {
  for (const auto& f : table) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

std::span<const RenamedField> renamed_fields() { return kRenamed; }

const RenamedField* find_renamed(std::string_view key) {
  for (const auto& r : renamed_fields()) {
    if (r.key == key) return &r;
  }
  return nullptr;
}

}  // namespace mlmlint

#include "mlmlint/core/tables_legacy.h"

namespace mlmlint {

namespace {

constexpr std::string_view kRuntimeAdvice =
    "describe the container as an asset with roles \"runtime\" and \"mlm:inference-runtime\"";
constexpr std::string_view kTrainingEnvAdvice =
    "it describes the training environment while MLM describes inference (\"mlm:framework\", "
    "\"mlm:framework_version\", \"mlm:accelerator\"), so there is no automatic mapping";

constexpr std::string_view kRuntimeMapping = "a container asset (roles runtime + mlm:inference-runtime)";
constexpr std::string_view kTrainingEnvMapping = "no mapping (MLM describes the inference environment)";

using MS = MlModelScope;

constexpr MlModelField kMlModelFields[] = {
    {"ml-model:type", MS::kProperties, "",
     "it has no MLM equivalent (the MLM URI in stac_extensions already identifies a model); remove it",
     "dropped (the MLM URI identifies a model)"},
    {"ml-model:learning_approach", MS::kProperties, "",
     "it has no MLM equivalent; describe the training data with \"derived_from\" links instead",
     "dropped (describe the training data with derived_from links)"},
    {"ml-model:prediction_type", MS::kProperties, "mlm:tasks", "its MLM equivalent is \"mlm:tasks\" (an array)",
     "mlm:tasks"},
    {"ml-model:architecture", MS::kProperties, "mlm:architecture", "its MLM equivalent is \"mlm:architecture\"",
     "mlm:architecture"},
    {"ml-model:training-processor-type", MS::kProperties, "", kTrainingEnvAdvice, kTrainingEnvMapping},
    {"ml-model:training-os", MS::kProperties, "", kTrainingEnvAdvice, kTrainingEnvMapping},
    {"ml-model:training-environment", MS::kProperties, "", kTrainingEnvAdvice, kTrainingEnvMapping},
    {"ml-model:command", MS::kAsset, "", kRuntimeAdvice, kRuntimeMapping},
    {"ml-model:input-volume", MS::kAsset, "", kRuntimeAdvice, kRuntimeMapping},
    {"ml-model:output-volume", MS::kAsset, "", kRuntimeAdvice, kRuntimeMapping},
    {"ml-model:requires-gpu", MS::kAsset, "mlm:accelerator",
     "describe the container as an asset with roles \"runtime\" and \"mlm:inference-runtime\" and state the "
     "required accelerator in \"mlm:accelerator\" (e.g. \"cuda\")",
     "mlm:accelerator on a container asset"},
};

constexpr MlModelRole kMlModelRoles[] = {
    {"ml-model:inference-runtime", "mlm:inference-runtime"},
    {"ml-model:training-runtime", "mlm:training-runtime"},
    {"ml-model:checkpoint", "mlm:checkpoint"},
};

constexpr MlModelRelation kMlModelRelations[] = {
    {"ml-model:inferencing-image",
     "describe the image as an asset with roles \"runtime\" and \"mlm:inference-runtime\" instead of a link",
     "an asset with roles runtime + mlm:inference-runtime"},
    {"ml-model:training-image",
     "describe the image as an asset with roles \"runtime\" and \"mlm:training-runtime\" instead of a link",
     "an asset with roles runtime + mlm:training-runtime"},
    {"ml-model:train-data", "use \"derived_from\" (optionally with \"ml-aoi:split\": \"train\")",
     "derived_from with ml-aoi:split train"},
    {"ml-model:test-data", "use \"derived_from\" (optionally with \"ml-aoi:split\": \"test\")",
     "derived_from with ml-aoi:split test"},
};

constexpr DlmSubfield kDlmSubfields[] = {
    {"dlm:architecture", "total_nb_parameters", "mlm:total_parameters"},
    {"dlm:architecture", "estimated_total_size_mb", "mlm:memory_size (bytes)"},
    {"dlm:architecture", "type", "mlm:architecture"},
    {"dlm:architecture", "pretrained", "mlm:pretrained + mlm:pretrained_source"},
    {"dlm:architecture", "summary", "description"},
    {"dlm:runtime", "framework", "mlm:framework"},
    {"dlm:runtime", "version", "mlm:framework_version"},
    {"dlm:runtime", "framework_version", "mlm:framework_version"},
    {"dlm:runtime", "model_handler", "mlm:entrypoint on a source-code asset"},
    {"dlm:runtime", "model_src_url", "the href of a source-code asset pinned to the commit"},
    {"dlm:runtime", "model_commit_hash", "the href of a source-code asset pinned to the commit"},
    {"dlm:runtime", "requirement_file", "a source-code asset"},
    {"dlm:runtime", "docker", "a container asset (roles runtime + mlm:inference-runtime; gpu → mlm:accelerator)"},
    {"dlm:inputs", "name", "mlm:input[].name"},
    {"dlm:inputs", "input_tensors", "input.shape + input.dim_order"},
    {"dlm:inputs", "selected_bands", "mlm:input[].bands (band names)"},
    {"dlm:inputs", "selected_band", "mlm:input[].bands (band names)"},
    {"dlm:inputs", "normalization:mean", "value_scaling z-score objects"},
    {"dlm:inputs", "normalization:std", "value_scaling z-score objects"},
    {"dlm:inputs", "scaling_factor", "a value_scaling scale object"},
    {"dlm:inputs", "pre_processing_function", "pre_processing_function (a Processing Expression)"},
    {"dlm:outputs", "task", "mlm:tasks / mlm:output[].tasks"},
    {"dlm:outputs", "number_of_classes", "result.shape (class dimension)"},
    {"dlm:outputs", "final_layer_size", "result.shape"},
    {"dlm:outputs", "class_name_mapping", "classification:classes"},
    {"dlm:outputs", "dont_care_index", "a class object with nodata: true"},
    {"dlm:outputs", "post_processing_function", "post_processing_function (a Processing Expression)"},
    {"dlm:data", "process_level", "processing:level"},
    {"dlm:data", "data_type", "the band objects of the model asset"},
    {"dlm:data", "dtype", "the band objects of the model asset"},
    {"dlm:data", "nodata", "the band objects of the model asset"},
    {"dlm:data", "nodata_value", "the band objects of the model asset"},
    {"dlm:data", "number_of_bands", "the band objects of the model asset"},
    {"dlm:data", "useful_bands", "the band objects of the model asset"},
};

constexpr DlmField kDlmFields[] = {
    {"dlm:architecture", "its content maps to mlm:architecture, mlm:total_parameters, mlm:memory_size and "
                         "mlm:pretrained"},
    {"dlm:runtime", "its content maps to mlm:framework, mlm:framework_version and source-code / container assets"},
    {"dlm:inputs", "its content maps to mlm:input (name, bands, input.shape, value_scaling)"},
    {"dlm:outputs", "its content maps to mlm:tasks and mlm:output (tasks, result, classification:classes)"},
    {"dlm:data", "its content maps to the band objects of the model asset and processing:level"},
    {"dlm:archive", "describe each archive entry as an asset with roles (model weights → mlm:model + "
                    "mlm:weights; code and dependencies → code; configuration → metadata)"},
};

struct TaskPair {
  std::string_view dlm;
  std::string_view mlm;
};
constexpr TaskPair kDlmTasks[] = {
    {"semantic segmentation", "semantic-segmentation"},
    {"classification", "classification"},
    {"object detection", "object-detection"},
    {"object segmentation", "instance-segmentation"},
    {"instance segmentation", "instance-segmentation"},
    {"panoptic segmentation", "panoptic-segmentation"},
    {"segmentation", "segmentation"},
    {"regression", "regression"},
};

}  // namespace

LegacyExtension legacy_extension_of(std::string_view uri) {
  if (uri == "dl-model" ||
      uri == "https://schemas.stacspec.org/v1.0.0-beta.3/extensions/dl-model/json-schema/schema.json") {
    return LegacyExtension::kDlm;
  }
  constexpr std::string_view kPrefix = "https://stac-extensions.github.io/ml-model/v";
  constexpr std::string_view kSuffix = "/schema.json";
  if (uri.size() > kPrefix.size() + kSuffix.size() && uri.starts_with(kPrefix) && uri.ends_with(kSuffix)) {
    const std::string_view version = uri.substr(kPrefix.size(), uri.size() - kPrefix.size() - kSuffix.size());
    if (version.find('/') == std::string_view::npos) return LegacyExtension::kMlModel;
  }
  return LegacyExtension::kNone;
}

std::span<const MlModelField> ml_model_fields() { return kMlModelFields; }
const MlModelField* find_ml_model_field(std::string_view key) {
  for (const auto& f : kMlModelFields) {
    if (f.key == key) return &f;
  }
  return nullptr;
}

std::span<const MlModelRole> ml_model_roles() { return kMlModelRoles; }
const MlModelRole* find_ml_model_role(std::string_view role) {
  for (const auto& r : kMlModelRoles) {
    if (r.role == role) return &r;
  }
  return nullptr;
}

std::span<const MlModelRelation> ml_model_relations() { return kMlModelRelations; }
const MlModelRelation* find_ml_model_relation(std::string_view rel) {
  for (const auto& r : kMlModelRelations) {
    if (r.rel == rel) return &r;
  }
  return nullptr;
}

std::span<const DlmSubfield> dlm_subfields() { return kDlmSubfields; }
std::span<const DlmField> dlm_fields() { return kDlmFields; }
const DlmField* find_dlm_field(std::string_view key) {
  for (const auto& f : kDlmFields) {
    if (f.key == key) return &f;
  }
  return nullptr;
}

std::string_view dlm_task_to_mlm(std::string_view task) {
  for (const auto& t : kDlmTasks) {
    if (t.dlm == task) return t.mlm;
  }
  return {};
}

}  // namespace mlmlint

// MLM209: an output tagged as (scene) classification whose result has spatial dimensions is a per-pixel
// label map, i.e. a segmentation result (README §Task Enum). Not when a feature dimension (`embedding`, …)
// stands next to the spatial pair: that is a patch-embedding tensor of a foundation model, whose tasks name
// what the embeddings are for.
#include <fmt/format.h>

#include "support/io_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"
#include "mlmlint/core/tables_dimensions.h"

namespace mlmlint::rules {

namespace {

constexpr std::string_view kSegmentationTasks[] = {"segmentation", "semantic-segmentation", "instance-segmentation",
                                                    "panoptic-segmentation"};

// Dimensions that hold a feature vector per position rather than one label per pixel.
constexpr std::string_view kFeatureDimensions[] = {"embedding", "embeddings", "feature", "features", "latent", "hidden"};

bool has_feature_dimension(element dim_order) {
  for (auto name : kFeatureDimensions) {
    if (dimension_index(dim_order, name)) return true;
  }
  return false;
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& output : mlm_outputs(ctx)) {
    auto tasks = member(output.value, "tasks");
    auto task_list = tasks ? as_array(*tasks) : std::nullopt;
    if (!task_list) continue;
    bool classification = false;
    bool segmentation = false;
    for (auto task : *task_list) {
      auto name = as_string(task);
      if (!name) continue;
      if (*name == "classification" || *name == "scene-classification") classification = true;
      for (auto seg : kSegmentationTasks) {
        if (*name == seg) segmentation = true;
      }
    }
    if (!classification || segmentation) continue;
    auto result = member(output.value, "result");
    if (!result) continue;
    auto dim_order = member(*result, "dim_order");
    if (!dim_order) continue;
    auto pair = find_spatial_pair(*dim_order);
    if (!pair || has_feature_dimension(*dim_order)) continue;
    sink.report(pointer_append(output.pointer, "tasks"),
                fmt::format("the output is a per-pixel map (dimensions {}, {}) but its tasks are {}; pixel-wise "
                            "classification should use \"semantic-segmentation\" (or another segmentation task).",
                            quote(pair->first), quote(pair->second), render(*tasks)));
  }
}

const RuleInfo kMlm209 = {
    .code = "MLM209",
    .name = "pixelwise-output-as-classification",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "an output with spatial result dimensions uses a segmentation task, not classification",
    .check = &check,
};

}  // namespace mlmlint::rules

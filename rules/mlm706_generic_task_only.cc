// MLM706: the generic tasks (classification, detection, segmentation) exist for correspondence with
// label:tasks; the README strongly recommends the most specific task, since "classification" may mean scene
// labels or per-pixel maps.
#include <array>
#include <unordered_set>

#include "support/asset_support.h"
#include "rule_list.h"

#include "mlmlint/core/json_pointer.h"

namespace mlmlint::rules {

namespace {

struct GenericTask {
  std::string_view generic;
  std::array<std::string_view, 3> specific;  // empty entries unused
  std::string_view examples;
};
constexpr std::array<GenericTask, 3> kGenericTasks = {{
    {"classification", {"scene-classification", "", ""}, "\"scene-classification\" or \"semantic-segmentation\""},
    {"detection", {"object-detection", "", ""}, "\"object-detection\""},
    {"segmentation",
     {"semantic-segmentation", "instance-segmentation", "panoptic-segmentation"},
     "\"semantic-segmentation\", \"instance-segmentation\" or \"panoptic-segmentation\""},
}};

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  const auto level = model_level(ctx);
  if (!level) return;
  auto tasks = array_member(level->value, "mlm:tasks");
  if (!tasks) return;
  std::unordered_set<std::string_view> present;
  for (auto task : *tasks) {
    if (auto name = as_string(task)) present.insert(*name);
  }
  for (const auto& g : kGenericTasks) {
    if (!present.contains(g.generic)) continue;
    bool specific = false;
    for (std::string_view s : g.specific) specific = specific || (!s.empty() && present.contains(s));
    if (specific) continue;
    sink.report(pointer_append(level->pointer, "mlm:tasks"),
                "only the generic task " + quoted(g.generic) + " is given; add the most specific task that applies "
                "(e.g. " + std::string(g.examples) + ").");
  }
}

const RuleInfo kMlm706 = {
    .code = "MLM706",
    .name = "generic-task-only",
    .severity = Severity::kInfo,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "a generic task in mlm:tasks comes with its specific variant",
    .check = &check,
};

}  // namespace mlmlint::rules

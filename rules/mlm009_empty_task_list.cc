// MLM009: mlm:tasks (and each output's tasks) is REQUIRED, and an empty list says nothing about the model;
// the schema has no minItems.
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"
#include "support/support.h"

namespace mlmlint::rules {

namespace {

bool empty_array(std::optional<element> value) {
  if (!value) return false;
  auto arr = as_array(*value);
  return arr && arr->size() == 0;
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  auto props = properties(ctx);
  if (!props) return;
  if (empty_array(member(*props, "mlm:tasks"))) {
    sink.report("/properties/mlm:tasks", "the task list is empty; name at least one task the model performs (e.g. "
                                         "\"scene-classification\").");
  }
  for (const auto& output : mlm_outputs(ctx)) {
    if (empty_array(member(output.value, "tasks"))) {
      sink.report(pointer_append(output.pointer, "tasks"),
                  "the output's task list is empty; name at least one task this output serves (one of "
                  "mlm:tasks).");
    }
  }
}

const RuleInfo kMlm009 = {
    .code = "MLM009",
    .name = "empty-task-list",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "mlm:tasks and every output's tasks name at least one task",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

// MLM203: every task of an output is also listed in the Item-level mlm:tasks, which must cover them all.
#include <unordered_set>

#include <fmt/format.h>

#include "support/fix_support.h"
#include "support/io_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  auto props = properties(ctx);
  if (!props) return;
  auto tasks = member(*props, "mlm:tasks");
  if (!tasks || !as_array(*tasks)) return;  // missing/mistyped mlm:tasks is the schema's to report
  std::unordered_set<std::string_view> declared;
  for (const auto& task : array_entries(*tasks, {})) {
    if (auto name = as_string(task.value)) declared.insert(*name);
  }
  std::string rendered_tasks;  // rendered once, only when needed
  for (const auto& output : mlm_outputs(ctx)) {
    auto output_tasks = member(output.value, "tasks");
    if (!output_tasks) continue;
    for (const auto& task : array_entries(*output_tasks, pointer_append(output.pointer, "tasks"))) {
      auto name = as_string(task.value);
      if (!name || declared.count(*name) > 0) continue;
      if (rendered_tasks.empty()) rendered_tasks = render(*tasks);
      sink.report(task.pointer,
                  fmt::format("output task {} is not listed in mlm:tasks ({}); the Item-level list must cover "
                              "every output task.",
                              quote(*name), rendered_tasks),
                  {},
                  safe_fix(fmt::format("append {} to mlm:tasks", quote(*name)),
                           {add_edit("/properties/mlm:tasks/-", quote(*name))}));
    }
  }
}

const RuleInfo kMlm203 = {
    .code = "MLM203",
    .name = "output-task-not-declared",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSafe,
    .summary = "every output task is also listed in the Item-level mlm:tasks",
    .check = &check,
};

}  // namespace mlmlint::rules

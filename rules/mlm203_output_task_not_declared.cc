// MLM203: every task of an output is also listed in the Item-level mlm:tasks, which must cover them all.
#include <optional>
#include <unordered_set>
#include <utility>
#include <vector>

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
  // One finding per output (all its undeclared tasks); a task several outputs miss is appended by the fix of the
  // first of them only, so applying every fix lists it once.
  std::string rendered_tasks = render(*tasks);
  std::unordered_set<std::string_view> appended;
  for (const auto& output : mlm_outputs(ctx)) {
    auto output_tasks = member(output.value, "tasks");
    if (!output_tasks) continue;
    const std::string list_pointer = pointer_append(output.pointer, "tasks");
    std::vector<std::pair<std::string_view, std::string>> missing;  // task, its pointer
    std::unordered_set<std::string_view> seen;
    for (const auto& task : array_entries(*output_tasks, list_pointer)) {
      auto name = as_string(task.value);
      if (!name || declared.count(*name) > 0 || !seen.insert(*name).second) continue;
      missing.emplace_back(*name, task.pointer);
    }
    if (missing.empty()) continue;
    std::vector<std::string_view> names;
    std::vector<std::string_view> to_append;
    for (const auto& [name, pointer] : missing) {
      names.push_back(name);
      if (appended.insert(name).second) to_append.push_back(name);
    }
    const bool one = missing.size() == 1;
    std::optional<Fix> fix;
    if (!to_append.empty()) {
      std::vector<FixEdit> edits;
      for (std::string_view name : to_append) edits.push_back(add_edit("/properties/mlm:tasks/-", quote(name)));
      fix = safe_fix(fmt::format("append {} to mlm:tasks", join_quoted_with_and(to_append)), std::move(edits));
    }
    sink.report(one ? missing.front().second : list_pointer,
                fmt::format("output {} {} not listed in mlm:tasks ({}); the Item-level list must cover every output "
                            "task.",
                            one ? "task" : "tasks", join_quoted_with_and(names) + (one ? " is" : " are"), rendered_tasks),
                {}, std::move(fix));
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

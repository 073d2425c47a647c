// MLM210: a key of a Model Output object or of its "result" structure that looks like a misspelling of a defined
// key ("post_processing", "dim_oder", "taks"). The objects are open, so the schema accepts it and every MLM tool
// silently ignores it. Misspelled class lists are MLM208's (T10).
#include <string_view>
#include <vector>

#include "mlmlint/core/json_pointer.h"
#include "mlmlint/core/tables_fields.h"
#include "rule_list.h"
#include "support/io_support.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  static const std::vector<std::string_view> kOutputKeyNames = field_names(output_keys());
  for (const auto& output : mlm_outputs(ctx)) {
    report_misspelled_keys(output.value, output.pointer, kOutputKeyNames, "a Model Output object", sink);
    if (auto result = member(output.value, "result")) {
      report_misspelled_keys(*result, pointer_append(output.pointer, "result"), kStructureKeys,
                             "a Result Structure object", sink);
    }
  }
}

const RuleInfo kMlm210 = {
    .code = "MLM210",
    .name = "misspelled-output-key",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "keys of Model Output and Result Structure objects are not misspellings of defined keys",
    .check = &check,
};

}  // namespace mlmlint::rules

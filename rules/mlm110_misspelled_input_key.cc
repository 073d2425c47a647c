// MLM110: a key of a Model Input object, of its "input" structure or of one of its value-scaling objects that
// looks like a misspelling of a defined key ("value_scalling", "dim_oder", "resize"). The objects are open, so
// the schema accepts it and every MLM tool silently ignores it: the scaling or resize the author described is lost.
#include <string_view>
#include <vector>

#include "mlmlint/core/json_pointer.h"
#include "mlmlint/core/tables_fields.h"
#include "rule_list.h"
#include "support/io_support.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  // Keys of every version: a key of another version is MLM510's or MLM508's, not a misspelling.
  static const std::vector<std::string_view> kInputKeyNames = field_names(input_keys());
  for (const auto& input : mlm_inputs(ctx)) {
    report_misspelled_keys(input.value, input.pointer, kInputKeyNames, "a Model Input object", sink);
    if (auto structure = member(input.value, "input")) {
      report_misspelled_keys(*structure, pointer_append(input.pointer, "input"), kStructureKeys,
                             "an Input Structure object", sink);
    }
    auto scaling = member(input.value, "value_scaling");
    auto entries = scaling ? as_array(*scaling) : std::nullopt;
    if (!entries) continue;
    const std::string scaling_pointer = pointer_append(input.pointer, "value_scaling");
    std::size_t i = 0;
    for (auto entry : *entries) {
      report_misspelled_keys(entry, pointer_append(scaling_pointer, i++), kValueScalingKeys,
                             "a Value Scaling object", sink);
    }
  }
}

const RuleInfo kMlm110 = {
    .code = "MLM110",
    .name = "misspelled-input-key",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "keys of Model Input, Input Structure and Value Scaling objects are not misspellings of defined keys",
    .check = &check,
};

}  // namespace mlmlint::rules

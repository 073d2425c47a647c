// MLM311: mlm:total_parameters, mlm:memory_size and mlm:batch_size_suggestion count something real. The schema
// rejects negative and fractional values (explain mode) but accepts 0, which cannot describe a real model.
#include <array>
#include <cmath>

#include "support/asset_support.h"
#include "rule_list.h"

#include "mlmlint/core/json_pointer.h"

namespace mlmlint::rules {

namespace {

struct CountField {
  std::string_view key;
  std::string_view what;  // for messages
};
constexpr std::array<CountField, 3> kFields = {{
    {"mlm:total_parameters", "a number of parameters"},
    {"mlm:memory_size", "a size in bytes"},
    {"mlm:batch_size_suggestion", "a batch size"},
}};

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& holder : field_holders(ctx)) {
    for (const auto& field : kFields) {
      auto value = member(holder.value, field.key);
      auto number = value ? as_number(*value) : std::nullopt;
      if (!number) continue;  // absent, or not a number (a type error the schema reports)
      const std::string pointer = pointer_append(holder.pointer, field.key);
      const std::string shown = render(*value);
      if (*number == 0) {
        sink.report(pointer, shown + " is accepted by the schema but cannot describe a real model; give the actual "
                                     "value or omit the field.");
      } else if (*number < 0) {
        sink.report(pointer, shown + " is negative; " + std::string(field.key) + " is " + std::string(field.what) +
                                 " and must be a positive integer.");
      } else if (!std::isfinite(*number) || std::trunc(*number) != *number) {
        sink.report(pointer, shown + " is not a whole number; " + std::string(field.key) + " is " +
                                 std::string(field.what) + " and must be a positive integer.");
      }
    }
  }
}

const RuleInfo kMlm311 = {
    .code = "MLM311",
    .name = "non-positive-count",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kPartial,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "mlm:total_parameters, mlm:memory_size and mlm:batch_size_suggestion are positive integers",
    .check = &check,
};

}  // namespace mlmlint::rules

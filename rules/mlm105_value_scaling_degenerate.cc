// MLM105: value-scaling parameters that make the operation undefined (division by zero) or inverted.
#include <fmt/format.h>

#include "support/io_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"

namespace mlmlint::rules {

namespace {

struct NumberField {
  element value;
  double number;
};

std::optional<NumberField> number_field(element object, std::string_view key) {
  auto value = member(object, key);
  if (!value) return std::nullopt;
  auto number = as_number(*value);
  if (!number) return std::nullopt;  // a non-number is a schema error, not ours
  return NumberField{*value, *number};
}

void check_scaling(const Located& entry, RuleSink& sink) {
  auto type = string_member(entry.value, "type");
  if (!type) return;
  if (*type == "min-max" || *type == "clip") {
    auto minimum = number_field(entry.value, "minimum");
    auto maximum = number_field(entry.value, "maximum");
    if (!minimum || !maximum) return;
    const std::string range =
        fmt::format("{} scaling with minimum {} and maximum {}", *type, render(minimum->value), render(maximum->value));
    const std::string pointer = pointer_append(entry.pointer, "maximum");
    if (*type == "min-max" && maximum->number == minimum->number) {
      sink.report(pointer, range + " divides by zero (maximum - minimum is 0); maximum must be > minimum.");
    } else if (maximum->number < minimum->number) {
      sink.report(pointer, range + fmt::format(" has an inverted range; maximum must be {} minimum.",
                                               *type == "min-max" ? ">" : ">="));
    }
  } else if (*type == "z-score") {
    auto stddev = number_field(entry.value, "stddev");
    if (!stddev) return;
    const std::string pointer = pointer_append(entry.pointer, "stddev");
    if (stddev->number == 0) {
      sink.report(pointer, fmt::format("z-score scaling with stddev {} divides by zero; stddev must be > 0.",
                                       render(stddev->value)));
    } else if (stddev->number < 0) {
      sink.report(pointer, fmt::format("z-score scaling with stddev {} is invalid, a standard deviation cannot be "
                                       "negative; stddev must be > 0.",
                                       render(stddev->value)));
    }
  } else if (*type == "scale") {
    auto value = number_field(entry.value, "value");
    if (value && value->number == 0) {
      sink.report(pointer_append(entry.pointer, "value"),
                  fmt::format("scale scaling with value {} divides by zero; value must be non-zero.",
                              render(value->value)));
    }
  }
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& input : mlm_inputs(ctx)) {
    auto scaling = member(input.value, "value_scaling");
    if (!scaling) continue;
    for (const auto& entry : array_entries(*scaling, pointer_append(input.pointer, "value_scaling"))) {
      check_scaling(entry, sink);
    }
  }
}

const RuleInfo kMlm105 = {
    .code = "MLM105",
    .name = "value-scaling-degenerate",
    .severity = Severity::kError,
    .schema = SchemaRelation::kNo,
    .versions = {.min = Version{1, 4, 0}, .max = kLatestMlm},
    .fix = FixClass::kNone,
    .summary = "value-scaling parameters do not divide by zero or invert the range",
    .check = &check,
};

}  // namespace mlmlint::rules

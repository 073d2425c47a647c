// MLM107: an integer input data_type next to scaling that yields fractional values — the declared type is
// most likely that of the source bands, not of the tensor the model receives.
#include <algorithm>

#include <fmt/format.h>

#include "support/io_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"
#include "mlmlint/core/tables_dimensions.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& input : mlm_inputs(ctx)) {
    auto structure = member(input.value, "input");
    if (!structure) continue;
    auto data_type = string_member(*structure, "data_type");
    if (!data_type || !is_integer_data_type(*data_type)) continue;
    auto scaling = array_member(input.value, "value_scaling");
    if (!scaling) continue;

    // The fractional scaling types used, each once, in order of appearance.
    std::vector<std::string_view> used;
    for (auto entry : *scaling) {
      auto type = string_member(entry, "type");
      if (!type || (*type != "min-max" && *type != "z-score" && *type != "scale")) continue;
      if (std::find(used.begin(), used.end(), *type) == used.end()) used.push_back(*type);
    }
    if (used.empty()) continue;
    const std::string kinds = join_with_and(std::vector<std::string>(used.begin(), used.end()));
    sink.report(pointer_append(pointer_append(input.pointer, "input"), "data_type"),
                fmt::format("{} looks like the source band type, but {} scaling {} fractional values; data_type "
                            "must describe the tensor passed to the model (e.g. \"float32\").",
                            quote(*data_type), kinds, used.size() == 1 ? "produces" : "produce"));
  }
}

const RuleInfo kMlm107 = {
    .code = "MLM107",
    .name = "input-data-type-vs-scaling",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = {.min = Version{1, 4, 0}, .max = kLatestMlm},
    .fix = FixClass::kNone,
    .summary = "an integer input data_type is not combined with min-max, z-score or scale value scaling",
    .check = &check,
};

}  // namespace mlmlint::rules

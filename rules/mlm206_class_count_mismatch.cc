// MLM206: an output's "class" dimension holds one score per defined class, so its size should equal the
// number of class objects. Size 1 (one class index per sample, e.g. arg-max) and -1 are not compared.
#include <fmt/format.h>

#include "support/io_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& output : mlm_outputs(ctx)) {
    auto classes = array_member(output.value, "classification:classes");
    if (!classes) continue;
    std::size_t m = 0;
    for (auto entry : *classes) {
      if (as_object(entry)) ++m;
    }
    if (m == 0) continue;
    auto result = member(output.value, "result");
    if (!result) continue;
    auto dim_order = member(*result, "dim_order");
    auto shape = array_member(*result, "shape");
    if (!dim_order || !shape) continue;
    std::string_view dimension = "class";
    auto k = dimension_index(*dim_order, dimension);
    if (!k) {
      dimension = "classes";
      k = dimension_index(*dim_order, dimension);
    }
    if (!k || *k >= shape->size()) continue;
    auto size = as_integer(shape->at(*k).value_unsafe());
    if (!size || *size <= 1 || *size == static_cast<std::int64_t>(m)) continue;
    sink.report(pointer_append(pointer_append(pointer_append(output.pointer, "result"), "shape"), *k),
                fmt::format("the \"{}\" dimension has size {} but {} {} defined in classification:classes.",
                            dimension, *size, counted(m, "class", "classes"), m == 1 ? "is" : "are"));
  }
}

const RuleInfo kMlm206 = {
    .code = "MLM206",
    .name = "class-count-mismatch",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "the size of an output's \"class\" dimension equals the number of classes it defines",
    .check = &check,
};

}  // namespace mlmlint::rules

// MLM407: every variable an input or output references by name is a key of a cube:variables object
// (README §Data Variables; the schema never compares names).
#include <fmt/format.h>

#include "support/band_support.h"
#include "rule_list.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind != DocumentKind::kItem) return;
  const VariableIndex index = build_variable_index(ctx);
  if (index.objects.empty()) return;  // nothing to resolve against: MLM408's finding
  for (const auto& ref : references(ctx, "variables")) {
    if (ref.is_virtual || !ref.name || index.defines(*ref.name)) continue;
    sink.report(ref.pointer,
                index.names_in_order.empty()
                    ? fmt::format("variable {} is not a key of cube:variables (which is empty).", quote(*ref.name))
                    : fmt::format("variable {} is not a key of cube:variables (known: {}).", quote(*ref.name),
                                  join_names(index.names_in_order)));
  }
}

const RuleInfo kMlm407 = {
    .code = "MLM407",
    .name = "unresolved-variable-reference",
    .severity = Severity::kError,
    .schema = SchemaRelation::kNo,
    .versions = {.min = Version{1, 5, 0}, .max = kLatestMlm},
    .fix = FixClass::kNone,
    .summary = "variable names referenced by inputs/outputs are keys of cube:variables",
    .check = &check,
};

}  // namespace mlmlint::rules

// MLM409: every datacube variable names its dimensions, which must be described by cube:dimensions of the
// same object (README §Data Variables NOTE; datacube extension).
#include <unordered_set>

#include <fmt/format.h>

#include "support/band_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"

namespace mlmlint::rules {

namespace {

void check_owner(element owner, const std::string& owner_pointer, RuleSink& sink) {
  auto variables = member(owner, "cube:variables");
  if (!variables || !as_object(*variables)) return;
  const std::string variables_pointer = pointer_append(owner_pointer, "cube:variables");
  auto dimensions = member(owner, "cube:dimensions");
  if (!dimensions) {
    sink.report(variables_pointer,
                "cube:variables is defined without cube:dimensions; the dimensions listed by each variable must be "
                "described in cube:dimensions.");
    return;
  }
  auto dimension_object = as_object(*dimensions);
  if (!dimension_object) return;  // a mistyped cube:dimensions is the datacube schema's to report
  std::unordered_set<std::string_view> known;
  std::vector<std::string_view> known_in_order;
  for (auto field : *dimension_object) {
    if (known.insert(field.key).second) known_in_order.push_back(field.key);
  }
  for (const auto& variable : object_entries(*variables, variables_pointer)) {
    auto listed = member(variable.value, "dimensions");
    if (!listed) continue;
    for (const auto& dimension : array_entries(*listed, pointer_append(variable.pointer, "dimensions"))) {
      auto name = as_string(dimension.value);
      if (!name || known.count(*name) > 0) continue;
      sink.report(dimension.pointer,
                  fmt::format("dimension {} of variable {} is not a key of cube:dimensions (known: {}); describe it "
                              "in cube:dimensions.",
                              quote(*name), quote(variable.key),
                              known_in_order.empty() ? std::string("none") : join_names(known_in_order)));
    }
  }
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind != DocumentKind::kItem) return;
  if (auto props = properties(ctx)) check_owner(*props, "/properties", sink);
  for (const auto& asset : assets(ctx)) check_owner(asset.value, asset.pointer, sink);
}

const RuleInfo kMlm409 = {
    .code = "MLM409",
    .name = "cube-variables-without-dimensions",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = {.min = Version{1, 5, 0}, .max = kLatestMlm},
    .fix = FixClass::kNone,
    .summary = "cube:variables come with cube:dimensions describing every dimension they use",
    .check = &check,
};

}  // namespace mlmlint::rules

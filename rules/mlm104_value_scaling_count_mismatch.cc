// MLM104: a value_scaling array has one object (broadcast) or one object per band/channel of the input.
#include <set>

#include <fmt/format.h>

#include "support/io_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"

namespace mlmlint::rules {

namespace {

// The sizes value_scaling may legitimately have besides 1 (RULES.md Q13: any of bands/variables/channel).
std::set<std::int64_t> candidate_counts(element input) {
  std::set<std::int64_t> out;
  for (std::string_view key : {"bands", "variables"}) {
    auto list = array_member(input, key);
    if (list && list->size() > 0) out.insert(static_cast<std::int64_t>(list->size()));
  }
  auto structure = member(input, "input");
  if (!structure) return out;
  auto dim_order = array_member(*structure, "dim_order");
  auto shape = array_member(*structure, "shape");
  if (!dim_order || !shape) return out;
  // Walk both arrays together: simdjson's array::at() is linear, so indexing in a loop would be quadratic.
  auto size_it = shape->begin();
  for (auto dimension : *dim_order) {
    if (size_it == shape->end()) break;
    auto name = as_string(dimension);
    if (name && (*name == "bands" || *name == "variables" || *name == "channel")) {
      auto size = as_integer(*size_it);
      if (size && *size > 0) out.insert(*size);
    }
    ++size_it;
  }
  return out;
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& input : mlm_inputs(ctx)) {
    auto scaling = array_member(input.value, "value_scaling");
    if (!scaling || scaling->size() < 2) continue;  // 1 broadcasts; null/absent means no scaling
    const auto candidates = candidate_counts(input.value);
    const auto n = static_cast<std::int64_t>(scaling->size());
    if (candidates.empty() || candidates.count(n) > 0) continue;  // empty: nothing to verify against
    std::string expected;
    for (auto c : candidates) {
      if (!expected.empty()) expected += " or ";
      expected += std::to_string(c);
    }
    sink.report(pointer_append(input.pointer, "value_scaling"),
                fmt::format("{} scaling objects are given; use 1 (applied to every band) or exactly one per "
                            "band/channel ({}).",
                            n, expected));
  }
}

const RuleInfo kMlm104 = {
    .code = "MLM104",
    .name = "value-scaling-count-mismatch",
    .severity = Severity::kError,
    .schema = SchemaRelation::kNo,
    .versions = {.min = Version{1, 4, 0}, .max = kLatestMlm},
    .fix = FixClass::kNone,
    .summary = "value_scaling has 1 object or one per band/channel of the input",
    .check = &check,
};

}  // namespace mlmlint::rules

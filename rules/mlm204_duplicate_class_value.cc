// MLM204: within one classification:classes array, every class value identifies exactly one class.
// The classification schema's uniqueItems only rejects identical objects (RULES.md §6 G16), so two classes
// sharing a value but differing in name or description pass validation while making the raster ambiguous.
// Exemplary rule: see rules/docs/MLM204.md.
#include <cmath>
#include <unordered_map>

#include <fmt/format.h>

#include "support/class_support.h"
#include "support/fix_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"

namespace mlmlint::rules {

namespace {

// Class values are integers; 1 and 1.0 are the same JSON number and must collide.
std::optional<std::int64_t> integer_key(element value) {
  if (auto n = as_integer(value)) return n;
  if (value.type() == simdjson::dom::element_type::DOUBLE) {
    const double d = value.get_double().value_unsafe();
    constexpr double kExact = 9007199254740992.0;  // 2^53: every integral double below is exact in int64
    if (std::trunc(d) == d && std::fabs(d) <= kExact) return static_cast<std::int64_t>(d);
  }
  return std::nullopt;
}

void check_array(const Located& classes, RuleSink& sink) {
  const auto items = elements_of(classes.value);
  // First index per value: one pass with hash maps, so 50,000 classes cost 50,000 look-ups. Non-integer
  // values (schema errors of their own) are keyed by their rendering, which keeps "1" apart from 1.
  std::unordered_map<std::int64_t, std::size_t> first_by_integer;
  std::unordered_map<std::string, std::size_t> first_by_other;
  first_by_integer.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto value = member(items[i], "value");  // nullopt for entries that are not objects
    if (!value) continue;
    std::size_t first = i;
    if (auto key = integer_key(*value)) {
      first = first_by_integer.emplace(*key, i).first->second;
    } else {
      first = first_by_other.emplace(render(*value), i).first->second;
    }
    if (first == i) continue;
    const std::string entry_pointer = pointer_append(classes.pointer, i);
    const std::string label = class_label(classes.key, first, items[first]);
    if (canonical_json(items[first]) == canonical_json(items[i])) {
      // An exact copy: uniqueItems rejects it at the array, so the finding sits on the copy (not on its value)
      // where explain mode can pair it with the schema error; dropping the copy is the safe fix.
      sink.report(entry_pointer,
                  fmt::format("class object is an exact copy of {}; remove the repeated copy (class values must "
                              "be unique).",
                              label),
                  {}, safe_fix("remove the repeated class object", {remove_edit(entry_pointer)}));
    } else {  // which of the two classes is meant is for a person to decide: no fix
      sink.report(pointer_append(entry_pointer, "value"),
                  fmt::format("class value {} is already used by {}; class values must be unique.", render(*value),
                              label),
                  "Give each class its own value, or merge the two class objects if they describe the same class.");
    }
  }
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& classes : class_arrays(ctx)) check_array(classes, sink);
}

const RuleInfo kMlm204 = {
    .code = "MLM204",
    .name = "duplicate-class-value",
    .severity = Severity::kError,
    .schema = SchemaRelation::kPartial,
    .versions = kAllVersions,
    .fix = FixClass::kSafe,
    .summary = "class values within one classification:classes array are unique",
    .check = &check,
};

}  // namespace mlmlint::rules

// MLM106: value_scaling entries meaning "no scaling" (null, "type": null, "none") that the schema rejects.
#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "support/fix_support.h"
#include "support/io_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"

namespace mlmlint::rules {

namespace {

constexpr std::string_view kAdvice =
    "use {\"type\": \"scale\", \"value\": 1} for an unscaled dimension, or set value_scaling to null when no "
    "dimension is scaled.";

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// The message for a null-like entry, or nothing for a regular one.
std::optional<std::string> null_like(element entry) {
  if (is_null(entry)) {
    return fmt::format("a null entry is accepted by stac-model but rejected by the MLM JSON schema; {}", kAdvice);
  }
  auto type = member(entry, "type");
  if (!type) return std::nullopt;
  if (is_null(*type)) {
    return fmt::format("\"type\": null is described in the MLM README but rejected by the MLM JSON schema; {}",
                       kAdvice);
  }
  // Python's None serialised as a string ("None", "null") is the same intent.
  auto text = as_string(*type);
  if (text && (equals_ignoring_case(*text, "none") || equals_ignoring_case(*text, "null"))) {
    return fmt::format("\"type\": {} is not a value-scaling type (it means no scaling); {}", quote(*text),
                       kAdvice);
  }
  return std::nullopt;
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& input : mlm_inputs(ctx)) {
    auto scaling = member(input.value, "value_scaling");
    if (!scaling) continue;
    const std::string scaling_pointer = pointer_append(input.pointer, "value_scaling");
    const auto entries = array_entries(*scaling, scaling_pointer);
    std::vector<std::pair<const Located*, std::string>> reported;
    for (const auto& entry : entries) {
      if (auto message = null_like(entry.value)) reported.emplace_back(&entry, std::move(*message));
    }
    // No entry scales anything: the whole list means "no scaling", which is value_scaling: null. Otherwise each
    // null-like entry becomes the identity, keeping one entry per scaled dimension (MLM104).
    const bool all_null_like = reported.size() == entries.size();
    for (auto& [entry, message] : reported) {
      Fix fix = all_null_like ? safe_fix("set value_scaling to null", {replace_edit(scaling_pointer, "null")})
                              : safe_fix("replace the entry with the identity {\"type\": \"scale\", \"value\": 1}",
                                         {replace_edit(entry->pointer, R"({"type": "scale", "value": 1})")});
      sink.report(entry->pointer, std::move(message), {}, std::move(fix));
    }
  }
}

const RuleInfo kMlm106 = {
    .code = "MLM106",
    .name = "value-scaling-null-entry",
    .severity = Severity::kError,
    .schema = SchemaRelation::kYes,
    .versions = {.min = Version{1, 4, 0}, .max = kLatestMlm},
    .fix = FixClass::kSafe,
    .summary = "value_scaling contains no null / \"type\": null entries (README allows them, the schema does not)",
    .check = &check,
};

}  // namespace mlmlint::rules

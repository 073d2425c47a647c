// MLM309: "mlm:accelerator" is null or one of the schema's enum values. "cpu" gets its own message: the README,
// CL v1.5.0 and stac-model document it as an alias of "amd64", yet every schema version rejects it (RULES.md G9).
#include <algorithm>
#include <array>
#include <optional>
#include <vector>

#include "support/asset_support.h"
#include "support/fix_support.h"
#include "rule_list.h"
#include "mlmlint/core/tables_frameworks.h"

#include "mlmlint/core/json_pointer.h"

namespace mlmlint::rules {

namespace {

constexpr std::array<std::string_view, 7> kAccelerators = {
    "amd64", "cuda", "xla", "amd-rocm", "intel-ipex-cpu", "intel-ipex-gpu", "macos-arm",
};

struct Synonym {
  std::string_view synonym;  // compared case-insensitively
  std::string_view accelerator;
  std::string_view meaning;
};
constexpr std::array<Synonym, 4> kSynonyms = {{
    {"gpu", "cuda", "NVIDIA GPUs"},
    {"tpu", "xla", "models compiled with XLA, as for TPUs"},
    {"rocm", "amd-rocm", "AMD GPUs"},
    {"mps", "macos-arm", "Apple Silicon"},
}};

std::string valid_values() {
  std::string out;
  for (std::string_view a : kAccelerators) {
    out += quote(a);
    out += ", ";
  }
  return out + "or null";
}

std::string message_for(const RuleContext& ctx, element value) {
  auto text = as_string(value);
  if (!text) return "mlm:accelerator must be a string or null, not " + render(value) + "; use one of " +
                    valid_values() + ".";
  if (iequals(*text, "cpu")) {
    return quote(*text) + " is listed in the MLM README as an alias of \"amd64\" but is rejected by the MLM JSON "
           "schema " + ctx.mlm.version.str() + "; use \"amd64\".";
  }
  for (std::string_view a : kAccelerators) {
    if (iequals(*text, a)) {
      return quote(*text) + " is not a valid accelerator: the names are case-sensitive; use " + quote(a) + ".";
    }
  }
  for (const auto& s : kSynonyms) {
    if (iequals(*text, s.synonym)) {
      return quote(*text) + " is not an MLM accelerator name; use " + quote(s.accelerator) + " (" +
             std::string(s.meaning) + ").";
    }
  }
  for (std::string_view a : kAccelerators) {
    // Distances above 2 never count; the length check keeps hostile long strings cheap.
    if (text->size() <= a.size() + 2 && is_close(*text, a)) {
      return quote(*text) + " is not an MLM accelerator name; did you mean " + quote(a) + "?";
    }
  }
  return quote(*text) + " is not an MLM accelerator name; use one of " + valid_values() +
         " (null: no specific accelerator required).";
}

// "cpu" and case variants name an enum value unambiguously (safe); a synonym such as "gpu" is a reading of
// the author's intent (suggested); anything else has no fix.
std::optional<Fix> fix_for(element value, const std::string& pointer) {
  auto text = as_string(value);
  if (!text) return std::nullopt;
  const auto replace_with = [&](std::string_view accelerator) {
    return std::vector<FixEdit>{replace_edit(pointer, quote(accelerator))};
  };
  const auto description = [&](std::string_view accelerator) {
    return "replace " + quote(*text) + " with " + quote(accelerator);
  };
  if (iequals(*text, "cpu")) return safe_fix(description("amd64"), replace_with("amd64"));
  for (std::string_view a : kAccelerators) {
    if (iequals(*text, a)) return safe_fix(description(a), replace_with(a));
  }
  for (const auto& s : kSynonyms) {
    if (iequals(*text, s.synonym)) return suggested_fix(description(s.accelerator), replace_with(s.accelerator));
  }
  return std::nullopt;
}

bool valid(element value) {
  if (is_null(value)) return true;
  auto text = as_string(value);
  return text && std::find(kAccelerators.begin(), kAccelerators.end(), *text) != kAccelerators.end();
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& holder : field_holders(ctx)) {
    auto accelerator = member(holder.value, "mlm:accelerator");
    if (!accelerator || valid(*accelerator)) continue;
    const std::string pointer = pointer_append(holder.pointer, "mlm:accelerator");
    sink.report(pointer, message_for(ctx, *accelerator), {}, fix_for(*accelerator, pointer));
  }
}

const RuleInfo kMlm309 = {
    .code = "MLM309",
    .name = "invalid-accelerator",
    .severity = Severity::kError,
    .schema = SchemaRelation::kYes,
    .versions = kAllVersions,
    .fix = FixClass::kSafe,
    .summary = "\"mlm:accelerator\" is null or one of the MLM accelerator names",
    .check = &check,
    .version_dependent = true,
};

}  // namespace mlmlint::rules

// MLM508: from v1.4.0 the v1.0-v1.3 normalisation keys of an input (norm_type, norm_by_channel, norm_clip,
// statistics) are ignored; value_scaling replaced them. The message gives the equivalent when there is one.
#include <fmt/format.h>

#include "support/fix_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"
#include "support/support.h"

namespace mlmlint::rules {

namespace {

constexpr std::string_view kOldKeys[] = {"norm_type", "norm_by_channel", "norm_clip", "statistics"};

// One value_scaling object from a statistics entry, or nullopt when a needed number is missing.
std::optional<std::string> scaling_object(element stats, std::string_view type, std::string_view a,
                                          std::string_view b) {
  auto va = member(stats, a);
  auto vb = member(stats, b);
  if (!va || !vb || !as_number(*va) || !as_number(*vb)) return std::nullopt;
  return fmt::format("{{\"type\": {}, {}: {}, {}: {}}}", quoted(type), quoted(a), render(*va), quoted(b), render(*vb));
}

bool per_channel_statistics(element input) {
  auto by_channel = member(input, "norm_by_channel");
  return by_channel && as_bool(*by_channel).value_or(false);
}

// The value_scaling equivalent of the old keys, or nullopt when there is none.
std::optional<std::string> equivalent(element input) {
  auto norm_type = member(input, "norm_type");
  if (!norm_type) return std::nullopt;
  if (norm_type->is_null()) return "null";
  auto type = as_string(*norm_type);
  if (!type) return std::nullopt;
  std::string_view a, b;
  if (*type == "z-score") {
    a = "mean";
    b = "stddev";
  } else if (*type == "min-max") {
    a = "minimum";
    b = "maximum";
  } else {
    return std::nullopt;  // clip, l1, l2, ...: no direct equivalent
  }
  auto stats = array_member(input, "statistics");
  if (!stats || stats->size() == 0) return std::nullopt;
  // Several statistics entries without norm_by_channel: one per band was probably meant, but the old keys say
  // one normalisation for all bands. Neither reading is "the" equivalent.
  if (!per_channel_statistics(input) && stats->size() > 1) return std::nullopt;
  const bool per_channel = per_channel_statistics(input);
  std::string out = "[";
  std::size_t n = 0;
  for (auto entry : *stats) {
    auto obj = scaling_object(entry, *type, a, b);
    if (!obj) return std::nullopt;
    out += (n++ ? ", " : "") + *obj;
    if (!per_channel) break;
  }
  return out + "]";
}

// Fix (suggest) for z-score / min-max with complete statistics and no value_scaling yet: "norm_type" becomes
// "value_scaling" where it stands, holding the equivalent, and the other old keys go.
std::optional<Fix> migration_fix(const Located& input, const std::string& equivalent_json) {
  auto type = string_member(input.value, "norm_type");
  if (!type || (*type != "z-score" && *type != "min-max") || has_member(input.value, "value_scaling")) {
    return std::nullopt;
  }
  const std::string scaling = pointer_append(input.pointer, "value_scaling");
  std::vector<FixEdit> edits = {rename_edit(pointer_append(input.pointer, "norm_type"), scaling),
                                replace_edit(scaling, equivalent_json)};
  for (auto key : kOldKeys) {
    if (key == "norm_type" || !has_member(input.value, key)) continue;
    edits.push_back(remove_edit(pointer_append(input.pointer, key)));
  }
  return suggested_fix("replace the old normalisation keys by the equivalent \"value_scaling\"", std::move(edits));
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& input : mlm_inputs(ctx)) {
    std::vector<std::string> present;
    std::string first_pointer;
    for (auto key : kOldKeys) {
      if (!has_member(input.value, key)) continue;
      if (present.empty()) first_pointer = pointer_append(input.pointer, key);
      present.push_back(quoted(key));
    }
    if (present.empty()) continue;
    std::string keys;
    for (std::size_t i = 0; i < present.size(); ++i) {
      if (i > 0) keys += i + 1 == present.size() ? " and " : ", ";
      keys += present[i];
    }
    const bool plural = present.size() > 1;
    std::string message = fmt::format("{} {} replaced by \"value_scaling\" in MLM v1.4.0 and {} ignored", keys,
                                      plural ? "were" : "was", plural ? "are" : "is");
    std::optional<Fix> fix;
    if (auto eq = equivalent(input.value)) {
      message += fmt::format("; equivalent: \"value_scaling\": {}.", *eq);
      fix = migration_fix(input, *eq);
    } else if (auto stats = array_member(input.value, "statistics");
               stats && stats->size() > 1 && !per_channel_statistics(input.value)) {
      message += fmt::format("; there is no unambiguous equivalent: {} \"statistics\" entries without "
                             "\"norm_by_channel\": true; write one \"value_scaling\" object per band, or one for all "
                             "bands, as the model expects.",
                             stats->size());
    } else {
      message += "; there is no direct equivalent: describe the normalisation with \"value_scaling\" objects (a "
                 "\"processing\" expression for clip and norm-based types).";
    }
    std::string hint;
    if (has_member(input.value, "value_scaling")) {
      hint = "\"value_scaling\" is already present: check that it matches, then delete the old keys.";
    }
    sink.report_key(first_pointer, std::move(message), std::move(hint), std::move(fix));
  }
}

const RuleInfo kMlm508 = {
    .code = "MLM508",
    .name = "deprecated-normalization-fields",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = {.min = Version{1, 4, 0}},
    .fix = FixClass::kSuggest,
    .summary = "inputs use value_scaling instead of the removed norm_type / norm_by_channel / norm_clip / statistics",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

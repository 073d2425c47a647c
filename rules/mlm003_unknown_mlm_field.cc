// MLM003: every "mlm:" key of an MLM object (RULES.md §2.2) must be a field of the effective MLM version.
// Renamed/removed keys (T10) are left to MLM509 and keys of later versions to MLM510.
#include <fmt/format.h>

#include "rule_list.h"
#include "support/structure_support.h"
#include "mlmlint/core/tables_fields.h"

namespace mlmlint::rules {

namespace {

// The closest field of the effective version within distance 2 (first in table order on ties).
std::optional<std::string_view> closest_field(const RuleContext& ctx, std::string_view key) {
  std::optional<std::string_view> best;
  std::size_t best_distance = 3;
  for (const auto& field : mlm_fields()) {
    if (!field.defined_in(ctx.mlm.version)) continue;
    // The length difference bounds the distance from below; it also keeps huge keys cheap.
    const std::size_t diff = key.size() > field.name.size() ? key.size() - field.name.size()
                                                            : field.name.size() - key.size();
    if (diff >= best_distance) continue;
    const std::size_t d = edit_distance(key, field.name);
    if (d < best_distance) {
      best_distance = d;
      best = field.name;
    }
  }
  return best;
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& obj : mlm_objects(ctx)) {
    for (const auto& e : object_entries(obj.value, obj.pointer)) {
      if (!e.key.starts_with("mlm:")) continue;
      // Known in some version: either valid now, or newer than the effective version (MLM510).
      if (find_field(mlm_fields(), e.key)) continue;
      if (find_renamed(e.key)) continue;  // MLM509 names the replacement
      std::string message =
          fmt::format("unknown MLM field {} for MLM {}", quote(e.key), ctx.mlm.version.str());
      std::string hint;
      if (auto suggestion = closest_field(ctx, e.key)) {
        message += fmt::format("; did you mean {}?", quote(*suggestion));
      } else {
        message += ".";
        hint = "The \"mlm:\" prefix is reserved for fields of the MLM extension; give custom fields their own "
               "prefix.";
      }
      sink.report_key(e.pointer, std::move(message), std::move(hint));
    }
  }
}

const RuleInfo kMlm003 = {
    .code = "MLM003",
    .name = "unknown-mlm-field",
    .severity = Severity::kError,
    .schema = SchemaRelation::kPartial,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "every mlm:* key is a field defined by the effective MLM version",
    .check = &check,
    .any_stac_document = true,
    .version_dependent = true,
};

}  // namespace mlmlint::rules

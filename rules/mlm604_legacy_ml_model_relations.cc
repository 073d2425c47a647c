// MLM604: link relations of the ml-model extension (training/test data, container images).
#include <fmt/format.h>

#include "mlmlint/json_pointer.h"
#include "rule_list.h"
#include "support.h"
#include "tables_legacy.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  auto links = member(ctx.root, "links");
  if (!links) return;
  for (const auto& link : array_entries(*links, "/links")) {
    auto rel = string_member(link.value, "rel");
    if (!rel) continue;
    const MlModelRelation* legacy = find_ml_model_relation(*rel);
    if (!legacy) continue;
    sink.report(pointer_append(link.pointer, "rel"),
                fmt::format("legacy relation {}; {}.", quoted(*rel), legacy->advice));
  }
}

const RuleInfo kMlm604 = {
    .code = "MLM604",
    .name = "legacy-ml-model-relations",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSuggest,
    .summary = "links use derived_from / runtime assets instead of the ml-model: relations",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

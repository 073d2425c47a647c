// MLM601: the deprecated ml-model extension or the DLM extension (MLM's predecessor) is declared.
#include <fmt/format.h>

#include "rule_list.h"
#include "support.h"
#include "tables_legacy.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  auto extensions = member(ctx.root, "stac_extensions");
  if (!extensions) return;
  for (const auto& e : array_entries(*extensions, "/stac_extensions")) {
    auto uri = as_string(e.value);
    if (!uri) continue;
    switch (legacy_extension_of(*uri)) {
      case LegacyExtension::kMlModel:
        sink.report(e.pointer, "the ml-model extension is deprecated in favour of MLM; migrate its fields "
                               "(MLM602-MLM604) and remove this entry.");
        break;
      case LegacyExtension::kDlm:
        sink.report(e.pointer, "the DLM extension (dl-model) was replaced by MLM in v1.0.0; migrate its dlm:* "
                               "fields (MLM605) and remove this entry.");
        break;
      case LegacyExtension::kNone: break;
    }
  }
}

const RuleInfo kMlm601 = {
    .code = "MLM601",
    .name = "legacy-extension-declared",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSuggest,
    .summary = "the deprecated ml-model and DLM extensions are not declared",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

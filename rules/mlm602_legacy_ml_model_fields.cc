// MLM602: ml-model:* fields in Item properties or assets; the message gives the MLM equivalent (T11).
#include <fmt/format.h>

#include "rule_list.h"
#include "structure_support.h"
#include "tables_legacy.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& obj : mlm_objects(ctx)) {
    if (obj.kind != MlmObjectKind::kItemProperties && obj.kind != MlmObjectKind::kCollectionRoot &&
        !is_asset_kind(obj.kind)) {
      continue;
    }
    for (const auto& e : object_entries(obj.value, obj.pointer)) {
      if (!e.key.starts_with("ml-model:")) continue;
      const MlModelField* field = find_ml_model_field(e.key);
      std::string message;
      if (!field) {
        message = "legacy ml-model field with no MLM equivalent; remove it once migrated.";
      } else if (field->mlm == "mlm:tasks") {
        message = fmt::format("legacy ml-model field; {}", field->advice);
        if (auto s = as_string(e.value)) message += fmt::format(", e.g. [{}]", quoted(*s));
        message += ".";
      } else {
        message = fmt::format("legacy ml-model field; {}.", field->advice);
      }
      sink.report(e.pointer, std::move(message));
    }
  }
}

const RuleInfo kMlm602 = {
    .code = "MLM602",
    .name = "legacy-ml-model-fields",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSuggest,
    .summary = "no legacy ml-model:* fields remain (they map to mlm:* fields)",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

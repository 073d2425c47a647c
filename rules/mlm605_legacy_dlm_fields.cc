// MLM605: dlm:* fields of the DLM extension, deprecated since MLM v1.0.0. The message maps the sub-fields
// that are present to their MLM equivalents (T12). dlm:task is MLM509's (a plain rename).
#include <fmt/format.h>

#include "rule_list.h"
#include "support/legacy_support.h"
#include "support/structure_support.h"
#include "mlmlint/core/tables_legacy.h"

namespace mlmlint::rules {


static void check(const RuleContext& ctx, RuleSink& sink) {
  // A document of DLM alone: MLM601 reports it once, with the mapping of every field.
  if (legacy_only(ctx, LegacyExtension::kDlm)) return;
  constexpr std::string_view kLead = "legacy DLM field (deprecated since MLM v1.0.0)";
  for (const auto& obj : mlm_objects(ctx)) {
    if (obj.kind != MlmObjectKind::kItemProperties && obj.kind != MlmObjectKind::kCollectionRoot &&
        !is_asset_kind(obj.kind)) {
      continue;
    }
    for (const auto& e : object_entries(obj.value, obj.pointer)) {
      if (!e.key.starts_with("dlm:") || e.key == "dlm:task") continue;
      std::vector<std::string> mappings;
      for (const auto& sub : dlm_subfields()) {
        if (sub.parent == e.key && has_subfield(e.value, sub.key)) {
          mappings.push_back(fmt::format("{} → {}", sub.key, sub.mlm));
        }
      }
      std::string message;
      if (!mappings.empty()) {
        std::string joined;
        for (std::size_t i = 0; i < mappings.size(); ++i) joined += (i ? ", " : "") + mappings[i];
        message = fmt::format("{}; map {}.", kLead, joined);
      } else if (const DlmField* field = find_dlm_field(e.key)) {
        message = fmt::format("{}; {}.", kLead, field->summary);
      } else {
        message = fmt::format("{} with no MLM equivalent; remove it once migrated.", kLead);
      }
      sink.report_key(e.pointer, std::move(message));
    }
  }
}

const RuleInfo kMlm605 = {
    .code = "MLM605",
    .name = "legacy-dlm-fields",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kPartial,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "no legacy dlm:* fields remain (they map to mlm:* fields and assets)",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

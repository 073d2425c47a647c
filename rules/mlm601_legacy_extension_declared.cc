// MLM601: the deprecated ml-model extension or the DLM extension (MLM's predecessor) is declared.
#include <fmt/format.h>

#include "support/fix_support.h"
#include "support/legacy_support.h"
#include "rule_list.h"
#include "support/structure_support.h"
#include "mlmlint/core/tables_legacy.h"

namespace mlmlint::rules {

namespace {

bool is_prefixed(element value, std::string_view prefix) {
  auto s = as_string(value);
  return s && s->starts_with(prefix);
}

// Whether anything of the legacy extension is left: a key with its prefix anywhere, and for ml-model also an
// asset role or a link relation with it (MLM602-MLM605 migrate them).
bool legacy_content_remains(const RuleContext& ctx, LegacyExtension ext) {
  const std::string_view prefix = ext == LegacyExtension::kMlModel ? "ml-model:" : "dlm:";
  bool found = false;
  walk_keys(ctx.root, "", [&](const KeyVisit& v) {
    if (v.key.starts_with(prefix)) found = true;
    if (ext == LegacyExtension::kMlModel && v.key == "roles") {
      if (auto roles = as_array(v.value)) {
        for (auto role : *roles) found = found || is_prefixed(role, prefix);
      }
    }
    if (ext == LegacyExtension::kMlModel && v.key == "rel") found = found || is_prefixed(v.value, prefix);
    return !found;
  });
  return found;
}

std::string superseded_message(LegacyExtension ext) {
  if (ext == LegacyExtension::kMlModel) {
    return "the ml-model extension is superseded by MLM and no MLM URI is declared; migrate the document to MLM.";
  }
  return "the DLM extension (dl-model) was replaced by MLM in v1.0.0 and no MLM URI is declared; migrate the "
         "document to MLM.";
}

// "run `mlm-lint migrate FILE` …; it maps a → b, c → d." with the T11/T12 entries of this document.
std::string migration_hint(const RuleContext& ctx, LegacyExtension ext) {
  std::string hint = fmt::format("run `mlm-lint migrate FILE` to rewrite it as MLM {}", kLatestMlm.str());
  const std::vector<std::string> mappings = legacy_mappings(ctx, ext);
  if (mappings.empty()) return hint + ".";
  hint += "; it maps ";
  for (std::size_t i = 0; i < mappings.size(); ++i) hint += (i ? "; " : "") + mappings[i];
  return hint + ".";
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  auto extensions = member(ctx.root, "stac_extensions");
  if (!extensions) return;
  for (const auto& e : array_entries(*extensions, "/stac_extensions")) {
    auto uri = as_string(e.value);
    if (!uri) continue;
    const LegacyExtension ext = legacy_extension_of(*uri);
    if (ext == LegacyExtension::kNone) continue;
    // Fix (suggest): remove the entry once nothing of the extension is left to migrate.
    std::optional<Fix> fix;
    if (!legacy_content_remains(ctx, ext)) {
      fix = suggested_fix(fmt::format("remove {} from stac_extensions", quoted(*uri)), {remove_edit(e.pointer)});
    }
    if (!declares_mlm(ctx)) {
      // A document of the legacy extension alone: one finding, carrying the mapping of what it holds
      // (MLM602-MLM605 stay silent there).
      // It stands for those fields as a whole: their raw errors against the legacy schema are not worth
      // fixing in the legacy form (explain mode drops them), the migration rewrites them.
      sink.report_explaining(e.pointer, superseded_message(ext), migration_hint(ctx, ext), std::move(fix),
                             legacy_field_pointers(ctx, ext));
    } else if (ext == LegacyExtension::kMlModel) {
      sink.report(e.pointer,
                  "the ml-model extension is deprecated in favour of MLM; migrate its fields (MLM602-MLM604) and "
                  "remove this entry.",
                  {}, std::move(fix));
    } else {
      sink.report(e.pointer,
                  "the DLM extension (dl-model) was replaced by MLM in v1.0.0; migrate its dlm:* fields (MLM605) and "
                  "remove this entry.",
                  {}, std::move(fix));
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

// MLM604: link relations of the ml-model extension (training/test data, container images).
#include <fmt/format.h>

#include "support/fix_placement.h"
#include "support/legacy_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"
#include "support/support.h"
#include "mlmlint/core/tables_extensions.h"
#include "mlmlint/core/tables_legacy.h"

namespace mlmlint::rules {

namespace {

// The ml-aoi split a data relation stands for; empty for the image relations.
std::string_view split_of(std::string_view rel) {
  if (rel == "ml-model:train-data") return "train";
  if (rel == "ml-model:test-data") return "test";
  return {};
}

bool ml_aoi_declared(const RuleContext& ctx, const ExtensionInfo& ml_aoi) {
  auto extensions = array_member(ctx.root, "stac_extensions");
  if (!extensions) return false;
  for (auto entry : *extensions) {
    if (auto uri = as_string(entry); uri && uri_belongs_to(ml_aoi, *uri)) return true;
  }
  return false;
}

// Fix (suggest): a training/test data link becomes "derived_from" with "ml-aoi:split", and the ml-aoi
// extension that defines the split is declared if it is not. Image relations: no fix (they become assets).
std::optional<Fix> data_link_fix(const RuleContext& ctx, const Located& link, std::string_view rel) {
  const std::string_view split = split_of(rel);
  const ExtensionInfo* ml_aoi = extension_by_name("ml-aoi");
  if (split.empty() || !ml_aoi) return std::nullopt;
  std::vector<FixEdit> edits = {replace_edit(pointer_append(link.pointer, "rel"), "\"derived_from\"")};
  if (auto existing = member(link.value, "ml-aoi:split")) {
    if (as_string(*existing) != split) return std::nullopt;  // a contradicting split: a person must decide
  } else {
    edits.push_back(add_edit(pointer_append(link.pointer, "ml-aoi:split"), quoted(split)));
  }
  if (!ml_aoi_declared(ctx, *ml_aoi)) {
    auto declare = declare_extension_edit(ctx, default_extension_uri(*ml_aoi));
    if (!declare) return std::nullopt;
    edits.push_back(std::move(*declare));
  }
  return suggested_fix(fmt::format("use \"derived_from\" with \"ml-aoi:split\": {}", quoted(split)),
                       std::move(edits));
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  // A document of ml-model alone: MLM601 reports it once, with the mapping of every relation.
  if (legacy_only(ctx, LegacyExtension::kMlModel)) return;
  auto links = member(ctx.root, "links");
  if (!links) return;
  for (const auto& link : array_entries(*links, "/links")) {
    auto rel = string_member(link.value, "rel");
    if (!rel) continue;
    const MlModelRelation* legacy = find_ml_model_relation(*rel);
    if (!legacy) continue;
    sink.report(pointer_append(link.pointer, "rel"),
                fmt::format("legacy relation {}; {}.", quoted(*rel), legacy->advice), {},
                data_link_fix(ctx, link, *rel));
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

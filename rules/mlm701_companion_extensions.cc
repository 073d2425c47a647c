// MLM701: MLM describes the model; companion extensions describe the rest (BP §Recommended Extensions):
// file (checksum and size of the artifact), scientific (citation), classification (output classes).
#include "support/asset_support.h"
#include "support/fix_placement.h"
#include "rule_list.h"
#include "mlmlint/core/tables_extensions.h"

#include "mlmlint/core/json_pointer.h"
#include "mlmlint/core/mlm_version.h"

namespace mlmlint::rules {

namespace {

// Finding 1: every stac_extensions entry is an MLM URI.
void check_mlm_alone(const RuleContext& ctx, RuleSink& sink) {
  auto list = array_member(ctx.root, "stac_extensions");
  if (!list || list->size() == 0) return;
  for (auto entry : *list) {
    auto uri = as_string(entry);
    if (!uri || !match_mlm_uri(*uri)) return;
  }
  sink.report("/stac_extensions",
              "only the MLM extension is declared; MLM is meant to be combined with other extensions (e.g. file for "
              "the model asset's checksum and size, scientific for citations, classification for output classes, "
              "raster or eo for bands).");
}

bool declares(const RuleContext& ctx, const ExtensionInfo& ext) {
  auto list = array_member(ctx.root, "stac_extensions");
  if (!list) return false;
  for (auto entry : *list) {
    if (auto uri = as_string(entry); uri && uri_belongs_to(ext, *uri)) return true;
  }
  return false;
}

// Finding 2: classes nested in mlm:output are validated only if the classification extension is declared.
void check_classification(const RuleContext& ctx, RuleSink& sink) {
  const ExtensionInfo* classification = extension_by_name("classification");
  if (!classification || declares(ctx, *classification)) return;
  for (const auto& output : mlm_outputs(ctx)) {
    auto classes = array_member(output.value, "classification:classes");
    if (!classes || classes->size() == 0) continue;
    // Fix (safe, finding 2 only): declare the classification extension.
    const std::string uri = default_extension_uri(*classification);
    std::optional<Fix> fix;
    if (auto edit = declare_extension_edit(ctx, uri)) {
      fix = safe_fix("add " + quoted(uri) + " to stac_extensions", {std::move(*edit)});
    }
    sink.report(pointer_append(output.pointer, "classification:classes"),
                "\"classification:classes\" belongs to the classification extension, which is not declared; add " +
                    quoted(uri) + " to stac_extensions so that the classes are validated.",
                {}, std::move(fix));
    return;  // one finding: a single declaration covers every output
  }
}

// Finding 3: no scientific reference at all.
void check_citation(const RuleContext& ctx, RuleSink& sink) {
  const auto level = model_level(ctx);
  if (!level) return;
  for (std::string_view key : {"sci:doi", "sci:citation", "sci:publications"}) {
    if (has_member(level->value, key)) return;
  }
  if (auto links = member(ctx.root, "links")) {
    for (const auto& link : array_entries(*links, "/links")) {
      if (string_member(link.value, "rel") == "cite-as") return;
    }
  }
  sink.report(level->pointer,
              "no scientific reference (sci:doi, sci:citation, sci:publications or a \"cite-as\" link); cite the "
              "publication or DOI of the model with the scientific extension.");
}

// Finding 4: the model artifact cannot be verified without file:checksum / file:size.
void check_file_fields(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& asset : model_assets(ctx)) {
    const bool checksum = has_member(asset.value, "file:checksum");
    const bool size = has_member(asset.value, "file:size");
    if (!checksum && !size) {
      sink.report(asset.pointer, "the model asset has neither \"file:checksum\" nor \"file:size\"; they let users "
                                 "verify the downloaded artifact and plan its storage (file extension).");
    } else if (!checksum) {
      sink.report(asset.pointer, "the model asset has no \"file:checksum\"; a checksum lets users verify the "
                                 "downloaded artifact (file extension).");
    } else if (!size) {
      sink.report(asset.pointer, "the model asset has no \"file:size\"; the size lets users check the download and "
                                 "plan its storage (file extension).");
    }
  }
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  check_mlm_alone(ctx, sink);
  check_classification(ctx, sink);
  check_citation(ctx, sink);
  check_file_fields(ctx, sink);
}

const RuleInfo kMlm701 = {
    .code = "MLM701",
    .name = "companion-extensions",
    .severity = Severity::kInfo,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSafe,
    .summary = "MLM is combined with the recommended file, scientific and classification extensions",
    .check = &check,
};

}  // namespace mlmlint::rules

// MLM503: stac_extensions declares the MLM extension through more than one distinct URI (two versions, or
// one version under both hosts). Identical repeated URIs are MLM507's.
#include <unordered_set>

#include <fmt/format.h>

#include "support/fix_support.h"
#include "rule_list.h"
#include "support/structure_support.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  std::vector<const MlmUri*> distinct;
  std::unordered_set<std::string_view> seen;
  for (const auto& d : ctx.mlm.declared) {
    if (seen.insert(d.uri).second) distinct.push_back(&d);
  }
  if (distinct.size() < 2) return;

  std::vector<std::string> versions;
  std::unordered_set<std::string> seen_versions;
  for (const MlmUri* d : distinct) {
    std::string v = "v" + d->version_text;
    if (seen_versions.insert(v).second) versions.push_back(std::move(v));
  }
  std::string listed;
  for (std::size_t i = 0; i < versions.size(); ++i) listed += (i ? ", " : "") + versions[i];
  if (versions.size() == 1) listed += " under different URIs";

  // The fix keeps the highest known version, which is the effective one (under its canonical URI when it
  // is declared under both hosts); without a known version there is nothing to prefer.
  const MlmUri* keep = nullptr;
  for (const MlmUri* d : distinct) {
    if (!d->version || *d->version != ctx.mlm.version) continue;
    if (!keep || d->uri == canonical_mlm_uri(*d->version)) keep = d;
  }
  std::string hint;
  std::optional<Fix> fix;
  if (keep) {
    hint = fmt::format("Keep {} (the highest known version declared) and remove the others.", quote(keep->uri));
    std::vector<FixEdit> edits;  // from the last entry down, so that each index still holds when it is removed
    for (auto d = ctx.mlm.declared.rbegin(); d != ctx.mlm.declared.rend(); ++d) {
      if (d->uri != keep->uri) edits.push_back(remove_edit(fmt::format("/stac_extensions/{}", d->index)));
    }
    fix = suggested_fix(fmt::format("keep {} and remove the other MLM URIs", quote(keep->uri)), std::move(edits));
  }
  for (std::size_t i = 1; i < distinct.size(); ++i) {
    sink.report(fmt::format("/stac_extensions/{}", distinct[i]->index),
                fmt::format("the MLM extension is declared more than once ({}); keep exactly one version.", listed),
                hint, fix);
  }
}

const RuleInfo kMlm503 = {
    .code = "MLM503",
    .name = "multiple-mlm-versions",
    .severity = Severity::kError,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSuggest,
    .summary = "stac_extensions declares exactly one MLM version",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

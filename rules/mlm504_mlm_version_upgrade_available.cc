// MLM504: the single declared MLM version is older than the latest known one, or uses the former
// crim-ca.github.io host. Multiple versions are MLM503's, unknown ones MLM502's.
#include <unordered_set>

#include <fmt/format.h>

#include "support/fix_support.h"
#include "rule_list.h"
#include "support/support.h"

namespace mlmlint::rules {

namespace {

constexpr std::string_view kFormerHost = "crim-ca.github.io/mlm-extension";

std::string upgrade_note(const Version& v) {
  if (v >= Version{1, 5, 0}) return "changes no fields (safe to upgrade)";
  constexpr std::string_view kV15 =
      "v1.5.0 reserved the \"bands\"/\"variables\" dimension names and requires the \"code\" role with "
      "\"mlm:entrypoint\"";
  if (v >= Version{1, 4, 0}) return fmt::format("has breaking changes: {}", kV15);
  return fmt::format("has breaking changes: v1.4.0 replaced the norm_*/statistics input fields by \"value_scaling\" "
                     "and requires \"mlm:artifact_type\" on model assets; {}",
                     kV15);
}

// Fix: safe from v1.5.x (v1.5.1 only added an optional field, v1.5.2 changed none; a v1.5.2 URI under the
// former host is the same schema), a suggestion across the breaking changes of v1.4.0 / v1.5.0. A repeated
// URI is replaced everywhere: a leftover old copy would declare two versions (MLM503).
Fix upgrade_fix(const RuleContext& ctx, const Version& declared, const std::string& latest_uri) {
  std::vector<FixEdit> edits;
  for (const auto& d : ctx.mlm.declared) {
    edits.push_back(replace_edit(fmt::format("/stac_extensions/{}", d.index), quote(latest_uri)));
  }
  if (declared >= Version{1, 5, 0}) {
    return safe_fix(fmt::format("replace the MLM URI by {}", quote(latest_uri)), std::move(edits));
  }
  return suggested_fix(fmt::format("upgrade the MLM URI from {} to {} (check the breaking changes first)",
                                   declared.str(), kLatestMlm.str()),
                       std::move(edits));
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  std::unordered_set<std::string_view> distinct;
  for (const auto& d : ctx.mlm.declared) distinct.insert(d.uri);
  if (distinct.size() != 1) return;  // none, or MLM503
  const MlmUri& declared = ctx.mlm.declared.front();
  if (!declared.version || !is_known_mlm_version(*declared.version)) return;  // MLM502
  const Version& v = *declared.version;
  const std::string pointer = fmt::format("/stac_extensions/{}", declared.index);
  const std::string latest_uri = canonical_mlm_uri(kLatestMlm);
  const std::string hint = fmt::format("Replace it with {}.", quote(latest_uri));
  if (v < kLatestMlm) {
    sink.report(pointer,
                fmt::format("MLM {} is declared; {} is the latest known version and {}.", v.str(), kLatestMlm.str(),
                            upgrade_note(v)),
                v >= Version{1, 5, 0} ? hint : std::string{}, upgrade_fix(ctx, v, latest_uri));
  } else if (declared.uri.find(kFormerHost) != std::string::npos) {
    sink.report(pointer, fmt::format("MLM {} is declared under the former host {}; use {}.", v.str(), kFormerHost,
                                     quote(latest_uri)),
                {}, upgrade_fix(ctx, v, latest_uri));
  }
}

const RuleInfo kMlm504 = {
    .code = "MLM504",
    .name = "mlm-version-upgrade-available",
    .severity = Severity::kInfo,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSafe,
    .summary = "the declared MLM version is the latest known one, under the current host",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

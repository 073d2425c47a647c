// MLM504: the single declared MLM version is older than the latest known one, or uses the former
// crim-ca.github.io host. Multiple versions are MLM503's, unknown ones MLM502's.
#include <unordered_set>

#include <fmt/format.h>

#include "rule_list.h"
#include "support.h"

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
                v >= Version{1, 5, 0} ? hint : std::string{});
  } else if (declared.uri.find(kFormerHost) != std::string::npos) {
    sink.report(pointer, fmt::format("MLM {} is declared under the former host {}; use {}.", v.str(), kFormerHost,
                                     quote(latest_uri)));
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

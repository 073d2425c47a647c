// MLM705: mlm:name identifies this model; the README says it "must be distinct from simply naming the model
// architecture". "ResNet" as both name and architecture says nothing about which ResNet this is.
#include "support/asset_support.h"
#include "rule_list.h"
#include "mlmlint/core/tables_frameworks.h"

#include "mlmlint/core/json_pointer.h"

namespace mlmlint::rules {

namespace {

// Lower case without spaces, '-', '_' and '.', so "Res-Net" and "resnet" compare equal.
std::string normalized(std::string_view text) {
  std::string out;
  for (char c : ascii_lower(text)) {
    if (c != ' ' && c != '-' && c != '_' && c != '.') out += c;
  }
  return out;
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  const auto level = model_level(ctx);
  if (!level) return;
  auto name = string_member(level->value, "mlm:name");
  auto architecture = string_member(level->value, "mlm:architecture");
  if (!name || !architecture) return;
  const std::string key = normalized(*name);
  if (key.empty() || key != normalized(*architecture)) return;
  sink.report(pointer_append(level->pointer, "mlm:name"),
              "the model name " + quoted(*name) + " only repeats mlm:architecture; the name must identify this "
              "model, not just its architecture (e.g. \"ResNet-18 Sentinel-2 RGB\").");
}

const RuleInfo kMlm705 = {
    .code = "MLM705",
    .name = "name-equals-architecture",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "mlm:name is more specific than mlm:architecture",
    .check = &check,
};

}  // namespace mlmlint::rules

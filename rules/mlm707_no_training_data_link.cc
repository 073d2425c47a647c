// MLM707: a "derived_from" link names the data the model was trained/validated on (BP §ML-AOI and Label
// Extensions; ml-model relation types), which is what users need to judge whether it fits their data.
#include "rule_list.h"
#include "support/support.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind != DocumentKind::kItem) return;
  auto links = member(ctx.root, "links");
  if (links) {
    for (const auto& link : array_entries(*links, "/links")) {
      if (string_member(link.value, "rel") == "derived_from") return;
    }
  }
  sink.report(links ? "/links" : "",
              "no \"derived_from\" link; reference the datasets the model was trained/validated on (ideally STAC "
              "Collections with ml-aoi:split).");
}

const RuleInfo kMlm707 = {
    .code = "MLM707",
    .name = "no-training-data-link",
    .severity = Severity::kInfo,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "an Item links to its training data with rel \"derived_from\"",
    .check = &check,
};

}  // namespace mlmlint::rules

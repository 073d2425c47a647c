// MLM703: for a model, start_datetime/end_datetime describe the temporal domain of the data it was trained
// for. A non-null datetime next to them reads as a single nominal date, which a model does not have
// (BP §Using STAC Common Metadata Fields; ml-model: "datetime ... should always be null"). Exemplary rule:
// see rules/docs/MLM703.md.
#include "support/fix_support.h"
#include "rule_list.h"
#include "support/support.h"

namespace mlmlint::rules {

namespace {

// A range bound counts when it is present and non-null; a null bound is an MLM005 error, and setting datetime
// to null would then make the Item invalid, so the rule (and its fix) stays out of the way. With both bounds,
// a null datetime is valid STAC, but the fix deletes a real timestamp (a publication date, say) that nothing
// else in the Item records: removing information is a suggestion, never a safe fix (issue #14).
bool bound_present(element props, std::string_view key) {
  auto value = member(props, key);
  return value && !is_null(*value);
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind != DocumentKind::kItem) return;
  auto props = properties(ctx);
  if (!props) return;
  auto datetime = member(*props, "datetime");
  if (!datetime || is_null(*datetime)) return;
  if (!bound_present(*props, "start_datetime") || !bound_present(*props, "end_datetime")) return;
  sink.report("/properties/datetime",
              "start_datetime/end_datetime describe the model's temporal domain; set datetime to null so it does not "
              "suggest a single nominal date.",
              {}, suggested_fix("set datetime to null", {replace_edit("/properties/datetime", "null")}));
}

const RuleInfo kMlm703 = {
    .code = "MLM703",
    .name = "datetime-with-range",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSuggest,
    .summary = "datetime is null when start_datetime and end_datetime give the model's temporal domain",
    .check = &check,
};

}  // namespace mlmlint::rules

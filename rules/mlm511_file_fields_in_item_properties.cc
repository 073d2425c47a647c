// MLM511: the file extension defines Asset and Link fields only; file:* keys in Item properties describe
// no particular file (the MLM examples put file:size there).
#include <fmt/format.h>

#include "support/fix_placement.h"
#include "rule_list.h"
#include "support/support.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind != DocumentKind::kItem) return;
  auto props = properties(ctx);
  if (!props) return;
  const auto models = model_assets(ctx);
  const std::string target = models.size() == 1 ? "the asset with role \"mlm:model\""
                                                : std::string("the asset it describes");
  for (const auto& e : object_entries(*props, "/properties")) {
    if (!e.key.starts_with("file:")) continue;
    // Fix: suggest a move to the single model asset, or a safe delete when it already has the same value.
    sink.report_key(e.pointer,
                fmt::format("file:* fields describe one file and belong on an Asset or Link; move {} to {}.",
                            quoted(e.key), target),
                {}, model_asset_fix(ctx, e.pointer, e.key, e.value, e.key, SameValue::kSafeDelete));
  }
}

const RuleInfo kMlm511 = {
    .code = "MLM511",
    .name = "file-fields-in-item-properties",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSuggest,
    .summary = "file:* fields are on assets or links, not in Item properties",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

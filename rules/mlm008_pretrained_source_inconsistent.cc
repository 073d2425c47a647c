// MLM008: mlm:pretrained and mlm:pretrained_source must tell the same story: false (from scratch) goes with an
// explicit null source, true with a named source. The schema's if/then meant to check this never applies.
#include <fmt/format.h>

#include "support/fix_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"
#include "support/support.h"

namespace mlmlint::rules {

namespace {

struct Effective {
  std::optional<element> pretrained;
  std::string pretrained_pointer;
  bool pretrained_own = false;
  std::optional<element> source;
  std::string source_pointer;
  bool source_own = false;
};

// `source_fixable`: adding the missing source cannot change what another object means (see check()).
void evaluate(const Effective& e, std::string_view own_pointer_base, bool source_fixable, RuleSink& sink) {
  if (!e.pretrained) return;
  auto pretrained = as_bool(*e.pretrained);
  if (!pretrained) return;
  const bool inherited = !own_pointer_base.empty();  // an asset whose other field comes from properties
  if (!*pretrained) {
    if (e.source) {
      auto s = as_string(*e.source);
      if (!s) return;  // null (correct) or a wrong type (schema)
      // Case 1. Report at the asset's own field when the other one is inherited.
      const std::string& pointer = e.source_own || !inherited ? e.source_pointer : e.pretrained_pointer;
      sink.report(pointer, fmt::format("mlm:pretrained is false (trained from scratch) but mlm:pretrained_source is "
                                       "{}; set it to null or set mlm:pretrained to true.",
                                       quote(*s)));
    } else {
      // Case 2, the only one with a safe fix: the source goes next to the "false" (the Item's or the asset's
      // own, as an asset without either field is never evaluated on its own).
      const std::string source_pointer =
          pointer_append(e.pretrained_pointer.substr(0, e.pretrained_pointer.rfind('/')), "mlm:pretrained_source");
      sink.report(e.pretrained_pointer,
                  "mlm:pretrained is false but mlm:pretrained_source is missing; add \"mlm:pretrained_source\": "
                  "null to state that the model was trained from scratch.",
                  {},
                  source_fixable ? std::optional(safe_fix("add \"mlm:pretrained_source\": null",
                                                          {add_edit(source_pointer, "null")}))
                                 : std::nullopt);
    }
  } else if (e.source && e.source->is_null()) {
    // Case 3.
    const std::string& pointer = e.source_own || !inherited ? e.source_pointer : e.pretrained_pointer;
    sink.report(pointer, "mlm:pretrained is true but mlm:pretrained_source is null, which means \"trained from "
                         "scratch\"; name the pre-training dataset (e.g. \"ImageNet\") or set mlm:pretrained to "
                         "false.");
  }
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  auto props = properties(ctx);
  Effective item;
  if (props) {
    item.pretrained = member(*props, "mlm:pretrained");
    item.pretrained_pointer = "/properties/mlm:pretrained";
    item.pretrained_own = true;
    item.source = member(*props, "mlm:pretrained_source");
    item.source_pointer = "/properties/mlm:pretrained_source";
    item.source_own = true;
    // An Item-level null source would be inherited by an asset that says "mlm:pretrained": true without a
    // source of its own, turning "source unknown" into "from scratch" there: no safe fix then.
    bool inherited_by_pretrained_asset = false;
    for (const auto& asset : assets(ctx)) {
      auto own = member(asset.value, "mlm:pretrained");
      if (own && as_bool(*own) == true && !has_member(asset.value, "mlm:pretrained_source")) {
        inherited_by_pretrained_asset = true;
      }
    }
    evaluate(item, "", !inherited_by_pretrained_asset, sink);
  }
  for (const auto& asset : assets(ctx)) {
    auto own_pretrained = member(asset.value, "mlm:pretrained");
    auto own_source = member(asset.value, "mlm:pretrained_source");
    if (!own_pretrained && !own_source) continue;  // inherits both: reported at the Item level
    Effective e = item;
    if (own_pretrained) {
      e.pretrained = own_pretrained;
      e.pretrained_pointer = pointer_append(asset.pointer, "mlm:pretrained");
      e.pretrained_own = true;
    } else {
      e.pretrained_own = false;
    }
    if (own_source) {
      e.source = own_source;
      e.source_pointer = pointer_append(asset.pointer, "mlm:pretrained_source");
      e.source_own = true;
    } else {
      e.source_own = false;
    }
    evaluate(e, (own_pretrained && own_source) ? "" : asset.pointer, true, sink);
  }
}

const RuleInfo kMlm008 = {
    .code = "MLM008",
    .name = "pretrained-source-inconsistent",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSafe,
    .summary = "mlm:pretrained and mlm:pretrained_source agree (false goes with null, true with a source)",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

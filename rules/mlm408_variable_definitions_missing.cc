// MLM408: variable references need cube:variables in Item properties or on a model asset, with datacube v2.x
// declared. Like MLM402, this checks whenever any input or output lists variables (the schema only when all do).
#include <fmt/format.h>

#include "support/band_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"

namespace mlmlint::rules {

namespace {

constexpr std::string_view kDatacubeUri = "https://stac-extensions.github.io/datacube/v2.3.0/schema.json";

bool non_empty_object(element value) {
  auto obj = as_object(value);
  return obj && obj->size() > 0;
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind != DocumentKind::kItem) return;
  const auto ios = referencing_ios(ctx, "variables");
  if (ios.empty()) return;

  // Where cube:variables (with at least one key) is defined: in the places the schema accepts, or elsewhere.
  std::string accepted_at;
  std::string elsewhere_at;
  if (auto props = properties(ctx)) {
    auto vars = member(*props, "cube:variables");
    if (vars && non_empty_object(*vars)) accepted_at = "/properties/cube:variables";
  }
  for (const auto& asset : assets(ctx)) {
    auto vars = member(asset.value, "cube:variables");
    if (!vars || !non_empty_object(*vars)) continue;
    std::string& slot = has_role(asset.value, "mlm:model") ? accepted_at : elsewhere_at;
    if (slot.empty()) slot = pointer_append(asset.pointer, "cube:variables");
  }
  const bool v2 = declares_major(ctx, "datacube", 2);
  if (v2 && !accepted_at.empty()) return;

  std::string message;
  if (accepted_at.empty() && elsewhere_at.empty()) {
    message = "variables are referenced but no cube:variables (with the datacube v2.x extension declared) exist on "
              "the Item or its model asset.";
  } else if (accepted_at.empty()) {
    message = fmt::format("variables are referenced but cube:variables is defined only at {}, which is not a model "
                          "asset; define it in Item properties or on the asset with role \"mlm:model\".",
                          elsewhere_at);
  } else {
    const auto declared = declared_extensions(ctx, "datacube");
    if (declared.empty()) {
      message = fmt::format("variables are referenced and {} defines them, but the datacube extension is not "
                            "declared; add {} to stac_extensions.",
                            accepted_at, quote(kDatacubeUri));
    } else {
      message = fmt::format("variables are referenced but datacube v{} is declared; MLM variable references "
                            "require datacube v2.x (declare {}).",
                            declared.front().version, quote(kDatacubeUri));
    }
  }
  // One finding for the document, at the first reference: every other one has the same cause.
  sink.report(ios.front().list_pointer, std::move(message));
}

const RuleInfo kMlm408 = {
    .code = "MLM408",
    .name = "variable-definitions-missing",
    .severity = Severity::kError,
    .schema = SchemaRelation::kPartial,
    .versions = {.min = Version{1, 5, 0}, .max = kLatestMlm},
    .fix = FixClass::kNone,
    .summary = "variable references have cube:variables on the Item or model asset, with datacube v2.x declared",
    .check = &check,
};

}  // namespace mlmlint::rules

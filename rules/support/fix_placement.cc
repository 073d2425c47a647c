#include "fix_placement.h"

#include <fmt/format.h>

#include "class_support.h"
#include "mlmlint/core/json_pointer.h"

namespace mlmlint::rules {

std::optional<FixEdit> declare_extension_edit(const RuleContext& ctx, std::string_view uri) {
  auto extensions = member(ctx.root, "stac_extensions");
  if (!extensions) return add_edit("/stac_extensions", "[" + quote(uri) + "]");
  if (!as_array(*extensions)) return std::nullopt;
  return add_edit("/stac_extensions/-", quote(uri));
}

bool same_json(element a, element b) { return canonical_json(a) == canonical_json(b); }

std::optional<Located> single_model_asset(const RuleContext& ctx) {
  auto models = model_assets(ctx);
  if (models.size() != 1) return std::nullopt;
  return std::move(models.front());
}

std::optional<Fix> model_asset_fix(const RuleContext& ctx, std::string_view pointer, std::string_view key,
                                   element value, std::string_view target_key, SameValue same) {
  auto model = single_model_asset(ctx);
  if (!model) return std::nullopt;
  const std::string target = pointer_append(model->pointer, target_key);
  auto existing = member(model->value, target_key);
  if (!existing) {
    const std::string as = key == target_key ? std::string() : fmt::format(" as {}", quote(target_key));
    return suggested_fix(fmt::format("move {} to the model asset {}{}", quote(key), quote(model->key), as),
                         {{.op = "move", .path = target, .from = std::string(pointer), .value = {}}});
  }
  if (!same_json(*existing, value)) return std::nullopt;  // two different values: a person must choose
  std::string description =
      fmt::format("remove {} (the model asset {} has the same {})", quote(key), quote(model->key),
                  key == target_key ? std::string("value") : quote(target_key));
  std::vector<FixEdit> edits = {remove_edit(std::string(pointer))};
  return same == SameValue::kSafeDelete ? safe_fix(std::move(description), std::move(edits))
                                        : suggested_fix(std::move(description), std::move(edits));
}

}  // namespace mlmlint::rules

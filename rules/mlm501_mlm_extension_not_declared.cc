// MLM501: a document that uses MLM (any "mlm:" key, or an asset with role "mlm:model") must declare the
// MLM extension in stac_extensions. The role strings of a Collection's item_assets alone are no use of MLM:
// they describe the assets of the Items, which declare MLM themselves (the official collection.json pattern).
#include <fmt/format.h>

#include "support/fix_placement.h"
#include "rule_list.h"
#include "support/structure_support.h"

namespace mlmlint::rules {

namespace {

bool uses_mlm_keys(const RuleContext& ctx) {
  bool found = false;
  walk_keys(ctx.root, "", [&](const KeyVisit& v) {
    if (v.key.starts_with("mlm:")) found = true;
    return !found;  // once found, stop descending
  });
  return found;
}

// The key of the first asset of `container` with the role "mlm:model".
std::optional<std::string_view> model_role_asset(element container) {
  for (const auto& e : object_entries(container, "")) {
    if (has_role(e.value, "mlm:model")) return e.key;
  }
  return std::nullopt;
}

// What the document uses of MLM, in words ("MLM fields are used"), or nullopt.
std::optional<std::string> mlm_use(const RuleContext& ctx) {
  if (uses_mlm_keys(ctx)) return "MLM fields are used";
  auto assets = member(ctx.root, "assets");
  auto key = assets ? model_role_asset(*assets) : std::nullopt;
  if (key) return fmt::format("the asset {} has the MLM role \"mlm:model\"", quote(*key));
  return std::nullopt;
}

// A stac_extensions entry that mentions an MLM host but does not match the URI pattern (MLM502).
std::optional<std::size_t> near_miss_index(element extensions) {
  std::size_t i = 0;
  auto arr = as_array(extensions);
  if (!arr) return std::nullopt;
  for (auto entry : *arr) {
    if (auto s = as_string(entry)) {
      if (s->find("github.io/mlm") != std::string_view::npos) return i;
    }
    ++i;
  }
  return std::nullopt;
}

}  // namespace

// Fix (safe): declare the version the document is checked with (the one its fields suggest, see
// support/version_support.h), creating stac_extensions when it is missing: the other findings stay as they are.
static std::optional<Fix> declare_fix(const RuleContext& ctx, const std::string& uri) {
  auto edit = declare_extension_edit(ctx, uri);
  if (!edit) return std::nullopt;
  return safe_fix(fmt::format("add {} to stac_extensions", quote(uri)), {std::move(*edit)});
}

static void check(const RuleContext& ctx, RuleSink& sink) {
  // A mistyped MLM URI is declared, only wrongly: MLM502 says how to write it, and it is validated as meant.
  if (!ctx.mlm.declared.empty() || ctx.mlm.near_miss || !as_object(ctx.root)) return;
  const auto use = mlm_use(ctx);
  if (!use) return;
  const std::string uri = canonical_mlm_uri(ctx.mlm.version);
  auto extensions = member(ctx.root, "stac_extensions");
  if (!extensions) {
    sink.report("", fmt::format("{} but the document has no \"stac_extensions\"; add \"stac_extensions\": [{}].",
                                *use, quote(uri)),
                {}, declare_fix(ctx, uri));
    return;
  }
  std::string hint;
  if (auto k = near_miss_index(*extensions)) {
    hint = fmt::format("/stac_extensions/{} looks like a mistyped MLM URI (see MLM502).", *k);
  }
  sink.report("/stac_extensions",
              fmt::format("{} but the MLM extension is not declared; add {}.", *use, quote(uri)),
              std::move(hint), declare_fix(ctx, uri));
}

const RuleInfo kMlm501 = {
    .code = "MLM501",
    .name = "mlm-extension-not-declared",
    .severity = Severity::kError,
    .schema = SchemaRelation::kYes,
    .versions = kAllVersions,
    .fix = FixClass::kSafe,
    .summary = "a document that uses MLM fields or roles declares the MLM extension in stac_extensions",
    .check = &check,
    .any_stac_document = true,
    .version_dependent = true,
};

}  // namespace mlmlint::rules

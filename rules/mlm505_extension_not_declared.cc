// MLM505: a key with the prefix of a known extension (T6) is used but that extension is not declared in
// stac_extensions. Keys inside mlm:input / mlm:output objects are validated by the MLM schema itself and do
// not count.
#include <algorithm>

#include <fmt/format.h>

#include "support/fix_placement.h"
#include "rule_list.h"
#include "support/structure_support.h"
#include "mlmlint/core/tables_extensions.h"

namespace mlmlint::rules {

namespace {

bool declared(const RuleContext& ctx, const ExtensionInfo& ext) {
  auto extensions = array_member(ctx.root, "stac_extensions");
  if (!extensions) return false;
  // STAC <= 1.0.0-beta.2 declares an extension by its identifier ("eo", "scientific").
  const auto version = string_member(ctx.root, "stac_version");
  const bool identifiers = version && allows_extension_identifiers(*version);
  for (auto entry : *extensions) {
    auto uri = as_string(entry);
    if (uri && (uri_belongs_to(ext, *uri) || (identifiers && identifier_names(ext, *uri)))) return true;
  }
  return false;
}

struct Usage {
  const ExtensionInfo* ext;
  std::string key;
  std::string pointer;
  std::size_t count = 0;
};

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  std::vector<Usage> usages;  // one per extension, in order of first use
  walk_keys(ctx.root, "", [&](const KeyVisit& v) {
    if (const ExtensionInfo* ext = extension_for_key(v.key)) {
      auto it = std::find_if(usages.begin(), usages.end(), [&](const Usage& u) { return u.ext == ext; });
      if (it == usages.end()) {
        usages.push_back({ext, std::string(v.key), v.pointer(), 1});
      } else {
        ++it->count;
      }
    }
    return v.key != "mlm:input" && v.key != "mlm:output";
  });
  for (const auto& u : usages) {
    if (declared(ctx, *u.ext)) continue;
    const std::string uri = default_extension_uri(*u.ext);
    const std::string add =
        uri.empty() ? fmt::format("add its schema URI (https://stac-extensions.github.io/{}/v{{VERSION}}/schema.json)",
                                  u.ext->path)
                    : fmt::format("add {}", quote(uri));
    std::string hint;
    if (u.count > 1) hint = fmt::format("{} keys of the {} extension are used in the document.", u.count, u.ext->name);
    // Fix (safe): declare the default URI of T6; extensions without a default get none.
    std::optional<Fix> fix;
    if (auto edit = uri.empty() ? std::nullopt : declare_extension_edit(ctx, uri)) {
      fix = safe_fix(fmt::format("add {} to stac_extensions", quote(uri)), {std::move(*edit)});
    }
    sink.report(u.pointer,
                fmt::format("{} belongs to the {} extension, which is not declared; {} to stac_extensions.",
                            quote(u.key), u.ext->name, add),
                std::move(hint), std::move(fix));
  }
}

const RuleInfo kMlm505 = {
    .code = "MLM505",
    .name = "extension-not-declared",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kPartial,
    .versions = kAllVersions,
    .fix = FixClass::kSafe,
    .summary = "extensions whose fields are used (eo:, raster:, file:, sci:, ...) are declared in stac_extensions",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

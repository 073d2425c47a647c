// MLM506: a known extension (T6) is declared in stac_extensions but none of its prefixed keys appears
// anywhere in the document (keys inside mlm:input / mlm:output count, e.g. classification:classes).
#include <unordered_set>

#include <fmt/format.h>

#include "rule_list.h"
#include "support/structure_support.h"
#include "mlmlint/core/tables_extensions.h"

#include "support/fix_support.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  auto extensions = member(ctx.root, "stac_extensions");
  if (!extensions) return;
  const auto entries = array_entries(*extensions, "/stac_extensions");
  bool any_known = false;
  for (const auto& e : entries) {
    if (auto uri = as_string(e.value); uri && extension_for_uri(*uri)) any_known = true;
  }
  if (!any_known) return;

  std::unordered_set<const ExtensionInfo*> used;
  walk_keys(ctx.root, "", [&](const KeyVisit& v) {
    if (const ExtensionInfo* ext = extension_for_key(v.key)) used.insert(ext);
    return true;
  });
  for (const auto& e : entries) {
    auto uri = as_string(e.value);
    if (!uri) continue;
    const ExtensionInfo* ext = extension_for_uri(*uri);
    if (!ext || used.contains(ext)) continue;
    const auto version = extension_uri_version(*ext, *uri);
    sink.report(e.pointer, fmt::format("the {} extension ({}) is declared but none of its fields ({}*) are used.",
                                       ext->name, version.value_or("?"), ext->prefix),
                {}, safe_fix(fmt::format("remove {} from stac_extensions", quote(*uri)), {remove_edit(e.pointer)}));
  }
}

const RuleInfo kMlm506 = {
    .code = "MLM506",
    .name = "extension-declared-but-unused",
    .severity = Severity::kInfo,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSafe,
    .summary = "every declared extension of the known list has at least one of its fields in the document",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

// MLM507: stac_extensions lists the same URI twice, or one (non-MLM) extension in two versions.
// Two MLM versions are MLM503's.
#include <unordered_map>

#include <fmt/format.h>

#include "support/fix_support.h"
#include "rule_list.h"
#include "support/support.h"

namespace mlmlint::rules {

namespace {

struct VersionedUri {
  std::string_view base;     // everything before "/v{V}/schema.json"
  std::string_view version;  // "v1.1.0"
  std::string_view name;     // last path segment of base, e.g. "raster"
};

// Splits ".../{name}/v{V}/schema.json"; nullopt for other URIs.
std::optional<VersionedUri> split_versioned(std::string_view uri) {
  constexpr std::string_view kSuffix = "/schema.json";
  if (!uri.ends_with(kSuffix)) return std::nullopt;
  const std::string_view head = uri.substr(0, uri.size() - kSuffix.size());
  const std::size_t slash = head.rfind('/');
  if (slash == std::string_view::npos || slash == 0) return std::nullopt;
  const std::string_view version = head.substr(slash + 1);
  if (version.size() < 2 || version.front() != 'v' || version[1] < '0' || version[1] > '9') return std::nullopt;
  const std::string_view base = head.substr(0, slash);
  const std::size_t name_slash = base.rfind('/');
  const std::string_view name = name_slash == std::string_view::npos ? base : base.substr(name_slash + 1);
  if (name.empty()) return std::nullopt;
  return VersionedUri{base, version, name};
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  auto extensions = member(ctx.root, "stac_extensions");
  if (!extensions) return;
  const auto entries = array_entries(*extensions, "/stac_extensions");

  std::unordered_map<std::string_view, std::size_t> count;
  for (const auto& e : entries) {
    if (auto uri = as_string(e.value)) ++count[*uri];
  }
  std::unordered_map<std::string_view, const Located*> first_uri;
  struct FirstVersion {
    const Located* entry;
    std::string_view version;
  };
  std::unordered_map<std::string_view, FirstVersion> first_version;  // by base
  for (const auto& e : entries) {
    auto uri = as_string(e.value);
    if (!uri) continue;
    auto [it, inserted] = first_uri.emplace(*uri, &e);
    if (!inserted) {
      const std::size_t n = count[*uri];
      // Fix (safe): drop the repetition; the first entry stays where it is.
      sink.report(e.pointer,
                  n == 2 ? fmt::format("{} is listed twice (also at {}).", quoted(*uri), it->second->pointer)
                         : fmt::format("{} is listed {} times (first at {}).", quoted(*uri), n, it->second->pointer),
                  {}, safe_fix(fmt::format("remove the repeated {} from stac_extensions", quoted(*uri)),
                               {remove_edit(e.pointer)}));
      continue;
    }
    if (match_mlm_uri(*uri)) continue;  // MLM503
    auto split = split_versioned(*uri);
    if (!split) continue;
    auto [vit, new_base] = first_version.emplace(split->base, FirstVersion{&e, split->version});
    if (!new_base && vit->second.version != split->version) {
      sink.report(e.pointer, fmt::format("the {} extension is declared in two versions ({} at {} and {} here); keep "
                                         "one.",
                                         split->name, vit->second.version, vit->second.entry->pointer, split->version));
    }
  }
}

const RuleInfo kMlm507 = {
    .code = "MLM507",
    .name = "duplicate-extension-entry",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSafe,
    .summary = "stac_extensions lists each URI once and each extension in one version",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

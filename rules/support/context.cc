#include "mlmlint/rules/rule.h"
#include "support/version_support.h"

namespace mlmlint {

namespace {

// A member or a string (a role such as "mlm:model") starting with "mlm:", anywhere in the document.
bool mentions_mlm(simdjson::dom::element value) {
  constexpr std::string_view kPrefix = "mlm:";
  std::string_view text;
  if (value.get(text) == simdjson::SUCCESS) return text.substr(0, kPrefix.size()) == kPrefix;
  simdjson::dom::array array;
  if (value.get(array) == simdjson::SUCCESS) {
    for (simdjson::dom::element item : array) {
      if (mentions_mlm(item)) return true;
    }
    return false;
  }
  simdjson::dom::object object;
  if (value.get(object) != simdjson::SUCCESS) return false;
  for (auto field : object) {
    if (field.key.substr(0, kPrefix.size()) == kPrefix || mentions_mlm(field.value)) return true;
  }
  return false;
}

}  // namespace

RuleContext make_rule_context(simdjson::dom::element root) {
  RuleContext ctx;
  ctx.root = root;
  std::string_view type;
  if (root["type"].get(type) == simdjson::SUCCESS) {
    if (type == "Feature") {
      ctx.kind = DocumentKind::kItem;
    } else if (type == "Collection") {
      ctx.kind = DocumentKind::kCollection;
    }
  }
  std::string_view stac_version;
  if (root["stac_version"].get(stac_version) == simdjson::SUCCESS) ctx.stac_version = stac_version;
  ctx.mlm = effective_mlm(root);
  ctx.uses_mlm = !ctx.mlm.declared.empty() || ctx.mlm.near_miss || mentions_mlm(root);
  if (ctx.mlm.source == VersionSource::kUndeclared && ctx.uses_mlm) {
    // Checking a v1.3-style document as v1.5.2 would report every v1.4/v1.5 requirement it never had.
    rules::AssumedVersion assumed = rules::assume_undeclared_version(ctx);
    ctx.mlm.version = assumed.version;
    ctx.assumption = std::move(assumed.assumption);
  }
  return ctx;
}

std::vector<Finding> run_rule(const RuleInfo& rule, const RuleContext& ctx) {
  if (!rule.versions.contains(ctx.mlm.version)) return {};
  RuleSink sink;
  rule.check(ctx, sink);
  std::vector<Finding> findings = sink.take();
  if (!ctx.assumption.empty() && (rule.version_dependent || !rule.versions.all())) {
    for (Finding& f : findings) {
      // "...; add X." -> "...; add X (assuming MLM v1.3.0 because ...)."
      const bool period = !f.message.empty() && f.message.back() == '.';
      if (period) f.message.pop_back();
      f.message += " (" + ctx.assumption + ")" + (period ? "." : "");
    }
  }
  return findings;
}

}  // namespace mlmlint

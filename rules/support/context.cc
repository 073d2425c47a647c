#include "mlmlint/rules/rule.h"

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
  return ctx;
}

std::vector<Finding> run_rule(const RuleInfo& rule, const RuleContext& ctx) {
  if (!rule.versions.contains(ctx.mlm.version)) return {};
  RuleSink sink;
  rule.check(ctx, sink);
  return sink.take();
}

}  // namespace mlmlint

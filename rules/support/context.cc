#include "mlmlint/rules/rule.h"

namespace mlmlint {

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
  return ctx;
}

std::vector<Finding> run_rule(const RuleInfo& rule, const RuleContext& ctx) {
  if (!rule.versions.contains(ctx.mlm.version)) return {};
  RuleSink sink;
  rule.check(ctx, sink);
  return sink.take();
}

}  // namespace mlmlint

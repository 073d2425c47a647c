// `mlm-lint rules` and `mlm-lint explain CODE`: the catalogue and each rule's embedded page.
#include <iostream>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "command.h"
#include "exit_code.h"
#include "mlmlint/engine/report.h"
#include "mlmlint/rules/registry.h"

namespace mlmlint::app {

namespace {

std::string versions_text(const VersionRange& range) {
  if (range.min == kOldestMlm && range.max == kLatestMlm) return "all";
  if (range.max == kLatestMlm) return ">= " + range.min.str();
  if (range.min == kOldestMlm) return "<= " + range.max.str();
  return range.min.str() + " - " + range.max.str();
}

std::string_view schema_text(SchemaRelation relation) {
  switch (relation) {
    case SchemaRelation::kYes: return "yes";
    case SchemaRelation::kPartial: return "partial";
    case SchemaRelation::kNo: return "no";
  }
  return "no";
}

}  // namespace

int run_rules(const std::string& format) {
  if (format == "json") {
    std::cout << "{\"version\":1,\"rules\":[";
    bool first = true;
    for (const RuleInfo* rule : all_rules()) {
      std::cout << (first ? "" : ",") << "\n{\"code\":" << json_quote(rule->code) << ",\"name\":" << json_quote(rule->name)
                << ",\"severity\":" << json_quote(severity_name(rule->severity))
                << ",\"fix\":" << json_quote(fix_class_name(rule->fix)) << ",\"schema\":" << json_quote(schema_text(rule->schema))
                << ",\"versions\":" << json_quote(versions_text(rule->versions)) << ",\"applies_to\":" << json_quote(rule->any_stac_document ? "any STAC document" : "documents using MLM")
                << ",\"summary\":" << json_quote(rule->summary)
                << "}";
      first = false;
    }
    std::cout << "\n]}\n";
    return kExitClean;
  }
  if (format != "text") {
    spdlog::error("--format expects text or json, got '{}'", format);
    return kExitError;
  }
  std::cout << fmt::format("{:<7} {:<38} {:<8} {:<8} {}\n", "CODE", "NAME", "SEVERITY", "FIX", "VERSIONS");
  for (const RuleInfo* rule : all_rules()) {
    std::cout << fmt::format("{:<7} {:<38} {:<8} {:<8} {}\n", rule->code, rule->name, severity_name(rule->severity),
                             fix_class_name(rule->fix), versions_text(rule->versions));
  }
  std::cerr << all_rules().size() << " rules. `mlm-lint explain CODE` shows a rule's documentation.\n";
  return kExitClean;
}

int run_explain(const std::string& code) {
  const RuleInfo* rule = find_rule(code);
  if (!rule) {
    spdlog::error("unknown rule '{}' (see `mlm-lint rules`)", code);
    return kExitError;
  }
  const std::string_view doc = rule_doc(rule->code);
  if (doc.empty()) {
    std::cout << fmt::format("# {} {}\n\n{}\n", rule->code, rule->name, rule->summary);
  } else {
    std::cout << doc;
  }
  return kExitClean;
}

}  // namespace mlmlint::app

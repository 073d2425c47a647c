// `mlm-lint rules` and `mlm-lint explain CODE`: the catalogue and each rule's embedded page.
#include <iostream>
#include <iterator>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "command.h"
#include "exit_code.h"
#include "mlmlint/engine/check_options.h"
#include "mlmlint/engine/config.h"
#include "mlmlint/engine/report.h"
#include "output_format.h"
#include "mlmlint/rules/registry.h"

namespace mlmlint::app {

int run_rules(const std::string& output_format, const std::string& format) {
  const auto resolved = resolve_output_format(output_format, format);
  if (!resolved) return kExitError;
  const bool json = resolved->format == ReportFormat::kJson;
  if ((resolved->format != ReportFormat::kText && !json) || resolved->concise) {
    spdlog::error("`mlm-lint rules` prints text or json, not '{}' (--output-format)",
                  output_format.empty() ? format : output_format);
    return kExitError;
  }
  // The pipeline codes (parse, schema, links, limits) follow the rules: reports, SARIF and --select use them alike.
  if (json) {
    std::cout << "{\"version\":1,\"rules\":[";
    bool first = true;
    for (const RuleInfo* rule : all_rules()) {
      std::cout << (first ? "" : ",") << "\n{\"code\":" << json_quote(rule->code) << ",\"name\":" << json_quote(rule->name)
                << ",\"severity\":" << json_quote(severity_name(rule->severity))
                << ",\"fix\":" << json_quote(fix_class_name(rule->fix)) << ",\"schema\":" << json_quote(schema_relation_name(rule->schema))
                << ",\"versions\":" << json_quote(rule_versions_text(rule->versions)) << ",\"applies_to\":" << json_quote(rule->any_stac_document ? "any STAC document" : "documents using MLM")
                << ",\"summary\":" << json_quote(rule->summary) << ",\"kind\":\"rule\""
                << "}";
      first = false;
    }
    for (const PipelineCode* code : kPipelineCodes) {
      std::cout << ",\n{\"code\":" << json_quote(code->code) << ",\"name\":" << json_quote(code->name)
                << ",\"severity\":" << json_quote(severity_name(code->severity))
                << ",\"fix\":\"no\",\"schema\":\"no\",\"versions\":\"all\",\"applies_to\":\"any STAC document\""
                << ",\"summary\":" << json_quote(code->summary) << ",\"kind\":\"pipeline\"}";
    }
    std::cout << "\n]}\n";
    return kExitClean;
  }
  std::cout << fmt::format("{:<7} {:<38} {:<8} {:<8} {}\n", "CODE", "NAME", "SEVERITY", "FIX", "VERSIONS");
  for (const RuleInfo* rule : all_rules()) {
    std::cout << fmt::format("{:<7} {:<38} {:<8} {:<8} {}\n", rule->code, rule->name, severity_name(rule->severity),
                             fix_class_name(rule->fix), rule_versions_text(rule->versions));
  }
  for (const PipelineCode* code : kPipelineCodes) {
    std::cout << fmt::format("{:<7} {:<38} {:<8} {:<8} {}\n", code->code, code->name, severity_name(code->severity),
                             "no", "all (pipeline)");
  }
  std::cerr << all_rules().size() << " rules and " << std::size(kPipelineCodes)
            << " pipeline codes. `mlm-lint explain CODE` shows a rule's documentation.\n";
  return kExitClean;
}

int run_explain(const std::string& code) {
  const auto text = explain_text(code);
  if (!text) {
    spdlog::error("unknown rule or pipeline code '{}' ({})", code, unknown_code_hint(code));
    return kExitError;
  }
  std::cout << *text;
  return kExitClean;
}

}  // namespace mlmlint::app

// `mlm-lint rules` and `mlm-lint explain CODE`: the catalogue and each rule's embedded page.
#include <iostream>
#include <iterator>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "command.h"
#include "exit_code.h"
#include "mlmlint/engine/config.h"
#include "mlmlint/engine/report.h"
#include "output_format.h"
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
                << ",\"fix\":" << json_quote(fix_class_name(rule->fix)) << ",\"schema\":" << json_quote(schema_text(rule->schema))
                << ",\"versions\":" << json_quote(versions_text(rule->versions)) << ",\"applies_to\":" << json_quote(rule->any_stac_document ? "any STAC document" : "documents using MLM")
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
                             fix_class_name(rule->fix), versions_text(rule->versions));
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
  if (const PipelineCode* pipeline = find_pipeline_code(code)) {
    const bool always = always_reported(*pipeline);
    std::cout << fmt::format(
        "# {} {}\n\n{}\n\nA pipeline code: reported by the stage around the rules (reading, parsing, schema "
        "validation, links, limits), not by a rule. Default severity: {}. {}\n",
        pipeline->code, pipeline->name, pipeline->summary, severity_name(pipeline->severity),
        always ? "It is always reported: nothing else could be checked."
               : fmt::format("--select, --ignore and --rule {}=LEVEL apply to it like to a rule.", pipeline->code));
    return kExitClean;
  }
  const RuleInfo* rule = find_rule(code);
  if (!rule) {
    spdlog::error("unknown rule or pipeline code '{}' ({})", code, unknown_code_hint(code));
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

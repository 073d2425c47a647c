#include "mlmlint/engine/check_options.h"

#include <fmt/format.h>

#include "mlmlint/engine/config.h"
#include "mlmlint/rules/registry.h"

namespace mlmlint {

namespace {

// One select/ignore/rule value in the selection's spelling (MLM102 for "mlm102" or a rule name).
std::optional<std::string> selector(std::string_view option, const std::string& text, bool exact, std::string& error) {
  if (auto code = normalize_code(text, exact)) return code;
  error = fmt::format("{}: unknown rule {} '{}' ({})", option, exact ? "code or name" : "code, prefix or name", text,
                      unknown_code_hint(text));
  return std::nullopt;
}

bool parse_override(const std::string& o, RuleSelection& out, std::string& error, const OptionNames& names) {
  const auto eq = o.find('=');
  if (eq == std::string::npos) {
    error = fmt::format("{} expects CODE=error|warning|info|off, got '{}'", names.rule, o);
    return false;
  }
  // A severity belongs to one code: a prefix (MLM1=off) would set nothing.
  const std::string head = o.substr(0, eq);
  if (normalize_code(head, false) && !normalize_code(head, true)) {
    error = fmt::format("{} sets one rule's severity, and '{}' is a prefix: name a code such as MLM102 ({} {} hides "
                        "every code starting with it)",
                        names.rule, head, names.ignore, head);
    return false;
  }
  auto code = selector(names.rule, head, true, error);
  if (!code) return false;
  const std::string level = o.substr(eq + 1);
  if (level == "off") {
    out.severity[*code] = std::nullopt;
  } else if (auto severity = parse_severity(level)) {
    out.severity[*code] = *severity;
  } else {
    error = fmt::format("{} {}: unknown severity '{}' (use error, warning, info or off)", names.rule, *code, level);
    return false;
  }
  return true;
}

}  // namespace

bool parse_rule_selection(const std::vector<std::string>& select, const std::vector<std::string>& ignore,
                          const std::vector<std::string>& rule_overrides, RuleSelection& out, std::string& error,
                          const OptionNames& names) {
  for (const auto& s : select) {
    auto code = selector(names.select, s, false, error);
    if (!code) return false;
    out.select.push_back(std::move(*code));
  }
  for (const auto& s : ignore) {
    auto code = selector(names.ignore, s, false, error);
    if (!code) return false;
    out.ignore.push_back(std::move(*code));
  }
  for (const auto& o : rule_overrides) {
    if (!parse_override(o, out, error, names)) return false;
  }
  return true;
}

bool parse_schema_sources(const std::vector<std::string>& schema_map, bool allow_remote, bool allow_http,
                          SchemaSourceOptions& out, std::string& error, const OptionNames& names) {
  for (const auto& spec : schema_map) {
    std::string why;
    auto mapping = parse_schema_mapping(spec, &why);
    if (!mapping) {
      error = fmt::format("{}: {}", names.schema_map, why);
      return false;
    }
    out.map.push_back(std::move(*mapping));
  }
  out.allow_remote = allow_remote;
  out.fetch.allow_http = allow_http;
  out.fetch.allow_http_redirects = allow_http;
  return true;
}

std::optional<std::string> explain_text(std::string_view code) {
  if (const PipelineCode* pipeline = find_pipeline_code(code)) {
    const bool always = always_reported(*pipeline);
    return fmt::format(
        "# {} {}\n\n{}\n\nA pipeline code: reported by the stage around the rules (reading, parsing, schema "
        "validation, links, limits), not by a rule. Default severity: {}. {}\n",
        pipeline->code, pipeline->name, pipeline->summary, severity_name(pipeline->severity),
        always ? "It is always reported: nothing else could be checked."
               : fmt::format("--select, --ignore and --rule {}=LEVEL apply to it like to a rule.", pipeline->code));
  }
  const RuleInfo* rule = find_rule(code);
  if (!rule) return std::nullopt;
  const std::string_view doc = rule_doc(rule->code);
  if (doc.empty()) return fmt::format("# {} {}\n\n{}\n", rule->code, rule->name, rule->summary);
  return std::string(doc);
}

std::string rule_versions_text(const VersionRange& range) {
  if (range.min == kOldestMlm && range.max == kLatestMlm) return "all";
  if (range.max == kLatestMlm) return ">= " + range.min.str();
  if (range.min == kOldestMlm) return "<= " + range.max.str();
  return range.min.str() + " - " + range.max.str();
}

std::string_view schema_relation_name(SchemaRelation relation) {
  switch (relation) {
    case SchemaRelation::kYes: return "yes";
    case SchemaRelation::kPartial: return "partial";
    case SchemaRelation::kNo: return "no";
  }
  return "no";
}

}  // namespace mlmlint

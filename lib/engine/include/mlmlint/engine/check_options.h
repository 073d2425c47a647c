// The options of a check as their users spell them (--select/--ignore/--rule/--schema-map on the command line,
// the same words as arguments of the Python module) turned into LintOptions, and the text of the rule
// catalogue. One parser for every front end, so that the command line and the module cannot disagree.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mlmlint/engine/linter.h"
#include "mlmlint/rules/rule.h"

namespace mlmlint {

// How the errors name each option: "--select" on the command line, "select" in Python.
struct OptionNames {
  std::string_view select = "--select";
  std::string_view ignore = "--ignore";
  std::string_view rule = "--rule";
  std::string_view schema_map = "--schema-map";
};

// Codes, prefixes or names to select and ignore, and CODE=error|warning|info|off overrides, into `out`. False,
// with `error` saying why (and the nearest code), on a value that names nothing or a malformed override.
bool parse_rule_selection(const std::vector<std::string>& select, const std::vector<std::string>& ignore,
                          const std::vector<std::string>& rule_overrides, RuleSelection& out, std::string& error,
                          const OptionNames& names = {});

// URL=PATH mappings and the download switches into `out`; false, with `error`, on a malformed mapping.
bool parse_schema_sources(const std::vector<std::string>& schema_map, bool allow_remote, bool allow_http,
                          SchemaSourceOptions& out, std::string& error, const OptionNames& names = {});

// `mlm-lint explain CODE`: the rule's documentation page, or a pipeline code's description; nullopt when
// `code` names neither.
std::optional<std::string> explain_text(std::string_view code);

// `mlm-lint rules`: the versions a rule applies to ("all", ">= v1.3.0", ...) and its relation to the schemas.
std::string rule_versions_text(const VersionRange& range);
std::string_view schema_relation_name(SchemaRelation relation);  // "yes", "partial", "no"

}  // namespace mlmlint

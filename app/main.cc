// mlm-lint: command-line parsing only; the work is done by lib/ and rules/.
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <simdjson.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "command.h"
#include "exit_code.h"
#include "mlmlint/mlm_version.h"

namespace {

constexpr const char* kVersion = "0.1.0";

std::string version_text() {
  return fmt::format("mlm-lint {}\nMLM extension schemas: v1.0.0 - {} (bundled)\nSTAC core schemas: v1.0.0-beta.2 - "
                     "v1.1.0 (bundled)\nsimdjson {}.{}.{}, valijson 1.0\n",
                     kVersion, mlmlint::kLatestMlm.str(), static_cast<int>(simdjson::SIMDJSON_VERSION_MAJOR),
                     static_cast<int>(simdjson::SIMDJSON_VERSION_MINOR),
                     static_cast<int>(simdjson::SIMDJSON_VERSION_REVISION));
}

// `mlm-lint item.json` means `mlm-lint check item.json`.
std::vector<std::string> with_default_command(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  static const char* kCommands[] = {"check", "rules", "explain", "schemas"};
  bool has_command = false;
  for (const auto& a : args) {
    if (a == "--version" || a == "-h" || a == "--help") break;
    if (!a.empty() && a[0] == '-' && a != "-") continue;
    for (const char* c : kCommands) has_command = has_command || a == c;
    break;
  }
  const bool only_global = !args.empty() && (args[0] == "--version" || args[0] == "-h" || args[0] == "--help");
  if (!has_command && !only_global && !args.empty()) args.insert(args.begin(), "check");
  return args;
}

}  // namespace

int main(int argc, char** argv) {
  auto logger = spdlog::stderr_color_mt("mlm-lint");
  logger->set_pattern("mlm-lint: %^%l%$: %v");
  spdlog::set_default_logger(logger);
  spdlog::set_level(spdlog::level::warn);

  CLI::App app{"mlm-lint: validate and lint STAC documents that describe machine-learning models (MLM)"};
  app.set_version_flag("--version", version_text());
  app.require_subcommand(1);

  mlmlint::app::CheckOptions check;
  bool verbose = false;
  auto* check_cmd = app.add_subcommand("check", "Check STAC Items/Collections (the default command)");
  check_cmd->add_option("paths", check.paths, "Files, directories (searched for *.json, *.geojson) or - for stdin")
      ->required();
  check_cmd->add_option("--format", check.format, "Output format: text, json, sarif, github or junit")
      ->capture_default_str();
  check_cmd->add_option("--output-format", check.output_format,
                        "Text layout: full (source line, carets, hint) or concise (one line per finding)")
      ->capture_default_str();
  check_cmd->add_option("--color", check.color, "Colour the text report: auto (a terminal, NO_COLOR unset), always, never")
      ->capture_default_str();
  check_cmd->add_flag("--statistics", check.statistics, "Print the number of findings per rule instead of the findings");
  check_cmd->add_option("-o,--output", check.output, "Write the report to this file instead of stdout");
  check_cmd->add_flag("--no-rules", check.no_rules, "Run only the parse and schema stages");
  check_cmd->add_option("-j,--jobs", check.jobs, "Worker threads (default: all cores)");
  check_cmd->add_option("--select", check.select, "Only report these codes or prefixes (e.g. MLM1,MLM703)")
      ->delimiter(',');
  check_cmd->add_option("--ignore", check.ignore, "Do not report these codes or prefixes")->delimiter(',');
  check_cmd->add_option("--rule", check.rule_overrides, "Set a rule's severity: CODE=error|warning|info|off");
  check_cmd->add_option("--fail-on", check.fail_on, "Lowest severity that makes the exit code 1: error, warning, info")
      ->capture_default_str();
  check_cmd->add_option("--max-warnings", check.max_warnings, "Exit 1 when there are more warnings than this");
  check_cmd->add_option("--config", check.config_file,
                        "Use this configuration file for every input (default: the nearest mlm-lint.json or "
                        ".mlm-lint.json above each file)");
  check_cmd->add_flag("--isolated", check.isolated, "Ignore all configuration files");
  check_cmd->add_option("--baseline", check.baseline, "Do not report the findings recorded in this baseline file");
  check_cmd->add_option("--write-baseline", check.write_baseline,
                        "Record today's findings in this baseline file and exit 0");
  check_cmd->add_flag("-q,--quiet", check.quiet, "Print findings only (no summary)");
  check_cmd->add_flag("-v,--verbose", verbose, "Log progress and decisions to stderr");
  check_cmd->add_option("--schema-map", check.schema_map,
                        "Use a local schema: URL=FILE, or URL/=FOLDER/ for every URL under a prefix (repeatable)");
  check_cmd->add_flag("--allow-remote", check.allow_remote,
                      "Download schemas that are neither bundled, mapped nor cached (https; cached for later runs)");
  check_cmd->add_flag("--allow-http", check.allow_http, "With --allow-remote, also download plain http:// URLs");

  std::string rules_format = "text";
  auto* rules_cmd = app.add_subcommand("rules", "List every rule: code, name, severity, fix class, versions");
  rules_cmd->add_option("--format", rules_format, "Output format: text or json")->capture_default_str();

  std::string explain_code;
  auto* explain_cmd = app.add_subcommand("explain", "Show a rule's documentation (e.g. mlm-lint explain MLM102)");
  explain_cmd->add_option("code", explain_code, "Rule code or name")->required();

  mlmlint::app::SchemasOptions schemas;
  auto* schemas_cmd = app.add_subcommand("schemas", "Schemas beyond the bundle: list, fetch (warm the cache), clear");
  schemas_cmd->require_subcommand(1);
  auto* schemas_list = schemas_cmd->add_subcommand("list", "List bundled, mapped and cached schemas with their source");
  schemas_list->add_option("--schema-map", schemas.schema_map, "Also list this mapping: URL=FILE or URL/=FOLDER/");
  auto* schemas_fetch = schemas_cmd->add_subcommand("fetch", "Download schemas (and what they reference) into the cache");
  schemas_fetch->add_option("urls", schemas.urls, "Schema URLs")->required();
  schemas_fetch->add_flag("--allow-http", schemas.allow_http, "Also download plain http:// URLs");
  auto* schemas_clear = schemas_cmd->add_subcommand("clear", "Remove every cached schema");

  std::vector<std::string> args = with_default_command(argc, argv);
  std::reverse(args.begin(), args.end());  // CLI11 parses a reversed vector
  try {
    app.parse(args);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? mlmlint::app::kExitClean : mlmlint::app::kExitError;
  }
  if (verbose) spdlog::set_level(spdlog::level::debug);
  check.fail_on_given = check_cmd->count("--fail-on") > 0;

  try {
    if (*check_cmd) return mlmlint::app::run_check(check);
    if (*rules_cmd) return mlmlint::app::run_rules(rules_format);
    if (*explain_cmd) return mlmlint::app::run_explain(explain_code);
    if (*schemas_list) return mlmlint::app::run_schemas_list(schemas);
    if (*schemas_fetch) return mlmlint::app::run_schemas_fetch(schemas);
    if (*schemas_clear) return mlmlint::app::run_schemas_clear();
  } catch (const std::exception& e) {
    spdlog::critical("internal error: {}", e.what());
  }
  return mlmlint::app::kExitError;
}

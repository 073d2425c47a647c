// mlm-lint: command-line parsing only; the work is done by lib/ and rules/.
#include <algorithm>
#include <cstring>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>
#include <simdjson.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "command.h"
#include "exit_code.h"
#include "mlmlint/core/mlm_version.h"
#include "parse_errors.h"

namespace {

constexpr const char* kVersion = "0.1.0";

std::string version_text() {
  return fmt::format("mlm-lint {}\nMLM extension schemas: v1.0.0 - {} (bundled)\nSTAC core schemas: v1.0.0-beta.2 - "
                     "v1.1.0 (bundled)\nsimdjson {}.{}.{}, valijson 1.0\n",
                     kVersion, mlmlint::kLatestMlm.str(), static_cast<int>(simdjson::SIMDJSON_VERSION_MAJOR),
                     static_cast<int>(simdjson::SIMDJSON_VERSION_MINOR),
                     static_cast<int>(simdjson::SIMDJSON_VERSION_REVISION));
}

// `mlm-lint item.json` means `mlm-lint check item.json`; `mlm-lint --isolated check item.json` means
// `mlm-lint check --isolated item.json` (mlm-lint itself has no options but --version and --help, so options
// before the command name can only be the command's). `takes_value("--jobs")` says whether a word after that
// option is its value, not the command name or a path.
std::vector<std::string> with_default_command(int argc, char** argv,
                                              const std::function<bool(const std::string&)>& takes_value) {
  std::vector<std::string> args(argv + 1, argv + argc);
  static const char* kCommands[] = {"check", "rules", "explain", "schemas", "migrate", "new", "validate"};
  bool has_command = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--version" || a == "-h" || a == "--help") break;
    if (!a.empty() && a[0] == '-' && a != "-") {
      if (a.find('=') == std::string::npos && takes_value(a)) ++i;  // "--jobs 2": skip the value too
      continue;
    }
    for (const char* c : kCommands) has_command = has_command || a == c;
    if (has_command && i > 0) {
      const auto at = args.begin() + static_cast<std::ptrdiff_t>(i);
      std::rotate(args.begin(), at, at + 1);
    }
    break;
  }
  const bool only_global = !args.empty() && (args[0] == "--version" || args[0] == "-h" || args[0] == "--help");
  if (!has_command && !only_global && !args.empty()) args.insert(args.begin(), "check");
  return args;
}

// Help lists --fix as CLI11 spells a flag with a default value ("--fix{safe}"); the user types --fix[=unsafe].
class Formatter final : public CLI::Formatter {
 public:
  std::string make_option_name(const CLI::Option* option, bool positional) const override {
    std::string name = CLI::Formatter::make_option_name(option, positional);
    if (const auto brace = name.find('{'); brace != std::string::npos) {
      name = name.substr(0, brace) + "[=unsafe]";
    }
    return name;
  }
  // Each occurrence takes one value (one_value_per_occurrence): CLI11's "..." after a list option would say
  // otherwise. Positionals keep it (PATH ...).
  std::string make_option_opts(const CLI::Option* option) const override {
    std::string opts = CLI::Formatter::make_option_opts(option);
    if (const auto dots = opts.find(" ..."); dots != std::string::npos && !option->get_positional()) {
      opts.erase(dots, 4);
    }
    return opts;
  }
};

// The (sub)command CLI11 was parsing when it stopped: the deepest one selected so far.
const CLI::App& innermost(const CLI::App& app) {
  const CLI::App* command = &app;
  while (!command->get_subcommands().empty()) command = command->get_subcommands().front();
  return *command;
}

std::string command_path(const CLI::App& command) {
  std::string path = command.get_name();
  for (const CLI::App* parent = command.get_parent(); parent; parent = parent->get_parent()) {
    path = parent->get_name() + " " + path;
  }
  return path;
}

// A usage error: "mlm-lint: error: ..." and where to read more, on stderr; exit 2 (as ruff).
int usage_error(const CLI::ParseError& error, const CLI::App& app) {
  const CLI::App& command = innermost(app);
  // A command that needs a subcommand (`mlm-lint`, `mlm-lint schemas`) shows what there is, as ruff does.
  if (dynamic_cast<const CLI::RequiredError*>(&error) &&
      std::string_view(error.what()).find("subcommand") != std::string::npos) {
    std::cerr << app.help();
    return mlmlint::app::kExitError;
  }
  spdlog::error("{}", mlmlint::app::parse_error_text(error, command));
  std::cerr << "For more information, try '" << command_path(command) << " --help'.\n";
  return mlmlint::app::kExitError;
}

}  // namespace

int main(int argc, char** argv) {
  auto logger = spdlog::stderr_color_mt("mlm-lint");
  logger->set_pattern("mlm-lint: %^%l%$: %v");
  spdlog::set_default_logger(logger);
  spdlog::set_level(spdlog::level::warn);

  CLI::App app{"mlm-lint: validate and lint STAC documents that describe machine-learning models (MLM)", "mlm-lint"};
  app.formatter(std::make_shared<Formatter>());
  app.set_version_flag("--version", version_text());
  app.require_subcommand(1);

  mlmlint::app::CheckOptions check;
  bool verbose = false;
  auto* check_cmd = app.add_subcommand("check", "Check STAC Items/Collections (the default command)");
  // Required unless --files-from names them (run_check says so).
  check_cmd->add_option("PATH", check.paths,
                        "Files, directories (searched for *.json, *.geojson), NDJSON files (*.ndjson, *.jsonl) or - "
                        "for stdin");
  check_cmd->add_option("--output-format", check.output_format,
                        "Report format: full (default: source line, carets, hint), concise (one line per finding), "
                        "json, json-lines, sarif, github or junit")
      ->type_name("FORMAT");
  check_cmd->add_option("--format", check.format,
                        "The former spelling of --output-format (same values, and text = full)")
      ->type_name("FORMAT");
  check_cmd->add_option("--color", check.color, "Colour the text report: auto (a terminal, NO_COLOR unset), always, never")
      ->capture_default_str()
      ->type_name("WHEN");
  check_cmd->add_flag("--statistics", check.statistics, "Print the number of findings per rule instead of the findings");
  check_cmd->add_flag("--show-infos", check.show_infos,
                      "The text report also shows infos (hidden by default, counted in the summary; implied by "
                      "--fail-on info)");
  check_cmd->add_option("-o,--output", check.output, "Write the report to this file instead of stdout")
      ->type_name("FILE");
  check_cmd->add_flag("--no-rules", check.no_rules, "Run only the parse and schema stages");
  check_cmd->add_option("-j,--jobs", check.jobs, "Worker threads (default: all cores)")
      ->type_name("N");
  check_cmd->add_option("--select", check.select,
                        "Only report these codes or prefixes, comma-separated (e.g. MLM1,MLM703; repeatable)")
      ->delimiter(',')
      ->type_name("CODES");
  check_cmd->add_option("--ignore", check.ignore, "Do not report these codes or prefixes, comma-separated (repeatable)")
      ->delimiter(',')
      ->type_name("CODES");
  check_cmd->add_option("--rule", check.rule_overrides,
                        "Set a rule's severity: CODE=error|warning|info|off (comma-separated, repeatable)")
      ->delimiter(',')
      ->type_name("CODE=LEVEL");
  check_cmd->add_option("--fail-on", check.fail_on, "Lowest severity that makes the exit code 1: error, warning, info")
      ->capture_default_str()
      ->type_name("LEVEL");
  check_cmd->add_option("--max-warnings", check.max_warnings, "Exit 1 when there are more warnings than this")
      ->type_name("N");
  check_cmd->add_option("--max-file-size", check.max_file_size,
                        "Do not check files larger than this (MLM906): bytes, or with K, M, G (default: 64M)")
      ->type_name("SIZE");
  check_cmd->add_option("--max-depth", check.max_depth,
                        "Do not check documents nested deeper than N levels (MLM906; default: 1024, at most 2048)")
      ->type_name("N");
  check_cmd->add_option("--config", check.config_file,
                        "Use this configuration file for every input (default: the nearest mlm-lint.json or "
                        ".mlm-lint.json above each file)")
      ->type_name("FILE");
  check_cmd->add_flag("--isolated", check.isolated, "Ignore all configuration files");
  check_cmd->add_option("--baseline", check.baseline, "Do not report the findings recorded in this baseline file")
      ->type_name("FILE");
  check_cmd->add_option("--write-baseline", check.write_baseline,
                        "Record today's findings in this baseline file and exit 0")
      ->type_name("FILE");
  check_cmd->add_flag("--fix{safe}", check.fix,
                      "Apply safe fixes and report what remains; --fix=unsafe also applies suggested fixes");
  check_cmd->add_flag("--diff", check.diff,
                      "Print the fixes --fix would make as a unified diff (nothing is written; exit 1 if any)");
  // Inputs at catalogue scale (app/inputs.cc).
  check_cmd->add_option("--files-from", check.files_from,
                        "Also check the paths listed in FILE, one per line (- = stdin)")
      ->type_name("FILE");
  check_cmd->add_flag("--skip-non-stac", check.skip_non_stac,
                      "Skip named files that are not STAC too, as folder scans do (for pre-commit, which names every "
                      "*.json)");
  check_cmd->add_flag("--follow-links", check.follow_links,
                      "Also check the files that child and item links of catalog/collection files reach (local only)");
  check_cmd->add_option("--max-link-depth", check.max_link_depth,
                        "With --follow-links, follow at most N links deep (default: no limit; 0: the named files only)")
      ->type_name("N");
  check_cmd->add_flag("--ndjson", check.ndjson, "Standard input is NDJSON: one document per line");
  check_cmd->add_option("--max-documents", check.max_documents,
                        "At most N documents per NDJSON file or FeatureCollection (MLM906 beyond; default: no limit)")
      ->type_name("N");
  check_cmd->add_option("--shard", check.shard,
                        "Check only share K of N (K/N, 1-based), split by a stable hash of each file's path")
      ->type_name("K/N");
  check_cmd->add_flag("-q,--quiet", check.quiet, "Print findings only (no summary)");
  check_cmd->add_flag("-v,--verbose", verbose, "Log progress and decisions to stderr");
  check_cmd->add_option("--schema-map", check.schema_map,
                        "Use a local schema: URL=FILE, or URL/=FOLDER/ for every URL under a prefix (one mapping per "
                        "occurrence, repeatable)")
      ->type_name("URL=PATH");
  check_cmd->add_flag("--allow-remote", check.allow_remote,
                      "Download schemas that are neither bundled, mapped nor cached (https; cached for later runs)");
  check_cmd->add_flag("--allow-http", check.allow_http, "With --allow-remote, also download plain http:// URLs");

  std::string rules_output_format;
  std::string rules_format;
  auto* rules_cmd = app.add_subcommand("rules", "List every rule and pipeline code: code, name, severity, fix class, versions");
  rules_cmd->add_option("--output-format", rules_output_format, "Output format: text (default) or json")
      ->type_name("FORMAT");
  rules_cmd->add_option("--format", rules_format, "The former spelling of --output-format")
      ->type_name("FORMAT");

  std::string explain_code;
  auto* explain_cmd = app.add_subcommand("explain", "Show a rule's documentation (e.g. mlm-lint explain MLM102)");
  explain_cmd->add_option("CODE", explain_code, "Rule or pipeline code, or rule name (any case)")->required();

  mlmlint::app::SchemasOptions schemas;
  auto* schemas_cmd = app.add_subcommand("schemas", "Schemas beyond the bundle: list, fetch (warm the cache), clear");
  schemas_cmd->require_subcommand(1);
  auto* schemas_list = schemas_cmd->add_subcommand("list", "List bundled, mapped and cached schemas with their source");
  schemas_list->add_option("--schema-map", schemas.schema_map, "Also list this mapping: URL=FILE or URL/=FOLDER/")
      ->type_name("URL=PATH");
  auto* schemas_fetch = schemas_cmd->add_subcommand("fetch", "Download schemas (and what they reference) into the cache");
  schemas_fetch->add_option("URL", schemas.urls, "Schema URLs")->required();
  schemas_fetch->add_flag("--allow-http", schemas.allow_http, "Also download plain http:// URLs");
  auto* schemas_clear = schemas_cmd->add_subcommand("clear", "Remove every cached schema");

  // `mlm-lint migrate` and `mlm-lint new` (app/command_migrate.cc, app/command_new.cc).
  mlmlint::app::MigrateOptions migrate;
  auto* migrate_cmd = app.add_subcommand("migrate", "Rewrite ml-model, DLM and MLM v1.0.0-v1.5.1 documents as MLM v1.5.2");
  migrate_cmd->add_option("PATH", migrate.paths, "Files, directories (searched for *.json, *.geojson) or - for stdin")
      ->required();
  migrate_cmd->add_option("--to", migrate.to, "Target MLM version (only v1.5.2)")->capture_default_str()
      ->type_name("VERSION");
  migrate_cmd->add_flag("--in-place", migrate.in_place, "Replace each changed file (atomically)");
  migrate_cmd->add_option("--output", migrate.output_dir, "Write the migrated files below DIR (keeping sub-folders)")
      ->type_name("DIR");
  migrate_cmd->add_flag("--diff", migrate.diff, "Print what would change as unified diffs; nothing is written");
  migrate_cmd->add_option("--report", migrate.report, "Also write every note (with removed values) to FILE as JSON")
      ->type_name("FILE");
  migrate_cmd->add_flag("-q,--quiet", migrate.quiet, "No notes or summary on stderr");
  mlmlint::SkeletonOptions skeleton;
  auto* new_cmd = app.add_subcommand("new", "Print a minimal MLM v1.5.2 Item with TODO placeholders");
  new_cmd->add_option("--name", skeleton.name, "Model name (mlm:name)")->required();
  new_cmd->add_option("--framework", skeleton.framework, "Framework (mlm:framework), e.g. PyTorch")->required();
  new_cmd->add_option("--task", skeleton.tasks, "Task(s) of the MLM task list, comma-separated")
      ->required()
      ->delimiter(',');
  new_cmd->add_option("--bands", skeleton.bands, "Input band names, comma-separated (e.g. B04,B03,B02)")
      ->delimiter(',');
  new_cmd->add_option("--shape", skeleton.shape, "Input shape, comma-separated; -1 = variable (e.g. -1,3,64,64)");
  new_cmd->add_option("--classes", skeleton.classes, "Output class names, comma-separated (values 0, 1, ...)")
      ->delimiter(',');

  mlmlint::app::ValidateOptions validate;
  auto* validate_cmd = mlmlint::app::add_validate_command(app, validate);  // app/command_validate.cc

  mlmlint::app::one_value_per_occurrence(app);

  // An option any command has that takes a value (the options are the commands' own: see with_default_command).
  auto takes_value = [&app](const std::string& word) {
    for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; })) {
      for (const CLI::Option* option : command->get_options()) {
        if (option->check_name(word)) return option->get_expected_max() > 0;
      }
    }
    return false;
  };
  std::vector<std::string> args = with_default_command(argc, argv, takes_value);
  std::reverse(args.begin(), args.end());  // CLI11 parses a reversed vector
  try {
    app.parse(args);
  } catch (const CLI::Success& e) {  // --help, --version
    return app.exit(e) == 0 ? mlmlint::app::kExitClean : mlmlint::app::kExitError;
  } catch (const CLI::ParseError& e) {
    return usage_error(e, app);
  }
  if (verbose) spdlog::set_level(spdlog::level::debug);
  check.fail_on_given = check_cmd->count("--fail-on") > 0;

  try {
    if (*check_cmd) return mlmlint::app::run_check(check);
    if (*rules_cmd) return mlmlint::app::run_rules(rules_output_format, rules_format);
    if (*explain_cmd) return mlmlint::app::run_explain(explain_code);
    if (*schemas_list) return mlmlint::app::run_schemas_list(schemas);
    if (*schemas_fetch) return mlmlint::app::run_schemas_fetch(schemas);
    if (*schemas_clear) return mlmlint::app::run_schemas_clear();
    if (*migrate_cmd) return mlmlint::app::run_migrate(migrate);
    if (*new_cmd) return mlmlint::app::run_new(skeleton);
    if (*validate_cmd) return mlmlint::app::run_validate(validate);
  } catch (const std::exception& e) {
    spdlog::critical("internal error: {}", e.what());
  }
  return mlmlint::app::kExitError;
}

// `mlm-lint validate --schema S.json INSTANCE...`: any JSON against any (draft-07) schema, with the engine,
// findings, reports and exit codes of `check`. The schema file is loaded through the schema chain under its
// file:// URL, so its relative "$ref"s reach the files beside it and --schema-map maps the others.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "command.h"
#include "exit_code.h"
#include "output_format.h"
#include "inputs.h"
#include "mlmlint/engine/linter.h"
#include "mlmlint/engine/report.h"
#include "mlmlint/schema/schema_registry.h"

namespace mlmlint::app {

namespace {

// "file:///abs/dir/" + name: what the bundler resolves the schema's relative references against.
std::string file_url(const std::filesystem::path& absolute) {
  std::string path = absolute.generic_string();
  return "file://" + (path.empty() || path[0] != '/' ? "/" + path : path);
}

}  // namespace

CLI::App* add_validate_command(CLI::App& app, ValidateOptions& options) {
  auto* cmd = app.add_subcommand("validate", "Validate any JSON files against a JSON schema (draft-07)");
  // One value per occurrence: the instance paths after an option are never taken as its values.
  cmd->add_option("--schema", options.schema, "The schema file (JSON Schema draft-07)")->required();
  cmd->add_option("instances", options.instances, "JSON files, NDJSON files (*.ndjson, *.jsonl) or - for stdin")
      ->required();
  cmd->add_option("--schema-map", options.schema_map,
                  "Use a local schema for a referenced URL: URL=FILE, or URL/=FOLDER/ (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--output-format", options.output_format,
                  "Report format, as for check: full (default), concise, json, json-lines, sarif, github, junit")
      ->type_name("FORMAT");
  cmd->add_option("--format", options.format, "The former spelling of --output-format (same values, and text = full)")
      ->type_name("FORMAT");
  cmd->add_option("--color", options.color, "Colour the text report: auto, always, never")->capture_default_str();
  cmd->add_flag("-q,--quiet", options.quiet, "Print findings only (no summary)");
  return cmd;
}

int run_validate(const ValidateOptions& options) {
  LintOptions lint_options;
  lint_options.run_rules = false;
  if (!build_schema_sources(options.schema_map, false, false, lint_options.schemas)) return kExitError;
  const auto output_format = resolve_output_format(options.output_format, options.format);
  if (!output_format) return kExitError;
  const auto color = color_enabled(options.color, ::isatty(STDOUT_FILENO) == 1, std::getenv("NO_COLOR"),
                                   std::getenv("TERM"));
  if (!color) {
    spdlog::error("--color expects auto, always or never, got '{}'", options.color);
    return kExitError;
  }

  std::error_code ec;
  const std::filesystem::path schema_path = std::filesystem::absolute(options.schema, ec).lexically_normal();
  std::ifstream schema_file(schema_path, std::ios::binary);
  if (ec || !std::filesystem::is_regular_file(schema_path, ec) || !schema_file) {
    spdlog::error("--schema: cannot read {}", options.schema);
    return kExitError;
  }
  // Said here in the user's words (the path as given); the schema chain would name the file:// URL.
  const std::string schema_text{std::istreambuf_iterator<char>(schema_file), std::istreambuf_iterator<char>()};
  if (const std::string problem = schema_text_problem(schema_text); !problem.empty()) {
    spdlog::error("--schema {}: {}", options.schema, problem);
    return kExitError;
  }
  // The schema itself, then its folder for the files it references; the user's mappings go after them, so
  // that for the same URL theirs win (the last mapping of a URL wins).
  lint_options.schema_url = file_url(schema_path);
  lint_options.schema_name = options.schema;
  auto& map = lint_options.schemas.map;
  map.insert(map.begin(), {{lint_options.schema_url, schema_path.string()},
                           {file_url(schema_path.parent_path()) + "/", schema_path.parent_path().string() + "/"}});
  const Linter linter(lint_options);
  // A schema that cannot be used makes every verdict meaningless: a usage error, before any output.
  std::string error;
  if (!linter.schemas().get(lint_options.schema_url, &error)) {
    spdlog::error("--schema {}: {}", options.schema, error);
    return kExitError;
  }

  ReportOptions report_options;
  report_options.color = *color;
  report_options.concise = output_format->concise;
  const std::unique_ptr<Reporter> reporter = make_reporter(output_format->format, std::cout, report_options);
  reporter->begin();
  Summary summary;
  for (const auto& path : options.instances) {
    const FileReport report = check_input(linter, path, linter.options().rules, InputOptions{});
    summary.add(report);
    reporter->file(report);
  }
  log_schema_warnings(linter);
  reporter->finish(summary);
  std::cout.flush();
  if (!std::cout) {
    spdlog::error("cannot write the report");
    return kExitError;
  }
  if (!options.quiet) std::cerr << text_summary(summary) << "\n";
  return summary.errors > 0 ? kExitFindings : kExitClean;
}

}  // namespace mlmlint::app

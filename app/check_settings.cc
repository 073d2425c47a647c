#include "check_settings.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <utility>

#include <spdlog/spdlog.h>

#include "mlmlint/config.h"

namespace mlmlint::app {

namespace {

bool is_json_name(const std::string& path) {
  const std::string ext = std::filesystem::path(path).extension().string();
  return ext == ".json" || ext == ".geojson";
}

// Command-line options override the file: --select replaces its select, --ignore adds to its ignore,
// --rule overrides its entry for that code. per-file-ignores apply last and win over everything, as
// they are the most specific statement.
RuleSelection merge(const Config* config, const RuleSelection& cli, const std::vector<std::string>& file_ignores) {
  RuleSelection selection;
  if (config) {
    if (config->select) selection.select = *config->select;
    selection.ignore = config->ignore;
    selection.severity = config->rules;
  }
  if (!cli.select.empty()) selection.select = cli.select;
  selection.ignore.insert(selection.ignore.end(), cli.ignore.begin(), cli.ignore.end());
  for (const auto& [code, severity] : cli.severity) selection.severity[code] = severity;
  ignore_codes(selection, file_ignores);
  return selection;
}

}  // namespace

bool resolve_check_settings(const CheckOptions& options, const RuleSelection& cli, Severity cli_fail_on,
                            CheckSettings& settings) {
  if (options.isolated && !options.config_file.empty()) {
    spdlog::error("--config and --isolated cannot be used together");
    return false;
  }
  std::string error;
  std::optional<ConfigResolver> resolver;
  if (options.isolated) {
    resolver = ConfigResolver::isolated();
  } else if (!options.config_file.empty()) {
    resolver = ConfigResolver::fixed(options.config_file, error);
  } else {
    resolver = ConfigResolver::discovering();
  }
  if (!resolver) {
    spdlog::error("{}", error);
    return false;
  }

  // Run-wide settings come from the configuration of the first path (or of the current folder for
  // stdin): one run has one exit policy and one thread pool, whichever files it finds.
  const std::string& first = options.paths.front();
  std::error_code ec;
  const Config* global = resolver->lookup(first, first != "-" && std::filesystem::is_directory(first, ec), error);
  if (!error.empty()) {
    spdlog::error("{}", error);
    return false;
  }
  if (global) spdlog::debug("run settings from {}", global->path);
  settings.fail_on = options.fail_on_given || !global || !global->fail_on ? cli_fail_on : *global->fail_on;
  settings.jobs = options.jobs != 0 || !global || !global->jobs ? options.jobs : *global->jobs;
  if (global) settings.schema_map = global->schema_map;

  // mlm-lint's own files are JSON but not STAC: a directory search skips them (naming them still works).
  auto absolute = [](const std::string& path) {
    std::error_code ignored;
    return std::filesystem::absolute(path, ignored).lexically_normal();
  };
  std::vector<std::filesystem::path> own_files;
  for (const auto* file : {&options.baseline, &options.write_baseline}) {
    if (!file->empty()) own_files.push_back(absolute(*file));
  }
  auto is_own_file = [&](const std::string& path) {
    const std::string name = std::filesystem::path(path).filename().string();
    for (const std::string_view config_name : kConfigNames) {
      if (name == config_name) return true;
    }
    return !own_files.empty() && std::find(own_files.begin(), own_files.end(), absolute(path)) != own_files.end();
  };

  settings.inputs = discover_inputs(options.paths, [&](const std::string& path, bool named) {
    if (!error.empty()) return false;
    if (!named && is_own_file(path)) return false;
    const Config* config = resolver->lookup(path, false, error);
    if (!error.empty()) return false;
    if (!config) return named || is_json_name(path);
    const bool wanted = config->wants(path, named);
    if (!wanted && named) spdlog::debug("{}: excluded by {}", path, config->path);
    return wanted;
  });
  if (!error.empty()) {
    spdlog::error("{}", error);
    return false;
  }

  // Files of one configuration and one set of per-file ignores share a selection.
  std::map<std::pair<const Config*, std::string>, std::shared_ptr<const RuleSelection>> cache;
  for (const auto& path : settings.inputs.files) {
    const Config* config = resolver->lookup(path, false, error);
    if (!error.empty()) {
      spdlog::error("{}", error);
      return false;
    }
    const std::vector<std::string> file_ignores = config && path != "-" ? config->ignores_for(path) : std::vector<std::string>{};
    std::string key;
    for (const auto& code : file_ignores) key += code + ",";
    auto& selection = cache[{config, key}];
    if (!selection) selection = std::make_shared<const RuleSelection>(merge(config, cli, file_ignores));
    settings.selections.push_back(selection);
  }
  return true;
}

}  // namespace mlmlint::app

#include "check_settings.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <string>
#include <unordered_set>
#include <utility>

#include <spdlog/spdlog.h>

#include "inputs.h"
#include "mlmlint/engine/config.h"
#include "mlmlint/engine/shard.h"

namespace mlmlint::app {

namespace {

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

// --follow-links reads the links of the files named on the command line (or in --files-from) and of every
// catalog.json / collection.json; the targets of child links are read in turn.
bool is_link_start(const std::string& path, const std::unordered_set<std::string>& named) {
  const std::string name = std::filesystem::path(path).filename().string();
  return name == "catalog.json" || name == "collection.json" || named.count(path) > 0;
}

void log_remote_links(const LinkWalk& links) {
  if (links.remote.empty()) return;
  spdlog::info("{} remote link{} not followed (mlm-lint never downloads documents), e.g. {}", links.remote.size(),
               links.remote.size() == 1 ? "" : "s", links.remote.front());
  for (const auto& href : links.remote) spdlog::debug("remote link not followed: {}", href);
}

// --max-file-size and --max-depth win over the configuration's "max-file-size" and "max-depth".
bool resolve_limits(const CheckOptions& options, const Config* global, CheckSettings& settings) {
  if (global) {
    settings.max_file_size = global->max_file_size;
    settings.max_depth = global->max_depth;
  }
  if (!options.max_file_size.empty()) {
    const auto size = parse_byte_size(options.max_file_size);
    if (!size || *size == 0 || *size > kMaxFileSizeLimit) {
      spdlog::error("--max-file-size expects a size in bytes from 1 to {} (e.g. 1048576 or 64M), got '{}'",
                    kMaxFileSizeLimit, options.max_file_size);
      return false;
    }
    settings.max_file_size = size;
  }
  if (!options.max_depth.empty()) {
    std::size_t depth = 0;
    const char* end = options.max_depth.data() + options.max_depth.size();
    const auto [ptr, ec] = std::from_chars(options.max_depth.data(), end, depth);
    if (ec != std::errc() || ptr != end || depth == 0 || depth > kMaxDepthLimit) {
      spdlog::error("--max-depth expects a whole number from 1 to {}, got '{}'", kMaxDepthLimit, options.max_depth);
      return false;
    }
    settings.max_depth = depth;
  }
  return true;
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

  std::vector<std::string> paths = options.paths;
  if (!options.files_from.empty()) {
    if (options.files_from == "-" && std::find(paths.begin(), paths.end(), "-") != paths.end()) {
      spdlog::error("--files-from - reads the paths from standard input, which cannot also be checked (-)");
      return false;
    }
    if (!read_files_from(options.files_from, paths)) return false;
  } else if (paths.empty()) {
    spdlog::error("no path to check: give files, directories or - (stdin), or --files-from FILE");
    return false;
  }
  std::optional<Shard> shard;
  if (!options.shard.empty() && !(shard = parse_shard(options.shard))) {
    spdlog::error("--shard expects K/N with 1 <= K <= N (e.g. --shard 2/8), got '{}'", options.shard);
    return false;
  }
  long max_link_depth = -1;  // LinkOptions: -1 = no limit
  if (!options.max_link_depth.empty()) {
    // Without --follow-links no link is followed: a depth would be silently meaningless.
    if (!options.follow_links) {
      spdlog::error("--max-link-depth limits --follow-links; add --follow-links or drop --max-link-depth");
      return false;
    }
    const char* end = options.max_link_depth.data() + options.max_link_depth.size();
    const auto [ptr, ec] = std::from_chars(options.max_link_depth.data(), end, max_link_depth);
    if (ec != std::errc() || ptr != end || max_link_depth < 0) {
      spdlog::error("--max-link-depth expects a number of links >= 0 (0: the named files only), got '{}'",
                    options.max_link_depth);
      return false;
    }
  }

  // Run-wide settings come from the configuration of the first path (or of the current folder for
  // stdin): one run has one exit policy and one thread pool, whichever files it finds.
  const std::string first = paths.empty() ? std::string(".") : paths.front();
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
  if (!resolve_limits(options, global, settings)) return false;

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

  const FileFilter filter = [&](const std::string& path, bool named) {
    if (!error.empty()) return false;
    if (!named && is_own_file(path)) return false;
    const Config* config = resolver->lookup(path, false, error);
    if (!error.empty()) return false;
    if (!config) return named || is_lintable_name(path);
    const bool wanted = config->wants(path, named);
    if (!wanted && named) spdlog::debug("{}: excluded by {}", path, config->path);
    return wanted;
  };
  settings.inputs = discover_inputs(paths, filter);
  if (!error.empty()) {
    spdlog::error("{}", error);
    return false;
  }
  if (options.follow_links) {
    const std::unordered_set<std::string> named(paths.begin(), paths.end());
    const std::vector<std::string> starts = settings.inputs.files;
    settings.links = follow_links(
        settings.inputs, [&](std::size_t i) { return is_link_start(starts[i], named); }, filter,
        LinkOptions{max_link_depth});
    if (!error.empty()) {
      spdlog::error("{}", error);
      return false;
    }
    spdlog::debug("--follow-links: {} file(s) reached by links", settings.links.reached);
    log_remote_links(settings.links);
  }
  if (shard) keep_shard(settings.inputs, *shard);

  // Files of one configuration and one set of per-file ignores share a selection.
  std::map<std::pair<const Config*, std::string>, std::shared_ptr<const RuleSelection>> cache;
  for (const auto& path : settings.inputs.files) {
    const Config* config = resolver->lookup(path, false, error);
    if (!error.empty()) {
      spdlog::error("{}", error);
      return false;
    }
    const std::vector<std::string> file_ignores = config && path != "-" ? config->ignores_for(path) : std::vector<std::string>{};
    // Files found in a folder are checked only if they are STAC; named ones always, unless --skip-non-stac.
    const bool found = options.skip_non_stac || settings.inputs.found.count(path) > 0;
    std::string key = found ? "found:" : "named:";
    for (const auto& code : file_ignores) key += code + ",";
    auto& selection = cache[{config, key}];
    if (!selection) {
      RuleSelection merged = merge(config, cli, file_ignores);
      merged.skip_non_stac = found;
      selection = std::make_shared<const RuleSelection>(std::move(merged));
    }
    settings.selections.push_back(selection);
  }
  return true;
}

}  // namespace mlmlint::app

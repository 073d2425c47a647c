// `mlm-lint schemas list|fetch|clear`, and the schema options of `check` (--schema-map, --allow-remote,
// --allow-http). The loader chain itself is in lib/schema/schema_sources.cc.
#include <iostream>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "command.h"
#include "exit_code.h"
#include "mlmlint/engine/check_options.h"
#include "mlmlint/schema/schema_registry.h"

namespace mlmlint::app {

bool build_schema_sources(const std::vector<std::string>& schema_map, bool allow_remote, bool allow_http,
                          SchemaSourceOptions& out) {
  std::string error;
  if (parse_schema_sources(schema_map, allow_remote, allow_http, out, error)) return true;
  spdlog::error("{}", error);
  return false;
}

void log_schema_warnings(const Linter& linter) {
  if (SchemaSources* sources = linter.schemas().sources()) {
    for (const auto& w : sources->take_warnings()) spdlog::warn("{}", w);
  }
}

namespace {

void line(std::string_view source, std::string_view url, std::string_view where) {
  std::cout << fmt::format("{:<8} {}", source, url);
  if (!where.empty()) std::cout << "  " << where;
  std::cout << '\n';
}

}  // namespace

int run_schemas_list(const SchemasOptions& options) {
  SchemaSourceOptions source_options;
  if (!build_schema_sources(options.schema_map, false, false, source_options)) return kExitError;
  const auto registry = SchemaRegistry::with_sources(source_options);
  for (const auto& url : registry->urls()) line("bundled", url, "");
  for (const auto& m : source_options.map) line("mapped", m.url, m.prefix() ? m.path + " (prefix)" : m.path);
  for (const auto& e : registry->sources()->cache().list()) line("cached", e.url, e.path);
  return kExitClean;
}

int run_schemas_fetch(const SchemasOptions& options) {
  SchemaSourceOptions source_options;
  source_options.allow_remote = true;  // the command itself is the user's consent to download
  source_options.fetch.allow_http = options.allow_http;
  source_options.fetch.allow_http_redirects = options.allow_http;
  SchemaSources sources(source_options);
  if (sources.cache().dir().empty()) {
    spdlog::error("no cache folder: neither XDG_CACHE_HOME nor HOME is set");
    return kExitError;
  }
  bool ok = true;
  for (const auto& url : options.urls) {
    if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) {
      spdlog::error("{}: not an http(s) URL", url);
      ok = false;
      continue;
    }
    std::vector<std::string> notes, warnings;
    const bool fetched = sources.refresh(url, notes, warnings);
    for (const auto& n : notes) std::cout << n << '\n';
    if (!fetched) {
      for (const auto& w : warnings) spdlog::error("{}", w);
      ok = false;
    } else {
      for (const auto& w : warnings) spdlog::warn("{}", w);
    }
  }
  return ok ? kExitClean : kExitFindings;
}

int run_schemas_clear() {
  const SchemaCache cache(default_cache_dir());
  std::string error;
  const long removed = cache.clear(&error);
  if (removed < 0) {
    spdlog::error("{}", error);
    return kExitError;
  }
  std::cout << fmt::format("removed {} cached schema{} from {}/schemas\n", removed, removed == 1 ? "" : "s",
                           cache.dir().empty() ? std::string("(no cache folder)") : cache.dir());
  return kExitClean;
}

}  // namespace mlmlint::app

// One entry point per subcommand; main.cc only parses the command line.
#pragma once

#include <string>
#include <vector>

#include "mlmlint/diagnostic.h"
#include "mlmlint/linter.h"
#include "mlmlint/schema_sources.h"

namespace mlmlint::app {

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  bool no_rules = false;
  unsigned jobs = 0;  // 0 = all cores
  bool quiet = false;
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::vector<std::string> rule_overrides;  // CODE=error|warning|info|off
  std::string fail_on = "error";
  long max_warnings = -1;  // -1 = no limit
  // Reports (lib/report_*.cc).
  std::string color = "auto";          // --color auto|always|never (text)
  std::string output_format = "full";  // --output-format full|concise (text)
  bool statistics = false;             // --statistics: counts per rule instead of the findings
  std::string output;                  // --output FILE: the report goes there instead of stdout
  bool fail_on_given = false;  // --fail-on was on the command line (it overrides the configuration file)
  std::string config_file;     // --config: use this file for every input
  bool isolated = false;       // --isolated: ignore configuration files
  std::string baseline;        // --baseline: do not report the findings recorded in this file
  std::string write_baseline;  // --write-baseline: record today's findings in this file
  // Schemas beyond the bundle (lib/include/mlmlint/schema_sources.h; app/command_schemas.cc).
  std::vector<std::string> schema_map;  // --schema-map URL=PATH (repeatable)
  bool allow_remote = false;            // --allow-remote: download schemas neither bundled, mapped nor cached
  bool allow_http = false;              // --allow-http: also plain http:// (and redirects to it)
};

int run_check(const CheckOptions& options);

// `mlm-lint schemas list|fetch|clear`.
struct SchemasOptions {
  std::vector<std::string> schema_map;  // list: show these mappings too
  bool allow_http = false;              // fetch: allow plain http://
  std::vector<std::string> urls;        // fetch
};
int run_schemas_list(const SchemasOptions& options);
int run_schemas_fetch(const SchemasOptions& options);
int run_schemas_clear();
// --schema-map/--allow-remote/--allow-http into `out`; false after logging why on a malformed mapping.
bool build_schema_sources(const std::vector<std::string>& schema_map, bool allow_remote, bool allow_http,
                          SchemaSourceOptions& out);
// Logs what the schema sources of a finished run have to say (a corrupted cache entry, an unwritable cache).
void log_schema_warnings(const Linter& linter);
int run_rules(const std::string& format);
int run_explain(const std::string& code);

}  // namespace mlmlint::app

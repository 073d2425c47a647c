// One entry point per subcommand; main.cc only parses the command line.
#pragma once

#include <string>
#include <vector>

#include "mlmlint/core/diagnostic.h"
#include "mlmlint/engine/linter.h"
#include "mlmlint/schema/schema_sources.h"
#include "mlmlint/migrate/skeleton.h"

namespace CLI {
class App;
}

namespace mlmlint::app {

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format;  // --format: the former spelling of --output-format ("" = not given)
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
  std::string output_format;           // --output-format full|concise|json|... ("" = not given: full)
  bool statistics = false;             // --statistics: counts per rule instead of the findings
  bool show_infos = false;             // --show-infos: the text report also shows infos (opt-in, as they are advice)
  std::string output;                  // --output FILE: the report goes there instead of stdout
  bool fail_on_given = false;  // --fail-on was on the command line (it overrides the configuration file)
  std::string config_file;     // --config: use this file for every input
  bool isolated = false;       // --isolated: ignore configuration files
  std::string baseline;        // --baseline: do not report the findings recorded in this file
  std::string write_baseline;  // --write-baseline: record today's findings in this file
  std::string max_file_size;   // --max-file-size BYTES (or 64M): MLM906 above ("" = config file or 64 MiB)
  std::string max_depth;       // --max-depth N: MLM906 for deeper nesting ("" = config file or 1024)
  // Inputs at catalogue scale (app/inputs.cc, lib/engine/inputs/links.cc, lib/engine/ndjson.cc, lib/engine/inputs/shard.cc).
  std::string files_from;         // --files-from FILE|-: more paths, one per line
  bool skip_non_stac = false;     // --skip-non-stac: named files too are skipped when they are not STAC
  bool follow_links = false;      // --follow-links: also check what child/item links of catalogues reach
  std::string max_link_depth;     // --max-link-depth N: link hops followed ("" = no limit; needs --follow-links)
  bool ndjson = false;            // --ndjson: standard input is NDJSON
  std::size_t max_documents = 0;  // --max-documents N: per FeatureCollection / NDJSON file (0 = no limit)
  std::string shard;              // --shard K/N: check only this share of the files
  // Fixes (lib/engine/include/mlmlint/engine/fix.h).
  std::string fix;    // --fix[=safe|unsafe]: "" = do not fix
  bool diff = false;  // --diff: print the fixes as a unified diff instead of writing them
  // Schemas beyond the bundle (lib/schema/include/mlmlint/schema/schema_sources.h; app/command_schemas.cc).
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
// `output_format`/`format`: --output-format and its former spelling --format ("" = not given).
int run_rules(const std::string& output_format, const std::string& format);
int run_explain(const std::string& code);

// `mlm-lint migrate` (app/command_migrate.cc): ml-model, DLM and older MLM -> MLM v1.5.2.
struct MigrateOptions {
  std::vector<std::string> paths;
  std::string to = "v1.5.2";  // --to: the target MLM version (only v1.5.2)
  bool in_place = false;      // --in-place: replace each changed file (atomically)
  std::string output_dir;     // --output DIR: write every migrated file below DIR
  bool diff = false;          // --diff: print unified diffs; nothing is written
  std::string report;         // --report FILE: the notes of every file as JSON
  bool quiet = false;         // -q: no notes or summary on stderr
};
int run_migrate(const MigrateOptions& options);

// `mlm-lint validate` (app/command_validate.cc): any JSON against one schema file.
struct ValidateOptions {
  std::string schema;                   // --schema FILE
  std::vector<std::string> instances;   // the JSON files to validate (- = stdin)
  std::vector<std::string> schema_map;  // --schema-map URL=PATH (repeatable, one value each)
  std::string output_format;            // --output-format (as for check; "" = full)
  std::string format;                   // --format, its former spelling
  std::string color = "auto";           // --color auto|always|never
  bool quiet = false;                   // -q: no summary on stderr
};
// Declares the subcommand and its options on `app` (main.cc only registers it).
CLI::App* add_validate_command(CLI::App& app, ValidateOptions& options);
int run_validate(const ValidateOptions& options);

// `mlm-lint new` (app/command_new.cc): print an MLM v1.5.2 Item skeleton.
int run_new(const SkeletonOptions& options);

}  // namespace mlmlint::app

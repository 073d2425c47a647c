// What `check` runs with once configuration files and the command line are combined: the files, each
// file's rule selection, and the run-wide settings.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "command.h"
#include "mlmlint/core/diagnostic.h"
#include "mlmlint/engine/discover.h"
#include "mlmlint/engine/linter.h"
#include "mlmlint/engine/links.h"

namespace mlmlint::app {

struct CheckSettings {
  Inputs inputs;
  std::vector<std::shared_ptr<const RuleSelection>> selections;  // one per inputs.files entry
  Severity fail_on = Severity::kError;
  unsigned jobs = 0;  // 0 = all cores
  std::vector<std::pair<std::string, std::string>> schema_map;  // the run's config file "schema-map"
  // --max-file-size / --max-depth, else the run's config file; nullopt: LintOptions' defaults.
  std::optional<std::size_t> max_file_size;
  std::optional<std::size_t> max_depth;
  LinkWalk links;  // --follow-links: broken links (MLM905) and the remote links not followed
};

// `cli` is the selection of --select/--ignore/--rule. Returns false after logging why on a bad
// configuration file or conflicting options (exit 2).
bool resolve_check_settings(const CheckOptions& options, const RuleSelection& cli, Severity cli_fail_on,
                            CheckSettings& settings);

}  // namespace mlmlint::app

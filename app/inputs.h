// Inputs at catalogue scale, for `check`: --files-from lists, and checking one input whatever its kind
// (a JSON file, standard input, NDJSON) with the findings link following made about it.
#pragma once

#include <string>
#include <vector>

#include "mlmlint/core/diagnostic.h"
#include "mlmlint/engine/linter.h"
#include "mlmlint/engine/links.h"

namespace mlmlint::app {

// Appends the paths listed in `source` (a file, or "-" for standard input), one per line; blank lines are
// skipped and a trailing "\r" is dropped. False, after logging why, when `source` cannot be read.
bool read_files_from(const std::string& source, std::vector<std::string>& paths);

struct InputOptions {
  bool stdin_ndjson = false;       // --ndjson: standard input is NDJSON
  unsigned ndjson_threads = 1;     // threads for one NDJSON input (the spare ones when there are few inputs)
  const LinkWalk* links = nullptr;  // --follow-links: the broken links found on the way
};

// Checks one input: `-` (standard input), an NDJSON file (.ndjson, .jsonl) or any other file.
FileReport check_input(const Linter& linter, const std::string& path, const RuleSelection& rules,
                       const InputOptions& options);

}  // namespace mlmlint::app

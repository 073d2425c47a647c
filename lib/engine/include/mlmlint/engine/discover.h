// Expanding command-line paths into the files to check.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "mlmlint/core/diagnostic.h"

namespace mlmlint {

// MLM900 for a path that cannot be read, placed among the files so that reports follow argument order.
struct InputProblem {
  std::size_t before = 0;  // report it before files[before] (files.size(): after the last file)
  FileReport report;
};

struct Inputs {
  std::vector<std::string> files;       // in order: each argument's files, directories sorted recursively
  std::vector<InputProblem> problems;   // ordered by `before`
  // The files found by searching a folder rather than named (on the command line, in --files-from, or by a
  // followed link): a document among them that is not STAC is skipped, not reported (RuleSelection).
  std::unordered_set<std::string> found = {};
};

// What a folder search picks up by default: *.json, *.geojson, and NDJSON (*.ndjson, *.jsonl). Case-sensitive
// ("x.JSON" is not picked up; naming it checks it).
bool is_lintable_name(std::string_view path);

// Decides whether a file is checked. `named`: the file was given on the command line (otherwise it
// was found in a directory). Configuration files use it for include/exclude patterns.
using FileFilter = std::function<bool(const std::string& path, bool named)>;

// Files are taken as given (any name); directories are searched recursively for is_lintable_name() files
// (symlinked directories are not followed, so loops cannot occur); "-" stands for stdin. A `filter`
// replaces both defaults: it sees every named file and every file found in a directory. Nothing is
// opened here; what cannot be checked becomes a problem (MLM900 with the reason): a missing path, an
// unreadable folder, a symlink that loops or dangles, a FIFO, socket or device.
Inputs discover_inputs(const std::vector<std::string>& paths, const FileFilter& filter = {});

}  // namespace mlmlint

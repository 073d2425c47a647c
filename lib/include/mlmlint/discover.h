// Expanding command-line paths into the files to check.
#pragma once

#include <string>
#include <vector>

#include "mlmlint/diagnostic.h"

namespace mlmlint {

struct Inputs {
  std::vector<std::string> files;     // in order: each argument's files, directories sorted recursively
  std::vector<FileReport> problems;   // MLM900 for paths that cannot be read
};

// Files are taken as given (any name); directories are searched recursively for *.json and *.geojson
// (symlinked directories are not followed, so loops cannot occur); "-" stands for stdin.
Inputs discover_inputs(const std::vector<std::string>& paths);

}  // namespace mlmlint

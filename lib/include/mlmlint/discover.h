// Expanding command-line paths into the files to check.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "mlmlint/diagnostic.h"

namespace mlmlint {

// MLM900 for a path that cannot be read, placed among the files so that reports follow argument order.
struct InputProblem {
  std::size_t before = 0;  // report it before files[before] (files.size(): after the last file)
  FileReport report;
};

struct Inputs {
  std::vector<std::string> files;       // in order: each argument's files, directories sorted recursively
  std::vector<InputProblem> problems;   // ordered by `before`
};

// Files are taken as given (any name); directories are searched recursively for *.json and *.geojson
// (symlinked directories are not followed, so loops cannot occur); "-" stands for stdin.
Inputs discover_inputs(const std::vector<std::string>& paths);

}  // namespace mlmlint

#include "mlmlint/discover.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "mlmlint/linter.h"

namespace mlmlint {

namespace {

namespace fs = std::filesystem;

bool is_json_name(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".json" || ext == ".geojson";
}

// Before the files found so far: a directory's own problems come before its (sorted) files.
InputProblem io_problem(const Inputs& inputs, const std::string& path, const std::string& reason) {
  FileReport report{path, {}};
  report.diagnostics.push_back({std::string(kIoError.code), std::string(kIoError.name), kIoError.severity, "", 1, 1,
                                fmt::format("cannot read {}: {}", path, reason), ""});
  return {inputs.files.size(), std::move(report)};
}

}  // namespace

Inputs discover_inputs(const std::vector<std::string>& paths, const FileFilter& filter) {
  Inputs inputs;
  for (const auto& path : paths) {
    if (path == "-") {
      inputs.files.push_back(path);
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      inputs.problems.push_back(io_problem(inputs, path, ec ? ec.message() : "no such file or directory"));
      continue;
    }
    if (!fs::is_directory(status)) {
      if (!filter || filter(path, true)) inputs.files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      inputs.problems.push_back(io_problem(inputs, path, ec.message()));
      continue;
    }
    for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
      if (ec) {
        inputs.problems.push_back(io_problem(inputs, it->path().string(), ec.message()));
        ec.clear();
        continue;
      }
      std::error_code type_ec;
      if (!it->is_regular_file(type_ec)) continue;
      std::string file = it->path().generic_string();
      if (filter ? filter(file, false) : is_json_name(it->path())) found.push_back(std::move(file));
    }
    std::sort(found.begin(), found.end());
    inputs.files.insert(inputs.files.end(), found.begin(), found.end());
  }
  return inputs;
}

}  // namespace mlmlint

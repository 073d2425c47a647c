#include "mlmlint/engine/discover.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "mlmlint/engine/linter.h"

namespace mlmlint {

namespace {

namespace fs = std::filesystem;

// Before the files found so far: a directory's own problems come before its (sorted) files.
InputProblem io_problem(const Inputs& inputs, const std::string& path, const std::string& reason) {
  FileReport report{path, {}};
  report.diagnostics.push_back({std::string(kIoError.code), std::string(kIoError.name), kIoError.severity, "", 1, 1,
                                fmt::format("cannot read {}: {}", path, reason), ""});
  return {inputs.files.size(), std::move(report)};
}

// A file found in a folder: to be checked, or (`problem` set) reported as MLM900 where it sorts.
struct Found {
  std::string path;
  std::string problem;
};

// Every wanted file below `root`, without recursion (a deep tree cannot exhaust the stack) and without
// following symlinked folders (so symlink loops cannot occur; a folder reached twice through bind mounts
// is walked once). What cannot be read is reported and the walk goes on: an unreadable folder or one whose
// path is too long, a symlink that loops or dangles, a FIFO, socket or device, an entry that vanished.
void walk_folder(const std::string& root, const FileFilter& filter, std::vector<Found>& found) {
  auto wanted = [&](const fs::path& file) {
    return filter ? filter(file.generic_string(), false) : is_lintable_name(file.generic_string());
  };
  std::vector<fs::path> pending{fs::path(root)};
  std::set<std::pair<dev_t, ino_t>> seen;
  while (!pending.empty()) {
    const fs::path dir = std::move(pending.back());
    pending.pop_back();
    struct stat st {};
    if (::stat(dir.c_str(), &st) == 0 && !seen.insert({st.st_dev, st.st_ino}).second) continue;
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (const fs::directory_iterator end; !ec && it != end; it.increment(ec)) {
      const fs::directory_entry& entry = *it;
      std::error_code type_ec;
      const fs::file_status link = entry.symlink_status(type_ec);
      if (type_ec && type_ec != std::errc::no_such_file_or_directory) {
        // Not even its type is known (a path beyond PATH_MAX, an I/O error): it may be a folder of wanted files.
        found.push_back({entry.path().generic_string(), type_ec.message()});
        continue;
      }
      if (!type_ec && fs::is_directory(link)) {
        pending.push_back(entry.path());
        continue;
      }
      const fs::file_status target = !type_ec && fs::is_symlink(link) ? entry.status(type_ec) : link;
      if (!type_ec && fs::is_directory(target)) continue;  // a symlinked folder: not followed
      if (!wanted(entry.path())) continue;
      std::string problem;
      if (type_ec) problem = type_ec.message();
      else if (!fs::is_regular_file(target)) problem = "not a regular file";
      found.push_back({entry.path().generic_string(), std::move(problem)});
    }
    // Below the root, only a folder whose files would be checked is worth a finding (an excluded
    // node_modules/ that cannot be read is not): ask the filter about a JSON file in it.
    if (ec && (dir == fs::path(root) || wanted(dir / "x.json"))) found.push_back({dir.generic_string(), ec.message()});
  }
}

}  // namespace

bool is_lintable_name(std::string_view path) {
  const std::string ext = fs::path(path).extension().string();
  return ext == ".json" || ext == ".geojson" || ext == ".ndjson" || ext == ".jsonl";
}

Inputs discover_inputs(const std::vector<std::string>& paths, const FileFilter& filter) {
  Inputs inputs;
  std::unordered_set<std::string> named;  // a file both named and found in a named folder counts as named
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
      if (filter && !filter(path, true)) continue;
      named.insert(path);
      // Never opened: opening a device can have effects of its own, and a FIFO could block.
      if (fs::is_regular_file(status)) {
        inputs.files.push_back(path);
      } else {
        inputs.problems.push_back(io_problem(inputs, path, "not a regular file"));
      }
      continue;
    }
    std::vector<Found> found;
    walk_folder(path, filter, found);
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.path < b.path; });
    for (auto& f : found) {
      if (f.problem.empty()) {
        inputs.found.insert(f.path);
        inputs.files.push_back(std::move(f.path));
      } else {
        inputs.problems.push_back(io_problem(inputs, f.path, f.problem));
      }
    }
  }
  for (const auto& path : named) inputs.found.erase(path);
  return inputs;
}

}  // namespace mlmlint

#include "inputs.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "mlmlint/engine/ndjson.h"

namespace mlmlint::app {

namespace {

// MLM905 findings of link following join the file's own report (unless the file's selection turns them off).
void add_link_findings(FileReport& report, const LinkWalk& links, const RuleSelection& rules) {
  const auto it = links.broken.find(report.path);
  if (it == links.broken.end()) return;
  const auto severity = rules.effective(kBrokenLink.code, kBrokenLink.severity);
  if (!severity) return;
  for (Diagnostic d : it->second.diagnostics) {
    d.severity = *severity;
    report.diagnostics.push_back(std::move(d));
  }
  sort_diagnostics(report.diagnostics);
  for (const SourceLine& line : it->second.source) {
    const bool known = std::any_of(report.source.begin(), report.source.end(),
                                   [&](const SourceLine& s) { return s.line == line.line; });
    if (!known) report.source.push_back(line);
  }
  std::sort(report.source.begin(), report.source.end(), [](const SourceLine& a, const SourceLine& b) {
    return a.line != b.line ? a.line < b.line : a.first_column < b.first_column;
  });
}

}  // namespace

bool read_files_from(const std::string& source, std::vector<std::string>& paths) {
  std::ifstream file;
  if (source != "-") {
    file.open(source, std::ios::binary);
    if (!file) {
      spdlog::error("--files-from: cannot read {}", source);
      return false;
    }
  }
  std::istream& in = source == "-" ? std::cin : file;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) paths.push_back(line);
  }
  if (in.bad()) {
    spdlog::error("--files-from: error reading {}", source == "-" ? "standard input" : source);
    return false;
  }
  return true;
}

namespace {

// Standard input may never end (`mlm-lint - < /dev/zero`): read at most the size limit + 1 bytes.
FileReport lint_stdin(const Linter& linter, const RuleSelection& rules) {
  const std::size_t limit = linter.options().max_file_size;
  std::string data;
  std::vector<char> buffer(1u << 16);
  while (data.size() <= limit) {
    const ssize_t n = ::read(STDIN_FILENO, buffer.data(), buffer.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      FileReport report{"-", {}};
      report.diagnostics.push_back({std::string(kIoError.code), std::string(kIoError.name), kIoError.severity, "", 1, 1,
                                    fmt::format("cannot read standard input: {}", std::strerror(errno)), ""});
      return report;
    }
    if (n == 0) break;
    data.append(buffer.data(), std::min(static_cast<std::size_t>(n), limit + 1 - data.size()));
  }
  if (data.size() > limit) {
    FileReport report{"-", {}};
    report.diagnostics.push_back({std::string(kLimitExceeded.code), std::string(kLimitExceeded.name),
                                  kLimitExceeded.severity, "", 1, 1,
                                  fmt::format("standard input is larger than the limit of {} bytes; it was not checked",
                                              limit),
                                  ""});
    return report;
  }
  return linter.lint_buffer("-", data, rules);
}

}  // namespace

FileReport check_input(const Linter& linter, const std::string& path, const RuleSelection& rules,
                       const InputOptions& options) {
  NdjsonOptions ndjson;
  ndjson.threads = options.ndjson_threads;
  FileReport report;
  if (path == "-") {
    if (options.stdin_ndjson) return lint_ndjson_fd(linter, "-", STDIN_FILENO, rules, ndjson);
    report = lint_stdin(linter, rules);
  } else {
    report = lint_input_file(linter, path, rules, ndjson);
  }
  if (options.links) add_link_findings(report, *options.links, rules);
  return report;
}

}  // namespace mlmlint::app

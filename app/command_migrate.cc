// `mlm-lint migrate`: rewrite ml-model, DLM and older MLM documents as MLM v1.5.2 (lib/migrate/migrate.cc does
// the rewriting). Migrated documents go to stdout (one file), next to nothing (--diff), over the input
// (--in-place) or into a folder (--output); what happened goes to stderr and optionally --report FILE.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "command.h"
#include "exit_code.h"
#include "mlmlint/core/atomic_write.h"
#include "mlmlint/engine/discover.h"
#include "mlmlint/core/json_text.h"
#include "mlmlint/engine/linter.h"
#include "mlmlint/migrate/migrate.h"
#include "mlmlint/core/unified_diff.h"

namespace mlmlint::app {

namespace {

namespace fs = std::filesystem;

// One input file and where --output puts it.
struct Target {
  std::string path;      // as found ("-" = stdin)
  std::string relative;  // below --output DIR
};

struct FileOutcome {
  std::string path;
  std::string status;  // "migrated", "unchanged", "not-a-model", "error"
  std::string error;
  MigrationResult result;
};

// Expands the arguments; each file keeps its path relative to the argument that named it, so that
// --output mirrors directories. Unreadable arguments are logged and counted.
std::vector<Target> expand(const std::vector<std::string>& paths, int& problems) {
  std::vector<Target> out;
  for (const auto& arg : paths) {
    if (arg == "-") {
      out.push_back({arg, "stdin.json"});
      continue;
    }
    Inputs inputs = discover_inputs({arg});
    for (const auto& problem : inputs.problems) {
      for (const auto& d : problem.report.diagnostics) spdlog::error("{}", d.message);
      ++problems;
    }
    std::error_code ec;
    const bool is_dir = fs::is_directory(arg, ec);
    for (const auto& file : inputs.files) {
      const std::string relative =
          is_dir ? fs::path(file).lexically_relative(arg).generic_string() : fs::path(file).filename().string();
      out.push_back({file, relative});
    }
  }
  return out;
}

std::optional<std::string> read_stdin() {
  std::string data((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  if (std::cin.bad()) return std::nullopt;
  return data;
}

void print_notes(const FileOutcome& file) {
  const MigrationResult& r = file.result;
  std::size_t human = 0;
  for (const auto& n : r.notes) human += n.kind != MigrationNoteKind::kChanged;
  if (file.status == "error") {
    std::cerr << fmt::format("{}: not migrated: {}\n", file.path, file.error);
    return;
  }
  if (file.status == "not-a-model") {
    std::cerr << fmt::format("{}: no ml-model, DLM or MLM metadata; left as it is\n", file.path);
    return;
  }
  if (!r.changed && r.notes.empty()) {
    std::cerr << fmt::format("{}: {} is already MLM {}; nothing to change\n", file.path, r.source, kLatestMlm.str());
    return;
  }
  std::cerr << fmt::format("{}: {} -> MLM {}: {} note{}, {} for a person\n", file.path, r.source, kLatestMlm.str(),
                           r.notes.size(), r.notes.size() == 1 ? "" : "s", human);
  for (const auto& n : r.notes) {
    std::string line = fmt::format("  {}:{}: {}: {}", file.path, n.pointer, migration_note_kind_name(n.kind), n.message);
    if (n.original) line += fmt::format(" (was {})", *n.original);
    if (!n.suggestion.empty()) line += "; " + n.suggestion;
    std::cerr << line << "\n";
  }
}

std::string report_json(const std::vector<FileOutcome>& files) {
  std::string out = "{\"version\":1,\"target\":" + json_quote(kLatestMlm.str()) + ",\"files\":[";
  for (std::size_t i = 0; i < files.size(); ++i) {
    const auto& f = files[i];
    out += (i ? ",\n" : "\n") + fmt::format("{{\"path\":{},\"status\":{},\"source\":{},\"manual_work_remaining\":{}",
                                           json_quote(f.path), json_quote(f.status), json_quote(f.result.source),
                                           f.result.manual_work_remaining() ? "true" : "false");
    if (!f.error.empty()) out += ",\"error\":" + json_quote(f.error);
    out += ",\"notes\":[";
    for (std::size_t j = 0; j < f.result.notes.size(); ++j) {
      const auto& n = f.result.notes[j];
      out += (j ? ",\n  " : "\n  ") +
             fmt::format("{{\"pointer\":{},\"kind\":{},\"message\":{},\"suggestion\":{},\"original\":{}}}",
                         json_quote(n.pointer), json_quote(migration_note_kind_name(n.kind)), json_quote(n.message),
                         n.suggestion.empty() ? "null" : json_quote(n.suggestion), n.original ? *n.original : "null");
    }
    out += "]}";
  }
  out += "\n]}\n";
  return out;
}

bool usage_ok(const MigrateOptions& options, std::size_t inputs) {
  if (options.in_place && !options.output_dir.empty()) {
    spdlog::error("--in-place and --output exclude each other");
    return false;
  }
  const bool reads_stdin = std::find(options.paths.begin(), options.paths.end(), "-") != options.paths.end();
  if (reads_stdin && options.in_place) {
    spdlog::error("--in-place works on files, not stdin (-)");
    return false;
  }
  if (!options.in_place && options.output_dir.empty() && !options.diff && inputs > 1) {
    spdlog::error("{} files to migrate: give --in-place, --output DIR or --diff (only one file can go to stdout)",
                  inputs);
    return false;
  }
  return true;
}

}  // namespace

int run_migrate(const MigrateOptions& options) {
  auto target = parse_version(options.to);
  if (!target || *target != kLatestMlm) {
    spdlog::error("--to {}: only {} is supported", options.to, kLatestMlm.str());
    return kExitError;
  }
  int problems = 0;
  const std::vector<Target> targets = expand(options.paths, problems);
  if (!usage_ok(options, targets.size())) return kExitError;
  if (targets.empty() && problems == 0) {
    spdlog::error("no JSON file found to migrate");
    return kExitError;
  }

  std::set<std::string> written_relative;
  const Linter reader{LintOptions{}};  // only for read_input(): size limit, FIFOs and devices refused
  std::vector<FileOutcome> outcomes;
  bool manual = false;
  for (const auto& t : targets) {
    FileOutcome file{t.path, "", "", {}};
    std::optional<std::string> data;
    if (t.path == "-") {
      data = read_stdin();
      if (!data) file.error = "cannot read stdin";
    } else {
      FileReport problem;
      data = reader.read_input(t.path, problem);
      if (!data && !problem.diagnostics.empty()) file.error = problem.diagnostics.front().message;
    }
    if (data) {
      file.result = migrate_text(*data, MigrationOptions{*target});
      if (!file.result.ok) file.error = file.result.error;
    }
    if (!file.error.empty()) {
      file.status = "error";
      ++problems;
    } else {
      file.status = file.result.source.empty() ? "not-a-model" : file.result.changed ? "migrated" : "unchanged";
      manual = manual || file.result.manual_work_remaining();
    }

    if (file.status != "error") {
      const std::string& text = file.result.text;
      if (options.diff) {
        std::cout << unified_diff(*data, text, t.path, t.path);
      } else if (options.in_place) {
        std::string error;
        if (file.result.changed && !write_file_atomically(t.path, text, error)) {
          file.status = "error";
          file.error = "cannot write the migrated file: " + error;
          ++problems;
        }
      } else if (!options.output_dir.empty()) {
        const fs::path out = fs::path(options.output_dir) / t.relative;
        std::error_code ec;
        std::string error;
        if (!written_relative.insert(t.relative).second) {
          error = "another input was already written to " + out.string();
        } else {
          fs::create_directories(out.parent_path(), ec);
          if (ec) error = "cannot create " + out.parent_path().string() + ": " + ec.message();
        }
        if (error.empty() && !write_file_atomically(out.string(), text, error)) error = error;
        if (!error.empty()) {
          file.status = "error";
          file.error = error;
          ++problems;
        }
      } else {
        std::cout << text;
      }
    }
    if (!options.quiet) print_notes(file);
    outcomes.push_back(std::move(file));
  }
  std::cout.flush();

  if (!options.report.empty()) {
    std::string error;
    if (!write_file_atomically(options.report, report_json(outcomes), error)) {
      spdlog::error("--report {}: {}", options.report, error);
      return kExitError;
    }
  }
  if (!options.quiet) {
    std::size_t migrated = 0;
    for (const auto& o : outcomes) migrated += o.status == "migrated";
    std::cerr << fmt::format("Migrated {} of {} file{}{}{}.\n", migrated, outcomes.size(),
                             outcomes.size() == 1 ? "" : "s", manual ? "; manual work remains (see the notes)" : "",
                             problems ? fmt::format("; {} could not be migrated", problems) : "");
  }
  if (problems) return kExitError;
  return manual ? kExitFindings : kExitClean;
}

}  // namespace mlmlint::app

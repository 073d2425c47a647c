// `mlm-lint check`: expand paths, lint files on --jobs threads, print reports in input order.
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <thread>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "check_settings.h"
#include "inputs.h"
#include "command.h"
#include "exit_code.h"
#include "output_format.h"
#include "mlmlint/engine/baseline.h"
#include "mlmlint/engine/check_options.h"
#include "mlmlint/engine/config.h"
#include "mlmlint/engine/discover.h"
#include "mlmlint/engine/fix.h"
#include "mlmlint/core/ordered_parallel.h"
#include "mlmlint/core/unified_diff.h"
#include "mlmlint/engine/linter.h"
#include "mlmlint/engine/ndjson.h"
#include "mlmlint/engine/report.h"
#include "mlmlint/rules/registry.h"

namespace mlmlint::app {

namespace {

// Builds the rule selection; returns false (after printing why) on a bad --rule/--select value.
bool build_selection(const CheckOptions& options, RuleSelection& selection) {
  std::string error;
  if (parse_rule_selection(options.select, options.ignore, options.rule_overrides, selection, error)) return true;
  spdlog::error("{}", error);
  return false;
}

// A progress bar on stderr for long scans: only on a terminal, only above a few hundred files, redrawn at
// most once per percent so that it costs nothing measurable.
class Progress {
 public:
  explicit Progress(std::size_t total) {
    const char* term = std::getenv("TERM");
    enabled_ = total > kMinFiles && ::isatty(STDERR_FILENO) == 1 && !(term && std::string_view(term) == "dumb");
    total_ = total;
  }
  bool active() const { return enabled_ && shown_; }
  void advance() {
    if (!enabled_) return;
    ++done_;
    const std::size_t percent = done_ * 100 / total_;
    if (shown_ && percent == percent_) return;
    percent_ = percent;
    draw();
  }
  void clear() {
    if (!enabled_ || !shown_) return;
    std::cerr << "\r\x1b[K" << std::flush;
    shown_ = false;
  }

 private:
  static constexpr std::size_t kMinFiles = 300;
  static constexpr std::size_t kWidth = 30;
  void draw() {
    const std::size_t filled = done_ * kWidth / total_;
    std::cerr << "\r\x1b[K[" << std::string(filled, '#') << std::string(kWidth - filled, '.') << "] " << done_ << "/"
              << total_ << " files" << std::flush;
    shown_ = true;
  }
  bool enabled_ = false;
  bool shown_ = false;
  std::size_t total_ = 0;
  std::size_t done_ = 0;
  std::size_t percent_ = 0;
};

// Drops the --output file from the inputs, keeping each problem's place among the remaining files.
// `selections` runs parallel to inputs.files and loses the same entry.
void skip_output_file(Inputs& inputs, std::vector<std::shared_ptr<const RuleSelection>>& selections,
                      const std::string& output) {
  std::vector<std::string> kept;
  std::vector<std::shared_ptr<const RuleSelection>> kept_selections;
  std::vector<std::size_t> new_index(inputs.files.size() + 1);
  for (std::size_t i = 0; i < inputs.files.size(); ++i) {
    new_index[i] = kept.size();
    std::error_code ec;
    if (inputs.files[i] != "-" && std::filesystem::equivalent(inputs.files[i], output, ec)) {
      spdlog::debug("not checking {}: it is the --output file", inputs.files[i]);
      continue;
    }
    kept.push_back(std::move(inputs.files[i]));
    if (i < selections.size()) kept_selections.push_back(std::move(selections[i]));
  }
  new_index[inputs.files.size()] = kept.size();
  for (auto& problem : inputs.problems) problem.before = new_index[std::min(problem.before, inputs.files.size())];
  inputs.files = std::move(kept);
  selections = std::move(kept_selections);
}

bool summary_has_infos(const FileReport& report) {
  return std::any_of(report.diagnostics.begin(), report.diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::kInfo; });
}

// What --fix did (or --diff would do), for the closing summary.
struct FixTally {
  std::size_t total = 0;
  std::size_t files = 0;
  std::map<std::string, std::size_t> per_code;
  void add(const std::vector<AppliedFix>& applied) {
    if (applied.empty()) return;
    ++files;
    total += applied.size();
    for (const auto& a : applied) ++per_code[a.code];
  }
  std::string summary(bool dry_run) const {
    if (total == 0) return dry_run ? "No fixes to make." : "Nothing to fix.";
    std::string codes;
    for (const auto& [code, n] : per_code) codes += fmt::format("{}{} {}", codes.empty() ? "" : ", ", n, code);
    return fmt::format("{} {} finding{} in {} file{} ({}){}", dry_run ? "Would fix" : "Fixed", total,
                       total == 1 ? "" : "s", files, files == 1 ? "" : "s", codes,
                       dry_run ? "; run with --fix to apply." : ".");
  }
};

// What the command line asks for, once its options are known to be usable.
struct ValidatedOptions {
  LintOptions lint_options;
  Severity fail_on = Severity::kError;
  ReportFormat format = ReportFormat::kText;
  bool fixing = false;        // --fix or --diff
  bool unsafe_fixes = false;  // --fix=unsafe
  bool out_is_tty = false;    // the report goes to a terminal
  bool color = false;
  bool concise = false;       // --output-format concise
};

// The checks of the options themselves, before anything is read: kExitError after saying what is wrong, or
// kExitClean with what they ask for in `out`.
int validate_options(const CheckOptions& options, ValidatedOptions& out) {
  LintOptions lint_options;
  lint_options.run_rules = !options.no_rules;
  lint_options.max_documents = options.max_documents;
  if (!build_selection(options, lint_options.rules)) return kExitError;
  if (!build_schema_sources(options.schema_map, options.allow_remote, options.allow_http, lint_options.schemas)) {
    return kExitError;
  }
  const auto fail_on = parse_severity(options.fail_on);
  if (!fail_on) {
    spdlog::error("--fail-on expects error, warning or info, got '{}'", options.fail_on);
    return kExitError;
  }
  const auto output_format = resolve_output_format(options.output_format, options.format);
  if (!output_format) return kExitError;
  const ReportFormat* format = &output_format->format;
  if (options.statistics && *format != ReportFormat::kText && *format != ReportFormat::kJson) {
    spdlog::error("--statistics works with --output-format full or json, not {}",
                  options.output_format.empty() ? options.format : options.output_format);
    return kExitError;
  }
  const bool fixing = !options.fix.empty() || options.diff;
  if (!options.fix.empty() && options.fix != "safe" && options.fix != "unsafe") {
    spdlog::error("--fix expects safe or unsafe (--fix=unsafe), got '{}'", options.fix);
    return kExitError;
  }
  const bool unsafe_fixes = options.fix == "unsafe";
  if (fixing && !options.write_baseline.empty()) {
    spdlog::error("--write-baseline records findings; run it without --fix/--diff");
    return kExitError;
  }
  if (fixing && std::find(options.paths.begin(), options.paths.end(), "-") != options.paths.end()) {
    spdlog::error("--fix and --diff work on files, not stdin (-)");
    return kExitError;
  }
  const bool out_is_tty = options.output.empty() && ::isatty(STDOUT_FILENO) == 1;
  const auto color = color_enabled(options.color, out_is_tty, std::getenv("NO_COLOR"), std::getenv("TERM"));
  if (!color) {
    spdlog::error("--color expects auto, always or never, got '{}'", options.color);
    return kExitError;
  }

  out.lint_options = std::move(lint_options);
  out.fail_on = *fail_on;
  out.format = *format;
  out.fixing = fixing;
  out.unsafe_fixes = unsafe_fixes;
  out.out_is_tty = out_is_tty;
  out.color = *color;
  out.concise = output_format->concise;
  return kExitClean;
}

// The run's settings and what it reads and writes besides the inputs: the baseline to apply or record and the
// stream of the report.
struct CheckRun {
  CheckSettings settings;
  std::optional<Baseline> baseline;   // --baseline: findings not to report
  std::optional<Baseline> recording;  // --write-baseline: findings to record
  std::size_t suppressed = 0;
  std::ofstream output_file;
  std::ostream* out = &std::cout;

  // Called on the main thread only: Baseline is not thread-safe.
  void apply_baseline(FileReport& report) {
    if (baseline) suppressed += baseline->suppress(report);
    if (recording) recording->add(report);
  }
};

// Configuration files, then the baseline (both exit 2 when unusable, before any output), then --output.
int open_run(const CheckOptions& options, ValidatedOptions& checked, CheckRun& run) {
  LintOptions& lint_options = checked.lint_options;
  CheckSettings& settings = run.settings;
  if (!resolve_check_settings(options, lint_options.rules, checked.fail_on, settings)) return kExitError;
  if (settings.max_file_size) lint_options.max_file_size = *settings.max_file_size;
  if (settings.max_depth) lint_options.max_depth = *settings.max_depth;
  // The config file's schema map goes first: for the same URL the last mapping wins, i.e. --schema-map.
  std::vector<SchemaMapping> config_map;
  for (const auto& [url, path] : settings.schema_map) config_map.push_back({url, path});
  lint_options.schemas.map.insert(lint_options.schemas.map.begin(), config_map.begin(), config_map.end());
  if (!options.baseline.empty() && !options.write_baseline.empty()) {
    spdlog::error("--baseline and --write-baseline cannot be used together (--write-baseline records every finding)");
    return kExitError;
  }
  if (!options.baseline.empty()) {
    std::string error;
    run.baseline = Baseline::load(options.baseline, error);
    if (!run.baseline) {
      spdlog::error("{}", error);
      return kExitError;
    }
  }
  if (!options.write_baseline.empty()) run.recording.emplace(options.write_baseline);
  // --output: opened once the configuration and baseline are known to be usable (a bad one must not
  // truncate an existing report), and before any work, so that an unwritable path costs nothing.
  if (!options.output.empty()) {
    run.output_file.open(options.output, std::ios::binary | std::ios::trunc);
    if (!run.output_file) {
      spdlog::error("--output: cannot write {}: {}", options.output, std::strerror(errno));
      return kExitError;
    }
    run.out = &run.output_file;
  }
  return kExitClean;
}

// How many threads check files, and how many each NDJSON input may use.
struct JobPlan {
  unsigned jobs = 1;
  InputOptions input_options;
};

JobPlan plan_jobs(const CheckOptions& options, const CheckSettings& settings, std::size_t count) {
  unsigned jobs = settings.jobs ? settings.jobs : std::max(1u, std::thread::hardware_concurrency());
  // Fewer inputs than threads: the spare threads go to the NDJSON inputs, which are split into chunks of lines.
  const unsigned spare = std::max(1u, jobs / static_cast<unsigned>(std::max<std::size_t>(count, 1)));
  InputOptions input_options{options.ndjson, spare, options.follow_links ? &settings.links : nullptr};
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(count, 1)));
  spdlog::debug("checking {} file(s) on {} thread(s)", count, jobs);
  return {jobs, input_options};
}

// What the files gave: the findings' summary and the fixes made (or that would be made).
struct CheckOutcome {
  Summary summary;
  FixTally fixes;
  bool hid_infos = false;  // the text report left infos out (--show-infos shows them)
};

// Checks (or fixes) the files on the worker threads and writes the report as the results come, in input order,
// with the unreadable paths where they were named.
// Infos are advice: the text report, which people read, shows them on request (--show-infos) or when they
// decide the exit code (--fail-on info). Machine formats keep every finding; the summary counts them all.
bool infos_hidden(const CheckOptions& options, const ValidatedOptions& checked, const CheckSettings& settings) {
  return checked.format == ReportFormat::kText && !options.show_infos && settings.fail_on > Severity::kInfo;
}

CheckOutcome check_files(const CheckOptions& options, const ValidatedOptions& checked, CheckRun& run,
                         const Inputs& inputs, const Linter& linter, const JobPlan& plan) {
  const CheckSettings& settings = run.settings;
  const InputOptions& input_options = plan.input_options;
  const bool fixing = checked.fixing;
  std::ostream& out = *run.out;
  const std::size_t count = inputs.files.size();
  // What a worker makes of one file; the main thread prints them in input order as soon as each is ready.
  struct Checked {
    FileReport report;
    std::string diff;                 // --diff
    std::vector<AppliedFix> applied;  // --fix / --diff: the fixes made (or that would be made)
  };
  auto check_one = [&](std::size_t i) {
    const std::string& path = inputs.files[i];
    const RuleSelection& rules = *settings.selections[i];
    Checked result;
    if (fixing && is_ndjson_name(path)) {
      // One document per line: fixing would rewrite the file as one document. Report it as it is.
      spdlog::warn("{}: not fixed: --fix and --diff do not rewrite NDJSON files", path);
      result.report = check_input(linter, path, rules, input_options);
    } else if (fixing) {
      FileFix fixed = fix_file(linter, path, checked.unsafe_fixes, !options.diff, rules);
      if (options.diff) result.diff = unified_diff(fixed.original, fixed.outcome.text, path, path);
      result.report = std::move(fixed.outcome.report);
      result.applied = std::move(fixed.outcome.applied);
    } else {
      result.report = check_input(linter, path, rules, input_options);
    }
    return result;
  };

  CheckOutcome outcome;
  Summary& summary = outcome.summary;
  ReportOptions report_options;
  report_options.color = checked.color;
  report_options.concise = checked.concise;
  report_options.fail_on = settings.fail_on;
  // --statistics replaces the findings with per-rule counts, written at the end.
  // --diff prints diffs instead of findings.
  std::unique_ptr<Reporter> reporter =
      options.statistics || options.diff ? nullptr : make_reporter(checked.format, out, report_options);
  const bool hide_infos = infos_hidden(options, checked, settings);
  outcome.hid_infos = hide_infos && reporter != nullptr;
  if (reporter) reporter->begin();
  Progress progress(options.quiet ? 0 : count + inputs.problems.size());
  auto emit = [&](const FileReport& report, const std::string& diff = {}) {
    if (report.not_stac) {
      // Found in a folder and not STAC: counted in the summary, absent from every report format.
      spdlog::debug("{}: skipped: not a STAC document (name the file to check it)", report.path);
      summary.add(report);
      progress.advance();
      return;
    }
    if (fixing) {
      // Safe fixes the re-check refused, and why: on stderr, so that the diff stays a valid patch and so that
      // the reason is seen even when the finding itself is an info the text report does not show.
      for (const auto& d : report.diagnostics) {
        if (!d.fix || d.fix->withheld.empty()) continue;
        spdlog::warn("{}: {} {}: {}", report.path, d.code, d.fix->description, d.fix->withheld);
      }
    }
    if (options.diff) {
      // The diff replaces the findings (as `ruff --diff` does); a file that could not be fixed at all is
      // said on stderr so that the diff stays a valid patch.
      out << diff;
      for (const auto& d : report.diagnostics) {
        if (d.code == kIoError.code || d.code == kInvalidJson.code || d.code == kNumberOutOfRange.code ||
            d.code == kLimitExceeded.code) {
          spdlog::warn("{}: not fixed: {}", report.path, d.message);
          break;
        }
      }
      progress.advance();
      return;
    }
    summary.add(report);
    // Findings and the bar may share one terminal: lift the bar while findings are printed.
    const bool lift = progress.active() && checked.out_is_tty && !report.diagnostics.empty();
    if (lift) progress.clear();
    if (reporter && hide_infos && summary_has_infos(report)) {
      FileReport shown = report;
      std::erase_if(shown.diagnostics, [](const Diagnostic& d) { return d.severity == Severity::kInfo; });
      reporter->file(shown);
    } else if (reporter) {
      reporter->file(report);
    }
    if (lift) out.flush();
    progress.advance();
  };
  // Unreadable paths are reported where they were named, between the files of the other arguments.
  std::size_t next_problem = 0;
  auto emit_problems_before = [&](std::size_t file_index) {
    for (; next_problem < inputs.problems.size() && inputs.problems[next_problem].before <= file_index; ++next_problem) {
      emit(inputs.problems[next_problem].report);
    }
  };
  // At most `window` files in flight, so memory stays flat however many files there are (one result per file
  // cost ~0.3 KB each, 300 MB for a million). Even -j1 hands the files to a worker, so printing overlaps checking.
  const std::size_t window = std::max<std::size_t>(1, std::min<std::size_t>(count, 1024));
  ordered_parallel(count, plan.jobs, window, check_one, [&](std::size_t i, Checked&& result) {
    emit_problems_before(i);
    run.apply_baseline(result.report);
    outcome.fixes.add(result.applied);
    emit(result.report, result.diff);
  });
  emit_problems_before(count);
  progress.clear();
  log_schema_warnings(linter);
  if (reporter) reporter->finish(summary);
  if (options.statistics && !options.diff) write_statistics(out, summary, checked.format, checked.color);
  return outcome;
}

// The end of the run: the report flushed, the summary line on stderr, the baseline written, the exit code.
int finish_run(const CheckOptions& options, const ValidatedOptions& checked, CheckRun& run,
               const CheckOutcome& outcome) {
  const Summary& summary = outcome.summary;
  std::ostream& out = *run.out;
  out.flush();
  if (!out) {
    spdlog::error("cannot write the report{}{}", options.output.empty() ? "" : " to ", options.output);
    return kExitError;
  }
  if (checked.fixing && !options.quiet) std::cerr << outcome.fixes.summary(options.diff) << "\n";
  if (options.diff) return outcome.fixes.total > 0 ? kExitFindings : kExitClean;
  if (!options.quiet) {
    std::string line = text_summary(summary);
    if (run.baseline) {
      if (!line.empty() && line.back() == '.') line.pop_back();
      line += fmt::format("; {} baseline finding{} not reported.", run.suppressed, run.suppressed == 1 ? "" : "s");
    }
    if (outcome.hid_infos && summary.infos > 0) {
      if (!line.empty() && line.back() == '.') line.pop_back();
      line += fmt::format("; {} info{} not shown (--show-infos shows {}).", summary.infos,
                          summary.infos == 1 ? "" : "s", summary.infos == 1 ? "it" : "them");
    }
    std::cerr << line << "\n";
  }
  if (run.recording) {
    // The baseline records the findings just printed; recording them is the run's success.
    std::string error;
    if (!run.recording->write(options.write_baseline, error)) {
      spdlog::error("{}", error);
      return kExitError;
    }
    if (!options.quiet) {
      std::cerr << fmt::format("Wrote {} finding{} to the baseline {}.\n", run.recording->size(),
                               run.recording->size() == 1 ? "" : "s", options.write_baseline);
    }
    return kExitClean;
  }

  bool failing = summary.errors > 0;
  if (run.settings.fail_on <= Severity::kWarning) failing = failing || summary.warnings > 0;
  if (run.settings.fail_on <= Severity::kInfo) failing = failing || summary.infos > 0;
  if (options.max_warnings >= 0 && summary.warnings > static_cast<std::size_t>(options.max_warnings)) {
    // Otherwise a run whose findings are all warnings would fail without saying why.
    if (!options.quiet) {
      std::cerr << fmt::format("Too many warnings: {} found, --max-warnings allows {}.\n", summary.warnings,
                               options.max_warnings);
    }
    failing = true;
  }
  return failing ? kExitFindings : kExitClean;
}

}  // namespace

// The stages in order: the options, the run's settings and files, the jobs, the files checked and reported, the
// summary and exit code.
int run_check(const CheckOptions& options) {
  ValidatedOptions checked;
  if (const int status = validate_options(options, checked); status != kExitClean) return status;
  CheckRun run;
  if (const int status = open_run(options, checked, run); status != kExitClean) return status;
  Inputs inputs = std::move(run.settings.inputs);
  // The report being written is not an input: `--format json --output report.json .` would otherwise check its
  // own half-written output.
  if (!options.output.empty()) skip_output_file(inputs, run.settings.selections, options.output);
  for (auto& problem : inputs.problems) run.apply_baseline(problem.report);
  if (inputs.files.empty() && inputs.problems.empty() && !options.quiet) {
    // As ruff's "No Python files found": a warning, not a failure (a pre-commit hook or a config that excludes
    // everything is not broken), but never silent.
    spdlog::warn("no files found under the given paths (folders are searched for *.json, *.geojson, *.ndjson and "
                 "*.jsonl)");
  }
  checked.lint_options.locate_infos = !infos_hidden(options, checked, run.settings);
  const Linter linter(checked.lint_options);
  const JobPlan plan = plan_jobs(options, run.settings, inputs.files.size());
  const CheckOutcome outcome = check_files(options, checked, run, inputs, linter, plan);
  return finish_run(options, checked, run, outcome);
}

}  // namespace mlmlint::app

// `mlm-lint check`: expand paths, lint files on --jobs threads, print reports in input order.
#include <atomic>
#include <condition_variable>
#include <iostream>
#include <iterator>
#include <mutex>
#include <optional>
#include <thread>

#include <spdlog/spdlog.h>

#include "command.h"
#include "exit_code.h"
#include "mlmlint/discover.h"
#include "mlmlint/linter.h"
#include "mlmlint/report.h"
#include "registry.h"

namespace mlmlint::app {

namespace {

// Builds the rule selection; returns false (after printing why) on a bad --rule/--select value.
bool build_selection(const CheckOptions& options, RuleSelection& selection) {
  auto known = [](const std::string& code_or_prefix) {
    if (find_rule(code_or_prefix)) return true;
    if (code_or_prefix.rfind("MLM", 0) == 0) return true;  // prefixes and pipeline codes (MLM000, MLM9xx)
    return false;
  };
  for (const auto& s : options.select) {
    if (!known(s)) {
      spdlog::error("--select: unknown rule code or prefix '{}' (see `mlm-lint rules`)", s);
      return false;
    }
    selection.select.push_back(find_rule(s) ? std::string(find_rule(s)->code) : s);
  }
  for (const auto& s : options.ignore) {
    if (!known(s)) {
      spdlog::error("--ignore: unknown rule code or prefix '{}' (see `mlm-lint rules`)", s);
      return false;
    }
    selection.ignore.push_back(find_rule(s) ? std::string(find_rule(s)->code) : s);
  }
  for (const auto& o : options.rule_overrides) {
    const auto eq = o.find('=');
    if (eq == std::string::npos) {
      spdlog::error("--rule expects CODE=error|warning|info|off, got '{}'", o);
      return false;
    }
    std::string code = o.substr(0, eq);
    const std::string level = o.substr(eq + 1);
    if (const RuleInfo* rule = find_rule(code)) code = std::string(rule->code);
    if (!known(code)) {
      spdlog::error("--rule: unknown rule '{}' (see `mlm-lint rules`)", code);
      return false;
    }
    if (level == "off") {
      selection.severity[code] = std::nullopt;
    } else if (auto severity = parse_severity(level)) {
      selection.severity[code] = *severity;
    } else {
      spdlog::error("--rule {}: unknown severity '{}' (use error, warning, info or off)", code, level);
      return false;
    }
  }
  return true;
}

std::string read_stdin() {
  return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
}

}  // namespace

int run_check(const CheckOptions& options) {
  LintOptions lint_options;
  lint_options.run_rules = !options.no_rules;
  if (!build_selection(options, lint_options.rules)) return kExitError;
  const auto fail_on = parse_severity(options.fail_on);
  if (!fail_on) {
    spdlog::error("--fail-on expects error, warning or info, got '{}'", options.fail_on);
    return kExitError;
  }
  if (options.format != "text" && options.format != "json") {
    spdlog::error("--format expects text or json, got '{}'", options.format);
    return kExitError;
  }

  Inputs inputs = discover_inputs(options.paths);
  const Linter linter(lint_options);
  const std::size_t count = inputs.files.size();
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(count, 1)));
  spdlog::debug("checking {} file(s) on {} thread(s)", count, jobs);

  // Workers fill slots; the main thread prints them in input order as soon as each is ready.
  std::vector<std::optional<FileReport>> slots(count);
  std::mutex mutex;
  std::condition_variable ready;
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    while (true) {
      const std::size_t i = next.fetch_add(1);
      if (i >= count) return;
      const std::string& path = inputs.files[i];
      FileReport report = path == "-" ? linter.lint_buffer("-", read_stdin()) : linter.lint_file(path);
      {
        std::lock_guard lock(mutex);
        slots[i] = std::move(report);
      }
      ready.notify_one();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);

  Summary summary;
  std::optional<JsonReportWriter> json;
  if (options.format == "json") json.emplace(std::cout);
  auto emit = [&](const FileReport& report) {
    summary.add(report);
    if (json) {
      json->file(report);
    } else {
      write_text_file(std::cout, report);
    }
  };
  // Unreadable paths are reported where they were named, between the files of the other arguments.
  std::size_t next_problem = 0;
  auto emit_problems_before = [&](std::size_t file_index) {
    for (; next_problem < inputs.problems.size() && inputs.problems[next_problem].before <= file_index; ++next_problem) {
      emit(inputs.problems[next_problem].report);
    }
  };
  for (std::size_t i = 0; i < count; ++i) {
    emit_problems_before(i);
    FileReport report;
    {
      std::unique_lock lock(mutex);
      ready.wait(lock, [&] { return slots[i].has_value(); });
      report = std::move(*slots[i]);
      slots[i].reset();
    }
    emit(report);
  }
  emit_problems_before(count);
  for (auto& t : threads) t.join();
  if (json) json->finish(summary);
  std::cout.flush();
  if (!options.quiet) std::cerr << text_summary(summary) << "\n";

  bool failing = summary.errors > 0;
  if (*fail_on <= Severity::kWarning) failing = failing || summary.warnings > 0;
  if (*fail_on <= Severity::kInfo) failing = failing || summary.infos > 0;
  if (options.max_warnings >= 0 && summary.warnings > static_cast<std::size_t>(options.max_warnings)) failing = true;
  return failing ? kExitFindings : kExitClean;
}

}  // namespace mlmlint::app

// Rendering reports. One Reporter per output format (lib/report_<format>.cc) behind one small streaming
// interface: begin, one file() per input file in input order, finish. The command line streams files as
// they are ready and never needs to know the formats.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "mlmlint/core/diagnostic.h"
#include "mlmlint/core/json_text.h"

namespace mlmlint {

// Per-rule counts (--statistics and the "fixable" total).
struct RuleCount {
  std::string code;
  std::string name;
  Severity severity = Severity::kError;
  std::size_t count = 0;
  bool safe_fix = false;  // the rule's fix class is "safe" (RuleInfo::fix)
};

struct Summary {
  std::size_t files = 0;                 // checked
  std::size_t not_stac = 0;              // found in a folder and skipped: not STAC (FileReport::not_stac)
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
  std::size_t fixable = 0;               // findings with a safe fix (--fix)
  std::size_t suggested = 0;             // findings with a suggested fix (--fix=unsafe)
  std::map<std::string, RuleCount> rules;  // by code
  void add(const FileReport& report);
};

// "Checked 2 files: 3 errors, 1 warning, 0 infos (1 fixable with --fix); skipped 1 JSON file that is not
// STAC." — the fix clause only when some finding has a fix, the skipped clause only when files were skipped.
std::string text_summary(const Summary& summary);

enum class ReportFormat { kText, kJson, kJsonLines, kSarif, kGithub, kJunit };
std::optional<ReportFormat> parse_report_format(std::string_view name);
inline constexpr std::string_view kReportFormatNames = "text, json, json-lines, sarif, github or junit";

struct ReportOptions {
  bool color = false;                     // ANSI colours (text only; see color_enabled)
  bool concise = false;                   // text: one line per finding, no source excerpt
  Severity fail_on = Severity::kError;    // junit: a file fails when it has a finding at or above this
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void begin() {}
  virtual void file(const FileReport& report) = 0;
  virtual void finish(const Summary& summary) = 0;
};

std::unique_ptr<Reporter> make_reporter(ReportFormat format, std::ostream& out, const ReportOptions& options);

// --statistics: one line (text) or object (json) per rule with findings, most frequent first.
void write_statistics(std::ostream& out, const Summary& summary, ReportFormat format, bool color);

// --color auto|always|never, NO_COLOR (https://no-color.org) and TERM=dumb. `is_tty` is whether the
// report goes to a terminal; `no_color`/`term` are the environment values (nullptr = unset).
// nullopt: `mode` is not one of the three words.
std::optional<bool> color_enabled(std::string_view mode, bool is_tty, const char* no_color, const char* term);

// --- one function per format (lib/report_<format>.cc), for make_reporter and the tests -------------------
std::unique_ptr<Reporter> make_text_reporter(std::ostream& out, const ReportOptions& options);
std::unique_ptr<Reporter> make_json_reporter(std::ostream& out, const ReportOptions& options);
// json-lines: one object per finding and line (the json format's diagnostic plus "path"), nothing else.
std::unique_ptr<Reporter> make_json_lines_reporter(std::ostream& out, const ReportOptions& options);
std::unique_ptr<Reporter> make_sarif_reporter(std::ostream& out, const ReportOptions& options);
std::unique_ptr<Reporter> make_github_reporter(std::ostream& out, const ReportOptions& options);
std::unique_ptr<Reporter> make_junit_reporter(std::ostream& out, const ReportOptions& options);

}  // namespace mlmlint

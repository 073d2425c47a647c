// JUnit XML for CI servers (Jenkins, GitLab, Azure): one testcase per checked file, failing when the file
// has a finding at or above --fail-on. The counts go in the opening tags, so the cases are kept until the
// end (a few lines per file).
#include <fmt/format.h>

#include "mlmlint/engine/report.h"
#include "report_util.h"

namespace mlmlint {

namespace {

using report_detail::xml_escape;

std::string finding_line(const FileReport& report, const Diagnostic& d) {
  return fmt::format("{}:{}:{}: {} {} {}: {}", report.path, d.line, d.column, severity_name(d.severity), d.code,
                     d.name, d.message);
}

class JunitReporter final : public Reporter {
 public:
  JunitReporter(std::ostream& out, const ReportOptions& options) : out_(out), fail_on_(options.fail_on) {}

  void file(const FileReport& report) override {
    ++tests_;
    std::string failing, other;
    std::size_t errors = 0, warnings = 0, infos = 0;
    for (const Diagnostic& d : report.diagnostics) {
      (d.severity >= fail_on_ ? failing : other) += finding_line(report, d) + "\n";
      switch (d.severity) {
        case Severity::kError: ++errors; break;
        case Severity::kWarning: ++warnings; break;
        case Severity::kInfo: ++infos; break;
      }
    }
    const std::string path = xml_escape(report.path);
    cases_ += fmt::format("    <testcase name=\"{}\" classname=\"mlm-lint\" file=\"{}\"", path, path);
    if (failing.empty() && other.empty()) {
      cases_ += "/>\n";
      return;
    }
    cases_ += ">\n";
    if (!failing.empty()) {
      ++failures_;
      cases_ += fmt::format("      <failure type=\"mlm-lint\" message=\"{} error{}, {} warning{}, {} info{}\">{}</failure>\n",
                            errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", infos,
                            infos == 1 ? "" : "s", xml_escape(failing));
    }
    // Findings below --fail-on do not fail the case but stay visible.
    if (!other.empty()) cases_ += fmt::format("      <system-out>{}</system-out>\n", xml_escape(other));
    cases_ += "    </testcase>\n";
  }

  void finish(const Summary&) override {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         << fmt::format("<testsuites name=\"mlm-lint\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n", tests_, failures_)
         << fmt::format("  <testsuite name=\"mlm-lint\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n",
                        tests_, failures_)
         << cases_ << "  </testsuite>\n</testsuites>\n";
    out_.flush();
  }

 private:
  std::ostream& out_;
  Severity fail_on_;
  std::string cases_;
  std::size_t tests_ = 0;
  std::size_t failures_ = 0;
};

}  // namespace

std::unique_ptr<Reporter> make_junit_reporter(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<JunitReporter>(out, options);
}

}  // namespace mlmlint

// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
#include <fmt/format.h>

#include "mlmlint/engine/report.h"
#include "report_util.h"

namespace mlmlint {

namespace {

// The runner splits a command at newlines and, inside properties, at ',' and '::'; these escapes are the
// ones its toolkit (@actions/core) uses. The job log is a terminal of sorts: any other control character,
// bidirectional override or invalid UTF-8 byte (a file name, a syntax error quoting the byte it met) is
// shown escaped as in the text report ("\x1b"), never raw.
std::string escape_data(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t start = 0;;) {
    const std::size_t line_end = text.find_first_of("\r\n", start);
    for (char c : report_detail::escape_for_terminal(text.substr(start, line_end - start), "\t")) {
      if (c == '%') out += "%25";
      else out += c;
    }
    if (line_end == std::string_view::npos) break;
    out += text[line_end] == '\r' ? "%0D" : "%0A";
    start = line_end + 1;
  }
  return out;
}

// Properties (file=, title=) also end at ':' and ','.
std::string escape_property(std::string_view text) {
  std::string out;
  for (char c : escape_data(text)) {
    switch (c) {
      case ':': out += "%3A"; break;
      case ',': out += "%2C"; break;
      default: out += c;
    }
  }
  return out;
}

std::string_view command_of(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "notice";
  }
  return "error";
}

class GithubReporter final : public Reporter {
 public:
  explicit GithubReporter(std::ostream& out) : out_(out) {}

  void file(const FileReport& report) override {
    const std::string file = escape_property(report.path);
    for (const Diagnostic& d : report.diagnostics) {
      // The hint goes on a second line of the annotation: it is what the reader of the PR can act on.
      std::string message = d.message;
      if (!d.hint.empty()) message += "\nhint: " + d.hint;
      out_ << fmt::format("::{} file={},line={},col={},title={}::{}\n", command_of(d.severity), file, d.line, d.column,
                          escape_property(fmt::format("{} {}", d.code, d.name)), escape_data(message));
    }
  }

  void finish(const Summary&) override { out_.flush(); }

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Reporter> make_github_reporter(std::ostream& out, const ReportOptions&) {
  return std::make_unique<GithubReporter>(out);
}

}  // namespace mlmlint

#include "mlmlint/report.h"

#include <fmt/format.h>

namespace mlmlint {

void Summary::add(const FileReport& report) {
  ++files;
  for (const auto& d : report.diagnostics) {
    switch (d.severity) {
      case Severity::kError: ++errors; break;
      case Severity::kWarning: ++warnings; break;
      case Severity::kInfo: ++infos; break;
    }
  }
}

void write_text_file(std::ostream& out, const FileReport& report) {
  for (const auto& d : report.diagnostics) {
    out << fmt::format("{}:{}:{}: {} {} {}: {}\n", report.path, d.line, d.column, severity_name(d.severity), d.code,
                       d.name, d.message);
  }
}

std::string text_summary(const Summary& s) {
  auto plural = [](std::size_t n, std::string_view word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
  };
  return fmt::format("Checked {}: {}, {}, {}.", plural(s.files, "file"), plural(s.errors, "error"),
                     plural(s.warnings, "warning"), plural(s.infos, "info"));
}


JsonReportWriter::JsonReportWriter(std::ostream& out) : out_(out) { out_ << "{\"version\":1,\"files\":["; }

void JsonReportWriter::file(const FileReport& report) {
  out_ << (first_ ? "" : ",") << "\n{\"path\":" << json_quote(report.path) << ",\"diagnostics\":[";
  first_ = false;
  bool first_diagnostic = true;
  for (const auto& d : report.diagnostics) {
    out_ << (first_diagnostic ? "" : ",") << "\n  {\"code\":" << json_quote(d.code) << ",\"name\":" << json_quote(d.name)
         << ",\"severity\":" << json_quote(severity_name(d.severity)) << ",\"pointer\":" << json_quote(d.pointer)
         << ",\"line\":" << d.line << ",\"column\":" << d.column << ",\"message\":" << json_quote(d.message)
         << ",\"hint\":" << (d.hint.empty() ? "null" : json_quote(d.hint)) << "}";
    first_diagnostic = false;
  }
  out_ << "]}";
}

void JsonReportWriter::finish(const Summary& s) {
  out_ << "\n],\"summary\":{\"files\":" << s.files << ",\"errors\":" << s.errors << ",\"warnings\":" << s.warnings
       << ",\"infos\":" << s.infos << "}}\n";
}

}  // namespace mlmlint

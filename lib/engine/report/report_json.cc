// {"version":1,"files":[...],"summary":{...}}: versioned and stable (README "Output formats"); streamed.
// json-lines: the same diagnostic objects with their "path", one per line, for `jq` and log pipelines.
#include "mlmlint/engine/report.h"

namespace mlmlint {

namespace {

// {"applicability":"safe"|"suggest","description":...,["withheld":...,]"edits":[RFC 6902 operations]} or null.
void write_fix(std::ostream& out, const std::optional<Fix>& fix) {
  if (!fix) {
    out << "null";
    return;
  }
  out << "{\"applicability\":" << (fix->safe ? "\"safe\"" : "\"suggest\"")
      << ",\"description\":" << json_quote(fix->description);
  // Only on a safe fix that --fix withheld (then a suggestion): why it was not applied.
  if (!fix->withheld.empty()) out << ",\"withheld\":" << json_quote(fix->withheld);
  out << ",\"edits\":[";
  for (std::size_t i = 0; i < fix->edits.size(); ++i) {
    const FixEdit& e = fix->edits[i];
    out << (i ? "," : "") << "{\"op\":" << json_quote(e.op) << ",\"path\":" << json_quote(e.path);
    if (e.op == "move") out << ",\"from\":" << json_quote(e.from);
    if (e.op == "add" || e.op == "replace") out << ",\"value\":" << e.value;
    out << "}";
  }
  out << "]}";
}

// The members of one diagnostic object, without the braces.
void write_diagnostic_members(std::ostream& out, const Diagnostic& d) {
  out << "\"code\":" << json_quote(d.code) << ",\"name\":" << json_quote(d.name)
      << ",\"severity\":" << json_quote(severity_name(d.severity)) << ",\"pointer\":" << json_quote(d.pointer)
      << ",\"line\":" << d.line << ",\"column\":" << d.column << ",\"message\":" << json_quote(d.message)
      << ",\"hint\":" << (d.hint.empty() ? "null" : json_quote(d.hint)) << ",\"fix\":";
  write_fix(out, d.fix);
}

class JsonReporter final : public Reporter {
 public:
  explicit JsonReporter(std::ostream& out) : out_(out) {}

  void begin() override { out_ << "{\"version\":1,\"files\":["; }

  void file(const FileReport& report) override {
    out_ << (first_ ? "" : ",") << "\n{\"path\":" << json_quote(report.path) << ",\"diagnostics\":[";
    first_ = false;
    bool first_diagnostic = true;
    for (const auto& d : report.diagnostics) {
      out_ << (first_diagnostic ? "" : ",") << "\n  {";
      write_diagnostic_members(out_, d);
      out_ << "}";
      first_diagnostic = false;
    }
    out_ << "]}";
  }

  void finish(const Summary& s) override {
    out_ << "\n],\"summary\":{\"files\":" << s.files << ",\"errors\":" << s.errors << ",\"warnings\":" << s.warnings
         << ",\"infos\":" << s.infos;
    // Only when files were skipped, so that the summary of a run without any stays as it was.
    if (s.not_stac > 0) out_ << ",\"skipped_not_stac\":" << s.not_stac;
    out_ << "}}\n";
    out_.flush();
  }

 private:
  std::ostream& out_;
  bool first_ = true;
};

class JsonLinesReporter final : public Reporter {
 public:
  explicit JsonLinesReporter(std::ostream& out) : out_(out) {}

  void file(const FileReport& report) override {
    for (const auto& d : report.diagnostics) {
      out_ << "{\"path\":" << json_quote(report.path) << ",";
      write_diagnostic_members(out_, d);
      out_ << "}\n";
    }
  }

  void finish(const Summary&) override { out_.flush(); }

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter(std::ostream& out, const ReportOptions&) {
  return std::make_unique<JsonReporter>(out);
}

std::unique_ptr<Reporter> make_json_lines_reporter(std::ostream& out, const ReportOptions&) {
  return std::make_unique<JsonLinesReporter>(out);
}

}  // namespace mlmlint

// {"version":1,"files":[...],"summary":{...}}: versioned and stable (README "Output formats"); streamed.
#include "mlmlint/engine/report.h"

namespace mlmlint {

namespace {

class JsonReporter final : public Reporter {
 public:
  explicit JsonReporter(std::ostream& out) : out_(out) {}

  void begin() override { out_ << "{\"version\":1,\"files\":["; }

  void file(const FileReport& report) override {
    out_ << (first_ ? "" : ",") << "\n{\"path\":" << json_quote(report.path) << ",\"diagnostics\":[";
    first_ = false;
    bool first_diagnostic = true;
    for (const auto& d : report.diagnostics) {
      out_ << (first_diagnostic ? "" : ",") << "\n  {\"code\":" << json_quote(d.code) << ",\"name\":" << json_quote(d.name)
           << ",\"severity\":" << json_quote(severity_name(d.severity)) << ",\"pointer\":" << json_quote(d.pointer)
           << ",\"line\":" << d.line << ",\"column\":" << d.column << ",\"message\":" << json_quote(d.message)
           << ",\"hint\":" << (d.hint.empty() ? "null" : json_quote(d.hint)) << ",\"fix\":";
      write_fix(d.fix);
      out_ << "}";
      first_diagnostic = false;
    }
    out_ << "]}";
  }

  void finish(const Summary& s) override {
    out_ << "\n],\"summary\":{\"files\":" << s.files << ",\"errors\":" << s.errors << ",\"warnings\":" << s.warnings
         << ",\"infos\":" << s.infos << "}}\n";
    out_.flush();
  }

 private:
  // {"applicability":"safe"|"suggest","description":...,["withheld":...,]"edits":[RFC 6902 operations]} or null.
  void write_fix(const std::optional<Fix>& fix) {
    if (!fix) {
      out_ << "null";
      return;
    }
    out_ << "{\"applicability\":" << (fix->safe ? "\"safe\"" : "\"suggest\"")
         << ",\"description\":" << json_quote(fix->description);
    // Only on a safe fix that --fix withheld (then a suggestion): why it was not applied.
    if (!fix->withheld.empty()) out_ << ",\"withheld\":" << json_quote(fix->withheld);
    out_ << ",\"edits\":[";
    for (std::size_t i = 0; i < fix->edits.size(); ++i) {
      const FixEdit& e = fix->edits[i];
      out_ << (i ? "," : "") << "{\"op\":" << json_quote(e.op) << ",\"path\":" << json_quote(e.path);
      if (e.op == "move") out_ << ",\"from\":" << json_quote(e.from);
      if (e.op == "add" || e.op == "replace") out_ << ",\"value\":" << e.value;
      out_ << "}";
    }
    out_ << "]}";
  }

  std::ostream& out_;
  bool first_ = true;
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter(std::ostream& out, const ReportOptions&) {
  return std::make_unique<JsonReporter>(out);
}

}  // namespace mlmlint

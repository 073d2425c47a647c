// SARIF 2.1.0 (OASIS), for code-scanning dashboards (GitHub code scanning, Azure DevOps, SonarQube):
// one run whose tool.driver.rules is the whole catalogue with each rule's documentation as help, and one
// result per finding with its physical location. Checked against the official schema by
// tests/engine/report_sarif_test.cc.
#include <fmt/format.h>

#include "mlmlint/engine/linter.h"
#include "mlmlint/engine/report.h"
#include "mlmlint/core/source_lines.h"
#include "mlmlint/rules/registry.h"
#include "report_util.h"

#ifndef MLMLINT_VERSION
#define MLMLINT_VERSION "0.0.0"
#endif

namespace mlmlint {

namespace {

// SARIF is JSON read by strict parsers: document-controlled text must be valid UTF-8 too, which json_quote
// ensures (invalid bytes become U+FFFD).
std::string quote(std::string_view text) { return json_quote(text); }

std::string_view level_of(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "note";
  }
  return "error";
}

// artifactLocation.uri is a URI reference: a relative path stays relative (GitHub resolves it against the
// repository root), an absolute one becomes a file: URI; bytes outside the unreserved and path characters are
// percent-encoded (':' too, so that a first segment cannot read as a scheme).
std::string path_uri(std::string_view path) {
  while (path.substr(0, 2) == "./") path.remove_prefix(2);
  std::string out = !path.empty() && path[0] == '/' ? "file://" : "";
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                       c == '.' || c == '_' || c == '~' || c == '/' || c == '!' || c == '$' || c == '&' ||
                       c == '\'' || c == '(' || c == ')' || c == '*' || c == '+' || c == ',' || c == ';' ||
                       c == '=' || c == '@';
    out += plain ? std::string(1, ch) : fmt::format("%{:02X}", c);
  }
  return out;
}

class SarifReporter final : public Reporter {
 public:
  explicit SarifReporter(std::ostream& out) : out_(out) {}

  void begin() override {
    out_ << "{\"$schema\":\"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{\n"
         << "\"tool\":{\"driver\":{\"name\":\"mlm-lint\",\"version\":" << quote(MLMLINT_VERSION)
         << ",\"semanticVersion\":" << quote(MLMLINT_VERSION) << ",\"rules\":[";
    std::size_t index = 0;
    for (const RuleInfo* rule : all_rules()) {
      // The page is Markdown (what dashboards render); the plain-text help points to it rather than
      // repeating 130 kB of documentation a second time.
      write_rule(index++, rule->code, rule->name, rule->summary,
                 fmt::format("Checks that {}. `mlm-lint explain {}` shows the rule's documentation.", rule->summary,
                             rule->code),
                 rule_doc(rule->code), rule->severity, fix_class_name(rule->fix));
    }
    // The pipeline codes have no rule page: their one-sentence summary is the help.
    for (const PipelineCode* p : kPipelineCodes) {
      write_rule(index++, p->code, p->name, p->summary, p->summary, {}, p->severity, "no");
    }
    // Columns are converted from bytes to code points with the source lines the Linter kept.
    out_ << "\n]}},\n\"columnKind\":\"unicodeCodePoints\",\n\"results\":[";
  }

  void file(const FileReport& report) override {
    const std::string uri = quote(path_uri(report.path));
    for (const Diagnostic& d : report.diagnostics) {
      out_ << (first_result_ ? "" : ",") << "\n{\"ruleId\":" << quote(d.code);
      first_result_ = false;
      if (auto it = rule_index_.find(d.code); it != rule_index_.end()) out_ << ",\"ruleIndex\":" << it->second;
      out_ << ",\"level\":\"" << level_of(d.severity) << "\",\"message\":{\"text\":" << quote(d.message) << "}"
           << ",\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":" << uri << "}";
      if (d.line > 0) {
        out_ << ",\"region\":{\"startLine\":" << d.line;
        if (d.column > 0) {
          const std::size_t start = code_point_column(report, d);
          out_ << ",\"startColumn\":" << start;
          if (const std::size_t end = end_column(report, d, start); end > start) out_ << ",\"endColumn\":" << end;
        }
        out_ << "}";
      }
      out_ << "}}],\"properties\":{\"pointer\":" << quote(d.pointer);
      if (!d.hint.empty()) out_ << ",\"hint\":" << quote(d.hint);
      out_ << "}}";
    }
  }

  void finish(const Summary&) override {
    out_ << "\n]}]}\n";
    out_.flush();
  }

 private:
  void write_rule(std::size_t index, std::string_view code, std::string_view name, std::string_view summary,
                  std::string_view help, std::string_view markdown, Severity severity, std::string_view fix) {
    rule_index_.emplace(std::string(code), index);
    out_ << (index ? "," : "") << "\n{\"id\":" << quote(code) << ",\"name\":" << quote(name)
         << ",\"shortDescription\":{\"text\":" << quote(summary) << "},\"help\":{\"text\":" << quote(help);
    if (!markdown.empty()) out_ << ",\"markdown\":" << quote(markdown);
    out_ << "},\"defaultConfiguration\":{\"level\":\"" << level_of(severity) << "\"},\"properties\":{\"fix\":"
         << quote(fix) << "}}";
  }

  // SARIF columns count characters, ours count bytes: the source line tells how many code points precede.
  static std::size_t code_point_column(const FileReport& report, const Diagnostic& d) {
    const SourceLine* source = report.source_line(d.line, d.column);
    if (!source) return d.column;  // no text (MLM900/MLM906): those findings are at 1:1 anyway
    const std::size_t bytes = d.column - source->first_column;
    return source->chars_before + count_code_points(std::string_view(source->text).substr(0, bytes)) + 1;
  }

  // The column after the token the finding marks (the key of a finding about a key, else the value's first
  // token), exclusive as SARIF wants it; `start` when the text is not available.
  static std::size_t end_column(const FileReport& report, const Diagnostic& d, std::size_t start) {
    const SourceLine* source = report.source_line(d.line, d.column);
    if (!source) return start;
    const std::string_view text = source->text;
    const std::size_t offset = std::min<std::size_t>(d.column - source->first_column, text.size());
    return start + count_code_points(text.substr(offset, report_detail::token_length(text, offset)));
  }

  std::ostream& out_;
  bool first_result_ = true;
  std::map<std::string, std::size_t, std::less<>> rule_index_;
};

}  // namespace

std::unique_ptr<Reporter> make_sarif_reporter(std::ostream& out, const ReportOptions&) {
  return std::make_unique<SarifReporter>(out);
}

}  // namespace mlmlint

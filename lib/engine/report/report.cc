// What every format shares: the summary, per-rule counts, the format and colour choices.
#include "mlmlint/engine/report.h"

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "mlmlint/rules/registry.h"
#include "report_util.h"

namespace mlmlint {

void Summary::add(const FileReport& report) {
  if (report.not_stac) {
    ++not_stac;
    return;
  }
  ++files;
  for (const auto& d : report.diagnostics) {
    switch (d.severity) {
      case Severity::kError: ++errors; break;
      case Severity::kWarning: ++warnings; break;
      case Severity::kInfo: ++infos; break;
    }
    auto [it, inserted] = rules.try_emplace(d.code);
    RuleCount& count = it->second;
    if (inserted) {
      count.code = d.code;
      count.name = d.name;
      count.severity = d.severity;
      // Pipeline codes (MLM000, MLM9xx) are not in the catalogue and have no fix.
      const RuleInfo* rule = find_rule(d.code);
      count.safe_fix = rule && rule->fix == FixClass::kSafe;
    }
    // A code has one effective severity per run; keep the most severe should that ever change.
    count.severity = std::max(count.severity, d.severity);
    ++count.count;
    if (d.fix && d.fix->safe) ++fixable;
    if (d.fix && !d.fix->safe) ++suggested;
  }
}

std::string text_summary(const Summary& s) {
  auto plural = [](std::size_t n, std::string_view word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
  };
  std::string fixable;
  if (s.fixable > 0 && s.suggested > 0) {
    fixable = fmt::format(" ({} fixable with --fix, {} more with --fix=unsafe)", s.fixable, s.suggested);
  } else if (s.fixable > 0) {
    fixable = fmt::format(" ({} fixable with --fix)", s.fixable);
  } else if (s.suggested > 0) {
    fixable = fmt::format(" ({} fixable with --fix=unsafe)", s.suggested);
  }
  std::string skipped;
  if (s.not_stac > 0) {
    skipped = fmt::format("; skipped {} JSON file{} that {} not STAC", s.not_stac, s.not_stac == 1 ? "" : "s",
                          s.not_stac == 1 ? "is" : "are");
  }
  return fmt::format("Checked {}: {}, {}, {}{}{}.", plural(s.files, "file"), plural(s.errors, "error"),
                     plural(s.warnings, "warning"), plural(s.infos, "info"), fixable, skipped);
}

std::optional<ReportFormat> parse_report_format(std::string_view name) {
  if (name == "text") return ReportFormat::kText;
  if (name == "json") return ReportFormat::kJson;
  if (name == "json-lines") return ReportFormat::kJsonLines;
  if (name == "sarif") return ReportFormat::kSarif;
  if (name == "github") return ReportFormat::kGithub;
  if (name == "junit") return ReportFormat::kJunit;
  return std::nullopt;
}

std::unique_ptr<Reporter> make_reporter(ReportFormat format, std::ostream& out, const ReportOptions& options) {
  switch (format) {
    case ReportFormat::kText: return make_text_reporter(out, options);
    case ReportFormat::kJson: return make_json_reporter(out, options);
    case ReportFormat::kJsonLines: return make_json_lines_reporter(out, options);
    case ReportFormat::kSarif: return make_sarif_reporter(out, options);
    case ReportFormat::kGithub: return make_github_reporter(out, options);
    case ReportFormat::kJunit: return make_junit_reporter(out, options);
  }
  return make_text_reporter(out, options);
}

std::optional<bool> color_enabled(std::string_view mode, bool is_tty, const char* no_color, const char* term) {
  if (mode == "always") return true;  // an explicit request beats NO_COLOR, as no-color.org intends
  if (mode == "never") return false;
  if (mode != "auto") return std::nullopt;
  // NO_COLOR counts when set and non-empty (no-color.org).
  if (no_color && *no_color) return false;
  if (term && std::strcmp(term, "dumb") == 0) return false;
  return is_tty;
}

void write_statistics(std::ostream& out, const Summary& summary, ReportFormat format, bool color) {
  std::vector<const RuleCount*> rows;
  for (const auto& [code, count] : summary.rules) rows.push_back(&count);
  // Most frequent first (what to fix first), then by code for a stable order.
  std::stable_sort(rows.begin(), rows.end(), [](const RuleCount* a, const RuleCount* b) { return a->count > b->count; });
  if (format == ReportFormat::kJson) {
    out << "{\"version\":1,\"statistics\":[";
    bool first = true;
    for (const RuleCount* r : rows) {
      out << (first ? "" : ",") << "\n{\"code\":" << json_quote(r->code) << ",\"name\":" << json_quote(r->name)
          << ",\"severity\":" << json_quote(severity_name(r->severity)) << ",\"count\":" << r->count
          << ",\"safe_fix\":" << (r->safe_fix ? "true" : "false") << "}";
      first = false;
    }
    out << "\n]}\n";
    return;
  }
  std::size_t name_width = 0;
  for (const RuleCount* r : rows) name_width = std::max(name_width, r->name.size());
  for (const RuleCount* r : rows) {
    const std::string code = color ? fmt::format("\x1b[1m{}\x1b[0m", r->code) : r->code;
    std::string line = fmt::format("{:>5}  {}  {:<7}  {}", r->count, code, severity_name(r->severity),
                                   report_detail::escape_for_terminal(r->name));
    if (r->safe_fix) line += fmt::format("{:>{}}", "[safe fix]", name_width - r->name.size() + 12);
    out << line << "\n";
  }
}

}  // namespace mlmlint

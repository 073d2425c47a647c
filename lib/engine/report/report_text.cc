// The terminal format. Full (default): the finding's line, then the source line with carets under the
// value and the hint, as rustc and ruff show findings. Concise: one `path:line:col: ...` line per finding.
#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "mlmlint/engine/report.h"
#include "mlmlint/core/utf8.h"
#include "report_util.h"

namespace mlmlint {

namespace {

using report_detail::escape_for_terminal;
using report_detail::token_length;

// Excerpts show at most this many characters of a line, centred on the finding.
constexpr std::size_t kMaxExcerptWidth = 120;
// Characters shown before the column when a long line is cut.
constexpr std::size_t kLeftContext = 40;
constexpr std::string_view kEllipsis = "...";

struct Style {
  bool on = false;
  std::string wrap(std::string_view text, std::string_view code) const {
    if (!on) return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
  }
  static std::string_view severity_code(Severity s) {
    switch (s) {
      case Severity::kError: return "1;31";
      case Severity::kWarning: return "1;33";
      case Severity::kInfo: return "1;36";
    }
    return "1";
  }
};

// One displayed character of a source line: the bytes it stands for and what is printed.
struct Cell {
  std::size_t byte = 0;  // offset in SourceLine::text
  std::string shown;     // escaped; usually the character itself
};

std::vector<Cell> cells_of(std::string_view text) {
  std::vector<Cell> cells;
  cells.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    std::size_t len = decode_utf8(text, i, cp);
    if (len == 0) len = 1;
    // Tabs become 4 spaces (as rustc does) so that the caret line needs no tabs of its own; each escape
    // ("\x1b") is several cells, counted as printed.
    const std::string shown = escape_for_terminal(text.substr(i, len), "    ");
    if (shown == text.substr(i, len)) {
      cells.push_back({i, shown});
    } else {
      for (char c : shown) cells.push_back({i, std::string(1, c)});
    }
    i += len;
  }
  return cells;
}

struct Excerpt {
  std::string line;    // what is printed after the gutter
  std::size_t caret_at = 0;
  std::size_t caret_width = 1;
};

Excerpt make_excerpt(const SourceLine& source, std::uint32_t column) {
  const std::size_t offset = std::min<std::size_t>(column - source.first_column, source.text.size());
  const std::size_t token = token_length(source.text, offset);
  const std::vector<Cell> cells = cells_of(source.text);
  // Cells [caret_first, caret_last) stand for the bytes of the token.
  std::size_t caret_first = cells.size(), caret_last = cells.size();
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (cells[i].byte >= offset && caret_first == cells.size()) caret_first = i;
    if (cells[i].byte >= offset + token) {
      caret_last = i;
      break;
    }
  }
  // The window of cells shown: everything if it fits, else kLeftContext cells before the caret.
  std::size_t first = 0, last = cells.size();
  bool cut_before = source.cut_before, cut_after = source.cut_after;
  if (cells.size() > kMaxExcerptWidth) {
    first = caret_first > kLeftContext ? caret_first - kLeftContext : 0;
    last = std::min(cells.size(), first + kMaxExcerptWidth);
    if (last - first < kMaxExcerptWidth) first = last > kMaxExcerptWidth ? last - kMaxExcerptWidth : 0;
    cut_before = cut_before || first > 0;
    cut_after = cut_after || last < cells.size();
  }
  Excerpt e;
  if (cut_before) e.line += kEllipsis;
  for (std::size_t i = first; i < last; ++i) e.line += cells[i].shown;
  if (cut_after) e.line += kEllipsis;
  const std::size_t prefix = cut_before ? kEllipsis.size() : 0;
  const std::size_t shown_first = std::clamp(caret_first, first, last);
  const std::size_t shown_last = std::clamp(caret_last, shown_first, last);
  e.caret_at = prefix + (shown_first - first);
  e.caret_width = std::max<std::size_t>(1, shown_last - shown_first);
  return e;
}

class TextReporter final : public Reporter {
 public:
  TextReporter(std::ostream& out, const ReportOptions& options) : out_(out), options_(options) {
    style_.on = options.color;
  }

  void file(const FileReport& report) override {
    const std::string path = escape_for_terminal(report.path);
    for (const Diagnostic& d : report.diagnostics) {
      const std::string_view severity_color = Style::severity_code(d.severity);
      out_ << style_.wrap(fmt::format("{}:{}:{}:", path, d.line, d.column), "1") << ' '
           << style_.wrap(severity_name(d.severity), severity_color) << ' ' << style_.wrap(d.code, "1") << ' '
           << d.name << ": " << escape_for_terminal(d.message) << '\n';
      if (options_.concise) continue;
      const SourceLine* source = report.source_line(d.line, d.column);
      const std::string number = std::to_string(d.line);
      const std::string blank(source ? number.size() : 1, ' ');
      if (source) {
        const Excerpt e = make_excerpt(*source, d.column);
        out_ << blank << ' ' << style_.wrap("|", "1;34") << '\n';
        out_ << style_.wrap(number + " |", "1;34") << (e.line.empty() ? "" : " ") << e.line << '\n';
        out_ << blank << ' ' << style_.wrap("|", "1;34") << ' ' << std::string(e.caret_at, ' ')
             << style_.wrap(std::string(e.caret_width, '^'), severity_color) << '\n';
      }
      if (!d.hint.empty()) {
        out_ << blank << ' ' << style_.wrap("=", "1;34") << ' ' << style_.wrap("hint", "1") << ": "
             << escape_for_terminal(d.hint) << '\n';
      }
      if (d.fix) {
        out_ << blank << ' ' << style_.wrap("=", "1;34") << ' ' << style_.wrap("fix", "1") << ": "
             << escape_for_terminal(d.fix->description) << (d.fix->safe ? " (--fix" : " (--fix=unsafe")
             << (d.fix->withheld.empty() ? "" : "; ") << escape_for_terminal(d.fix->withheld) << ")\n";
      }
      out_ << '\n';
    }
  }

  void finish(const Summary&) override { out_.flush(); }

 private:
  std::ostream& out_;
  ReportOptions options_;
  Style style_;
};

}  // namespace

std::unique_ptr<Reporter> make_text_reporter(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<TextReporter>(out, options);
}

}  // namespace mlmlint

#include "mlmlint/core/source_lines.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace mlmlint {

namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Moves `offset` back to the start of the UTF-8 sequence it is inside (at most 3 bytes back).
std::size_t align_back(std::string_view line, std::size_t offset) {
  for (int i = 0; i < 3 && offset > 0 && offset < line.size() && is_continuation(line[offset]); ++i) --offset;
  return offset;
}

// Moves `offset` forward past the continuation bytes of the sequence it is inside.
std::size_t align_forward(std::string_view line, std::size_t offset) {
  for (int i = 0; i < 3 && offset < line.size() && is_continuation(line[offset]); ++i) ++offset;
  return offset;
}

}  // namespace

std::size_t count_code_points(std::string_view bytes) {
  std::size_t n = 0;
  for (char c : bytes) n += is_continuation(c) ? 0 : 1;
  return n;
}

const SourceLine* FileReport::source_line(std::uint32_t line, std::uint32_t column) const {
  // Few entries per file (one per line with findings): a linear scan is enough.
  for (const SourceLine& s : source) {
    if (s.line != line) continue;
    const std::size_t end = s.first_column + s.text.size();
    // The column just past the text is included: a finding at the end of a line (e.g. "unexpected end").
    if (column >= s.first_column && column <= end) return &s;
  }
  return nullptr;
}

std::vector<SourceLine> extract_source_lines(std::string_view text, const std::vector<Diagnostic>& diagnostics) {
  // (line, column) pairs wanted, sorted so that the text is walked once, front to back.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> wanted;
  wanted.reserve(diagnostics.size());
  for (const Diagnostic& d : diagnostics) {
    if (d.line != 0) wanted.emplace_back(d.line, std::max<std::uint32_t>(d.column, 1));
  }
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());

  std::vector<SourceLine> out;
  std::uint32_t line = 1;
  std::size_t line_start = 0;
  std::size_t i = 0;
  while (i < wanted.size()) {
    const std::uint32_t target = wanted[i].first;
    // Advance to the target line with memchr: the valid majority of the text is skipped quickly.
    while (line < target && line_start <= text.size()) {
      const void* nl = line_start < text.size()
                           ? std::memchr(text.data() + line_start, '\n', text.size() - line_start)
                           : nullptr;
      if (!nl) {
        line_start = text.size() + 1;  // past the end: the target line does not exist
        break;
      }
      line_start = static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) + 1;
      ++line;
    }
    if (line != target || line_start > text.size()) {
      // A position beyond the text (should not happen): nothing to quote for the remaining pairs.
      break;
    }
    const void* nl = std::memchr(text.data() + line_start, '\n', text.size() - line_start);
    std::size_t line_end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) : text.size();
    if (line_end > line_start && text[line_end - 1] == '\r') --line_end;  // CRLF files
    const std::string_view whole = text.substr(line_start, line_end - line_start);

    // Every wanted column of this line.
    std::size_t j = i;
    while (j < wanted.size() && wanted[j].first == target) ++j;
    if (whole.size() <= kMaxStoredLine) {
      out.push_back({target, 1, 0, false, false, std::string(whole)});
    } else {
      // Windows around each column, merged when they overlap.
      std::size_t window_start = 0, window_end = 0;
      bool open = false;
      // Code points before each window, counted incrementally: a minified line may hold thousands of them.
      std::size_t counted_to = 0, chars = 0;
      auto flush = [&] {
        chars += count_code_points(whole.substr(counted_to, window_start - counted_to));
        counted_to = window_start;
        SourceLine s;
        s.line = target;
        s.first_column = static_cast<std::uint32_t>(window_start + 1);
        s.chars_before = static_cast<std::uint32_t>(chars);
        s.cut_before = window_start > 0;
        s.cut_after = window_end < whole.size();
        s.text = std::string(whole.substr(window_start, window_end - window_start));
        out.push_back(std::move(s));
      };
      for (std::size_t k = i; k < j; ++k) {
        const std::size_t offset = std::min<std::size_t>(wanted[k].second - 1, whole.size());
        const std::size_t start = align_back(whole, offset > kSourceWindow ? offset - kSourceWindow : 0);
        const std::size_t end = align_forward(whole, std::min(whole.size(), offset + kSourceWindow));
        if (open && start <= window_end) {
          window_end = std::max(window_end, end);
          continue;
        }
        if (open) flush();
        window_start = start;
        window_end = end;
        open = true;
      }
      if (open) flush();
    }
    i = j;
  }
  return out;
}

}  // namespace mlmlint

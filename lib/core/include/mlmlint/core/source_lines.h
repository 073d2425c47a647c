// The source lines quoted by a file's findings (FileReport::source), taken from the text the Linter
// already holds, so that no reporter reads a file twice.
#pragma once

#include <string_view>
#include <vector>

#include "mlmlint/core/diagnostic.h"

namespace mlmlint {

// Lines longer than this are stored as windows around the findings' columns, not whole: a minified
// 60 MB document is one line, and the reports quote at most ~120 characters of it.
inline constexpr std::size_t kMaxStoredLine = 1024;
// Bytes kept on each side of a finding's column in such a window.
inline constexpr std::size_t kSourceWindow = 256;

// One pass over `text` for the lines of `diagnostics` (line 0 is ignored). `text` is what was parsed
// (after a byte order mark), so byte columns match.
std::vector<SourceLine> extract_source_lines(std::string_view text, const std::vector<Diagnostic>& diagnostics);

// UTF-8 helpers shared by the reporters.
// Number of code points in `bytes` (continuation bytes are not counted; invalid bytes count as one each).
std::size_t count_code_points(std::string_view bytes);

}  // namespace mlmlint

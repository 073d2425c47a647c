// NDJSON / JSON Lines input (`.ndjson`, `.jsonl`, or `--ndjson` for stdin): one document per line. The
// input is read as a stream, in chunks of whole lines, so memory stays flat however long it is; chunks are
// linted in parallel and merged in order. Findings carry the line number in the file and a pointer relative
// to their own document.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "mlmlint/core/diagnostic.h"

namespace mlmlint {

class Linter;
struct RuleSelection;

// `.ndjson` or `.jsonl` (any case).
bool is_ndjson_name(std::string_view path);

struct NdjsonOptions {
  unsigned threads = 1;                  // threads linting chunks (the calling thread reads and merges)
  std::size_t chunk_bytes = 1u << 20;    // a chunk ends after the line that reaches this size...
  std::size_t chunk_lines = 1024;        // ... or after this many lines
};

// Lints the lines read from `fd` (left open; e.g. 0 for stdin). Blank lines are skipped. A line that is not
// valid JSON is an MLM901 at that line, and the next lines are still checked. A line longer than the
// Linter's max_file_size, or a document beyond its max_documents, is an MLM906 (after the latter nothing
// more is read); a read error is an MLM900 at the line where it happened.
FileReport lint_ndjson_fd(const Linter& linter, const std::string& display_path, int fd, const RuleSelection& rules,
                          const NdjsonOptions& options = {});

// The same for lines already in memory, on the calling thread, as lines `first_line`, `first_line` + 1, ... of
// the file: a range of whole lines of a larger file (a distributed scan hands each worker one) gets the
// findings the whole file would give there. --max-documents counts the documents of `text` only.
FileReport lint_ndjson_text(const Linter& linter, const std::string& display_path, std::string_view text,
                            const RuleSelection& rules, std::uint32_t first_line = 1);

// The same for a file, which must be a regular file (MLM900 otherwise: FIFOs and devices are never read).
FileReport lint_ndjson_file(const Linter& linter, const std::string& path, const RuleSelection& rules,
                            const NdjsonOptions& options = {});

// Checks one named file as `mlm-lint check FILE` does: an NDJSON file (by its name) line by line, any other
// file as one document.
FileReport lint_input_file(const Linter& linter, const std::string& path, const RuleSelection& rules,
                           const NdjsonOptions& options = {});

}  // namespace mlmlint

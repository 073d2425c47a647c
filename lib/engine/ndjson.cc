#include "mlmlint/engine/ndjson.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iterator>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "mlmlint/core/ordered_parallel.h"
#include "mlmlint/engine/linter.h"

namespace mlmlint {

namespace {

struct Document {
  std::size_t offset = 0;  // in Chunk::text
  std::size_t size = 0;
  std::uint32_t line = 0;  // in the file
};

// Whole lines of the input: the documents to lint, and what the reader itself found (a line too long, the
// document limit, a read error), each at its line.
struct Chunk {
  std::string text;
  std::vector<Document> documents;
  std::vector<Diagnostic> problems;
};

Diagnostic line_problem(const PipelineCode& code, std::uint32_t line, std::string message) {
  return {std::string(code.code), std::string(code.name), code.severity, "", line, 1, std::move(message), ""};
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// Reads lines from a file descriptor in blocks, holding at most one line (up to the size limit) plus one block.
class LineReader {
 public:
  LineReader(int fd, std::string path, std::size_t max_line, std::size_t max_documents)
      : fd_(fd), path_(std::move(path)), max_line_(max_line), max_documents_(max_documents) {}
  // Lines already in memory (lint_ndjson_text): the whole input is the buffer, nothing is read; the first
  // line is line `first_line` of the file.
  LineReader(std::string_view text, std::string path, std::size_t max_line, std::size_t max_documents,
             std::uint32_t first_line)
      : fd_(-1), path_(std::move(path)), max_line_(max_line), max_documents_(max_documents), buffer_(text),
        eof_(true), line_(first_line - 1) {}

  // The next lines, up to the options' chunk size; false when there was nothing more to read.
  bool next(Chunk& chunk, const NdjsonOptions& options) {
    chunk.text.clear();
    chunk.documents.clear();
    chunk.problems.clear();
    while (!done_ && chunk.documents.size() < options.chunk_lines && chunk.text.size() < options.chunk_bytes) {
      std::size_t newline = buffer_.find('\n', scanned_);
      if (newline == std::string::npos) {
        scanned_ = buffer_.size();
        if (!eof_ && buffer_.size() - start_ > max_line_ + 1) {
          skip_long_line(chunk);
          continue;
        }
        if (!eof_) {
          fill(chunk);
          continue;
        }
        if (start_ == buffer_.size()) break;  // the end, after a final newline
        newline = buffer_.size();             // the last line has no newline
      }
      std::string_view line(buffer_.data() + start_, newline - start_);
      start_ = scanned_ = std::min(newline + 1, buffer_.size());
      ++line_;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (is_blank(line)) continue;
      if (line.size() > max_line_) {
        chunk.problems.push_back(too_long(line_, line.size()));
        continue;
      }
      if (max_documents_ != 0 && documents_ == max_documents_) {
        chunk.problems.push_back(line_problem(
            kLimitExceeded, line_,
            fmt::format("more than {} documents in this file (the limit of documents per file); this line and the "
                        "rest of the file were not checked",
                        max_documents_)));
        done_ = true;
        break;
      }
      ++documents_;
      chunk.documents.push_back({chunk.text.size(), line.size(), line_});
      chunk.text.append(line);
    }
    return !chunk.documents.empty() || !chunk.problems.empty();
  }

 private:
  static constexpr std::size_t kBlock = 1u << 20;

  Diagnostic too_long(std::uint32_t line, std::size_t size) const {
    return line_problem(kLimitExceeded, line,
                        fmt::format("the document on this line is {} bytes, above the limit of {} bytes; it was not "
                                    "checked",
                                    size, max_line_));
  }

  // Appends a block to the buffer (dropping what was consumed); sets eof_ at the end or on an error.
  void fill(Chunk& chunk) {
    if (start_ > 0) {
      buffer_.erase(0, start_);
      scanned_ -= start_;
      start_ = 0;
    }
    const std::size_t old_size = buffer_.size();
    buffer_.resize(old_size + kBlock);
    while (true) {
      const ssize_t n = ::read(fd_, buffer_.data() + old_size, kBlock);
      if (n > 0) {
        buffer_.resize(old_size + static_cast<std::size_t>(n));
        return;
      }
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {  // a non-blocking stdin: wait for data
        pollfd p{fd_, POLLIN, 0};
        ::poll(&p, 1, -1);
        continue;
      }
      if (n < 0) {
        chunk.problems.push_back(
            line_problem(kIoError, line_ + 1, fmt::format("cannot read {}: {}", path_, std::strerror(errno))));
        done_ = true;
      }
      buffer_.resize(old_size);
      eof_ = true;
      return;
    }
  }

  // A line longer than the limit is counted and dropped as it is read, never held.
  void skip_long_line(Chunk& chunk) {
    std::size_t size = buffer_.size() - start_;
    buffer_.clear();
    start_ = scanned_ = 0;
    while (!eof_) {
      fill(chunk);
      const std::size_t newline = buffer_.find('\n');
      if (newline != std::string::npos) {
        size += newline;
        start_ = scanned_ = newline + 1;
        break;
      }
      size += buffer_.size();
      buffer_.clear();
    }
    ++line_;
    chunk.problems.push_back(too_long(line_, size));
  }

  int fd_;
  std::string path_;
  std::size_t max_line_;
  std::size_t max_documents_;
  std::string buffer_;
  std::size_t start_ = 0;    // first unconsumed byte of buffer_
  std::size_t scanned_ = 0;  // buffer_[start_, scanned_) holds no newline
  bool eof_ = false;
  bool done_ = false;        // stop reading (document limit, read error)
  std::uint32_t line_ = 0;   // lines consumed so far
  std::size_t documents_ = 0;
};

// Each document of the chunk is linted on its own; its line numbers (always 1: a document is one line)
// become the file's.
// A chunk is not_stac when every document in it was skipped as not STAC (RuleSelection::skip_non_stac).
FileReport lint_chunk(const Linter& linter, const std::string& path, const Chunk& chunk, const RuleSelection& rules) {
  FileReport out{path, {}};
  out.not_stac = chunk.problems.empty();
  for (const Document& doc : chunk.documents) {
    FileReport report = linter.lint_buffer(path, std::string_view(chunk.text).substr(doc.offset, doc.size), rules);
    out.not_stac = out.not_stac && report.not_stac;
    for (Diagnostic& d : report.diagnostics) {
      d.line = doc.line + (d.line == 0 ? 0 : d.line - 1);
      out.diagnostics.push_back(std::move(d));
    }
    for (SourceLine& s : report.source) {
      s.line = doc.line + s.line - 1;
      out.source.push_back(std::move(s));
    }
  }
  if (!chunk.problems.empty()) {
    out.diagnostics.insert(out.diagnostics.end(), chunk.problems.begin(), chunk.problems.end());
    sort_diagnostics(out.diagnostics);
  }
  return out;
}

// `first`: the first part, whose not_stac starts the file's (a file is not STAC when none of its parts is).
void append(FileReport& into, FileReport&& part, bool& first) {
  into.not_stac = (first || into.not_stac) && part.not_stac;
  first = false;
  std::move(part.diagnostics.begin(), part.diagnostics.end(), std::back_inserter(into.diagnostics));
  std::move(part.source.begin(), part.source.end(), std::back_inserter(into.source));
}

FileReport lint_sequential(const Linter& linter, const std::string& path, LineReader& reader,
                           const RuleSelection& rules, const NdjsonOptions& options) {
  FileReport out{path, {}};
  Chunk chunk;
  bool first = true;
  while (reader.next(chunk, options)) append(out, lint_chunk(linter, path, chunk, rules), first);
  return out;
}

// The calling thread reads chunks and merges the results in order; `options.threads` workers lint them. At
// most two chunks per worker are in flight, so memory stays bounded.
FileReport lint_parallel(const Linter& linter, const std::string& path, LineReader& reader,
                         const RuleSelection& rules, const NdjsonOptions& options) {
  FileReport out{path, {}};
  bool first = true;
  ordered_parallel_stream(
      options.threads, 2 * static_cast<std::size_t>(options.threads),
      [&]() -> std::optional<Chunk> {
        Chunk chunk;
        if (!reader.next(chunk, options)) return std::nullopt;
        return chunk;
      },
      [&](Chunk&& chunk) { return lint_chunk(linter, path, chunk, rules); },
      [&](FileReport&& part) { append(out, std::move(part), first); });
  return out;
}

}  // namespace

bool is_ndjson_name(std::string_view path) {
  auto ends_with = [&](std::string_view suffix) {
    if (path.size() < suffix.size()) return false;
    const std::string_view tail = path.substr(path.size() - suffix.size());
    return std::equal(tail.begin(), tail.end(), suffix.begin(),
                      [](char a, char b) { return (a >= 'A' && a <= 'Z' ? a - 'A' + 'a' : a) == b; });
  };
  return ends_with(".ndjson") || ends_with(".jsonl");
}

FileReport lint_ndjson_fd(const Linter& linter, const std::string& display_path, int fd, const RuleSelection& rules,
                          const NdjsonOptions& options) {
  LineReader reader(fd, display_path, linter.options().max_file_size, linter.options().max_documents);
  if (options.threads <= 1) return lint_sequential(linter, display_path, reader, rules, options);
  return lint_parallel(linter, display_path, reader, rules, options);
}

FileReport lint_ndjson_text(const Linter& linter, const std::string& display_path, std::string_view text,
                            const RuleSelection& rules, std::uint32_t first_line) {
  LineReader reader(text, display_path, linter.options().max_file_size, linter.options().max_documents,
                    std::max<std::uint32_t>(first_line, 1));
  return lint_sequential(linter, display_path, reader, rules, NdjsonOptions{});
}

FileReport lint_ndjson_file(const Linter& linter, const std::string& path, const RuleSelection& rules,
                            const NdjsonOptions& options) {
  auto io_error = [&](const std::string& reason) {
    FileReport report{path, {}};
    report.diagnostics.push_back(line_problem(kIoError, 1, fmt::format("cannot read {}: {}", path, reason)));
    return report;
  };
  // O_NONBLOCK: opening a FIFO must not wait for a writer; only regular files are read.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return io_error(std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    const bool directory = S_ISDIR(st.st_mode);
    ::close(fd);
    return io_error(directory ? "is a directory" : "not a regular file");
  }
  FileReport report = lint_ndjson_fd(linter, path, fd, rules, options);
  ::close(fd);
  return report;
}

FileReport lint_input_file(const Linter& linter, const std::string& path, const RuleSelection& rules,
                           const NdjsonOptions& options) {
  if (is_ndjson_name(path)) return lint_ndjson_file(linter, path, rules, options);
  return linter.lint_file(path, rules);
}

}  // namespace mlmlint

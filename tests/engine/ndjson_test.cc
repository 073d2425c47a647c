// NDJSON input: one document per line, read as a stream in chunks, linted in parallel and merged in order.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlmlint/engine/linter.h"
#include "mlmlint/engine/ndjson.h"
#include "rule_harness.h"
#include "lint_helpers.h"
#include "test_files.h"

namespace mlmlint {
namespace {

using test::default_linter;
using test::render;
using test::TempDir;

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::IsEmpty;


// A pretty-printed document on one line (B has no newline inside a string).
std::string one_line(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

const std::string kBadBands = R"([{"op": "replace", "path": "/properties/mlm:input/0/input/shape/1", "value": 4}])";
const std::string kCpu = R"([{"op": "replace", "path": "/properties/mlm:accelerator", "value": "cpu"}])";

std::string b() { return one_line(test::baseline_b()); }
std::string bad_bands() { return one_line(test::patched_b(kBadBands)); }
std::string cpu() { return one_line(test::patched_b(kCpu)); }

// Findings of one document as they appear on line `line` of an NDJSON file.
std::vector<std::string> on_line(const std::string& document, std::uint32_t line) {
  std::vector<std::string> out;
  for (Diagnostic d : default_linter().lint_buffer("x", document).diagnostics) {
    d.line = line;
    out.push_back(render(d));
  }
  return out;
}

TEST(Ndjson, RecognisesItsExtensions) {
  EXPECT_TRUE(is_ndjson_name("a/items.ndjson"));
  EXPECT_TRUE(is_ndjson_name("items.JSONL"));
  EXPECT_FALSE(is_ndjson_name("items.json"));
  EXPECT_FALSE(is_ndjson_name("ndjson"));
}

TEST(Ndjson, FindingsCarryTheFileLineAndTheDocumentPointer) {
  TempDir dir;
  // Line 3 is blank, line 4 has Windows line ending, line 5 is not JSON, line 6 still gets checked.
  const std::string path =
      dir.write("items.ndjson", b() + "\n" + bad_bands() + "\n\n" + cpu() + "\r\n{\"type\": oops\n" + bad_bands());
  const FileReport report = lint_ndjson_file(default_linter(), path, RuleSelection{});
  EXPECT_EQ(report.path, path);
  std::vector<std::string> expected = on_line(bad_bands(), 2);
  for (const auto& s : on_line(cpu(), 4)) expected.push_back(s);
  expected.push_back("5:10 MLM901 : unexpected 'o'; expected a JSON value");
  for (const auto& s : on_line(bad_bands(), 6)) expected.push_back(s);
  ASSERT_EQ(expected.size(), 4u);
  EXPECT_EQ(render(report), expected);
  EXPECT_EQ(report.diagnostics[0].pointer, "/properties/mlm:input/0/input/shape/1");
  // The excerpt is the file's line.
  const SourceLine* line = report.source_line(report.diagnostics[0].line, report.diagnostics[0].column);
  ASSERT_NE(line, nullptr);
  EXPECT_EQ(line->line, 2u);
}

TEST(Ndjson, EmptyAndBlankInputsAreClean) {
  TempDir dir;
  EXPECT_THAT(render(lint_ndjson_file(default_linter(), dir.write("e.ndjson", ""), RuleSelection{})), IsEmpty());
  EXPECT_THAT(render(lint_ndjson_file(default_linter(), dir.write("b.ndjson", "\n  \n\t\r\n"), RuleSelection{})),
              IsEmpty());
}

TEST(Ndjson, ParallelChunksGiveTheSequentialReport) {
  TempDir dir;
  std::string text;
  const std::vector<std::string> kinds = {b(), bad_bands(), cpu(), "{oops", "", "[1]"};
  for (int i = 0; i < 60; ++i) text += kinds[static_cast<std::size_t>(i * 7 % 6)] + "\n";
  const std::string path = dir.write("many.ndjson", text);
  const FileReport sequential = lint_ndjson_file(default_linter(), path, RuleSelection{});
  ASSERT_GT(sequential.diagnostics.size(), 30u);
  for (const NdjsonOptions options : {NdjsonOptions{3, 1u << 20, 1}, NdjsonOptions{2, 100, 1024},
                                      NdjsonOptions{4, 1u << 20, 7}}) {
    const FileReport parallel = lint_ndjson_file(default_linter(), path, RuleSelection{}, options);
    EXPECT_EQ(render(parallel), render(sequential));
    ASSERT_EQ(parallel.source.size(), sequential.source.size());
    for (std::size_t i = 0; i < parallel.source.size(); ++i) {
      EXPECT_EQ(parallel.source[i].line, sequential.source[i].line);
    }
  }
}

// lint_ndjson_text (the Python module's check_ndjson, its Dask recipe): any split of a file into ranges of
// whole lines, each numbered from its first line, gives the file's report.
TEST(Ndjson, RangesOfLinesInMemoryGiveTheFileReport) {
  TempDir dir;
  std::vector<std::string> lines;
  const std::vector<std::string> kinds = {b(), bad_bands(), cpu(), "{oops", "", "[1]", "  \r"};
  for (int i = 0; i < 40; ++i) lines.push_back(kinds[static_cast<std::size_t>(i * 5 % 7)]);
  std::string text;
  for (const auto& line : lines) text += line + "\n";
  const std::string path = dir.write("many.ndjson", text);
  const FileReport whole = lint_ndjson_file(default_linter(), path, RuleSelection{});
  ASSERT_GT(whole.diagnostics.size(), 20u);
  EXPECT_EQ(render(lint_ndjson_text(default_linter(), path, text, RuleSelection{})), render(whole));
  for (const std::size_t parts : {2u, 3u, 13u}) {
    FileReport merged{path, {}};
    std::size_t first = 0;
    for (std::size_t k = 1; k <= parts; ++k) {
      const std::size_t last = lines.size() * k / parts;
      std::string range;
      for (std::size_t i = first; i < last; ++i) range += lines[i] + "\n";
      FileReport part = lint_ndjson_text(default_linter(), path, range, RuleSelection{},
                                         static_cast<std::uint32_t>(first + 1));
      for (auto& d : part.diagnostics) merged.diagnostics.push_back(std::move(d));
      first = last;
    }
    EXPECT_EQ(render(merged), render(whole)) << parts << " parts";
  }
}

TEST(Ndjson, MaxDocumentsStopsReading) {
  LintOptions options;
  options.max_documents = 2;
  const Linter linter(options);
  TempDir dir;
  const std::string path = dir.write("x.ndjson", bad_bands() + "\n\n" + b() + "\n" + bad_bands() + "\n" + bad_bands());
  const FileReport report = lint_ndjson_file(linter, path, RuleSelection{});
  std::vector<std::string> expected = on_line(bad_bands(), 1);
  expected.push_back(
      "4:1 MLM906 : more than 2 documents in this file (the limit of documents per file); this line and the rest of "
      "the file were not checked");
  EXPECT_EQ(render(report), expected);
}

TEST(Ndjson, ALineAboveTheSizeLimitIsSkippedWithMlm906) {
  LintOptions options;
  options.max_file_size = 64;
  const Linter linter(options);
  TempDir dir;
  const std::string long_line = "[" + std::string(100, '1') + "]";
  const std::string path = dir.write("x.ndjson", "[1]\n" + long_line + "\n{oops\n");
  const FileReport report = lint_ndjson_file(linter, path, RuleSelection{});
  EXPECT_THAT(render(report),
              ElementsAre("1:1 MLM001 : the document is an array, not a JSON object; MLM metadata is only defined for "
                          "STAC Items (\"Feature\") and Collections (\"Collection\").",
                          "2:1 MLM906 : the document on this line is 102 bytes, above the limit of 64 bytes; it was "
                          "not checked",
                          "3:2 MLM901 : expected a double-quoted object key, found 'o'"));
}

TEST(Ndjson, AVeryLongLineIsNeverHeldWhole) {
  // Longer than one read block (1 MiB): the reader counts it while dropping it, then goes on.
  LintOptions options;
  options.max_file_size = 1000;
  const Linter linter(options);
  TempDir dir;
  const std::string huge(3u << 20, ' ');
  const FileReport report = lint_ndjson_file(linter, dir.write("x.ndjson", "[" + huge + "1]\n{oops"), RuleSelection{});
  EXPECT_THAT(render(report),
              ElementsAre(fmt::format("1:1 MLM906 : the document on this line is {} bytes, above the limit of 1000 "
                                      "bytes; it was not checked",
                                      huge.size() + 3),
                          "2:2 MLM901 : expected a double-quoted object key, found 'o'"));
}

TEST(Ndjson, ReadsAPipeAsItArrives) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  std::thread writer([&] {
    const std::string lines = b() + "\n" + bad_bands() + "\n";
    for (int i = 0; i < 50; ++i) {
      if (::write(fds[1], lines.data(), lines.size()) != static_cast<ssize_t>(lines.size())) break;
    }
    ::close(fds[1]);
  });
  NdjsonOptions options;
  options.threads = 2;
  options.chunk_lines = 8;
  const FileReport report = lint_ndjson_fd(default_linter(), "-", fds[0], RuleSelection{}, options);
  writer.join();
  ::close(fds[0]);
  EXPECT_EQ(report.path, "-");
  ASSERT_EQ(report.diagnostics.size(), 50u);
  EXPECT_EQ(report.diagnostics.front().line, 2u);
  EXPECT_EQ(report.diagnostics.back().line, 100u);
}

TEST(Ndjson, NonRegularFilesAreRefused) {
  TempDir dir;
  const std::string fifo = dir / "pipe.ndjson";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  auto result =
      std::async(std::launch::async, [&] { return lint_ndjson_file(default_linter(), fifo, RuleSelection{}); });
  if (result.wait_for(std::chrono::seconds(10)) != std::future_status::ready) {
    ADD_FAILURE() << "blocked on a FIFO";
    const int fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);  // a writer that closes at once unblocks it
    if (fd >= 0) ::close(fd);
  }
  EXPECT_THAT(render(result.get()), ElementsAre("1:1 MLM900 : cannot read " + fifo + ": not a regular file"));
  EXPECT_THAT(render(lint_ndjson_file(default_linter(), dir.path(), RuleSelection{})),
              ElementsAre("1:1 MLM900 : cannot read " + dir.path() + ": is a directory"));
  const std::string missing = dir / "missing.ndjson";
  EXPECT_THAT(render(lint_ndjson_file(default_linter(), missing, RuleSelection{})),
              ElementsAre("1:1 MLM900 : cannot read " + missing + ": No such file or directory"));
}

}  // namespace
}  // namespace mlmlint

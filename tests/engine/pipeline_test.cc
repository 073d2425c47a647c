// The whole per-file pipeline through Linter: reading, the pipeline codes of RULES.md §1.6a with their
// positions, rule selection and ordering. Documents are baseline B (RULES.md §3) with small edits.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>

#include <fmt/format.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlmlint/engine/linter.h"
#include "rule_harness.h"
#include "lint_helpers.h"
#include "test_files.h"

namespace mlmlint {
namespace {

using test::default_linter;
using test::TempDir;

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// "line:col severity CODE name pointer: message" — everything a reader sees, in one line.
std::string render(const Diagnostic& d) {
  return fmt::format("{}:{} {} {} {} {}: {}", d.line, d.column, severity_name(d.severity), d.code, d.name, d.pointer,
                     d.message);
}
std::vector<std::string> render(const FileReport& report) {
  std::vector<std::string> out;
  for (const auto& d : report.diagnostics) out.push_back(render(d));
  return out;
}
std::vector<std::string> codes(const FileReport& report) {
  std::vector<std::string> out;
  for (const auto& d : report.diagnostics) out.push_back(d.code);
  return out;
}

LintOptions options_with(auto&& edit) {
  LintOptions options;
  edit(options);
  return options;
}

// 1-based line of the first occurrence of `needle` (after `skip` earlier occurrences).
std::uint32_t line_of(std::string_view text, std::string_view needle, int skip = 0) {
  std::size_t pos = text.find(needle);
  while (skip-- > 0 && pos != std::string_view::npos) pos = text.find(needle, pos + 1);
  EXPECT_NE(pos, std::string_view::npos) << needle;
  return static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(pos), '\n') + 1);
}


// --- MLM900 io-error -----------------------------------------------------------------------------

TEST(PipelineIo, MissingFile) {
  TempDir dir;
  const std::string path = dir / "nope.json";
  EXPECT_THAT(render(default_linter().lint_file(path)),
              ElementsAre("1:1 error MLM900 io-error : cannot read " + path + ": No such file or directory"));
}

TEST(PipelineIo, Directory) {
  TempDir dir;
  const std::string path = dir.path();
  const FileReport report = default_linter().lint_file(path);
  EXPECT_EQ(report.path, path);
  EXPECT_THAT(render(report), ElementsAre("1:1 error MLM900 io-error : cannot read " + path + ": is a directory"));
}

TEST(PipelineIo, FifoIsRefusedWithoutBlocking) {
  TempDir dir;
  const std::string path = dir / "pipe.json";
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
  auto result = std::async(std::launch::async, [&] { return default_linter().lint_file(path); });
  if (result.wait_for(std::chrono::seconds(10)) != std::future_status::ready) {
    ADD_FAILURE() << "lint_file blocked on a FIFO";
    // Unblock the reader so the test can finish: a writer that closes at once gives it EOF.
    const int fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK);
    if (fd >= 0) ::close(fd);
  }
  EXPECT_THAT(render(result.get()), ElementsAre("1:1 error MLM900 io-error : cannot read " + path + ": not a regular file"));
}

TEST(PipelineIo, UnreadableFile) {
  if (::geteuid() == 0) GTEST_SKIP() << "root can read files without read permission";
  TempDir dir;
  const std::string path = dir.write("secret.json", test::baseline_b());
  ASSERT_EQ(::chmod(path.c_str(), 0), 0);
  EXPECT_THAT(render(default_linter().lint_file(path)),
              ElementsAre("1:1 error MLM900 io-error : cannot read " + path + ": Permission denied"));
}

TEST(PipelineIo, ReadsARegularFile) {
  TempDir dir;
  const std::string path = dir.write("b.json", test::baseline_b());
  const FileReport report = default_linter().lint_file(path);
  EXPECT_EQ(report.path, path);
  EXPECT_THAT(render(report), IsEmpty());
}

// --- MLM901 invalid-json -------------------------------------------------------------------------

TEST(PipelineParse, TrailingCommaHasLineAndColumn) {
  const std::string text = "{\n  \"type\": \"Feature\",\n  \"id\": \"x\",\n}\n";
  EXPECT_THAT(render(default_linter().lint_buffer("t.json", text)),
              ElementsAre("4:1 error MLM901 invalid-json : trailing comma before '}'"));
}

TEST(PipelineParse, ErrorInsideBaselineB) {
  // Drop the comma after "id": the error is at the start of the next member.
  std::string text = test::baseline_b();
  const std::string id = "\"id\": \"resnet18-s2-rgb\",";
  text.replace(text.find(id), id.size(), "\"id\": \"resnet18-s2-rgb\"");
  const std::uint32_t line = line_of(text, "\"geometry\"");
  EXPECT_THAT(render(default_linter().lint_buffer("t.json", text)),
              ElementsAre(fmt::format("{}:3 error MLM901 invalid-json : expected ',' or '}}' after an object member "
                                      "(missing comma?)", line)));
}

TEST(PipelineParse, EmptyFileAndInvalidUtf8) {
  EXPECT_THAT(render(default_linter().lint_buffer("t.json", "")), ElementsAre("1:1 error MLM901 invalid-json : empty file"));
  EXPECT_THAT(render(default_linter().lint_buffer("t.json", "{\"id\": \"a\xff\"}")),
              ElementsAre("1:10 error MLM901 invalid-json : invalid UTF-8 (byte 0xff)"));
}

TEST(PipelineParse, NothingElseRunsOnInvalidJson) {
  // Schema and rules would both complain about this object; a broken file gets only MLM901.
  EXPECT_THAT(codes(default_linter().lint_buffer("t.json", "{\"type\": \"Feature\", \"a\": [1,]}")), ElementsAre("MLM901"));
}

TEST(PipelineParse, Utf8BomIsAccepted) {
  const std::string bom = "\xEF\xBB\xBF";
  EXPECT_THAT(render(default_linter().lint_buffer("b.json", bom + test::baseline_b())), IsEmpty());
  // Positions are those an editor shows: the BOM takes no column.
  EXPECT_THAT(render(default_linter().lint_buffer("t.json", bom + "[1,]")),
              ElementsAre("1:4 error MLM901 invalid-json : trailing comma before ']'"));
}

// --- MLM903 duplicate-key ------------------------------------------------------------------------

TEST(PipelineDuplicateKey, ReportedAtTheSecondOccurrence) {
  std::string text = test::baseline_b();
  const std::string anchor = "\"mlm:architecture\": \"ResNet\",\n";
  text.insert(text.find(anchor) + anchor.size(), "    \"mlm:architecture\": \"Other\",\n");
  const std::uint32_t second = line_of(text, "\"mlm:architecture\"", 1);
  ASSERT_EQ(second, line_of(text, "\"mlm:architecture\"") + 1);
  EXPECT_THAT(render(default_linter().lint_buffer("t.json", text)),
              ElementsAre(fmt::format("{}:5 error MLM903 duplicate-key /properties/mlm:architecture: the key "
                                      "\"mlm:architecture\" appears more than once in this object; JSON readers "
                                      "disagree on which value wins (mlm-lint checks the first)",
                                      second)));
}

TEST(PipelineDuplicateKey, EveryRepeatIsReportedInArraysToo) {
  const std::string text = "[{\"a\": 1,\n \"a\": 2,\n \"a\": 3}]";
  LintOptions options;
  options.run_schema = false;
  options.run_rules = false;
  const Linter linter(options);
  const FileReport report = linter.lint_buffer("t.json", text);
  ASSERT_EQ(report.diagnostics.size(), 2u);
  EXPECT_EQ(report.diagnostics[0].pointer, "/0/a");
  EXPECT_EQ(report.diagnostics[0].line, 2u);
  EXPECT_EQ(report.diagnostics[0].column, 2u);  // the repeated key, not its value
  EXPECT_EQ(report.diagnostics[1].line, 3u);
  EXPECT_EQ(report.diagnostics[0].hint, "remove or rename the duplicate");
}

// --- MLM904 number-out-of-range ------------------------------------------------------------------

TEST(PipelineNumbers, IntegerBeyond64Bits) {
  const FileReport report = default_linter().lint_buffer("t.json", "{\n  \"n\": 18446744073709551616\n}");
  EXPECT_THAT(render(report), ElementsAre("2:8 error MLM904 number-out-of-range : the integer 18446744073709551616 "
                                          "does not fit in 64 bits; it cannot be represented exactly by JSON readers"));
  EXPECT_EQ(report.diagnostics.at(0).hint, "write it as a string, or as a smaller number");
}

TEST(PipelineNumbers, NegativeIntegerAndHugeDouble) {
  EXPECT_THAT(codes(default_linter().lint_buffer("t.json", "[-9223372036854775809]")), ElementsAre("MLM904"));
  EXPECT_THAT(render(default_linter().lint_buffer("t.json", "[1, 1e400]")),
              ElementsAre("1:5 error MLM904 number-out-of-range : the number 1e400 is beyond the range of a double; it "
                          "cannot be represented exactly by JSON readers"));
}

// --- MLM906 limit-exceeded -----------------------------------------------------------------------

TEST(PipelineLimits, BufferLargerThanTheLimit) {
  const Linter linter(options_with([](LintOptions& o) { o.max_file_size = 100; }));
  EXPECT_THAT(render(linter.lint_buffer("b.json", test::baseline_b())),
              ElementsAre(fmt::format("1:1 error MLM906 limit-exceeded : the file is {} bytes, above the limit of 100 "
                                      "bytes; it was not checked",
                                      test::baseline_b().size())));
  // At the limit exactly, the file is checked.
  const Linter exact(options_with([](LintOptions& o) { o.max_file_size = test::baseline_b().size(); }));
  EXPECT_THAT(render(exact.lint_buffer("b.json", test::baseline_b())), IsEmpty());
}

TEST(PipelineLimits, FileLargerThanTheLimitReportsItsRealSize) {
  TempDir dir;
  const std::string path = dir.write("big.json", test::baseline_b());
  const Linter linter(options_with([](LintOptions& o) { o.max_file_size = 100; }));
  EXPECT_THAT(render(linter.lint_file(path)),
              ElementsAre(fmt::format("1:1 error MLM906 limit-exceeded : the file is {} bytes, above the limit of 100 "
                                      "bytes; it was not checked",
                                      test::baseline_b().size())));
}

TEST(PipelineLimits, NestingDeeperThanTheDefaultLimit) {
  const LintOptions only_parse = options_with([](LintOptions& o) {
    o.run_schema = false;
    o.run_rules = false;
  });
  const Linter linter(only_parse);
  // The scanner and simdjson count levels the same way: what one accepts, the other does.
  const std::string at_limit = std::string(1023, '[') + "1" + std::string(1023, ']');
  EXPECT_THAT(render(linter.lint_buffer("t.json", at_limit)), IsEmpty());
  EXPECT_THAT(render(linter.lint_buffer("t.json", std::string(1024, '[') + std::string(1024, ']'))), IsEmpty());
  const std::string beyond = std::string(1024, '[') + "1" + std::string(1024, ']');
  EXPECT_THAT(render(linter.lint_buffer("t.json", beyond)),
              ElementsAre("1:1025 error MLM906 limit-exceeded : nesting deeper than 1024 levels; the document was not "
                          "checked"));
  const std::string beyond_empty = std::string(1025, '[') + std::string(1025, ']');
  EXPECT_THAT(render(linter.lint_buffer("t.json", beyond_empty)),
              ElementsAre("1:1025 error MLM906 limit-exceeded : nesting deeper than 1024 levels; the document was not "
                          "checked"));
}

TEST(PipelineLimits, ConfiguredDepthLimitAppliesToValidDocuments) {
  auto only_parse = [](std::size_t depth) {
    return options_with([depth](LintOptions& o) {
      o.max_depth = depth;
      o.run_schema = false;
      o.run_rules = false;
    });
  };
  const Linter linter(only_parse(4));
  EXPECT_THAT(render(linter.lint_buffer("t.json", R"({"a": {"b": [1]}})")), IsEmpty());
  const std::string five_levels = R"({"a": {"b": [{"c": 1}]}})";
  EXPECT_THAT(render(linter.lint_buffer("t.json", five_levels)),
              ElementsAre("1:20 error MLM906 limit-exceeded : nesting deeper than 4 levels; the document was not checked"));
  // Linters share a parser per thread: the next one must not inherit the lower limit.
  const Linter other(only_parse(1024));
  EXPECT_THAT(render(other.lint_buffer("t.json", five_levels)), IsEmpty());
  EXPECT_THAT(render(linter.lint_buffer("t.json", five_levels)), ::testing::SizeIs(1));
}

// --- MLM902 schema-unavailable -------------------------------------------------------------------

TEST(PipelineSchemas, UnbundledExtensionIsReportedAndTheRestStillChecked) {
  const std::string text = test::patched_b(R"([
      {"op": "add", "path": "/stac_extensions/-", "value": "https://example.com/nope/v1.0.0/schema.json"},
      {"op": "replace", "path": "/properties/mlm:accelerator", "value": "tpu"}])");
  const Linter linter(options_with([](LintOptions& o) { o.run_rules = false; }));
  const std::uint32_t ext_line = line_of(text, "https://example.com/nope");
  const std::uint32_t acc_line = line_of(text, "\"mlm:accelerator\"");
  EXPECT_THAT(render(linter.lint_buffer("t.json", text)),
              ElementsAre(fmt::format("{}:5 info MLM902 schema-unavailable /stac_extensions/5: the schema "
                                      "https://example.com/nope/v1.0.0/schema.json is not bundled with mlm-lint, so "
                                      "the fields of this extension were not checked; map it to a local copy with "
                                      "--schema-map URL=FILE, or allow downloading it with --allow-remote",
                                      ext_line),
                          fmt::format("{}:24 error MLM000 schema /properties/mlm:accelerator: \"tpu\" is not one of the "
                                      "allowed values: \"amd64\", \"cuda\", \"xla\", \"amd-rocm\", \"intel-ipex-cpu\", "
                                      "\"intel-ipex-gpu\", \"macos-arm\", null",
                                      acc_line)));
}

TEST(PipelineSchemas, UnknownStacVersion) {
  const std::string text = test::patched_b(R"([{"op": "replace", "path": "/stac_version", "value": "0.6.0"}])");
  const Linter linter(options_with([](LintOptions& o) { o.run_rules = false; }));
  EXPECT_THAT(render(linter.lint_buffer("t.json", text)),
              ElementsAre("3:19 info MLM902 schema-unavailable /stac_version: no bundled STAC core schema for "
                          "stac_version \"0.6.0\" (https://schemas.stacspec.org/v0.6.0/item-spec/json-schema/item.json); "
                          "the core fields were not checked; map it to a local copy with --schema-map URL=FILE, or allow "
                          "downloading it with --allow-remote"));
}

// --- ordering ------------------------------------------------------------------------------------

// Several findings from every stage: schema (MLM000), rules, pipeline (MLM903).
std::string noisy_document() {
  std::string text = test::patched_b(R"([
      {"op": "replace", "path": "/properties/mlm:accelerator", "value": "cpu"},
      {"op": "replace", "path": "/properties/datetime", "value": "2018-06-01T00:00:00Z"},
      {"op": "replace", "path": "/properties/mlm:input/0/input/shape", "value": [-1, 4, 64, 64]},
      {"op": "replace", "path": "/properties/mlm:output/0/result/dim_order", "value": ["batch", "classes"]},
      {"op": "add", "path": "/properties/mlm:bogus", "value": 1}])");
  const std::string anchor = "\"id\": \"resnet18-s2-rgb\",\n";
  text.insert(text.find(anchor) + anchor.size(), "  \"id\": \"again\",\n");
  return text;
}

TEST(PipelineOrdering, DiagnosticsAreSortedByPosition) {
  const FileReport report = default_linter().lint_buffer("t.json", noisy_document());
  ASSERT_GE(report.diagnostics.size(), 5u);
  for (std::size_t i = 1; i < report.diagnostics.size(); ++i) {
    EXPECT_FALSE(diagnostic_less(report.diagnostics[i], report.diagnostics[i - 1]))
        << render(report.diagnostics[i - 1]) << "\nbefore\n" << render(report.diagnostics[i]);
  }
}

TEST(PipelineOrdering, SameInputSameOutput) {
  const std::string text = noisy_document();
  const auto first = render(default_linter().lint_buffer("t.json", text));
  const Linter other{LintOptions{}};
  for (int i = 0; i < 3; ++i) EXPECT_EQ(render(other.lint_buffer("t.json", text)), first);
  // And from another thread (each thread has its own parser and validator).
  auto threaded = std::async(std::launch::async, [&] { return render(other.lint_buffer("t.json", text)); });
  EXPECT_EQ(threaded.get(), first);
}

TEST(PipelineOrdering, TiesAreBrokenByPointerThenCode) {
  // MLM102 and the schema error share nothing; two findings on one line are ordered by column.
  const FileReport report = default_linter().lint_buffer("t.json", noisy_document());
  std::vector<std::string> seen;
  for (const auto& d : report.diagnostics) seen.push_back(d.code + " " + d.pointer);
  EXPECT_THAT(seen, ::testing::IsSupersetOf({"MLM903 /id", "MLM309 /properties/mlm:accelerator",
                                              "MLM703 /properties/datetime",
                                              "MLM102 /properties/mlm:input/0/input/shape/1",
                                              "MLM109 /properties/mlm:output/0/result/dim_order/1"}));
}

// --- rule selection ------------------------------------------------------------------------------

TEST(RuleSelectionEffective, DefaultsAndSelect) {
  RuleSelection s;
  EXPECT_EQ(s.effective("MLM102", Severity::kError), Severity::kError);
  EXPECT_EQ(s.effective("MLM109", Severity::kInfo), Severity::kInfo);
  s.select = {"MLM1"};
  EXPECT_EQ(s.effective("MLM102", Severity::kError), Severity::kError);
  EXPECT_EQ(s.effective("MLM201", Severity::kError), std::nullopt);
  EXPECT_EQ(s.effective("MLM000", Severity::kError), std::nullopt);
  s.select = {"MLM703", "input-stacked-count-mismatch"};  // a code and a rule name
  EXPECT_EQ(s.effective("MLM703", Severity::kWarning), Severity::kWarning);
  EXPECT_EQ(s.effective("MLM102", Severity::kError), Severity::kError);
  EXPECT_EQ(s.effective("MLM103", Severity::kError), std::nullopt);
}

TEST(RuleSelectionEffective, IgnoreAndSeverity) {
  RuleSelection s;
  s.ignore = {"MLM7", "MLM102"};
  EXPECT_EQ(s.effective("MLM703", Severity::kWarning), std::nullopt);
  EXPECT_EQ(s.effective("MLM102", Severity::kError), std::nullopt);
  EXPECT_EQ(s.effective("MLM1020", Severity::kError), std::nullopt);  // prefix semantics
  EXPECT_EQ(s.effective("MLM103", Severity::kError), Severity::kError);
  s.severity["MLM103"] = Severity::kInfo;
  s.severity["MLM104"] = std::nullopt;  // off
  EXPECT_EQ(s.effective("MLM103", Severity::kError), Severity::kInfo);
  EXPECT_EQ(s.effective("MLM104", Severity::kError), std::nullopt);
  // An explicit severity is the most specific setting and wins over ignore.
  s.severity["MLM703"] = Severity::kError;
  EXPECT_EQ(s.effective("MLM703", Severity::kWarning), Severity::kError);
}

RuleSelection selecting(std::vector<std::string> codes) {
  RuleSelection s;
  s.select = std::move(codes);
  return s;
}
RuleSelection ignoring(std::vector<std::string> codes) {
  RuleSelection s;
  s.ignore = std::move(codes);
  return s;
}

std::vector<std::string> codes_with(RuleSelection selection, const std::string& text) {
  LintOptions options;
  options.rules = std::move(selection);
  return codes(Linter(options).lint_buffer("t.json", text));
}

TEST(PipelineSelection, SelectIgnoreAndSeverityThroughTheLinter) {
  const std::string text = noisy_document();
  // mlm:bogus was appended to the properties, so its MLM003 comes last.
  EXPECT_THAT(codes_with({}, text), ElementsAre("MLM903", "MLM703", "MLM309", "MLM102", "MLM109", "MLM003"));
  EXPECT_THAT(codes_with(selecting({"MLM1"}), text), ElementsAre("MLM102", "MLM109"));
  EXPECT_THAT(codes_with(selecting({"non-standard-dimension-name", "MLM903"}), text), ElementsAre("MLM903", "MLM109"));
  EXPECT_THAT(codes_with(ignoring({"MLM1", "MLM7"}), text), ElementsAre("MLM903", "MLM309", "MLM003"));
  RuleSelection off;
  off.severity = {{"MLM903", std::nullopt}, {"MLM102", std::nullopt}};
  EXPECT_THAT(codes_with(off, text), ElementsAre("MLM703", "MLM309", "MLM109", "MLM003"));

  LintOptions options;
  options.rules.severity["MLM703"] = Severity::kError;
  options.rules.severity["MLM903"] = Severity::kInfo;
  const FileReport report = Linter(options).lint_buffer("t.json", text);
  std::vector<std::string> seen;
  for (const auto& d : report.diagnostics) seen.push_back(d.code + " " + std::string(severity_name(d.severity)));
  EXPECT_THAT(seen, ElementsAre("MLM903 info", "MLM703 error", "MLM309 error", "MLM102 error", "MLM109 info",
                                "MLM003 error"));
}

TEST(PipelineSelection, DisabledRuleLeavesTheSchemaErrorItWouldHaveClaimed) {
  // MLM309 explains the schema's enum error; with MLM309 off, the raw MLM000 error is what remains.
  const std::string text = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:accelerator", "value": "cpu"}])");
  RuleSelection selection;
  selection.severity["MLM309"] = std::nullopt;
  EXPECT_THAT(codes_with({}, text), ElementsAre("MLM309"));
  EXPECT_THAT(codes_with(selection, text), ElementsAre("MLM000"));
}

TEST(PipelineSelection, ParseErrorsCannotBeSwitchedOff) {
  RuleSelection selection;
  selection.ignore = {"MLM9"};
  selection.severity["MLM901"] = std::nullopt;
  EXPECT_THAT(codes_with(selection, "[1,]"), ElementsAre("MLM901"));
  selection.severity["MLM904"] = std::nullopt;
  EXPECT_THAT(codes_with(selection, "[18446744073709551616]"), ElementsAre("MLM904"));  // unparseable too
}

TEST(PipelineSelection, NoRulesYieldsOnlyParseAndSchemaCodes) {
  LintOptions options;
  options.run_rules = false;
  const FileReport report = Linter(options).lint_buffer("t.json", noisy_document());
  EXPECT_THAT(codes(report), ElementsAre("MLM903", "MLM000", "MLM000"));
  for (const auto& d : report.diagnostics) {
    EXPECT_TRUE(d.code == "MLM000" || d.code.rfind("MLM9", 0) == 0) << render(d);
  }
}

}  // namespace
}  // namespace mlmlint

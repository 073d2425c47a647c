// The reporters (lib/report_*.cc) on hand-made FileReports: excerpts, truncation, escaping for each format,
// colour decisions, the summary; and the source lines the Linter keeps for them (lib/core/text/source_lines.cc).
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlmlint/engine/linter.h"
#include "mlmlint/engine/report.h"
#include "mlmlint/core/source_lines.h"
#include "rule_harness.h"

namespace mlmlint {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

Diagnostic finding(std::uint32_t line, std::uint32_t column, std::string message = "the message",
                   std::string hint = {}) {
  return {"MLM102", "input-stacked-count-mismatch", Severity::kError, "/a", line, column, std::move(message),
          std::move(hint)};
}

FileReport report_with(std::string text, std::vector<Diagnostic> diagnostics) {
  FileReport report{"a.json", std::move(diagnostics)};
  report.source = extract_source_lines(text, report.diagnostics);
  return report;
}

std::string render(ReportFormat format, const std::vector<FileReport>& reports, ReportOptions options = {}) {
  std::ostringstream out;
  auto reporter = make_reporter(format, out, options);
  reporter->begin();
  Summary summary;
  for (const auto& r : reports) {
    summary.add(r);
    reporter->file(r);
  }
  reporter->finish(summary);
  return out.str();
}

// --- source lines ------------------------------------------------------------------------------

TEST(SourceLines, KeepsOnlyTheLinesOfFindingsWithoutTerminators) {
  const std::string text = "{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}";
  const auto lines = extract_source_lines(text, {finding(2, 8), finding(4, 1), finding(2, 3)});
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].line, 2u);
  EXPECT_EQ(lines[0].text, "  \"a\": 1,");
  EXPECT_EQ(lines[1].line, 4u);
  EXPECT_EQ(lines[1].text, "}");  // the last line has no terminator
}

TEST(SourceLines, PositionsPastTheTextAreIgnored) {
  EXPECT_TRUE(extract_source_lines("{}", {finding(3, 1)}).empty());
  const auto empty = extract_source_lines("", {finding(1, 1)});
  ASSERT_EQ(empty.size(), 1u);
  EXPECT_EQ(empty[0].text, "");
}

TEST(SourceLines, LongLinesKeepMergedWindowsAroundTheColumns) {
  // "é" (2 bytes) every 10 bytes: a minified document of one 20,000-byte line.
  std::string line;
  while (line.size() < 20000) line += "\xC3\xA9xxxxxxxx";
  const auto lines = extract_source_lines(line, {finding(1, 5001), finding(1, 5101), finding(1, 15001)});
  ASSERT_EQ(lines.size(), 2u);  // the first two windows overlap
  EXPECT_TRUE(lines[0].cut_before);
  EXPECT_TRUE(lines[0].cut_after);
  EXPECT_LE(lines[0].text.size(), 2 * kSourceWindow + 100 + 4);
  // chars_before counts code points (9 per 10 bytes here), incrementally across windows.
  EXPECT_EQ(lines[0].chars_before, count_code_points(std::string_view(line).substr(0, lines[0].first_column - 1)));
  EXPECT_EQ(lines[1].chars_before, count_code_points(std::string_view(line).substr(0, lines[1].first_column - 1)));
  EXPECT_EQ(lines[1].first_column, 15001 - kSourceWindow);
  FileReport report{"m.json", {}};
  report.source = lines;
  EXPECT_EQ(report.source_line(1, 5101), &report.source[0]);
  EXPECT_EQ(report.source_line(1, 15001), &report.source[1]);
  EXPECT_EQ(report.source_line(1, 10001), nullptr);
  EXPECT_EQ(report.source_line(2, 1), nullptr);
}

TEST(SourceLines, LinterFillsThemOnlyForFilesWithFindings) {
  const Linter linter{LintOptions{}};
  EXPECT_TRUE(linter.lint_buffer("bad.json", "{\"a\": 1,}").source.size() == 1);
  EXPECT_TRUE(linter.lint_buffer("empty.json", "").source.size() <= 1);
  const FileReport clean = linter.lint_buffer("b.json", test::baseline_b());
  ASSERT_TRUE(clean.diagnostics.empty());
  EXPECT_TRUE(clean.source.empty());
}

// --- text ---------------------------------------------------------------------------------------

TEST(ReportText, FullShowsTheLineCaretsUnderTheValueAndTheHint) {
  const auto report = report_with("{\n  \"bands\": \"abc\",\n}", {finding(2, 12, "three bands", "use four")});
  EXPECT_EQ(render(ReportFormat::kText, {report}),
            "a.json:2:12: error MLM102 input-stacked-count-mismatch: three bands\n"
            "  |\n"
            "2 |   \"bands\": \"abc\",\n"
            "  |            ^^^^^\n"
            "  = hint: use four\n"
            "\n");
}

TEST(ReportText, ConciseIsOneLinePerFinding) {
  const auto report = report_with("{\n  \"bands\": 3\n}", {finding(2, 12, "m1", "h"), finding(3, 1, "m2")});
  ReportOptions options;
  options.concise = true;
  EXPECT_EQ(render(ReportFormat::kText, {report}, options),
            "a.json:2:12: error MLM102 input-stacked-count-mismatch: m1\n"
            "a.json:3:1: error MLM102 input-stacked-count-mismatch: m2\n");
}

TEST(ReportText, WithoutSourceOnlyTheFindingAndHint) {
  FileReport report{"gone.json", {finding(1, 1, "cannot read", "check the path")}};
  EXPECT_EQ(render(ReportFormat::kText, {report}),
            "gone.json:1:1: error MLM102 input-stacked-count-mismatch: cannot read\n  = hint: check the path\n\n");
}

TEST(ReportText, LongLinesAreCutAroundTheColumn) {
  std::string line(3000, 'x');
  line.replace(2000, 5, "\"abc\"");
  const auto report = report_with(line, {finding(1, 2001)});
  const std::string out = render(ReportFormat::kText, {report});
  std::istringstream lines(out);
  std::string header, bar, source, carets;
  std::getline(lines, header);
  std::getline(lines, bar);
  std::getline(lines, source);
  std::getline(lines, carets);
  EXPECT_LE(source.size(), std::string("1 | ").size() + 120 + 6);
  EXPECT_EQ(source.substr(0, 7), "1 | ...");
  EXPECT_EQ(source.substr(source.size() - 3), "...");
  // The carets stand under "abc" wherever the window starts.
  const std::size_t caret = carets.find('^');
  ASSERT_NE(caret, std::string::npos);
  EXPECT_EQ(source.substr(caret, 5), "\"abc\"");
  EXPECT_EQ(carets.substr(caret), "^^^^^");
}

TEST(ReportText, ControlCharactersAndBidiOverridesAreEscaped) {
  // Raw control characters cannot be in valid JSON, but the excerpt of an invalid file shows them.
  const auto report = report_with("{\"a\x1b[2J\": \"\xE2\x80\xAE\"\t\x01}", {finding(1, 11, "bad \x1b]0;title\x07")});
  const std::string out = render(ReportFormat::kText, {report});
  EXPECT_THAT(out, Not(HasSubstr("\x1b")));
  EXPECT_THAT(out, Not(HasSubstr("\xE2\x80\xAE")));
  EXPECT_THAT(out, HasSubstr("{\"a\\x1b[2J\": \"\\u{202e}\"    \\x01}"));
  EXPECT_THAT(out, HasSubstr("bad \\x1b]0;title\\x07"));
  // The caret counts the escapes as printed: it stands under the opening quote of the value.
  std::istringstream lines(out);
  std::string header, bar, source, carets;
  std::getline(lines, header);
  std::getline(lines, bar);
  std::getline(lines, source);
  std::getline(lines, carets);
  EXPECT_EQ(source[carets.find('^')], '"');
}

TEST(ReportText, ColourOnlyWhenAsked) {
  const auto report = report_with("{}", {finding(1, 1)});
  ReportOptions options;
  EXPECT_THAT(render(ReportFormat::kText, {report}, options), Not(HasSubstr("\x1b[")));
  options.color = true;
  const std::string out = render(ReportFormat::kText, {report}, options);
  EXPECT_THAT(out, HasSubstr("\x1b[1;31merror\x1b[0m"));
  EXPECT_THAT(out, HasSubstr("\x1b[1;31m^\x1b[0m"));
}

TEST(ReportColor, AutoAlwaysNeverNoColorAndDumbTerminals) {
  EXPECT_EQ(color_enabled("auto", true, nullptr, "xterm"), true);
  EXPECT_EQ(color_enabled("auto", false, nullptr, "xterm"), false);
  EXPECT_EQ(color_enabled("auto", true, "1", "xterm"), false);
  EXPECT_EQ(color_enabled("auto", true, "", "xterm"), true);  // NO_COLOR counts only when non-empty
  EXPECT_EQ(color_enabled("auto", true, nullptr, "dumb"), false);
  EXPECT_EQ(color_enabled("auto", true, nullptr, nullptr), true);
  EXPECT_EQ(color_enabled("always", false, "1", "dumb"), true);  // an explicit request wins
  EXPECT_EQ(color_enabled("never", true, nullptr, "xterm"), false);
  EXPECT_EQ(color_enabled("sometimes", true, nullptr, "xterm"), std::nullopt);
}

// --- summary and statistics ----------------------------------------------------------------------

TEST(ReportSummary, CountsSafeFixesAndSaysSoOnlyWhenThereAreAny) {
  FileReport report{"a.json", {finding(1, 1)}};
  Summary summary;
  summary.add(report);
  EXPECT_EQ(text_summary(summary), "Checked 1 file: 1 error, 0 warnings, 0 infos.");
  // Findings with a fix attached count (safe ones for --fix, suggested ones for --fix=unsafe); MLM507
  // duplicate-extension-entry is a rule whose fix class is safe.
  const Fix safe{.safe = true, .description = "remove the duplicate entry", .edits = {}};
  report.diagnostics.push_back({"MLM507", "duplicate-extension-entry", Severity::kWarning, "", 1, 1, "m", "", safe});
  report.diagnostics.push_back({"MLM507", "duplicate-extension-entry", Severity::kWarning, "", 1, 1, "m", "", safe});
  summary.add(report);
  EXPECT_EQ(summary.fixable, 2u);
  EXPECT_EQ(text_summary(summary), "Checked 2 files: 2 errors, 2 warnings, 0 infos (2 fixable with --fix).");
  Summary with_suggestion = summary;
  Fix suggestion = safe;
  suggestion.safe = false;
  FileReport suggested = report;
  suggested.diagnostics.back().fix = suggestion;
  with_suggestion.add(suggested);
  EXPECT_EQ(text_summary(with_suggestion), "Checked 3 files: 3 errors, 4 warnings, 0 infos (3 fixable with --fix, 1 "
                                           "more with --fix=unsafe).");

  std::ostringstream text, json;
  write_statistics(text, summary, ReportFormat::kText, false);
  write_statistics(json, summary, ReportFormat::kJson, false);
  EXPECT_EQ(text.str(),
            "    2  MLM102  error    input-stacked-count-mismatch\n"
            "    2  MLM507  warning  duplicate-extension-entry     [safe fix]\n");
  EXPECT_EQ(json.str(),
            "{\"version\":1,\"statistics\":[\n"
            "{\"code\":\"MLM102\",\"name\":\"input-stacked-count-mismatch\",\"severity\":\"error\",\"count\":2,"
            "\"safe_fix\":false},\n"
            "{\"code\":\"MLM507\",\"name\":\"duplicate-extension-entry\",\"severity\":\"warning\",\"count\":2,"
            "\"safe_fix\":true}\n]}\n");
}

// --- github ----------------------------------------------------------------------------------------

TEST(ReportGithub, WorkflowCommandsEscapeDataAndProperties) {
  FileReport report{"dir,x/a:b%.json", {finding(3, 7, "50% of\r\nit", "fix: this, now")}};
  report.diagnostics.push_back(finding(4, 1));
  report.diagnostics.back().severity = Severity::kInfo;
  EXPECT_EQ(render(ReportFormat::kGithub, {report}),
            "::error file=dir%2Cx/a%3Ab%25.json,line=3,col=7,title=MLM102 input-stacked-count-mismatch::"
            "50%25 of%0D%0Ait%0Ahint: fix: this, now\n"
            "::notice file=dir%2Cx/a%3Ab%25.json,line=4,col=1,title=MLM102 input-stacked-count-mismatch::the message\n");
}

// Found by fuzz_lint: a syntax error quoted the raw byte after a backslash. Control characters, bidi
// overrides and invalid UTF-8 reach the job log escaped, never raw.
TEST(ReportGithub, ControlCharactersAndInvalidUtf8AreEscaped) {
  const FileReport report{"caf\xe9.json", {finding(1, 2, "a\x1b[2J\x07z\tc \xe2\x80\xae!")}};
  EXPECT_EQ(render(ReportFormat::kGithub, {report}),
            "::error file=caf\\xe9.json,line=1,col=2,title=MLM102 input-stacked-count-mismatch::"
            "a\\x1b[2J\\x07z\tc \\u{202e}!\n");
}

// --- junit -----------------------------------------------------------------------------------------

TEST(ReportJunit, OneTestcasePerFileWithXmlEscaping) {
  FileReport bad{"<a&b>.json", {finding(1, 2, "\"x\" < 'y' \x01")}};
  bad.diagnostics.push_back(finding(2, 1, "only a warning"));
  bad.diagnostics.back().severity = Severity::kWarning;
  FileReport warn{"w.json", {finding(1, 1, "w")}};
  warn.diagnostics.back().severity = Severity::kWarning;
  FileReport clean{"ok.json", {}};
  EXPECT_EQ(render(ReportFormat::kJunit, {bad, warn, clean}),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<testsuites name=\"mlm-lint\" tests=\"3\" failures=\"1\" errors=\"0\">\n"
            "  <testsuite name=\"mlm-lint\" tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"0\">\n"
            "    <testcase name=\"&lt;a&amp;b&gt;.json\" classname=\"mlm-lint\" file=\"&lt;a&amp;b&gt;.json\">\n"
            "      <failure type=\"mlm-lint\" message=\"1 error, 1 warning, 0 infos\">&lt;a&amp;b&gt;.json:1:2: error "
            "MLM102 input-stacked-count-mismatch: &quot;x&quot; &lt; &apos;y&apos; \\u{1}\n"
            "</failure>\n"
            "      <system-out>&lt;a&amp;b&gt;.json:2:1: warning MLM102 input-stacked-count-mismatch: only a warning\n"
            "</system-out>\n"
            "    </testcase>\n"
            "    <testcase name=\"w.json\" classname=\"mlm-lint\" file=\"w.json\">\n"
            "      <system-out>w.json:1:1: warning MLM102 input-stacked-count-mismatch: w\n"
            "</system-out>\n"
            "    </testcase>\n"
            "    <testcase name=\"ok.json\" classname=\"mlm-lint\" file=\"ok.json\"/>\n"
            "  </testsuite>\n"
            "</testsuites>\n");
  // --fail-on warning: the warning-only file fails too.
  ReportOptions options;
  options.fail_on = Severity::kWarning;
  EXPECT_THAT(render(ReportFormat::kJunit, {bad, warn, clean}, options), HasSubstr("tests=\"3\" failures=\"2\""));
}

// --- json ------------------------------------------------------------------------------------------

TEST(ReportJson, VersionedDocumentUnchanged) {
  FileReport report{"a.json", {finding(2, 3, "m \"q\"", "h")}};
  EXPECT_EQ(render(ReportFormat::kJson, {report, FileReport{"b.json", {}}}),
            "{\"version\":1,\"files\":[\n"
            "{\"path\":\"a.json\",\"diagnostics\":[\n"
            "  {\"code\":\"MLM102\",\"name\":\"input-stacked-count-mismatch\",\"severity\":\"error\",\"pointer\":\"/a\","
            "\"line\":2,\"column\":3,\"message\":\"m \\\"q\\\"\",\"hint\":\"h\",\"fix\":null}]},\n"
            "{\"path\":\"b.json\",\"diagnostics\":[]}\n"
            "],\"summary\":{\"files\":2,\"errors\":1,\"warnings\":0,\"infos\":0}}\n");
}

TEST(ReportJson, FixesAreJsonPatchOperations) {
  Diagnostic d = finding(2, 3);
  d.fix = Fix{.safe = false,
              .description = "rename",
              .edits = {{.op = "move", .path = "/b", .from = "/a", .value = {}},
                        {.op = "add", .path = "/c/-", .from = {}, .value = "{\"x\": [1]}"}}};
  EXPECT_THAT(render(ReportFormat::kJson, {FileReport{"a.json", {d}}}),
              HasSubstr("\"fix\":{\"applicability\":\"suggest\",\"description\":\"rename\",\"edits\":["
                        "{\"op\":\"move\",\"path\":\"/b\",\"from\":\"/a\"},"
                        "{\"op\":\"add\",\"path\":\"/c/-\",\"value\":{\"x\": [1]}}]}"));
}

TEST(ReportJsonLines, OneFindingPerLineWithItsPath) {
  FileReport report{"a.json", {finding(2, 3, "m \"q\"", "h"), finding(4, 5)}};
  const std::string out = render(ReportFormat::kJsonLines, {report, FileReport{"b.json", {}}});
  EXPECT_EQ(out,
            "{\"path\":\"a.json\",\"code\":\"MLM102\",\"name\":\"input-stacked-count-mismatch\",\"severity\":\"error\","
            "\"pointer\":\"/a\",\"line\":2,\"column\":3,\"message\":\"m \\\"q\\\"\",\"hint\":\"h\",\"fix\":null}\n"
            "{\"path\":\"a.json\",\"code\":\"MLM102\",\"name\":\"input-stacked-count-mismatch\",\"severity\":\"error\","
            "\"pointer\":\"/a\",\"line\":4,\"column\":5,\"message\":\"the message\",\"hint\":null,\"fix\":null}\n");
  EXPECT_EQ(render(ReportFormat::kJsonLines, {FileReport{"b.json", {}}}), "");  // a clean run prints nothing
}

TEST(ReportFormat, Names) {
  EXPECT_EQ(parse_report_format("json-lines"), ReportFormat::kJsonLines);
  EXPECT_EQ(parse_report_format("sarif"), ReportFormat::kSarif);
  EXPECT_EQ(parse_report_format("github"), ReportFormat::kGithub);
  EXPECT_EQ(parse_report_format("junit"), ReportFormat::kJunit);
  EXPECT_EQ(parse_report_format("xml"), std::nullopt);
}

}  // namespace
}  // namespace mlmlint

// libFuzzer target: arbitrary bytes through the whole pipeline (parse, duplicate keys, schemas, the 76
// rules, positions, source excerpts) and then through every report format. Besides crashes, sanitizer
// reports and hangs, it checks what the reports promise: JSON and SARIF are valid JSON (and so valid
// UTF-8), JUnit is valid UTF-8, and text without colour and GitHub commands carry no raw control bytes.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include <simdjson.h>

#include "mlmlint/linter.h"
#include "mlmlint/report.h"

namespace {

using mlmlint::FileReport;
using mlmlint::LintOptions;
using mlmlint::Linter;
using mlmlint::ReportFormat;
using mlmlint::ReportOptions;

LintOptions fuzz_options(std::size_t max_depth) {
  LintOptions options;
  options.max_depth = max_depth;
  // Never the user's schema cache: a run must depend on the input bytes only.
  options.schemas.cache_dir = "/nonexistent/mlm-lint-fuzz-cache";
  return options;
}

[[noreturn]] void fail(std::string_view what, const std::string& output) {
  std::fprintf(stderr, "fuzz_lint: %.*s\n--- output ---\n%s\n", static_cast<int>(what.size()), what.data(),
               output.c_str());
  std::abort();
}

std::string render(ReportFormat format, const FileReport& report, const ReportOptions& options) {
  std::ostringstream out;
  mlmlint::Summary summary;
  summary.add(report);
  auto reporter = mlmlint::make_reporter(format, out, options);
  reporter->begin();
  reporter->file(report);
  reporter->finish(summary);
  return out.str();
}

void expect_json(std::string_view what, const std::string& output) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(output).get(root) != simdjson::SUCCESS) fail(what, output);
}

// Only '\n' (and, with colour, ESC of the SGR sequences mlm-lint writes itself) may be a control byte.
void expect_no_control_bytes(std::string_view what, const std::string& output) {
  for (const char c : output) {
    const auto b = static_cast<unsigned char>(c);
    if ((b < 0x20 && b != '\n') || b == 0x7F) fail(what, output);
  }
}

void check_reports(const FileReport& report) {
  ReportOptions plain;
  expect_no_control_bytes("text output has a raw control byte", render(ReportFormat::kText, report, plain));
  ReportOptions concise;
  concise.concise = true;
  expect_no_control_bytes("concise output has a raw control byte", render(ReportFormat::kText, report, concise));
  ReportOptions color;
  color.color = true;
  render(ReportFormat::kText, report, color);
  expect_json("json output is not valid JSON", render(ReportFormat::kJson, report, plain));
  expect_json("sarif output is not valid JSON", render(ReportFormat::kSarif, report, plain));
  expect_no_control_bytes("github output has a raw control byte", render(ReportFormat::kGithub, report, plain));
  const std::string junit = render(ReportFormat::kJunit, report, plain);
  if (!simdjson::validate_utf8(junit.data(), junit.size())) fail("junit output is not valid UTF-8", junit);

  mlmlint::Summary summary;
  summary.add(report);
  std::ostringstream stats;
  mlmlint::write_statistics(stats, summary, ReportFormat::kText, false);
  std::ostringstream stats_json;
  mlmlint::write_statistics(stats_json, summary, ReportFormat::kJson, false);
  expect_json("statistics json is not valid JSON", stats_json.str());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Linter linter(fuzz_options(1024));
  // A shallow limit on some inputs, so that the limit path (MLM906 from the scanner) is fuzzed too; chosen
  // by the input itself so that every run of an input is the same.
  static const Linter shallow(fuzz_options(8));
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const Linter& chosen = size % 5 == 0 ? shallow : linter;
  const FileReport report = chosen.lint_buffer("fuzz/input.json", bytes);
  for (const auto& d : report.diagnostics) {
    if (d.line == 0 || d.column == 0) fail("a finding without a position: " + d.code + " " + d.message, "");
  }
  check_reports(report);
  return 0;
}

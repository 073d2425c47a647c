// libFuzzer target: arbitrary bytes through the whole pipeline (parse, duplicate keys, schemas, the 76
// rules, positions, source excerpts) and then through every report format. Besides crashes, sanitizer
// reports and hangs, it checks what the reports promise: JSON and SARIF are valid JSON (and so valid
// UTF-8), JUnit is valid UTF-8, and text without colour and GitHub commands carry no raw control bytes.
// And the fast first pass of schema validation (lib/schema/fast_accept.h) reaches valijson's verdict.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

#include <valijson/validator.hpp>

#include "fuzz_support.h"
#include "mlmlint/core/deep_stack.h"
#include "mlmlint/engine/linter.h"
#include "mlmlint/engine/report.h"
#include "schema_passes.h"
#include "mlmlint/schema/schema_registry.h"

namespace {

using mlmlint::FileReport;
using mlmlint::Linter;
using mlmlint::ReportFormat;
using mlmlint::ReportOptions;

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

// The input against the schemas it declares, the STAC 1.0.0 Item schema and MLM v1.5.2 (so that junk
// meets the largest schema too): both passes must agree. Documents with duplicate keys keep valijson's
// pass in the linter (the fast pass's precondition); deep ones are left to the linter's own stack.
void check_fast_pass(std::string_view bytes, const FileReport& report) {
  for (const auto& d : report.diagnostics) {
    if (d.code == "MLM903") return;
  }
  if (mlmlint::nesting_depth(bytes, 64) >= 64) return;
  static const std::unique_ptr<mlmlint::SchemaRegistry> registry = mlmlint::SchemaRegistry::embedded();
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(simdjson::padded_string(bytes)).get(root) != simdjson::SUCCESS) return;
  std::vector<std::string> urls = {"https://schemas.stacspec.org/v1.0.0/item-spec/json-schema/item.json",
                                   "https://stac-extensions.github.io/mlm/v1.5.2/schema.json"};
  simdjson::dom::array extensions;
  if (root.is_object() && root["stac_extensions"].get(extensions) == simdjson::SUCCESS) {
    for (auto e : extensions) {
      std::string_view url;
      if (e.get(url) == simdjson::SUCCESS && registry->has(std::string(url))) urls.emplace_back(url);
    }
  }
  thread_local valijson::Validator validator(valijson::Validator::kStrongTypes);
  for (const auto& url : urls) {
    const mlmlint::CompiledSchema* schema = registry->get(url);
    if (!schema) continue;
    bool accepted = false;
    try {
      accepted = mlmlint::schema_accepts(*schema, root, validator);
    } catch (const std::exception&) {
      continue;  // reported by the linter as MLM000; the fast pass then defers to valijson
    }
    bool fast = false;
    try {
      fast = mlmlint::fast_schema_accepts(*schema, root);
    } catch (const std::exception&) {
      fail("the fast pass threw where valijson did not, against " + url, std::string(bytes));
    }
    if (fast != accepted) fail("the fast pass and valijson disagree against " + url, std::string(bytes));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Linter linter(fuzz::lint_options(1024));
  // A shallow limit on some inputs, so that the limit path (MLM906 from the scanner) is fuzzed too; chosen
  // by the input itself so that every run of an input is the same.
  static const Linter shallow(fuzz::lint_options(8));
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const Linter& chosen = size % 5 == 0 ? shallow : linter;
  const FileReport report = chosen.lint_buffer("fuzz/input.json", bytes);
  for (const auto& d : report.diagnostics) {
    if (d.line == 0 || d.column == 0) fail("a finding without a position: " + d.code + " " + d.message, "");
  }
  check_reports(report);
  check_fast_pass(bytes, report);
  return 0;
}

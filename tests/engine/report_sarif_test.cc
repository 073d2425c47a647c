// --format sarif against the official OASIS SARIF 2.1.0 schema (testdata/formats/, see its SOURCES.md),
// validated with mlm-lint's own schema machinery: SchemaRegistry over a loader that maps the schema's id to
// the vendored file, then schema_accepts / schema_errors as for STAC documents.
#include <fstream>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlmlint/engine/linter.h"
#include "mlmlint/engine/report.h"
#include "mlmlint/rules/registry.h"
#include "rule_harness.h"
#include "schema_passes.h"
#include "mlmlint/schema/schema_registry.h"
#include "test_files.h"
#include "lint_helpers.h"

namespace mlmlint {
namespace {

using test::default_linter;

using test::read_text;

using ::testing::IsEmpty;

constexpr const char* kSarifSchemaId =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

const std::string& schema_text() {
  static const std::string kText = read_text(MLMLINT_TESTDATA_DIR "/formats/sarif-schema-2.1.0.json");
  return kText;
}

SchemaRegistry& sarif_registry() {
  static SchemaRegistry registry([](const std::string& url) -> std::optional<std::string> {
    if (url == kSarifSchemaId) return schema_text();
    return std::nullopt;
  });
  return registry;
}

const CompiledSchema* sarif_schema(std::string* error) { return sarif_registry().get(kSarifSchemaId, error); }

// Every schema problem of `sarif`, as "pointer: message"; empty when it validates.
std::vector<std::string> sarif_problems(const std::string& sarif) {
  std::string error;
  const CompiledSchema* schema = sarif_schema(&error);
  if (!schema) return {"schema not compiled: " + error};
  simdjson::dom::parser parser;
  simdjson::dom::element document;
  if (auto e = parser.parse(sarif).get(document); e != simdjson::SUCCESS) {
    return {std::string("not JSON: ") + simdjson::error_message(e)};
  }
  valijson::Validator validator(valijson::Validator::kStrongTypes);
  if (schema_accepts(*schema, document, validator)) return {};
  std::vector<std::string> out;
  for (const auto& e : schema_errors(*schema, document, validator)) out.push_back(e.pointer + ": " + e.message);
  if (out.empty()) out.push_back("rejected without a message");
  return out;
}

std::string sarif_of(const std::vector<FileReport>& reports) {
  std::ostringstream out;
  auto reporter = make_reporter(ReportFormat::kSarif, out, ReportOptions{});
  reporter->begin();
  Summary summary;
  for (const auto& r : reports) {
    summary.add(r);
    reporter->file(r);
  }
  reporter->finish(summary);
  return out.str();
}

// Findings of every kind: rules with hints, schema errors, invalid JSON with a non-ASCII character before the
// error, an unreadable absolute path, a clean file and a path that needs percent-encoding.
std::vector<FileReport> sample_reports() {
  std::vector<FileReport> reports;
  reports.push_back(default_linter().lint_buffer(
      "models/item.json",
      test::patched_b(test::patch({R"({"op":"replace","path":"/properties/mlm:accelerator","value":"cpu"})",
                                   R"({"op":"add","path":"/properties/mlm:unknown","value":1})"}))));
  reports.push_back(default_linter().lint_buffer("dir with space/b\xC3\xA9.json", "{\"\xC3\xA9\": 1,}"));
  reports.push_back(default_linter().lint_file("/nonexistent/mlm-lint-sarif-test.json"));
  reports.push_back(default_linter().lint_buffer("clean.json", test::baseline_b()));
  return reports;
}

TEST(ReportSarif, OfficialSchemaIsDraft04AndBundlesCompletely) {
  simdjson::dom::parser parser;
  simdjson::dom::element schema;
  ASSERT_EQ(parser.parse(schema_text()).get(schema), simdjson::SUCCESS);
  std::string_view draft, id;
  ASSERT_EQ(schema["$schema"].get(draft), simdjson::SUCCESS);
  ASSERT_EQ(schema["id"].get(id), simdjson::SUCCESS);
  // Draft-04: the document's URI is in "id" (not "$id"). Every $ref of this schema is local ("#/definitions/…"),
  // so it resolves against the URL the registry loads it under, which is that id; the keywords it uses are
  // the same in draft-04 and draft-07 (no boolean exclusiveMinimum, no dependencies).
  EXPECT_EQ(draft, "http://json-schema.org/draft-04/schema#");
  EXPECT_EQ(id, kSarifSchemaId);
  std::string error;
  const CompiledSchema* compiled = sarif_schema(&error);
  ASSERT_NE(compiled, nullptr) << error;
  EXPECT_THAT(compiled->missing, IsEmpty());
}

TEST(ReportSarif, OutputValidatesAgainstTheOfficialSchema) {
  const std::string sarif = sarif_of(sample_reports());
  EXPECT_THAT(sarif_problems(sarif), IsEmpty()) << sarif;
}

// The CLI golden of `--format sarif` (tests/cli/cases/format-sarif) is the real program's output.
TEST(ReportSarif, CliGoldenValidates) {
  const std::string golden = read_text(MLMLINT_SOURCE_DIR "/tests/cli/cases/format-sarif/expected_stdout");
  ASSERT_FALSE(golden.empty());
  EXPECT_THAT(sarif_problems(golden), IsEmpty());
}

TEST(ReportSarif, EmptyRunValidates) { EXPECT_THAT(sarif_problems(sarif_of({})), IsEmpty()); }

// The check is real: a document the schema must refuse is refused.
TEST(ReportSarif, SchemaRejectsInvalidSarif) {
  std::string sarif = sarif_of(sample_reports());
  const std::string level = "\"level\":\"error\"";
  const auto at = sarif.find(level, sarif.find("\"results\""));
  ASSERT_NE(at, std::string::npos);
  sarif.replace(at, level.size(), "\"level\":\"fatal\"");
  EXPECT_THAT(sarif_problems(sarif), ::testing::Not(IsEmpty()));
  EXPECT_THAT(sarif_problems(R"({"version":"2.1.0","runs":[{"results":[]}]})"), ::testing::Not(IsEmpty()));
}

TEST(ReportSarif, RunCarriesTheCatalogueAndLocatedResults) {
  const std::vector<FileReport> reports = sample_reports();
  const std::string sarif = sarif_of(reports);
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(sarif).get(doc), simdjson::SUCCESS);
  simdjson::dom::array runs = doc["runs"].get_array().value();
  ASSERT_EQ(runs.size(), 1u);
  const simdjson::dom::element run = runs.at(0).value();
  simdjson::dom::array rules = run["tool"]["driver"]["rules"].get_array().value();
  // The catalogue and the pipeline codes MLM000 and MLM900-MLM906.
  EXPECT_EQ(rules.size(), all_rules().size() + 8);
  for (auto rule : rules) {
    std::string_view help;
    ASSERT_EQ(rule["help"]["text"].get(help), simdjson::SUCCESS);
    EXPECT_FALSE(help.empty());
  }
  // MLM102's help is its documentation page.
  std::string_view markdown;
  bool seen = false;
  for (auto rule : rules) {
    if (rule["id"].get_string().value() != "MLM102") continue;
    seen = true;
    ASSERT_EQ(rule["help"]["markdown"].get(markdown), simdjson::SUCCESS);
    EXPECT_EQ(markdown, rule_doc("MLM102"));
  }
  EXPECT_TRUE(seen);

  std::size_t expected = 0;
  for (const auto& r : reports) expected += r.diagnostics.size();
  simdjson::dom::array results = run["results"].get_array().value();
  ASSERT_EQ(results.size(), expected);
  std::size_t i = 0;
  for (const auto& r : reports) {
    for (const auto& d : r.diagnostics) {
      const simdjson::dom::element result = results.at(i++).value();
      EXPECT_EQ(result["ruleId"].get_string().value(), d.code);
      const std::uint64_t index = result["ruleIndex"].get_uint64().value();
      EXPECT_EQ(rules.at(index).value()["id"].get_string().value(), d.code);
      const auto location = result["locations"].at(0)["physicalLocation"];
      EXPECT_EQ(location["region"]["startLine"].get_uint64().value(), d.line);
      const std::string_view uri = location["artifactLocation"]["uri"].get_string().value();
      const std::uint64_t column = location["region"]["startColumn"].get_uint64().value();
      if (r.path == "models/item.json") {
        EXPECT_EQ(uri, "models/item.json");
        EXPECT_EQ(column, d.column);  // ASCII: bytes = code points
      } else if (r.path.rfind("dir with space", 0) == 0) {
        EXPECT_EQ(uri, "dir%20with%20space/b%C3%A9.json");
        EXPECT_EQ(column, d.column - 1);  // "é" is 2 bytes, 1 code point, before the error
      } else if (r.path.rfind("/nonexistent", 0) == 0) {
        EXPECT_EQ(uri, "file:///nonexistent/mlm-lint-sarif-test.json");
      }
    }
  }
}

}  // namespace
}  // namespace mlmlint

// Known defects of official schemas (schema_defects.h; testdata/RULES.md §6 G7, G11, G17) are reported as what they
// are: MLM000 at info, naming the defect. The same schemas' other errors stay errors.
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "lint_helpers.h"
#include "mlmlint/engine/linter.h"
#include "rule_harness.h"

namespace mlmlint {
namespace {

using ::testing::HasSubstr;

// `text` with the first occurrence of `from` replaced by `to` (which must be there).
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

const Diagnostic* schema_finding(const FileReport& report, const std::string& pointer) {
  for (const auto& d : report.diagnostics) {
    if (d.code == "MLM000" && d.pointer == pointer) return &d;
  }
  return nullptr;
}

FileReport lint(const std::string& text) { return test::schema_only_linter().lint_buffer("doc.json", text); }

TEST(SchemaDefects, ArraySummariesOfAnMlmCollectionAreTheSchemasDefect) {
  std::string text = test::read_testdata("examples/mlm/v1.5.2/collection.json");
  text = replaced(text, "\"summaries\": {", "\"summaries\": {\"platform\": [\"sentinel-2\"], ");
  text = replaced(text, "\"stac_extensions\": [",
                  "\"stac_extensions\": [\"https://stac-extensions.github.io/mlm/v1.5.2/schema.json\", ");
  const FileReport report = lint(text);
  const Diagnostic* d = schema_finding(report, "/summaries/platform");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::kInfo);
  EXPECT_THAT(d->message, HasSubstr("expected object, got an array; a known defect of the MLM v1.5.2 schema"));
  for (const auto& other : report.diagnostics) EXPECT_NE(other.severity, Severity::kError) << other.message;
}

TEST(SchemaDefects, ATaskOutsideTheClosedListSaysTheReadmeAllowsIt) {
  const std::string text = replaced(test::read_testdata("examples/mlm/v1.5.2/item_basic.json"), "\"mlm:tasks\": [",
                                    "\"mlm:tasks\": [\"crop-yield-forecasting\", ");
  const FileReport report = lint(text);
  const Diagnostic* d = schema_finding(report, "/properties/mlm:tasks/0");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::kInfo);
  EXPECT_THAT(d->message, HasSubstr("the MLM README allows other task names"));
}

TEST(SchemaDefects, OtherErrorsOfTheSameSchemaStayErrors) {
  const std::string text = replaced(test::read_testdata("examples/mlm/v1.5.2/item_basic.json"), "\"mlm:tasks\": [",
                                    "\"mlm:tasks\": [42, ");
  const FileReport report = lint(text);
  const Diagnostic* d = schema_finding(report, "/properties/mlm:tasks/0");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::kError);
  EXPECT_THAT(d->message, ::testing::Not(HasSubstr("defect")));
}

// dlm:data's required list mixes the defect (class_name_mapping) with a field the DLM text does ask for: the
// finding stays an error and says which part is the schema's.
TEST(SchemaDefects, DlmBeta3DataNamesTheDefectAmongRealMissingFields) {
  const FileReport report = lint(test::read_testdata("rules/legacy/dlm_v1_beta3.json"));
  const Diagnostic* d = schema_finding(report, "/properties/dlm:data");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::kError);
  EXPECT_THAT(d->message, HasSubstr("\"data_type\""));
  EXPECT_THAT(d->message, HasSubstr("requires \"class_name_mapping\" in dlm:data"));
  // Alone, it is the schema's defect.
  const FileReport alone =
      lint(replaced(test::read_testdata("rules/legacy/dlm_v1_beta3.json"), "\"dtype\"", "\"data_type\""));
  const Diagnostic* only = schema_finding(alone, "/properties/dlm:data");
  ASSERT_NE(only, nullptr);
  EXPECT_EQ(only->severity, Severity::kInfo);
}

TEST(SchemaDefects, DlmBeta3StacExtensionsObjectIsTheSchemasDefect) {
  const FileReport report = lint(test::read_testdata("rules/legacy/dlm_v1_beta3.json"));
  const Diagnostic* d = schema_finding(report, "/stac_extensions");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->severity, Severity::kInfo);
  EXPECT_THAT(d->message, HasSubstr("a known defect of the DLM v1.0.0-beta.3 schema"));
}

}  // namespace
}  // namespace mlmlint

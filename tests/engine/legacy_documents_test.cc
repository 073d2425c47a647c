// Legacy documents through the whole engine (schema stage, rules, explain mode): a document written for the
// ml-model or DLM extension alone gets one MLM601 warning that maps its fields, not one warning per legacy
// field, role and relation (MLM602-MLM605); a half-migrated document that declares MLM still gets those.
// Fixtures: testdata/rules/legacy/.
#include <algorithm>
#include <map>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlmlint/engine/linter.h"
#include "rule_harness.h"

namespace mlmlint {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

FileReport lint(std::string_view fixture) {
  static const Linter kLinter{LintOptions{}};
  const std::string name = "rules/legacy/" + std::string(fixture);
  return kLinter.lint_buffer(name, test::read_testdata(name));
}

std::map<std::string, int> per_severity(const FileReport& report) {
  std::map<std::string, int> out;
  for (const auto& d : report.diagnostics) ++out[std::string(severity_name(d.severity))];
  return out;
}

// "CODE pointer" of the findings whose code starts with `prefix`.
std::vector<std::string> findings_with(const FileReport& report, std::string_view prefix) {
  std::vector<std::string> out;
  for (const auto& d : report.diagnostics) {
    if (d.code.starts_with(prefix)) out.push_back(d.code + " " + d.pointer);
  }
  return out;
}

TEST(LegacyDocuments, AnMlModelItemGetsOneWarning) {
  const FileReport report = lint("ml_model_v1_sklearn.json");
  EXPECT_THAT(findings_with(report, "MLM6"), ElementsAre("MLM601 /stac_extensions/0"));
  EXPECT_THAT(findings_with(report, "MLM308"), IsEmpty());  // "docker-image" is what ml-model prescribes
  EXPECT_EQ(per_severity(report), (std::map<std::string, int>{{"warning", 1}}));
  ASSERT_FALSE(report.diagnostics.empty());
  EXPECT_THAT(report.diagnostics[0].hint, HasSubstr("mlm-lint migrate FILE"));
  EXPECT_THAT(report.diagnostics[0].hint, HasSubstr("ml-model:architecture → mlm:architecture"));
  EXPECT_THAT(report.diagnostics[0].hint, ::testing::Not(HasSubstr("torch.save")));  // a joblib file
}

TEST(LegacyDocuments, ADlmItemGetsOneWarning) {
  const FileReport report = lint("dlm_v1_beta3.json");
  EXPECT_THAT(findings_with(report, "MLM6"), ElementsAre("MLM601 /stac_extensions/0"));
  // The bundled DLM v1.0.0-beta.3 schema expects stac_extensions to be an object (a defect of that schema: its
  // own example fails it the same way), so that MLM000 is an info naming the defect (issue #14). Its errors inside
  // the dlm:* fields (dlm:data lacks class_name_mapping and data_type) are accounted for by MLM601, which maps
  // those fields to MLM: explain mode drops them.
  EXPECT_THAT(findings_with(report, "MLM0"), ElementsAre("MLM000 /stac_extensions"));
  EXPECT_EQ(per_severity(report), (std::map<std::string, int>{{"info", 1}, {"warning", 1}}));
  const FileReport schema_only = [] {
    LintOptions options;
    options.run_rules = false;
    return Linter{options}.lint_buffer("dlm", test::read_testdata("rules/legacy/dlm_v1_beta3.json"));
  }();
  // The two members dlm:data lacks are one finding.
  EXPECT_THAT(findings_with(schema_only, "MLM000"), ElementsAre("MLM000 /stac_extensions", "MLM000 /properties/dlm:data"));
  const auto legacy = std::find_if(report.diagnostics.begin(), report.diagnostics.end(),
                                   [](const Diagnostic& d) { return d.code == "MLM601"; });
  ASSERT_NE(legacy, report.diagnostics.end());
  EXPECT_THAT(legacy->hint, HasSubstr("dlm:runtime.framework → mlm:framework"));
}

TEST(LegacyDocuments, AHalfMigratedItemGetsEachLeftover) {
  const FileReport report = lint("half_migrated.json");
  EXPECT_THAT(findings_with(report, "MLM6"),
              ElementsAre("MLM601 /stac_extensions/5", "MLM602 /properties/ml-model:type",
                          "MLM602 /properties/ml-model:prediction_type",
                          // "classification" is not "scene-classification": a real contradiction.
                          "MLM606 /properties/ml-model:prediction_type", "MLM602 /properties/ml-model:learning_approach",
                          "MLM602 /properties/ml-model:architecture", "MLM603 /assets/container/roles/1",
                          "MLM603 /assets/checkpoint/roles/0", "MLM604 /links/1/rel"));
  EXPECT_THAT(findings_with(report, "MLM308"), IsEmpty());
  EXPECT_EQ(per_severity(report), (std::map<std::string, int>{{"warning", 9}}));
}

TEST(LegacyDocuments, StacBeta2ExtensionIdentifiersAreDeclarations) {
  // STAC 1.0.0-beta.2 declares extensions by identifier; its EO defines eo:bands as an Item field.
  const std::string name = "rules/old_style/stac_beta2_identifiers.json";
  const FileReport report = Linter{LintOptions{}}.lint_buffer(name, test::read_testdata(name));
  EXPECT_THAT(findings_with(report, "MLM505"), IsEmpty());  // "eo" and "scientific" declare eo: and sci:
  EXPECT_THAT(findings_with(report, "MLM405"), IsEmpty());  // not EO v1
  EXPECT_THAT(findings_with(report, "MLM902"),
              ElementsAre("MLM902 /stac_extensions/0", "MLM902 /stac_extensions/1", "MLM902 /stac_extensions/2"));
  for (const auto& d : report.diagnostics) {
    if (d.code != "MLM902") continue;
    EXPECT_EQ(d.severity, Severity::kInfo);
    EXPECT_THAT(d.message, HasSubstr("declares an extension by its STAC 1.0.0-beta.2 identifier, which names no schema"));
    EXPECT_THAT(d.message, ::testing::Not(HasSubstr("--schema-map")));
  }
  EXPECT_EQ(per_severity(report), (std::map<std::string, int>{{"info", 3}}));
}

}  // namespace
}  // namespace mlmlint

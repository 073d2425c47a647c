// Documents that use MLM but declare no MLM URI (#15 "Say what was assumed"), through the whole engine: they are
// checked as the version their fields suggest, every finding that depends on that choice says "assuming MLM vX
// because …", and declaring that version (MLM501's fix) leaves every other finding as it was.
// Fixtures: testdata/rules/assumed_version/, official examples with their MLM URI removed.
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fix_check.h"
#include "mlmlint/engine/linter.h"
#include "lint_helpers.h"
#include "rule_harness.h"

namespace mlmlint {
namespace {

using ::testing::ElementsAre;
using ::testing::EndsWith;
using ::testing::HasSubstr;
using ::testing::Not;

std::string fixture(std::string_view name) { return test::read_testdata("rules/assumed_version/" + std::string(name)); }

TEST(AssumedVersion, AVersion13DocumentIsCheckedAsV130) {
  // v1.3.0's item_eo_bands.json without its MLM URI. Was, checked as v1.5.2: MLM103 (no "bands" dimension),
  // MLM302 (no mlm:artifact_type) and MLM508 (norm_* "ignored"), none of which v1.3.0 asks for.
  const FileReport report = test::default_linter().lint_buffer("v1_3_style.json", fixture("v1_3_style.json"));
  EXPECT_THAT(test::problems(report), ElementsAre("MLM501 /stac_extensions", "MLM511 /properties/file:size",
                                            "MLM208 /properties/mlm:output/0/classification_classes"));
  const Diagnostic& undeclared = test::first_with_code(report, "MLM501");
  EXPECT_EQ(undeclared.message,
            "MLM fields are used but the MLM extension is not declared; add "
            "\"https://crim-ca.github.io/mlm-extension/v1.3.0/schema.json\" (assuming MLM v1.3.0 because no MLM URI "
            "is declared and \"norm_by_channel\" exists only in MLM v1.0.0 to v1.3.0).");
  ASSERT_TRUE(undeclared.fix.has_value());
  EXPECT_THAT(test::describe_fix(undeclared.fix), HasSubstr("https://crim-ca.github.io/mlm-extension/v1.3.0/schema.json"));
}

TEST(AssumedVersion, AVersion15DocumentSaysWhyItIsCheckedAsTheLatest) {
  const FileReport report = test::default_linter().lint_buffer("v1_5_style.json", fixture("v1_5_style.json"));
  EXPECT_THAT(test::problems(report), ElementsAre("MLM501 /stac_extensions", "MLM511 /properties/file:size",
                                            "MLM208 /properties/mlm:output/0/classification_classes",
                                            "MLM302 /assets/weights"));
  EXPECT_THAT(test::first_with_code(report, "MLM302").message,
              EndsWith("(assuming MLM v1.5.2, the latest, because no MLM URI is declared and \"value_scaling\" "
                       "exists only from MLM v1.4.0 on)."));
  EXPECT_THAT(test::first_with_code(report, "MLM501").message, HasSubstr("add \"https://stac-extensions.github.io/mlm/v1.5.2/schema.json\""));
  // A finding that does not depend on the version does not claim to.
  EXPECT_THAT(test::first_with_code(report, "MLM511").message, Not(HasSubstr("assuming")));
}

TEST(AssumedVersion, AV13LeftoverNextToAV14FieldIsReportedAsOne) {
  // The official v1.5.2 item_eo_bands.json keeps "norm_by_channel" next to "value_scaling": the field that exists
  // decides, and the leftover is MLM508's.
  const FileReport report =
      test::default_linter().lint_buffer("leftover.json", fixture("leftover_next_to_value_scaling.json"));
  EXPECT_THAT(test::first_with_code(report, "MLM508").message,
              HasSubstr("(assuming MLM v1.5.2, the latest, because no MLM URI is declared and \"mlm:artifact_type\" "
                        "exists only from MLM v1.4.0 on)"));
}

TEST(AssumedVersion, WithoutVersionSpecificFieldsTheLatestIsAssumedAndSaid) {
  const FileReport report = test::default_linter().lint_buffer("none.json", fixture("no_version_specific_field.json"));
  EXPECT_THAT(test::first_with_code(report, "MLM302").message,
              EndsWith("(assuming MLM v1.5.2, the latest, because no MLM URI is declared and no field is specific to "
                       "an earlier version)."));
}

TEST(AssumedVersion, DeclaringTheAssumedVersionLeavesTheOtherFindings) {
  // What a user gets after MLM501's safe fix is what they were told, without the assumption.
  for (std::string_view name : {"v1_3_style.json", "v1_5_style.json", "leftover_next_to_value_scaling.json",
                                "no_version_specific_field.json"}) {
    SCOPED_TRACE(name);
    const std::string doc = fixture(name);
    const FileReport before = test::default_linter().lint_buffer("before.json", doc);
    const Diagnostic& undeclared = test::first_with_code(before, "MLM501");
    ASSERT_TRUE(undeclared.fix.has_value());
    const FileReport after = test::default_linter().lint_buffer("after.json", test::apply_fix(doc, *undeclared.fix));
    std::vector<std::string> expected;
    for (const auto& d : before.diagnostics) {
      if (d.code == "MLM501" || d.severity == Severity::kInfo) continue;
      std::string message = d.message;
      const auto at = message.find(" (assuming MLM ");
      if (at != std::string::npos) message = message.substr(0, at) + (message.back() == '.' ? "." : "");
      expected.push_back(d.code + " " + d.pointer + ": " + message);
    }
    std::vector<std::string> actual;
    for (const auto& d : after.diagnostics) {
      if (d.severity != Severity::kInfo) actual.push_back(d.code + " " + d.pointer + ": " + d.message);
    }
    EXPECT_EQ(actual, expected);
  }
}

TEST(AssumedVersion, DeclaredDocumentsAssumeNothing) {
  const std::string doc = test::read_testdata("examples/mlm/v1.3.0/item_eo_bands.json");
  for (const auto& d : test::default_linter().lint_buffer("declared.json", doc).diagnostics) {
    EXPECT_THAT(d.message, Not(HasSubstr("assuming MLM"))) << d.code;
  }
}

}  // namespace
}  // namespace mlmlint

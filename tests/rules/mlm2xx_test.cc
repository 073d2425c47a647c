#include <string>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fix_check.h"
#include "rule_harness.h"
#include "rule_list.h"

namespace mlmlint::rules {
namespace {

using test::apply_fix;
using test::describe_fix;
using test::findings_of;
using test::patched_b;
using test::rendered_findings_of;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;

constexpr const char* kV140 =
    R"({"op": "replace", "path": "/stac_extensions/0", "value": "https://stac-extensions.github.io/mlm/v1.4.0/schema.json"})";

// A JSON patch replacing the classes of output 0 with `count` classes, value i and name "class-i"; `extra` (a
// JSON object text, or empty) is appended as one more class.
std::string many_classes_patch(int count, std::string_view extra) {
  std::string classes = "[";
  for (int i = 0; i < count; ++i) {
    if (i > 0) classes += ", ";
    classes += fmt::format(R"({{"value": {}, "name": "class-{}", "description": "Class {}"}})", i, i, i);
  }
  if (!extra.empty()) classes += fmt::format(", {}", extra);
  classes += "]";
  return fmt::format(
      R"([{{"op": "replace", "path": "/properties/mlm:output/0/classification:classes", "value": {}}},
          {{"op": "replace", "path": "/properties/mlm:output/0/result/shape", "value": [-1, {}]}}])",
      classes, count + (extra.empty() ? 0 : 1));
}

// --- MLM201 result-shape-invalid --------------------------------------------------------------------------

TEST(Mlm201, FailsOnSizeZero) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:output/0/result/shape", "value": [-1, 0]}])");
  EXPECT_THAT(rendered_findings_of(kMlm201, doc),
              ElementsAre("/properties/mlm:output/0/result/shape/1: dimension size 0 is invalid; use a positive size "
                          "or -1 for a variable size."));
}

TEST(Mlm201, VariableSizesAreValid) {
  const auto doc =
      patched_b(R"([{"op": "replace", "path": "/properties/mlm:output/0/result/shape", "value": [-1, -1]}])");
  EXPECT_THAT(rendered_findings_of(kMlm201, doc), IsEmpty());
}

TEST(Mlm201, FailsOnLengthMismatch) {
  const auto doc =
      patched_b(R"([{"op": "replace", "path": "/properties/mlm:output/0/result/shape", "value": [2]}])");
  EXPECT_THAT(rendered_findings_of(kMlm201, doc),
              ElementsAre("/properties/mlm:output/0/result: shape has 1 entry but dim_order has 2 ([\"batch\", "
                          "\"class\"]); every dimension needs exactly one size."));
}

TEST(Mlm201, DoesNotLookAtInputs) {
  const auto doc =
      patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/input/shape", "value": [0, 3, 64, 64]}])");
  EXPECT_THAT(rendered_findings_of(kMlm201, doc), IsEmpty());
}

// --- MLM202 output-stacked-count-mismatch -----------------------------------------------------------------

TEST(Mlm202, FailsWhenBandsDimensionDoesNotMatchTheBandList) {
  const auto doc = patched_b(R"([{"op": "add", "path": "/properties/mlm:output/-", "value": {"name": "band-scores",
      "tasks": ["scene-classification"], "result": {"shape": [-1, 2], "dim_order": ["batch", "bands"],
      "data_type": "float32"}, "bands": ["B04"]}}])");
  EXPECT_THAT(rendered_findings_of(kMlm202, doc),
              ElementsAre("/properties/mlm:output/1/result/shape/1: 1 band is listed (B04) but the \"bands\" "
                          "dimension has size 2."));
}

TEST(Mlm202, MatchingCountIsValid) {
  const auto doc = patched_b(R"([{"op": "add", "path": "/properties/mlm:output/-", "value": {"name": "band-scores",
      "tasks": ["scene-classification"], "result": {"shape": [-1, 2], "dim_order": ["batch", "bands"],
      "data_type": "float32"}, "bands": ["B04", {"name": "B03"}]}}])");
  EXPECT_THAT(rendered_findings_of(kMlm202, doc), IsEmpty());
}

TEST(Mlm202, ChecksVariables) {
  const auto doc = patched_b(R"([{"op": "add", "path": "/properties/mlm:output/-", "value": {"name": "weather",
      "tasks": ["regression"], "result": {"shape": [-1, 3, 24], "dim_order": ["batch", "variables", "time"],
      "data_type": "float32"}, "variables": ["t2m", "tp"]}}])");
  EXPECT_THAT(rendered_findings_of(kMlm202, doc),
              ElementsAre("/properties/mlm:output/1/result/shape/1: 2 variables are listed (t2m, tp) but the "
                          "\"variables\" dimension has size 3."));
}

TEST(Mlm202, SuppressedByAPostProcessingFunction) {
  const auto doc = patched_b(R"([{"op": "add", "path": "/properties/mlm:output/-", "value": {"name": "band-scores",
      "tasks": ["scene-classification"], "result": {"shape": [-1, 2], "dim_order": ["batch", "bands"],
      "data_type": "float32"}, "bands": ["B04"],
      "post_processing_function": [{"format": "python", "expression": "pkg.mod:fn"}]}}])");
  EXPECT_THAT(rendered_findings_of(kMlm202, doc), IsEmpty());
}

TEST(Mlm202, OutputsHaveNoBandsBeforeV150) {
  const auto doc = patched_b(std::string("[") + kV140 + R"(, {"op": "add", "path": "/properties/mlm:output/-",
      "value": {"name": "band-scores", "tasks": ["scene-classification"], "result": {"shape": [-1, 2],
      "dim_order": ["batch", "bands"], "data_type": "float32"}, "bands": ["B04"]}}])");
  EXPECT_THAT(rendered_findings_of(kMlm202, doc), IsEmpty());
}

// --- MLM203 output-task-not-declared ----------------------------------------------------------------------

TEST(Mlm203, FailsWhenOutputTaskIsMissingFromMlmTasks) {
  const auto doc = patched_b(
      R"([{"op": "replace", "path": "/properties/mlm:output/0/tasks", "value": ["semantic-segmentation"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm203, doc),
              ElementsAre("/properties/mlm:output/0/tasks/0: output task \"semantic-segmentation\" is not listed in "
                          "mlm:tasks ([\"scene-classification\"]); the Item-level list must cover every output "
                          "task."));
}

TEST(Mlm203, SubsetOfMlmTasksIsValid) {
  const auto doc = patched_b(R"([
    {"op": "replace", "path": "/properties/mlm:tasks", "value": ["scene-classification", "semantic-segmentation"]},
    {"op": "replace", "path": "/properties/mlm:output/0/tasks", "value": ["semantic-segmentation"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm203, doc), IsEmpty());
}

TEST(Mlm203, ReportsOnlyTheMissingTasks) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:output/0/tasks",
                                  "value": ["scene-classification", "classification", 7]}])");
  EXPECT_THAT(rendered_findings_of(kMlm203, doc),
              ElementsAre("/properties/mlm:output/0/tasks/1: output task \"classification\" is not listed in "
                          "mlm:tasks ([\"scene-classification\"]); the Item-level list must cover every output "
                          "task."));
}

TEST(Mlm203, OneFindingPerOutputListingEveryMissingTask) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:output/0/tasks",
                                  "value": ["semantic-segmentation", "scene-classification", "object-detection"]}])");
  const auto findings = findings_of(kMlm203, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].pointer, "/properties/mlm:output/0/tasks");
  EXPECT_THAT(findings[0].message, HasSubstr("\"semantic-segmentation\" and \"object-detection\""));
  const auto fixed = apply_fix(doc, *findings[0].fix);
  EXPECT_THAT(findings_of(kMlm203, fixed), IsEmpty());
}

TEST(Mlm203, TwoOutputsMissingTheSameTaskAppendItOnce) {
  const auto doc = patched_b(R"([
    {"op": "replace", "path": "/properties/mlm:output/0/tasks", "value": ["semantic-segmentation"]},
    {"op": "copy", "from": "/properties/mlm:output/0", "path": "/properties/mlm:output/-"},
    {"op": "replace", "path": "/properties/mlm:output/1/name", "value": "second"}])");
  const auto findings = findings_of(kMlm203, doc);
  ASSERT_THAT(findings, SizeIs(2));
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_FALSE(findings[1].fix.has_value()) << "the first output's fix already appends the task";
  const auto fixed = apply_fix(doc, *findings[0].fix);
  EXPECT_THAT(findings_of(kMlm203, fixed), IsEmpty());
}

TEST(Mlm203, FixAppendsTheTaskToMlmTasks) {
  const auto doc = patched_b(
      R"([{"op": "replace", "path": "/properties/mlm:output/0/tasks", "value": ["semantic-segmentation"]}])");
  const auto findings = findings_of(kMlm203, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: append \"semantic-segmentation\" to mlm:tasks | add /properties/mlm:tasks/- "
            "\"semantic-segmentation\"");
  const auto fixed = apply_fix(doc, *findings[0].fix);
  EXPECT_THAT(findings_of(kMlm203, fixed), IsEmpty());
  EXPECT_EQ(fixed, patched_b(R"([
    {"op": "replace", "path": "/properties/mlm:tasks", "value": ["scene-classification", "semantic-segmentation"]},
    {"op": "replace", "path": "/properties/mlm:output/0/tasks", "value": ["semantic-segmentation"]}])"));
}

TEST(Mlm203, SilentWithoutAnMlmTasksArray) {
  const auto doc = patched_b(R"([
    {"op": "remove", "path": "/properties/mlm:tasks"},
    {"op": "replace", "path": "/properties/mlm:output/0/tasks", "value": ["semantic-segmentation"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm203, doc), IsEmpty());
}

// --- MLM204 duplicate-class-value -------------------------------------------------------------------------

TEST(Mlm204, FailsWhenTwoClassesShareAValue) {
  const auto doc = patched_b(
      R"([{"op": "replace", "path": "/properties/mlm:output/0/classification:classes/1/value", "value": 0}])");
  EXPECT_THAT(rendered_findings_of(kMlm204, doc),
              ElementsAre("/properties/mlm:output/0/classification:classes/1/value: class value 0 is already used "
                          "by classification:classes/0 (\"other\"); class values must be unique."));
}

TEST(Mlm204, DistinctValuesAreValidEvenWithEqualNames) {
  const auto doc = patched_b(
      R"([{"op": "replace", "path": "/properties/mlm:output/0/classification:classes/1/name", "value": "other"}])");
  EXPECT_THAT(rendered_findings_of(kMlm204, doc), IsEmpty());
}

TEST(Mlm204, AnExactCopyIsReportedOnTheCopy) {
  // Member order differs: the objects are still equal JSON values (what uniqueItems compares).
  const auto doc = patched_b(R"([{"op": "add", "path": "/properties/mlm:output/0/classification:classes/-", "value":
      {"name": "urban", "value": 1, "color_hint": "FF0000", "description": "Urban area"}}])");
  EXPECT_THAT(rendered_findings_of(kMlm204, doc),
              ElementsAre("/properties/mlm:output/0/classification:classes/2: class object is an exact copy of "
                          "classification:classes/1 (\"urban\"); remove the repeated copy (class values must be "
                          "unique)."));
}

TEST(Mlm204, EveryLaterDuplicatePointsAtTheFirstUse) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:output/0/classification:classes",
      "value": [{"value": 3, "description": "a"}, {"value": 3, "description": "b"}, {"value": 3, "description": "c"}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm204, doc),
              ElementsAre("/properties/mlm:output/0/classification:classes/1/value: class value 3 is already used "
                          "by classification:classes/0; class values must be unique.",
                          "/properties/mlm:output/0/classification:classes/2/value: class value 3 is already used "
                          "by classification:classes/0; class values must be unique."));
}

TEST(Mlm204, FixDropsOnlyAnExactCopy) {
  const auto doc = patched_b(R"([{"op": "add", "path": "/properties/mlm:output/0/classification:classes/-", "value":
      {"name": "urban", "value": 1, "color_hint": "FF0000", "description": "Urban area"}}])");
  const auto findings = findings_of(kMlm204, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: remove the repeated class object | remove /properties/mlm:output/0/classification:classes/2");
  EXPECT_EQ(apply_fix(doc, *findings[0].fix), patched_b("[]"));
  // Two classes sharing a value but differing otherwise: which one is right is for a person to decide.
  const auto differing = patched_b(
      R"([{"op": "replace", "path": "/properties/mlm:output/0/classification:classes/1/value", "value": 0}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm204, differing).at(0).fix), "none");
}

TEST(Mlm204, ComparesValuesAsJsonValues) {
  // 1 and 1.0 are the same number; the string "1" is a different (schema-invalid) value.
  std::string doc = test::baseline_b();
  const std::string from = R"("value": 0, "name": "other")";
  doc.replace(doc.find(from), from.size(), R"("value": 1.0, "name": "other")");
  EXPECT_THAT(rendered_findings_of(kMlm204, doc),
              ElementsAre("/properties/mlm:output/0/classification:classes/1/value: class value 1 is already used "
                          "by classification:classes/0 (\"other\"); class values must be unique."));
  const auto with_string = patched_b(
      R"([{"op": "replace", "path": "/properties/mlm:output/0/classification:classes/0/value", "value": "1"}])");
  EXPECT_THAT(rendered_findings_of(kMlm204, with_string), IsEmpty());
}

TEST(Mlm204, ChecksClassesOfRasterBandsAndAssets) {
  const auto doc = patched_b(R"([
    {"op": "add", "path": "/assets/model/raster:bands/0/classification:classes", "value":
      [{"value": 1, "description": "water"}, {"value": 1, "description": "land"}]},
    {"op": "add", "path": "/assets/model/classification:classes", "value":
      [{"value": 5, "description": "x"}, {"value": 5, "description": "y"}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm204, doc),
              ElementsAre("/assets/model/classification:classes/1/value: class value 5 is already used by "
                          "classification:classes/0; class values must be unique.",
                          "/assets/model/raster:bands/0/classification:classes/1/value: class value 1 is already "
                          "used by classification:classes/0; class values must be unique."));
}

TEST(Mlm204, ValuesAreOnlyComparedWithinOneArray) {
  const auto doc = patched_b(R"([{"op": "add", "path": "/assets/model/classification:classes", "value":
      [{"value": 0, "description": "other"}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm204, doc), IsEmpty());
}

TEST(Mlm204, FindsTheOneDuplicateAmongFiftyThousandClasses) {
  // Linear in the number of classes (hash map); a quadratic scan would take seconds here.
  const auto doc = patched_b(many_classes_patch(50000, R"({"value": 49999, "description": "late duplicate"})"));
  EXPECT_THAT(rendered_findings_of(kMlm204, doc),
              ElementsAre("/properties/mlm:output/0/classification:classes/50000/value: class value 49999 is "
                          "already used by classification:classes/49999 (\"class-49999\"); class values must be "
                          "unique."));
}

TEST(Mlm204, FiftyThousandUniqueClassesAreClean) {
  EXPECT_THAT(rendered_findings_of(kMlm204, patched_b(many_classes_patch(50000, ""))), IsEmpty());
}

TEST(Mlm204, ToleratesMalformedClassLists) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:output/0/classification:classes",
      "value": [null, 3, "x", {"name": "no value"}, {"value": null}, {"value": null}, [1], {"value": [1]}, {"value": [1], "d": 1}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm204, doc),
              ElementsAre("/properties/mlm:output/0/classification:classes/5: class object is an exact copy of "
                          "classification:classes/4; remove the repeated copy (class values must be unique).",
                          "/properties/mlm:output/0/classification:classes/8/value: class value [1] is already used "
                          "by classification:classes/7; class values must be unique."));
}

// --- MLM205 duplicate-class-name --------------------------------------------------------------------------

TEST(Mlm205, FailsOnNamesEqualIgnoringCase) {
  const auto doc = patched_b(
      R"([{"op": "replace", "path": "/properties/mlm:output/0/classification:classes/1/name", "value": "Other"}])");
  EXPECT_THAT(rendered_findings_of(kMlm205, doc),
              ElementsAre("/properties/mlm:output/0/classification:classes/1/name: class name \"Other\" is already "
                          "used by classification:classes/0 (\"other\"); class names should be unique."));
}

TEST(Mlm205, SimilarButDifferentNamesAreValid) {
  const auto doc = patched_b(
      R"([{"op": "replace", "path": "/properties/mlm:output/0/classification:classes/1/name", "value": "others"}])");
  EXPECT_THAT(rendered_findings_of(kMlm205, doc), IsEmpty());
}

TEST(Mlm205, ExactCopiesAreLeftToMlm204) {
  const auto doc = patched_b(R"([{"op": "copy", "from": "/properties/mlm:output/0/classification:classes/1",
                                  "path": "/properties/mlm:output/0/classification:classes/-"}])");
  EXPECT_THAT(rendered_findings_of(kMlm205, doc), IsEmpty());
}

TEST(Mlm205, FindsTheOneDuplicateNameAmongFiftyThousandClasses) {
  const auto doc = patched_b(many_classes_patch(50000, R"({"value": 50000, "name": "CLASS-7", "description": "x"})"));
  EXPECT_THAT(rendered_findings_of(kMlm205, doc),
              ElementsAre("/properties/mlm:output/0/classification:classes/50000/name: class name \"CLASS-7\" is "
                          "already used by classification:classes/7 (\"class-7\"); class names should be unique."));
}

// --- MLM206 class-count-mismatch --------------------------------------------------------------------------

TEST(Mlm206, FailsWhenClassDimensionDiffersFromClassCount) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:output/0/result/shape", "value": [-1, 3]}])");
  EXPECT_THAT(rendered_findings_of(kMlm206, doc),
              ElementsAre("/properties/mlm:output/0/result/shape/1: the \"class\" dimension has size 3 but 2 classes "
                          "are defined in classification:classes."));
}

TEST(Mlm206, ArgMaxAndVariableSizesAreValid) {
  EXPECT_THAT(rendered_findings_of(kMlm206, patched_b(R"([{"op": "replace", "path":
      "/properties/mlm:output/0/result/shape", "value": [-1, 1]}])")),
              IsEmpty());
  EXPECT_THAT(rendered_findings_of(kMlm206, patched_b(R"([{"op": "replace", "path":
      "/properties/mlm:output/0/result/shape", "value": [-1, -1]}])")),
              IsEmpty());
}

TEST(Mlm206, AcceptsTheClassesSpellingOfTheDimension) {
  const auto doc = patched_b(R"([
    {"op": "replace", "path": "/properties/mlm:output/0/result", "value":
      {"shape": [-1, 5, 64, 64], "dim_order": ["batch", "classes", "height", "width"], "data_type": "float32"}},
    {"op": "remove", "path": "/properties/mlm:output/0/classification:classes/1"}])");
  EXPECT_THAT(rendered_findings_of(kMlm206, doc),
              ElementsAre("/properties/mlm:output/0/result/shape/1: the \"classes\" dimension has size 5 but 1 class "
                          "is defined in classification:classes."));
}

// --- MLM207 invalid-color-hint ----------------------------------------------------------------------------

TEST(Mlm207, FailsOnAnRgbArray) {
  const auto doc = patched_b(R"([{"op": "replace", "path":
      "/properties/mlm:output/0/classification:classes/1/color_hint", "value": [255, 0, 0]}])");
  EXPECT_THAT(rendered_findings_of(kMlm207, doc),
              ElementsAre("/properties/mlm:output/0/classification:classes/1/color_hint: color_hint must be a 6-digit "
                          "hex RGB string without \"#\" (e.g. \"FF0000\"); got the RGB array [255, 0, 0]."));
}

TEST(Mlm207, LowerCaseHexIsValid) {
  const auto doc = patched_b(R"([{"op": "replace", "path":
      "/properties/mlm:output/0/classification:classes/1/color_hint", "value": "ff00aa"}])");
  EXPECT_THAT(rendered_findings_of(kMlm207, doc), IsEmpty());
}

TEST(Mlm207, OneFindingPerClassListNamingEveryBadColour) {
  // One mistake (colours written the wrong way through a list) is one finding, at the list.
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:output/0/classification:classes", "value": [
      {"value": 0, "description": "a", "color_hint": "#00ff7F"},
      {"value": 1, "description": "b", "color_hint": null},
      {"value": 2, "description": "c", "color_hint": "F00"},
      {"value": 3, "description": "d", "color_hint": [256, 0, 0]},
      {"value": 4, "description": "e", "color_hint": null}]}])");
  EXPECT_THAT(
      rendered_findings_of(kMlm207, doc),
      ElementsAre("/properties/mlm:output/0/classification:classes: 5 classes have a color_hint that is not a 6-digit "
                  "hex RGB string without \"#\" (e.g. \"00ff7F\"): class 0: \"#00ff7F\", classes 1 and 4: null, "
                  "class 2: \"F00\" and class 3: the array [256, 0, 0]."));
}

TEST(Mlm207, RunsOfPositionsAreShortened) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:output/0/classification:classes", "value": [
      {"value": 0, "description": "a", "color_hint": null}, {"value": 1, "description": "b", "color_hint": null},
      {"value": 2, "description": "c", "color_hint": null}, {"value": 3, "description": "d", "color_hint": null}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm207, doc),
              ElementsAre(HasSubstr("4 classes have a color_hint that is not a 6-digit hex RGB string without "
                                    "\"#\" (e.g. \"FF0000\"): classes 0 to 3: null.")));
}

TEST(Mlm207, FixRewritesRgbArraysAndHashesAndRemovesNull) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:output/0/classification:classes", "value": [
      {"value": 0, "description": "a", "color_hint": [0, 128, 255]},
      {"value": 1, "description": "b", "color_hint": "#00ff7F"},
      {"value": 2, "description": "c", "color_hint": null}]}])");
  const auto findings = findings_of(kMlm207, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: write every color_hint as hex RRGGBB (null ones removed) | replace "
            "/properties/mlm:output/0/classification:classes/0/color_hint \"0080FF\" | replace "
            "/properties/mlm:output/0/classification:classes/1/color_hint \"00ff7F\" | remove "
            "/properties/mlm:output/0/classification:classes/2/color_hint");
  const std::string fixed = apply_fix(doc, *findings[0].fix);
  EXPECT_THAT(findings_of(kMlm207, fixed), IsEmpty());
  EXPECT_EQ(fixed, patched_b(R"([{"op": "replace", "path": "/properties/mlm:output/0/classification:classes", "value": [
      {"value": 0, "description": "a", "color_hint": "0080FF"},
      {"value": 1, "description": "b", "color_hint": "00ff7F"},
      {"value": 2, "description": "c"}]}])"));
}

TEST(Mlm207, SingleProblemKeepsItsOwnFix) {
  const auto doc = patched_b(R"([{"op": "replace", "path":
      "/properties/mlm:output/0/classification:classes/1/color_hint", "value": "#00ff7F"}])");
  const auto findings = findings_of(kMlm207, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: remove the \"#\" from color_hint | replace "
            "/properties/mlm:output/0/classification:classes/1/color_hint \"00ff7F\"");
}

TEST(Mlm207, FixesOnlyTheRecoverableColours) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:output/0/classification:classes", "value": [
      {"value": 0, "description": "a", "color_hint": "F00"},
      {"value": 1, "description": "b", "color_hint": [0, 0, 255]}]}])");
  const auto findings = findings_of(kMlm207, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: write 1 of the 2 color_hint values as hex RRGGBB (null ones removed) | replace "
            "/properties/mlm:output/0/classification:classes/1/color_hint \"0000FF\"");
}

TEST(Mlm207, NoFixForOtherValues) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:output/0/classification:classes", "value": [
      {"value": 0, "description": "a", "color_hint": "F00"},
      {"value": 1, "description": "b", "color_hint": [256, 0, 0]},
      {"value": 2, "description": "c", "color_hint": [255, 0]},
      {"value": 3, "description": "d", "color_hint": [255.5, 0, 0]},
      {"value": 4, "description": "e", "color_hint": "#F00"},
      {"value": 5, "description": "f", "color_hint": 16711680}]}])");
  const auto findings = findings_of(kMlm207, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_THAT(findings[0].message, HasSubstr("6 classes have a color_hint"));
  EXPECT_EQ(describe_fix(findings[0].fix), "none");
}

TEST(Mlm207, LeavesListsUnderMisspelledKeysToMlm208) {
  const auto doc = patched_b(R"([
    {"op": "move", "from": "/properties/mlm:output/0/classification:classes", "path": "/properties/mlm:output/0/classification_classes"},
    {"op": "replace", "path": "/properties/mlm:output/0/classification_classes/0/color_hint", "value": [0, 128, 255]}])");
  EXPECT_THAT(rendered_findings_of(kMlm207, doc), IsEmpty());
  EXPECT_THAT(rendered_findings_of(kMlm208, doc),
              ElementsAre("/properties/mlm:output/0/classification_classes: unrecognised key "
                          "\"classification_classes\"; the classes of a model output belong in "
                          "\"classification:classes\". Its classes also need color_hint as a 6-digit hex RGB string "
                          "without \"#\" (class 0: the RGB array [0, 128, 255])."));
}

TEST(Mlm208, RenameFixAlsoWritesTheColours) {
  const auto doc = patched_b(R"([
    {"op": "move", "from": "/properties/mlm:output/0/classification:classes", "path": "/properties/mlm:output/0/classification_classes"},
    {"op": "replace", "path": "/properties/mlm:output/0/classification_classes/0/color_hint", "value": [0, 128, 255]}])");
  const auto findings = findings_of(kMlm208, doc);
  ASSERT_THAT(findings, SizeIs(1));
  const std::string fixed = apply_fix(doc, *findings[0].fix);
  EXPECT_THAT(findings_of(kMlm208, fixed), IsEmpty());
  EXPECT_THAT(findings_of(kMlm207, fixed), IsEmpty());
  EXPECT_EQ(fixed, patched_b(R"([{"op": "replace",
      "path": "/properties/mlm:output/0/classification:classes/0/color_hint", "value": "0080FF"}])"));
}

TEST(Mlm208, NoRenameWhenAColourCannotBeRecovered) {
  const auto doc = patched_b(R"([
    {"op": "move", "from": "/properties/mlm:output/0/classification:classes", "path": "/properties/mlm:output/0/classification_classes"},
    {"op": "replace", "path": "/properties/mlm:output/0/classification_classes/0/color_hint", "value": "red"}])");
  const auto findings = findings_of(kMlm208, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix), "none");
}

// --- MLM208 misspelled-classification-key -----------------------------------------------------------------

TEST(Mlm208, FailsOnClassificationUnderscoreClasses) {
  const auto doc = patched_b(R"([{"op": "move", "from": "/properties/mlm:output/0/classification:classes",
                                  "path": "/properties/mlm:output/0/classification_classes"}])");
  EXPECT_THAT(rendered_findings_of(kMlm208, doc),
              ElementsAre("/properties/mlm:output/0/classification_classes: unrecognised key "
                          "\"classification_classes\"; the classes of a model output belong in "
                          "\"classification:classes\"."));
}

TEST(Mlm208, SaysToMergeWhenTheProperKeyIsAlsoPresent) {
  const auto doc = patched_b(R"([{"op": "copy", "from": "/properties/mlm:output/0/classification:classes",
                                  "path": "/properties/mlm:output/0/classes"}])");
  EXPECT_THAT(rendered_findings_of(kMlm208, doc),
              ElementsAre("/properties/mlm:output/0/classes: unrecognised key \"classes\"; the classes of a model "
                          "output belong in \"classification:classes\" (also present here — merge the two lists and "
                          "remove \"classes\")."));
}

TEST(Mlm208, FixRenamesTheKeyInPlace) {
  const auto doc = patched_b(R"([{"op": "move", "from": "/properties/mlm:output/0/classification:classes",
                                  "path": "/properties/mlm:output/0/classification_classes"}])");
  const auto findings = findings_of(kMlm208, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: rename \"classification_classes\" to \"classification:classes\" | move "
            "/properties/mlm:output/0/classification_classes -> /properties/mlm:output/0/classification:classes");
  EXPECT_EQ(apply_fix(doc, *findings[0].fix), patched_b("[]"));
}

TEST(Mlm208, NoFixWhenTheProperKeyIsAlsoPresent) {
  const auto doc = patched_b(R"([{"op": "copy", "from": "/properties/mlm:output/0/classification:classes",
                                  "path": "/properties/mlm:output/0/classes"}])");
  const auto findings = findings_of(kMlm208, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix), "none");
}

TEST(Mlm208, KeysOutsideOutputsAreNotReported) {
  const auto doc = patched_b(R"([{"op": "add", "path": "/properties/classes", "value": []}])");
  EXPECT_THAT(rendered_findings_of(kMlm208, doc), IsEmpty());
}

// --- MLM209 pixelwise-output-as-classification ------------------------------------------------------------

TEST(Mlm209, FailsOnPerPixelSceneClassification) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:output/0/result", "value":
      {"shape": [-1, 2, 64, 64], "dim_order": ["batch", "class", "height", "width"], "data_type": "float32"}}])");
  EXPECT_THAT(rendered_findings_of(kMlm209, doc),
              ElementsAre("/properties/mlm:output/0/tasks: the output is a per-pixel map (dimensions \"height\", "
                          "\"width\") but its tasks are [\"scene-classification\"]; pixel-wise classification should "
                          "use \"semantic-segmentation\" (or another segmentation task)."));
}

TEST(Mlm209, SegmentationTaskIsValid) {
  const auto doc = patched_b(R"([
    {"op": "replace", "path": "/properties/mlm:output/0/tasks", "value": ["scene-classification", "semantic-segmentation"]},
    {"op": "replace", "path": "/properties/mlm:output/0/result", "value":
      {"shape": [-1, 2, 64, 64], "dim_order": ["batch", "class", "height", "width"], "data_type": "float32"}}])");
  EXPECT_THAT(rendered_findings_of(kMlm209, doc), IsEmpty());
}

TEST(Mlm209, OneSpatialDimensionIsNotAMap) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:output/0/result", "value":
      {"shape": [-1, 2, 64], "dim_order": ["batch", "class", "height"], "data_type": "float32"}}])");
  EXPECT_THAT(rendered_findings_of(kMlm209, doc), IsEmpty());
}

TEST(Mlm209, PatchEmbeddingsAreNotAClassMap) {
  // A foundation model's output: one embedding vector per patch of a 16 x 16 grid (#15).
  const auto doc = patched_b(R"([
    {"op": "replace", "path": "/properties/mlm:output/0/tasks", "value": ["classification"]},
    {"op": "replace", "path": "/properties/mlm:output/0/result", "value":
      {"shape": [-1, 768, 16, 16], "dim_order": ["batch", "embedding", "height", "width"], "data_type": "float32"}}])");
  EXPECT_THAT(rendered_findings_of(kMlm209, doc), IsEmpty());
}

TEST(Mlm209, RecognisesOtherSpatialPairs) {
  const auto doc = patched_b(R"([
    {"op": "replace", "path": "/properties/mlm:output/0/tasks", "value": ["classification"]},
    {"op": "replace", "path": "/properties/mlm:output/0/result", "value":
      {"shape": [-1, 64, 64], "dim_order": ["batch", "y", "x"], "data_type": "uint8"}}])");
  EXPECT_THAT(rendered_findings_of(kMlm209, doc), SizeIs(1));
  EXPECT_THAT(rendered_findings_of(kMlm209, doc)[0],
              ::testing::HasSubstr("per-pixel map (dimensions \"y\", \"x\") but its tasks are [\"classification\"]"));
}

// --- MLM210 misspelled-output-key --------------------------------------------------------------------------

TEST(Mlm210, FailsOnAMisspelledResultKey) {
  const auto doc = test::patched_b(
      R"([{"op": "add", "path": "/properties/mlm:output/0/result/dim_oder", "value": ["batch", "class"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm210, doc),
              ElementsAre("/properties/mlm:output/0/result/dim_oder: \"dim_oder\" is not a key of a Result Structure "
                          "object, so MLM tools ignore it; did you mean \"dim_order\"?"));
}

TEST(Mlm210, ChecksTheOutputObject) {
  const auto doc = test::patched_b(R"([
    {"op": "move", "from": "/properties/mlm:output/0/post_processing_function",
     "path": "/properties/mlm:output/0/postprocessing_function"},
    {"op": "add", "path": "/properties/mlm:output/0/taks", "value": ["classification"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm210, doc),
              ElementsAre("/properties/mlm:output/0/postprocessing_function: \"postprocessing_function\" is not a "
                          "key of a Model Output object, so MLM tools ignore it; did you mean "
                          "\"post_processing_function\"?",
                          "/properties/mlm:output/0/taks: \"taks\" is not a key of a Model Output object, so MLM "
                          "tools ignore it; did you mean \"tasks\"?"));
}

TEST(Mlm210, MisspelledClassListsAreMlm208s) {
  const auto doc = test::patched_b(R"([{"op": "move", "from": "/properties/mlm:output/0/classification:classes",
    "path": "/properties/mlm:output/0/classification_classes"}])");
  EXPECT_THAT(rendered_findings_of(kMlm210, doc), IsEmpty());
}

}  // namespace
}  // namespace mlmlint::rules

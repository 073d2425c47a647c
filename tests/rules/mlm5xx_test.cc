#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rule_harness.h"
#include "rule_list.h"

namespace mlmlint::rules {
namespace {

using test::findings_of;
using test::rendered_findings_of;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::SizeIs;

std::string set_mlm_uri(std::string_view uri) {
  return R"([{"op": "replace", "path": "/stac_extensions/0", "value": ")" + std::string(uri) + R"("}])";
}

// --- MLM501 ---------------------------------------------------------------------------------------

TEST(Mlm501, BaselineIsClean) { EXPECT_THAT(rendered_findings_of(kMlm501, test::baseline_b()), IsEmpty()); }

TEST(Mlm501, FailsWhenTheMlmUriIsRemoved) {
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/stac_extensions/0"}])");
  EXPECT_THAT(rendered_findings_of(kMlm501, doc),
              ElementsAre("/stac_extensions: MLM fields are used but the MLM extension is not declared; add "
                          "\"https://stac-extensions.github.io/mlm/v1.5.2/schema.json\"."));
}

TEST(Mlm501, MissingStacExtensions) {
  const auto findings = findings_of(kMlm501, test::patched_b(R"([{"op": "remove", "path": "/stac_extensions"}])"));
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].pointer, "");
  EXPECT_EQ(findings[0].message,
            "MLM fields are used but the document has no \"stac_extensions\"; add \"stac_extensions\": "
            "[\"https://stac-extensions.github.io/mlm/v1.5.2/schema.json\"].");
}

TEST(Mlm501, ModelRoleAloneCountsAsMlmUse) {
  const auto doc = R"({"type": "Collection", "stac_extensions": [],
    "assets": {"weights": {"href": "w.pt", "roles": ["mlm:model"]}}})";
  EXPECT_THAT(rendered_findings_of(kMlm501, doc),
              ElementsAre("/stac_extensions: MLM fields are used but the MLM extension is not declared; add "
                          "\"https://stac-extensions.github.io/mlm/v1.5.2/schema.json\"."));
}

TEST(Mlm501, DocumentsWithoutMlmPass) {
  EXPECT_THAT(rendered_findings_of(kMlm501, R"({"type": "Feature", "properties": {"eo:cloud_cover": 1},
    "assets": {"a": {"href": "x", "roles": ["data"]}}})"),
              IsEmpty());
}

TEST(Mlm501, NearMissIsMentionedInTheHint) {
  const auto findings =
      findings_of(kMlm501, test::patched_b(set_mlm_uri("https://stac-extensions.github.io/mlm/v1.5.2/")));
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].hint, "/stac_extensions/0 looks like a mistyped MLM URI (see MLM502).");
}

// --- MLM502 ---------------------------------------------------------------------------------------

TEST(Mlm502, BaselineIsClean) { EXPECT_THAT(rendered_findings_of(kMlm502, test::baseline_b()), IsEmpty()); }

TEST(Mlm502, FailsForAnUnknownVersion) {
  const auto doc = test::patched_b(set_mlm_uri("https://stac-extensions.github.io/mlm/v1.6.0/schema.json"));
  EXPECT_THAT(rendered_findings_of(kMlm502, doc),
              ElementsAre("/stac_extensions/0: unknown MLM version \"v1.6.0\" (known: v1.0.0 to v1.5.2); validating "
                          "against v1.5.2."));
}

TEST(Mlm502, UnknownVersionBetweenKnownOnesUsesTheHighestLowerOne) {
  const auto doc = test::patched_b(set_mlm_uri("https://stac-extensions.github.io/mlm/v1.4.5/schema.json"));
  EXPECT_THAT(rendered_findings_of(kMlm502, doc),
              ElementsAre("/stac_extensions/0: unknown MLM version \"v1.4.5\" (known: v1.0.0 to v1.5.2); validating "
                          "against v1.4.0."));
}

TEST(Mlm502, NearMisses) {
  EXPECT_THAT(
      rendered_findings_of(kMlm502, test::patched_b(set_mlm_uri("https://stac-extensions.github.io/mlm/v1.5.2/"))),
      ElementsAre("/stac_extensions/0: \"https://stac-extensions.github.io/mlm/v1.5.2/\" is not a valid MLM schema "
                  "URI (a trailing slash instead of \"/schema.json\"); use "
                  "\"https://stac-extensions.github.io/mlm/v1.5.2/schema.json\"; validating against v1.5.2."));
  EXPECT_THAT(
      rendered_findings_of(kMlm502,
                           test::patched_b(set_mlm_uri("http://stac-extensions.github.io/mlm/v1.5.2/schema.json"))),
      ElementsAre("/stac_extensions/0: \"http://stac-extensions.github.io/mlm/v1.5.2/schema.json\" is not a valid "
                  "MLM schema URI (\"http\" instead of \"https\"); use "
                  "\"https://stac-extensions.github.io/mlm/v1.5.2/schema.json\"."));
  EXPECT_THAT(
      rendered_findings_of(kMlm502,
                           test::patched_b(set_mlm_uri("https://crim-ca.github.io/mlm-extension/1.2.0/schema.json"))),
      ElementsAre("/stac_extensions/0: \"https://crim-ca.github.io/mlm-extension/1.2.0/schema.json\" is not a valid "
                  "MLM schema URI (the version lacks its leading \"v\"); use "
                  "\"https://crim-ca.github.io/mlm-extension/v1.2.0/schema.json\"; validating against v1.5.2."));
}

TEST(Mlm502, KnownVersionsAndAliasesPass) {
  EXPECT_THAT(rendered_findings_of(
                  kMlm502, test::patched_b(set_mlm_uri("https://stac-extensions.github.io/mlm/v1.3.0/schema.json"))),
              IsEmpty());
  EXPECT_THAT(rendered_findings_of(
                  kMlm502, test::patched_b(set_mlm_uri("https://stac-extensions.github.io/ml-model/v1.0.0/schema.json"))),
              IsEmpty());
}

// --- MLM503 ---------------------------------------------------------------------------------------

TEST(Mlm503, BaselineIsClean) { EXPECT_THAT(rendered_findings_of(kMlm503, test::baseline_b()), IsEmpty()); }

TEST(Mlm503, FailsForTwoVersions) {
  const auto doc = test::patched_b(
      R"([{"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/mlm/v1.4.0/schema.json"}])");
  EXPECT_THAT(rendered_findings_of(kMlm503, doc),
              ElementsAre("/stac_extensions/5: the MLM extension is declared more than once (v1.5.2, v1.4.0); keep "
                          "exactly one version."));
  EXPECT_EQ(findings_of(kMlm503, doc)[0].hint,
            "Keep \"https://stac-extensions.github.io/mlm/v1.5.2/schema.json\" (the highest known version declared) "
            "and remove the others.");
}

TEST(Mlm503, SameVersionUnderBothHosts) {
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/stac_extensions/0", "value": "https://crim-ca.github.io/mlm-extension/v1.3.0/schema.json"},
    {"op": "add", "path": "/stac_extensions/1", "value": "https://stac-extensions.github.io/mlm/v1.3.0/schema.json"}])");
  EXPECT_THAT(rendered_findings_of(kMlm503, doc),
              ElementsAre("/stac_extensions/1: the MLM extension is declared more than once (v1.3.0 under different "
                          "URIs); keep exactly one version."));
}

TEST(Mlm503, IdenticalRepeatIsLeftToMlm507) {
  const auto doc = test::patched_b(
      R"([{"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/mlm/v1.5.2/schema.json"}])");
  EXPECT_THAT(rendered_findings_of(kMlm503, doc), IsEmpty());
}

// --- MLM504 ---------------------------------------------------------------------------------------

TEST(Mlm504, BaselineIsClean) { EXPECT_THAT(rendered_findings_of(kMlm504, test::baseline_b()), IsEmpty()); }

TEST(Mlm504, FailsForV151) {
  const auto doc = test::patched_b(set_mlm_uri("https://stac-extensions.github.io/mlm/v1.5.1/schema.json"));
  EXPECT_THAT(rendered_findings_of(kMlm504, doc),
              ElementsAre("/stac_extensions/0: MLM v1.5.1 is declared; v1.5.2 is the latest known version and changes "
                          "no fields (safe to upgrade)."));
}

TEST(Mlm504, OlderVersionsMentionTheBreakingChanges) {
  const auto doc = test::patched_b(set_mlm_uri("https://crim-ca.github.io/mlm-extension/v1.3.0/schema.json"));
  EXPECT_THAT(rendered_findings_of(kMlm504, doc),
              ElementsAre("/stac_extensions/0: MLM v1.3.0 is declared; v1.5.2 is the latest known version and has "
                          "breaking changes: v1.4.0 replaced the norm_*/statistics input fields by \"value_scaling\" and "
                          "requires \"mlm:artifact_type\" on model assets; v1.5.0 reserved the \"bands\"/\"variables\" "
                          "dimension names and requires the \"code\" role with \"mlm:entrypoint\"."));
}

TEST(Mlm504, FormerHostWithTheLatestVersion) {
  const auto doc = test::patched_b(set_mlm_uri("https://crim-ca.github.io/mlm-extension/v1.5.2/schema.json"));
  EXPECT_THAT(rendered_findings_of(kMlm504, doc),
              ElementsAre("/stac_extensions/0: MLM v1.5.2 is declared under the former host "
                          "crim-ca.github.io/mlm-extension; use \"https://stac-extensions.github.io/mlm/v1.5.2/schema.json\"."));
}

TEST(Mlm504, NotReportedWithMultipleOrUnknownVersions) {
  const auto multiple = test::patched_b(
      R"([{"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/mlm/v1.4.0/schema.json"}])");
  EXPECT_THAT(rendered_findings_of(kMlm504, multiple), IsEmpty());
  const auto unknown = test::patched_b(set_mlm_uri("https://stac-extensions.github.io/mlm/v1.4.5/schema.json"));
  EXPECT_THAT(rendered_findings_of(kMlm504, unknown), IsEmpty());
}

// --- MLM505 ---------------------------------------------------------------------------------------

TEST(Mlm505, BaselineIsClean) { EXPECT_THAT(rendered_findings_of(kMlm505, test::baseline_b()), IsEmpty()); }

TEST(Mlm505, FailsWhenScientificIsNotDeclared) {
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/stac_extensions/3"}])");
  EXPECT_THAT(rendered_findings_of(kMlm505, doc),
              ElementsAre("/properties/sci:doi: \"sci:doi\" belongs to the scientific extension, which is not "
                          "declared; add \"https://stac-extensions.github.io/scientific/v1.0.0/schema.json\" to "
                          "stac_extensions."));
}

TEST(Mlm505, KeysInsideModelOutputsDoNotCount) {
  // classification:classes only appears inside mlm:output in B.
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/stac_extensions/4"}])");
  EXPECT_THAT(rendered_findings_of(kMlm505, doc), IsEmpty());
}

TEST(Mlm505, AnyVersionCountsAndFirstUseIsReported) {
  const auto other_version = test::patched_b(
      R"([{"op": "replace", "path": "/stac_extensions/2", "value": "https://stac-extensions.github.io/file/v2.0.0/schema.json"}])");
  EXPECT_THAT(rendered_findings_of(kMlm505, other_version), IsEmpty());
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/stac_extensions/2"},
    {"op": "add", "path": "/assets/source_code/file:size", "value": 10},
    {"op": "add", "path": "/properties/proj:code", "value": "EPSG:4326"}])");
  const auto findings = findings_of(kMlm505, doc);
  ASSERT_THAT(findings, SizeIs(2));
  EXPECT_EQ(findings[0].pointer, "/properties/proj:code");
  EXPECT_EQ(findings[0].message,
            "\"proj:code\" belongs to the projection extension, which is not declared; add its schema URI "
            "(https://stac-extensions.github.io/projection/v{VERSION}/schema.json) to stac_extensions.");
  EXPECT_EQ(findings[1].pointer, "/assets/model/file:size");
  EXPECT_EQ(findings[1].hint, "3 keys of the file extension are used in the document.");
}

// --- MLM506 ---------------------------------------------------------------------------------------

TEST(Mlm506, BaselineIsClean) { EXPECT_THAT(rendered_findings_of(kMlm506, test::baseline_b()), IsEmpty()); }

TEST(Mlm506, FailsForAnUnusedEoDeclaration) {
  const auto doc = test::patched_b(
      R"([{"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/eo/v1.1.0/schema.json"}])");
  EXPECT_THAT(rendered_findings_of(kMlm506, doc),
              ElementsAre("/stac_extensions/5: the eo extension (v1.1.0) is declared but none of its fields (eo:*) "
                          "are used."));
}

TEST(Mlm506, FieldsAnywhereCount) {
  const auto doc = test::patched_b(R"([
    {"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/eo/v1.1.0/schema.json"},
    {"op": "add", "path": "/assets/model/raster:bands/0/eo:common_name", "value": "blue"}])");
  EXPECT_THAT(rendered_findings_of(kMlm506, doc), IsEmpty());
}

TEST(Mlm506, UnknownExtensionsAreNotReported) {
  const auto doc = test::patched_b(
      R"([{"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/version/v1.2.0/schema.json"}])");
  EXPECT_THAT(rendered_findings_of(kMlm506, doc), IsEmpty());
}

// --- MLM507 ---------------------------------------------------------------------------------------

TEST(Mlm507, BaselineIsClean) { EXPECT_THAT(rendered_findings_of(kMlm507, test::baseline_b()), IsEmpty()); }

TEST(Mlm507, FailsForARepeatedUri) {
  const auto doc = test::patched_b(
      R"([{"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/raster/v1.1.0/schema.json"}])");
  EXPECT_THAT(rendered_findings_of(kMlm507, doc),
              ElementsAre("/stac_extensions/5: \"https://stac-extensions.github.io/raster/v1.1.0/schema.json\" is "
                          "listed twice (also at /stac_extensions/1)."));
}

TEST(Mlm507, ThreeTimesAndTwoVersions) {
  const auto doc = test::patched_b(R"([
    {"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/file/v2.1.0/schema.json"},
    {"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/file/v2.1.0/schema.json"},
    {"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/raster/v1.0.0/schema.json"}])");
  EXPECT_THAT(rendered_findings_of(kMlm507, doc),
              ElementsAre("/stac_extensions/5: \"https://stac-extensions.github.io/file/v2.1.0/schema.json\" is listed "
                          "3 times (first at /stac_extensions/2).",
                          "/stac_extensions/6: \"https://stac-extensions.github.io/file/v2.1.0/schema.json\" is listed "
                          "3 times (first at /stac_extensions/2).",
                          "/stac_extensions/7: the raster extension is declared in two versions (v1.1.0 at "
                          "/stac_extensions/1 and v1.0.0 here); keep one."));
}

TEST(Mlm507, TwoMlmVersionsAreLeftToMlm503) {
  const auto doc = test::patched_b(
      R"([{"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/mlm/v1.4.0/schema.json"}])");
  EXPECT_THAT(rendered_findings_of(kMlm507, doc), IsEmpty());
}

// --- MLM508 ---------------------------------------------------------------------------------------

TEST(Mlm508, BaselineIsClean) { EXPECT_THAT(rendered_findings_of(kMlm508, test::baseline_b()), IsEmpty()); }

TEST(Mlm508, FailsWithTheZScoreEquivalent) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:input/0/norm_type", "value": "z-score"}, {"op": "add", "path": "/properties/mlm:input/0/norm_by_channel", "value": false}, {"op": "add", "path": "/properties/mlm:input/0/statistics", "value": [{"mean": 1000, "stddev": 500}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm508, doc),
              ElementsAre("/properties/mlm:input/0/norm_type: \"norm_type\", \"norm_by_channel\" and \"statistics\" "
                          "were replaced by \"value_scaling\" in MLM v1.4.0 and are ignored; equivalent: "
                          "\"value_scaling\": [{\"type\": \"z-score\", \"mean\": 1000, \"stddev\": 500}]."));
}

TEST(Mlm508, PerChannelMinMaxAndNoEquivalent) {
  const auto per_channel = test::patched_b(R"([{"op": "remove", "path": "/properties/mlm:input/0/value_scaling"},
    {"op": "add", "path": "/properties/mlm:input/0/norm_type", "value": "min-max"},
    {"op": "add", "path": "/properties/mlm:input/0/norm_by_channel", "value": true},
    {"op": "add", "path": "/properties/mlm:input/0/statistics", "value": [{"minimum": 0, "maximum": 255}, {"minimum": 1, "maximum": 2.5}]}])");
  const auto findings = findings_of(kMlm508, per_channel);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].message,
            "\"norm_type\", \"norm_by_channel\" and \"statistics\" were replaced by \"value_scaling\" in MLM v1.4.0 "
            "and are ignored; equivalent: \"value_scaling\": [{\"type\": \"min-max\", \"minimum\": 0, \"maximum\": "
            "255}, {\"type\": \"min-max\", \"minimum\": 1, \"maximum\": 2.5}].");
  EXPECT_EQ(findings[0].hint, "");
  const auto clip = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:input/0/norm_clip", "value": [0, 1]}])");
  EXPECT_THAT(rendered_findings_of(kMlm508, clip),
              ElementsAre("/properties/mlm:input/0/norm_clip: \"norm_clip\" was replaced by \"value_scaling\" in MLM "
                          "v1.4.0 and is ignored; there is no direct equivalent: describe the normalisation with "
                          "\"value_scaling\" objects (a \"processing\" expression for clip and norm-based types)."));
}

TEST(Mlm508, NullNormTypeAndOlderVersions) {
  const auto null_type = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:input/0/norm_type", "value": null}])");
  EXPECT_THAT(rendered_findings_of(kMlm508, null_type),
              ElementsAre("/properties/mlm:input/0/norm_type: \"norm_type\" was replaced by \"value_scaling\" in MLM "
                          "v1.4.0 and is ignored; equivalent: \"value_scaling\": null."));
  const auto v130 = test::patched_b(R"([
    {"op": "replace", "path": "/stac_extensions/0", "value": "https://crim-ca.github.io/mlm-extension/v1.3.0/schema.json"},
    {"op": "add", "path": "/properties/mlm:input/0/norm_type", "value": "z-score"}])");
  EXPECT_THAT(rendered_findings_of(kMlm508, v130), IsEmpty());
}

// --- MLM509 ---------------------------------------------------------------------------------------

TEST(Mlm509, BaselineIsClean) { EXPECT_THAT(rendered_findings_of(kMlm509, test::baseline_b()), IsEmpty()); }

TEST(Mlm509, FailsForMlmFileSize) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:file_size", "value": 46827520}])");
  EXPECT_THAT(rendered_findings_of(kMlm509, doc),
              ElementsAre("/properties/mlm:file_size: \"mlm:file_size\" is not an MLM field; the artifact size belongs "
                          "in \"file:size\" on the model asset."));
}

TEST(Mlm509, OtherRenamedKeys) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:task", "value": "classification"},
    {"op": "add", "path": "/assets/model/disk_size", "value": 1},
    {"op": "add", "path": "/properties/mlm:input/0/input/dtype", "value": "float32"},
    {"op": "add", "path": "/properties/mlm:output/0/result/dim_names", "value": ["batch", "class"]},
    {"op": "add", "path": "/assets/model/raster:bands/0/nodata_value", "value": 0}])");
  EXPECT_THAT(rendered_findings_of(kMlm509, doc),
              ElementsAre("/properties/mlm:task: \"mlm:task\" is not an MLM field; use \"mlm:tasks\" (an array of task "
                          "names), e.g. [\"classification\"].",
                          "/assets/model/disk_size: \"disk_size\" is an outdated field name; the artifact size belongs "
                          "in \"file:size\" on the model asset.",
                          "/assets/model/raster:bands/0/nodata_value: \"nodata_value\" is an outdated field name; "
                          "declare no-data values with \"nodata\" on the band objects (raster:bands / bands).",
                          "/properties/mlm:input/0/input/dtype: \"dtype\" is an outdated field name; it was renamed to "
                          "\"data_type\" in MLM v1.0.0.",
                          "/properties/mlm:output/0/result/dim_names: \"dim_names\" is an outdated field name; use "
                          "\"dim_order\"."));
}

TEST(Mlm509, KeysHandledElsewhereOrOutOfPlaceAreIgnored) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:input/0/norm_type", "value": "z-score"},
    {"op": "add", "path": "/properties/mlm:output/0/classification_classes", "value": []},
    {"op": "add", "path": "/properties/dtype", "value": "float32"}])");
  EXPECT_THAT(rendered_findings_of(kMlm509, doc), IsEmpty());
}

// --- MLM510 ---------------------------------------------------------------------------------------

TEST(Mlm510, BaselineIsClean) { EXPECT_THAT(rendered_findings_of(kMlm510, test::baseline_b()), IsEmpty()); }

TEST(Mlm510, FailsForEntrypointWithV140) {
  const auto doc = test::patched_b(set_mlm_uri("https://stac-extensions.github.io/mlm/v1.4.0/schema.json"));
  EXPECT_THAT(rendered_findings_of(kMlm510, doc),
              ElementsAre("/assets/source_code/mlm:entrypoint: \"mlm:entrypoint\" was introduced in MLM v1.5.0 but "
                          "the document declares v1.4.0; declare v1.5.0 or later, or remove the field."));
}

TEST(Mlm510, OlderVersionsSeeMoreConstructs) {
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/stac_extensions/0", "value": "https://crim-ca.github.io/mlm-extension/v1.1.0/schema.json"},
    {"op": "remove", "path": "/assets/source_code/mlm:entrypoint"},
    {"op": "replace", "path": "/properties/mlm:input/0/bands/1", "value": {"name": "B03"}},
    {"op": "replace", "path": "/properties/mlm:tasks", "value": ["scene-classification", "downscaling"]},
    {"op": "replace", "path": "/properties/mlm:output/0/post_processing_function", "value": [{"format": "python", "expression": "a:b", "description": "x"}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm510, doc),
              ElementsAre("/properties/mlm:tasks/1: the task \"downscaling\" was introduced in MLM v1.5.0 but the "
                          "document declares v1.1.0; declare v1.5.0 or later, or use another task name.",
                          "/assets/model/mlm:artifact_type: \"mlm:artifact_type\" was introduced in MLM v1.4.0 but the "
                          "document declares v1.1.0; declare v1.4.0 or later, or remove the field.",
                          "/properties/mlm:input/0/value_scaling: \"value_scaling\" was introduced in MLM v1.4.0 but "
                          "the document declares v1.1.0; declare v1.4.0 or later, or remove the field.",
                          "/properties/mlm:input/0/bands/1: object-form band entries were introduced in MLM v1.2.0 but "
                          "the document declares v1.1.0; declare v1.2.0 or later, or use plain band names.",
                          "/properties/mlm:output/0/post_processing_function: a list of Processing Expressions in "
                          "\"post_processing_function\" was introduced in MLM v1.5.0 but the document declares v1.1.0; "
                          "declare v1.5.0 or later, or use a single Processing Expression.",
                          "/properties/mlm:output/0/post_processing_function/0/description: \"description\" in a "
                          "Processing Expression was introduced in MLM v1.5.1 but the document declares v1.1.0; declare "
                          "v1.5.1 or later, or remove it."));
}

TEST(Mlm510, InputsWithoutBandsAndOutputVariables) {
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/stac_extensions/0", "value": "https://stac-extensions.github.io/mlm/v1.5.0/schema.json"},
    {"op": "replace", "path": "/properties/mlm:input/0/pre_processing_function", "value": {"format": "python", "expression": "a:b", "description": "x"}}])");
  EXPECT_THAT(rendered_findings_of(kMlm510, doc),
              ElementsAre("/properties/mlm:input/0/pre_processing_function/description: \"description\" in a "
                          "Processing Expression was introduced in MLM v1.5.1 but the document declares v1.5.0; declare "
                          "v1.5.1 or later, or remove it."));
  const auto v140 = test::patched_b(R"([
    {"op": "replace", "path": "/stac_extensions/0", "value": "https://stac-extensions.github.io/mlm/v1.4.0/schema.json"},
    {"op": "remove", "path": "/assets/source_code/mlm:entrypoint"},
    {"op": "remove", "path": "/properties/mlm:input/0/bands"},
    {"op": "add", "path": "/properties/mlm:output/0/variables", "value": ["t2m"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm510, v140),
              ElementsAre("/properties/mlm:input/0: inputs without \"bands\" are allowed only from MLM v1.5.0 but the "
                          "document declares v1.4.0; declare v1.5.0 or later, or add \"bands\" (an empty list if the "
                          "input has no bands).",
                          "/properties/mlm:output/0/variables: \"variables\" was introduced in MLM v1.5.0 but the "
                          "document declares v1.4.0; declare v1.5.0 or later, or remove the field."));
}

TEST(Mlm510, UnknownVersionsSayWhatTheyAreValidatedAs) {
  const auto doc = test::patched_b(set_mlm_uri("https://stac-extensions.github.io/mlm/v1.4.7/schema.json"));
  EXPECT_THAT(rendered_findings_of(kMlm510, doc),
              ElementsAre("/assets/source_code/mlm:entrypoint: \"mlm:entrypoint\" was introduced in MLM v1.5.0 but "
                          "the document is validated as v1.4.0; declare v1.5.0 or later, or remove the field."));
}

// --- MLM511 ---------------------------------------------------------------------------------------

TEST(Mlm511, BaselineIsClean) { EXPECT_THAT(rendered_findings_of(kMlm511, test::baseline_b()), IsEmpty()); }

TEST(Mlm511, FailsForFileSizeInProperties) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/properties/file:size", "value": 46827520}])");
  EXPECT_THAT(rendered_findings_of(kMlm511, doc),
              ElementsAre("/properties/file:size: file:* fields describe one file and belong on an Asset or Link; move "
                          "\"file:size\" to the asset with role \"mlm:model\"."));
}

TEST(Mlm511, WithoutASingleModelAssetAndOnAssets) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/properties/file:checksum", "value": "1220"},
    {"op": "add", "path": "/assets/model2", "value": {"href": "m2.pt", "roles": ["mlm:model"]}}])");
  EXPECT_THAT(rendered_findings_of(kMlm511, doc),
              ElementsAre("/properties/file:checksum: file:* fields describe one file and belong on an Asset or Link; "
                          "move \"file:checksum\" to the asset it describes."));
  const auto on_link = test::patched_b(R"([{"op": "add", "path": "/links/0/file:size", "value": 1}])");
  EXPECT_THAT(rendered_findings_of(kMlm511, on_link), IsEmpty());
}

}  // namespace
}  // namespace mlmlint::rules

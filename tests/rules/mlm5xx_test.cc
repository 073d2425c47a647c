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
using test::rendered_findings_of;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::SizeIs;

std::string set_mlm_uri(std::string_view uri) {
  return R"([{"op": "replace", "path": "/stac_extensions/0", "value": ")" + std::string(uri) + R"("}])";
}

// --- MLM501 ---------------------------------------------------------------------------------------

TEST(Mlm501, FailsWhenTheMlmUriIsRemoved) {
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/stac_extensions/0"}])");
  EXPECT_THAT(rendered_findings_of(kMlm501, doc),
              ElementsAre("/stac_extensions: MLM fields are used but the MLM extension is not declared; add "
                          "\"https://stac-extensions.github.io/mlm/v1.5.2/schema.json\" (assuming MLM v1.5.2, the "
                          "latest, because no MLM URI is declared and \"mlm:entrypoint\" exists only from MLM v1.5.0 "
                          "on)."));
}

TEST(Mlm501, MissingStacExtensions) {
  const auto findings = findings_of(kMlm501, test::patched_b(R"([{"op": "remove", "path": "/stac_extensions"}])"));
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].pointer, "");
  EXPECT_EQ(findings[0].message,
            "MLM fields are used but the document has no \"stac_extensions\"; add \"stac_extensions\": "
            "[\"https://stac-extensions.github.io/mlm/v1.5.2/schema.json\"] (assuming MLM v1.5.2, the latest, because "
            "no MLM URI is declared and \"mlm:entrypoint\" exists only from MLM v1.5.0 on).");
}

TEST(Mlm501, ModelRoleAloneCountsAsMlmUse) {
  const auto doc = R"({"type": "Collection", "stac_extensions": [],
    "assets": {"weights": {"href": "w.pt", "roles": ["mlm:model"]}}})";
  EXPECT_THAT(rendered_findings_of(kMlm501, doc),
              ElementsAre("/stac_extensions: the asset \"weights\" has the MLM role \"mlm:model\" but the MLM "
                          "extension is not declared; add \"https://stac-extensions.github.io/mlm/v1.5.2/schema.json\" "
                          "(assuming MLM v1.5.2, the latest, because no MLM URI is declared and no field is specific "
                          "to an earlier version)."));
}

TEST(Mlm501, ItemAssetsRolesAloneAreNoMlmUse) {
  // The official collection.json pattern: item_assets describe the Items' assets, which declare MLM (#15).
  const auto doc = R"({"type": "Collection", "stac_extensions": ["https://stac-extensions.github.io/item-assets/v1.0.0/schema.json"],
    "item_assets": {"weights": {"title": "weights", "roles": ["mlm:model", "mlm:weights"]}}})";
  EXPECT_THAT(rendered_findings_of(kMlm501, doc), IsEmpty());
}

TEST(Mlm501, DocumentsWithoutMlmPass) {
  EXPECT_THAT(rendered_findings_of(kMlm501, R"({"type": "Feature", "properties": {"eo:cloud_cover": 1},
    "assets": {"a": {"href": "x", "roles": ["data"]}}})"),
              IsEmpty());
}

TEST(Mlm501, NotReportedForANearMissOfAReleasedVersion) {
  // The near miss is validated as the version it names; MLM502 says how to write it.
  EXPECT_THAT(findings_of(kMlm501, test::patched_b(set_mlm_uri("https://stac-extensions.github.io/mlm/v1.5.2/"))),
              IsEmpty());
}

TEST(Mlm501, NearMissIsMentionedInTheHint) {
  const auto findings =
      findings_of(kMlm501, test::patched_b(set_mlm_uri("https://stac-extensions.github.io/mlm/v9.9/")));
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].hint, "/stac_extensions/0 looks like a mistyped MLM URI (see MLM502).");
}

TEST(Mlm501, FixAppendsTheMlmUri) {
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/stac_extensions/0"}])");
  const auto findings = findings_of(kMlm501, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: add \"https://stac-extensions.github.io/mlm/v1.5.2/schema.json\" to stac_extensions | add "
            "/stac_extensions/- \"https://stac-extensions.github.io/mlm/v1.5.2/schema.json\"");
  const auto fixed = apply_fix(doc, *findings[0].fix);
  EXPECT_THAT(findings_of(kMlm501, fixed), IsEmpty());
  EXPECT_THAT(findings_of(kMlm503, fixed), IsEmpty());
}

TEST(Mlm501, FixCreatesMissingStacExtensions) {
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/stac_extensions"}])");
  const auto findings = findings_of(kMlm501, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: add \"https://stac-extensions.github.io/mlm/v1.5.2/schema.json\" to stac_extensions | add "
            "/stac_extensions [\"https://stac-extensions.github.io/mlm/v1.5.2/schema.json\"]");
  EXPECT_THAT(findings_of(kMlm501, apply_fix(doc, *findings[0].fix)), IsEmpty());
}

TEST(Mlm501, NoFixWhenStacExtensionsIsNotAnArray) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/stac_extensions", "value": "mlm"}])");
  const auto findings = findings_of(kMlm501, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix), "none");
}

// --- MLM502 ---------------------------------------------------------------------------------------

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
                  "\"https://crim-ca.github.io/mlm-extension/v1.2.0/schema.json\"; validating against v1.2.0."));
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

TEST(Mlm503, FixKeepsTheHighestVersion) {
  const auto doc = test::patched_b(
      R"([{"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/mlm/v1.4.0/schema.json"}])");
  const auto findings = findings_of(kMlm503, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "suggest: keep \"https://stac-extensions.github.io/mlm/v1.5.2/schema.json\" and remove the other MLM URIs "
            "| remove /stac_extensions/5");
  EXPECT_EQ(apply_fix(doc, *findings[0].fix), test::patched_b("[]"));
}

TEST(Mlm503, FixRemovesEveryOtherVersionWhereverTheHighestIs) {
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/stac_extensions/0", "value": "https://crim-ca.github.io/mlm-extension/v1.3.0/schema.json"},
    {"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/mlm/v1.5.2/schema.json"},
    {"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/mlm/v1.4.0/schema.json"}])");
  const auto findings = findings_of(kMlm503, doc);
  ASSERT_THAT(findings, SizeIs(2));
  const std::string expected =
      "suggest: keep \"https://stac-extensions.github.io/mlm/v1.5.2/schema.json\" and remove the other MLM URIs | "
      "remove /stac_extensions/6 | remove /stac_extensions/0";
  EXPECT_EQ(describe_fix(findings[0].fix), expected);
  EXPECT_EQ(describe_fix(findings[1].fix), expected);
  const auto fixed = apply_fix(doc, *findings[0].fix);
  EXPECT_THAT(findings_of(kMlm503, fixed), IsEmpty());
  EXPECT_EQ(findings_of(kMlm504, fixed).size(), 0u) << "v1.5.2 is what is left";
}

TEST(Mlm503, FixPrefersTheCanonicalUriOfTheSameVersion) {
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/stac_extensions/0", "value": "https://stac-extensions.github.io/mlm/v1.3.0/schema.json"},
    {"op": "add", "path": "/stac_extensions/1", "value": "https://crim-ca.github.io/mlm-extension/v1.3.0/schema.json"}])");
  const auto findings = findings_of(kMlm503, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "suggest: keep \"https://crim-ca.github.io/mlm-extension/v1.3.0/schema.json\" and remove the other MLM "
            "URIs | remove /stac_extensions/0");
}

TEST(Mlm503, NoFixWithoutAKnownVersion) {
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/stac_extensions/0", "value": "https://stac-extensions.github.io/mlm/v1.6.0/schema.json"},
    {"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/mlm/v1.7.0/schema.json"}])");
  const auto findings = findings_of(kMlm503, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix), "none");
  EXPECT_EQ(findings[0].hint, "");
}

// --- MLM504 ---------------------------------------------------------------------------------------

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

TEST(Mlm504, FixIsSafeFromV15) {
  const auto doc = test::patched_b(set_mlm_uri("https://stac-extensions.github.io/mlm/v1.5.1/schema.json"));
  const auto findings = findings_of(kMlm504, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: replace the MLM URI by \"https://stac-extensions.github.io/mlm/v1.5.2/schema.json\" | replace "
            "/stac_extensions/0 \"https://stac-extensions.github.io/mlm/v1.5.2/schema.json\"");
  EXPECT_EQ(apply_fix(doc, *findings[0].fix), test::patched_b("[]"));
  const auto former_host = test::patched_b(set_mlm_uri("https://crim-ca.github.io/mlm-extension/v1.5.2/schema.json"));
  const auto host_findings = findings_of(kMlm504, former_host);
  ASSERT_THAT(host_findings, SizeIs(1));
  ASSERT_TRUE(host_findings[0].fix);
  EXPECT_TRUE(host_findings[0].fix->safe);
  EXPECT_EQ(apply_fix(former_host, *host_findings[0].fix), test::patched_b("[]"));
}

TEST(Mlm504, FixIsOnlySuggestedAcrossBreakingChanges) {
  const auto doc = test::patched_b(set_mlm_uri("https://crim-ca.github.io/mlm-extension/v1.3.0/schema.json"));
  const auto findings = findings_of(kMlm504, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "suggest: upgrade the MLM URI from v1.3.0 to v1.5.2 (check the breaking changes first) | replace "
            "/stac_extensions/0 \"https://stac-extensions.github.io/mlm/v1.5.2/schema.json\"");
  const auto v140 = test::patched_b(set_mlm_uri("https://stac-extensions.github.io/mlm/v1.4.0/schema.json"));
  ASSERT_THAT(findings_of(kMlm504, v140), SizeIs(1));
  EXPECT_FALSE(findings_of(kMlm504, v140)[0].fix->safe);
}

TEST(Mlm504, FixReplacesARepeatedUriEverywhere) {
  // Replacing only the first copy would leave two versions declared (MLM503).
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/stac_extensions/0", "value": "https://stac-extensions.github.io/mlm/v1.5.1/schema.json"},
    {"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/mlm/v1.5.1/schema.json"}])");
  const auto findings = findings_of(kMlm504, doc);
  ASSERT_THAT(findings, SizeIs(1));
  const auto fixed = apply_fix(doc, *findings[0].fix);
  EXPECT_THAT(findings_of(kMlm503, fixed), IsEmpty());
  EXPECT_THAT(findings_of(kMlm504, fixed), IsEmpty());
}

// --- MLM505 ---------------------------------------------------------------------------------------

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

TEST(Mlm505, FixAppendsTheDefaultUri) {
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/stac_extensions/3"}])");
  const auto findings = findings_of(kMlm505, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: add \"https://stac-extensions.github.io/scientific/v1.0.0/schema.json\" to stac_extensions | add "
            "/stac_extensions/- \"https://stac-extensions.github.io/scientific/v1.0.0/schema.json\"");
  EXPECT_THAT(findings_of(kMlm505, apply_fix(doc, *findings[0].fix)), IsEmpty());
}

TEST(Mlm505, FixCreatesStacExtensionsOfPlainStac) {
  const auto doc = R"({"type": "Feature", "properties": {"sci:doi": "10.1/x"}})";
  const auto findings = findings_of(kMlm505, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: add \"https://stac-extensions.github.io/scientific/v1.0.0/schema.json\" to stac_extensions | add "
            "/stac_extensions [\"https://stac-extensions.github.io/scientific/v1.0.0/schema.json\"]");
}

TEST(Mlm505, NoFixForExtensionsWithoutADefaultUri) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/properties/proj:code", "value": "EPSG:4326"}])");
  const auto findings = findings_of(kMlm505, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix), "none");
}

// --- MLM506 ---------------------------------------------------------------------------------------

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

TEST(Mlm507, FixDropsTheRepetition) {
  const auto doc = test::patched_b(
      R"([{"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/raster/v1.1.0/schema.json"}])");
  const auto findings = findings_of(kMlm507, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: remove the repeated \"https://stac-extensions.github.io/raster/v1.1.0/schema.json\" from "
            "stac_extensions | remove /stac_extensions/5");
  EXPECT_EQ(apply_fix(doc, *findings[0].fix), test::patched_b("[]"));
}

TEST(Mlm507, NoFixForTwoVersions) {
  const auto doc = test::patched_b(
      R"([{"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/raster/v1.0.0/schema.json"}])");
  const auto findings = findings_of(kMlm507, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix), "none");
}

// --- MLM508 ---------------------------------------------------------------------------------------

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

TEST(Mlm508, SeveralStatisticsWithoutPerChannelHaveNoEquivalent) {
  // One normalisation for all bands, but one statistics entry per band: which one was meant is unknown (#15).
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:input/0/norm_type", "value": "z-score"},
    {"op": "add", "path": "/properties/mlm:input/0/statistics", "value": [{"mean": 1, "stddev": 2}, {"mean": 3, "stddev": 4}]}])");
  const auto findings = findings_of(kMlm508, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].message,
            "\"norm_type\" and \"statistics\" were replaced by \"value_scaling\" in MLM v1.4.0 and are ignored; there "
            "is no unambiguous equivalent: 2 \"statistics\" entries without \"norm_by_channel\": true; write one "
            "\"value_scaling\" object per band, or one for all bands, as the model expects.");
  EXPECT_FALSE(findings[0].fix.has_value());
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

TEST(Mlm508, FixWritesTheEquivalentValueScaling) {
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/properties/mlm:input/0/value_scaling"},
    {"op": "add", "path": "/properties/mlm:input/0/norm_type", "value": "z-score"},
    {"op": "add", "path": "/properties/mlm:input/0/norm_by_channel", "value": false},
    {"op": "add", "path": "/properties/mlm:input/0/statistics", "value": [{"mean": 1000, "stddev": 500}]}])");
  const auto findings = findings_of(kMlm508, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "suggest: replace the old normalisation keys by the equivalent \"value_scaling\" | move "
            "/properties/mlm:input/0/norm_type -> /properties/mlm:input/0/value_scaling | replace "
            "/properties/mlm:input/0/value_scaling [{\"type\": \"z-score\", \"mean\": 1000, \"stddev\": 500}] | remove "
            "/properties/mlm:input/0/norm_by_channel | remove /properties/mlm:input/0/statistics");
  const auto fixed = apply_fix(doc, *findings[0].fix);
  EXPECT_THAT(findings_of(kMlm508, fixed), IsEmpty());
  // value_scaling took the place of norm_type, the input's last member: B with value_scaling moved last.
  EXPECT_EQ(fixed, test::patched_b(R"([{"op": "move", "from": "/properties/mlm:input/0/value_scaling",
    "path": "/properties/mlm:input/0/value_scaling"}])"));
}

TEST(Mlm508, NoFixWithValueScalingOrWithoutAnEquivalent) {
  // The Fails case: value_scaling is already there, a person must compare the two.
  const auto existing = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:input/0/norm_type", "value": "z-score"}, {"op": "add", "path": "/properties/mlm:input/0/norm_by_channel", "value": false}, {"op": "add", "path": "/properties/mlm:input/0/statistics", "value": [{"mean": 1000, "stddev": 500}]}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm508, existing)[0].fix), "none");
  const auto incomplete = test::patched_b(R"([{"op": "remove", "path": "/properties/mlm:input/0/value_scaling"},
    {"op": "add", "path": "/properties/mlm:input/0/norm_type", "value": "min-max"},
    {"op": "add", "path": "/properties/mlm:input/0/statistics", "value": [{"minimum": 0}]}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm508, incomplete)[0].fix), "none");
  const auto null_type = test::patched_b(R"([{"op": "remove", "path": "/properties/mlm:input/0/value_scaling"},
    {"op": "add", "path": "/properties/mlm:input/0/norm_type", "value": null}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm508, null_type)[0].fix), "none");
  const auto clip = test::patched_b(R"([{"op": "remove", "path": "/properties/mlm:input/0/value_scaling"},
    {"op": "add", "path": "/properties/mlm:input/0/norm_type", "value": "clip"},
    {"op": "add", "path": "/properties/mlm:input/0/norm_clip", "value": [0, 1]}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm508, clip)[0].fix), "none");
}

// --- MLM509 ---------------------------------------------------------------------------------------

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

TEST(Mlm509, FixSuggestsMovingAnItemLevelSizeToTheModelAsset) {
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/assets/model/file:size"},
    {"op": "add", "path": "/properties/mlm:file_size", "value": 46827520}])");
  const auto findings = findings_of(kMlm509, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "suggest: move \"mlm:file_size\" to the model asset \"model\" as \"file:size\" | move "
            "/properties/mlm:file_size -> /assets/model/file:size");
  EXPECT_THAT(findings_of(kMlm509, apply_fix(doc, *findings[0].fix)), IsEmpty());
  // The Fails case: the model asset already has the same file:size.
  const auto same = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:file_size", "value": 46827520}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm509, same)[0].fix),
            "suggest: remove \"mlm:file_size\" (the model asset \"model\" has the same \"file:size\") | remove "
            "/properties/mlm:file_size");
  const auto different = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:file_size", "value": 1}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm509, different)[0].fix), "none");
  const auto text = test::patched_b(R"([{"op": "remove", "path": "/assets/model/file:size"},
    {"op": "add", "path": "/properties/mlm:file_size", "value": "45 MB"}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm509, text)[0].fix), "none");
}

TEST(Mlm509, FixRenamesWhereTheKeyStands) {
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/properties/mlm:tasks"},
    {"op": "add", "path": "/properties/mlm:task", "value": "scene-classification"},
    {"op": "add", "path": "/assets/source_code/disk_size", "value": 2048},
    {"op": "move", "from": "/properties/mlm:input/0/input/data_type", "path": "/properties/mlm:input/0/input/dtype"},
    {"op": "move", "from": "/properties/mlm:output/0/result/dim_order", "path": "/properties/mlm:output/0/result/dim_names"},
    {"op": "add", "path": "/assets/model/raster:bands/0/nodata_value", "value": 0}])");
  std::vector<std::string> fixes;
  std::string fixed = doc;
  for (const auto& f : findings_of(kMlm509, doc)) {
    fixes.push_back(describe_fix(f.fix));
    if (f.fix) fixed = apply_fix(fixed, *f.fix);  // the renames touch different members
  }
  EXPECT_THAT(fixes,
              ElementsAre("safe: rename \"mlm:task\" to \"mlm:tasks\" with the value [\"scene-classification\"] | move "
                          "/properties/mlm:task -> /properties/mlm:tasks | replace /properties/mlm:tasks "
                          "[\"scene-classification\"]",
                          "safe: rename \"nodata_value\" to \"nodata\" | move "
                          "/assets/model/raster:bands/0/nodata_value -> /assets/model/raster:bands/0/nodata",
                          "safe: rename \"disk_size\" to \"file:size\" | move /assets/source_code/disk_size -> "
                          "/assets/source_code/file:size",
                          "safe: rename \"dtype\" to \"data_type\" | move /properties/mlm:input/0/input/dtype -> "
                          "/properties/mlm:input/0/input/data_type",
                          "safe: rename \"dim_names\" to \"dim_order\" | move /properties/mlm:output/0/result/dim_names "
                          "-> /properties/mlm:output/0/result/dim_order"));
  EXPECT_THAT(findings_of(kMlm509, fixed), IsEmpty());
}

TEST(Mlm509, FixMapsDlmTasks) {
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/properties/mlm:tasks"},
    {"op": "add", "path": "/properties/dlm:task", "value": "semantic segmentation"}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm509, doc)[0].fix),
            "safe: rename \"dlm:task\" to \"mlm:tasks\" with the value [\"semantic-segmentation\"] | move "
            "/properties/dlm:task -> /properties/mlm:tasks | replace /properties/mlm:tasks [\"semantic-segmentation\"]");
  const auto unknown = test::patched_b(R"([{"op": "remove", "path": "/properties/mlm:tasks"},
    {"op": "add", "path": "/properties/dlm:task", "value": "denoising"}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm509, unknown)[0].fix), "none");
}

TEST(Mlm509, NoFixWhenTheTargetExistsOrCannotLiveThere) {
  const auto present = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:task", "value": "classification"},
    {"op": "add", "path": "/properties/mlm:input/0/input/dtype", "value": "float32"},
    {"op": "add", "path": "/assets/model/mlm:batch_size", "value": 8},
    {"op": "add", "path": "/properties/nodata_value", "value": 0},
    {"op": "add", "path": "/assets/model/raster:bands/1/nodata_value", "value": "none"},
    {"op": "add", "path": "/links/0/mlm:inputs", "value": []}])");
  for (const auto& f : findings_of(kMlm509, present)) {
    if (f.pointer == "/assets/model/mlm:batch_size") {
      EXPECT_EQ(describe_fix(f.fix),
                "safe: rename \"mlm:batch_size\" to \"mlm:batch_size_suggestion\" | move /assets/model/mlm:batch_size "
                "-> /assets/model/mlm:batch_size_suggestion");
    } else {
      EXPECT_EQ(describe_fix(f.fix), "none") << f.pointer;
    }
  }
  EXPECT_THAT(findings_of(kMlm509, present), SizeIs(6));
}

// --- MLM510 ---------------------------------------------------------------------------------------

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

TEST(Mlm510, FixDeclaresTheLowestSufficientVersion) {
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/stac_extensions/0", "value": "https://crim-ca.github.io/mlm-extension/v1.2.0/schema.json"},
    {"op": "remove", "path": "/assets/source_code/mlm:entrypoint"}])");
  const auto findings = findings_of(kMlm510, doc);
  ASSERT_THAT(findings, Not(IsEmpty()));
  for (const auto& f : findings) {
    EXPECT_EQ(describe_fix(f.fix),
              "suggest: declare MLM v1.4.0 (\"https://stac-extensions.github.io/mlm/v1.4.0/schema.json\") | replace "
              "/stac_extensions/0 \"https://stac-extensions.github.io/mlm/v1.4.0/schema.json\"")
        << f.pointer;
  }
  EXPECT_THAT(findings_of(kMlm510, apply_fix(doc, *findings[0].fix)), IsEmpty());
  const auto entrypoint = test::patched_b(set_mlm_uri("https://stac-extensions.github.io/mlm/v1.4.0/schema.json"));
  EXPECT_EQ(describe_fix(findings_of(kMlm510, entrypoint)[0].fix),
            "suggest: declare MLM v1.5.0 (\"https://stac-extensions.github.io/mlm/v1.5.0/schema.json\") | replace "
            "/stac_extensions/0 \"https://stac-extensions.github.io/mlm/v1.5.0/schema.json\"");
}

TEST(Mlm510, NoFixWithSeveralMlmUris) {
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/stac_extensions/0", "value": "https://stac-extensions.github.io/mlm/v1.4.0/schema.json"},
    {"op": "add", "path": "/stac_extensions/-", "value": "https://crim-ca.github.io/mlm-extension/v1.3.0/schema.json"}])");
  const auto findings = findings_of(kMlm510, doc);
  ASSERT_THAT(findings, Not(IsEmpty()));
  EXPECT_EQ(describe_fix(findings[0].fix), "none");
}

// --- MLM511 ---------------------------------------------------------------------------------------

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

TEST(Mlm511, FixDeletesACopyOrSuggestsAMove) {
  const auto copy = test::patched_b(R"([{"op": "add", "path": "/properties/file:size", "value": 46827520}])");
  const auto findings = findings_of(kMlm511, copy);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: remove \"file:size\" (the model asset \"model\" has the same value) | remove /properties/file:size");
  EXPECT_EQ(apply_fix(copy, *findings[0].fix), test::patched_b("[]"));
  const auto moved = test::patched_b(
      R"([{"op": "move", "from": "/assets/model/file:checksum", "path": "/properties/file:checksum"}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm511, moved)[0].fix),
            "suggest: move \"file:checksum\" to the model asset \"model\" | move /properties/file:checksum -> "
            "/assets/model/file:checksum");
  EXPECT_THAT(findings_of(kMlm511, apply_fix(moved, *findings_of(kMlm511, moved)[0].fix)), IsEmpty());
}

TEST(Mlm511, NoFixForAnotherValueOrSeveralModelAssets) {
  const auto other = test::patched_b(R"([{"op": "add", "path": "/properties/file:size", "value": 1}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm511, other)[0].fix), "none");
  const auto two = test::patched_b(R"([{"op": "add", "path": "/properties/file:checksum", "value": "1220"},
    {"op": "add", "path": "/assets/model2", "value": {"href": "m2.pt", "roles": ["mlm:model"]}}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm511, two)[0].fix), "none");
}

}  // namespace
}  // namespace mlmlint::rules

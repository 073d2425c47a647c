#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fix_check.h"
#include "rule_harness.h"
#include "rule_list.h"

namespace mlmlint::rules {
namespace {

using test::patched_b;
using test::rendered_findings_of;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Patch operations shared by several tests.
constexpr const char* kStac11 = R"({"op": "replace", "path": "/stac_version", "value": "1.1.0"})";
constexpr const char* kDatacube =
    R"({"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/datacube/v2.3.0/schema.json"})";
constexpr const char* kWeatherInput = R"({"op": "add", "path": "/properties/mlm:input/-", "value": {"name": "weather",
    "variables": ["temperature_2m"], "input": {"shape": [-1, 1, 24], "dim_order": ["batch", "variables", "time"],
    "data_type": "float32"}}})";
constexpr const char* kTimeDimension = R"({"op": "add", "path": "/properties/cube:dimensions", "value":
    {"time": {"type": "temporal", "extent": ["2015-01-01T00:00:00Z", "2018-12-31T23:59:59Z"]}}})";
constexpr const char* kTemperatureVariable = R"({"op": "add", "path": "/properties/cube:variables", "value":
    {"temperature_2m": {"dimensions": ["time"], "type": "data"}}})";

using test::patch;

// --- MLM401 unresolved-band-reference ---------------------------------------------------------------------

TEST(Mlm401, FailsOnUndefinedBandName) {
  const auto doc =
      patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/bands", "value": ["B04", "B03", "B01"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm401, doc),
              ElementsAre("/properties/mlm:input/0/bands/2: band \"B01\" is not defined in any band list of this Item "
                          "(eo:bands, raster:bands or bands); known band names: B02, B03, B04."));
}

TEST(Mlm401, OneFindingPerInputWithACaseInsensitiveDidYouMean) {
  // One upper/lower-case mismatch in the band names is one mistake: one finding at the input's band list.
  const auto doc = patched_b(R"([
    {"op": "replace", "path": "/assets/model/raster:bands", "value": [{"name": "blue"}, {"name": "green"}, {"name": "red"}]},
    {"op": "replace", "path": "/properties/mlm:input/0/bands", "value": ["RED", "GREEN", "BLUE"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm401, doc),
              ElementsAre("/properties/mlm:input/0/bands: 3 bands of this input are not defined in any band list of "
                          "this Item (eo:bands, raster:bands or bands): \"RED\" (did you mean \"red\"?), \"GREEN\" "
                          "(did you mean \"green\"?) and \"BLUE\" (did you mean \"blue\"?)."));
}

TEST(Mlm401, SingleCaseMismatchSuggestsTheDefinedName) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/bands", "value": ["B04", "b03", "B02"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm401, doc),
              ElementsAre("/properties/mlm:input/0/bands/1: band \"b03\" is not defined in any band list of this Item "
                          "(eo:bands, raster:bands or bands); did you mean \"B03\"?"));
}

TEST(Mlm401, ResolvesAgainstEveryBandListOfTheItem) {
  const auto doc = patched_b(R"([
    {"op": "replace", "path": "/properties/mlm:input/0/bands", "value": ["B04", "B03", "B01"]},
    {"op": "add", "path": "/assets/preview", "value": {"href": "p.tif", "bands": [{"name": "B01"}]}}])");
  EXPECT_THAT(rendered_findings_of(kMlm401, doc), IsEmpty());
}

TEST(Mlm401, ExplainsACommonNameReference) {
  const auto doc = patched_b(R"([
    {"op": "add", "path": "/assets/model/eo:bands", "value": [{"name": "B04", "common_name": "red"}]},
    {"op": "replace", "path": "/properties/mlm:input/0/bands", "value": ["red", "B03", "B02"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm401, doc),
              ElementsAre("/properties/mlm:input/0/bands/0: band \"red\" is not defined in any band list of this Item "
                          "(eo:bands, raster:bands or bands); it is the common name of band \"B04\" — reference "
                          "bands by their name."));
}

TEST(Mlm401, ObjectEntriesAreReportedAtTheirNameAndVirtualBandsAreExempt) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/bands", "value": [
      {"name": "B09"}, {"name": "NDVI", "format": "python", "expression": "ndvi:compute"}, "B02"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm401, doc),
              ElementsAre("/properties/mlm:input/0/bands/0/name: band \"B09\" is not defined in any band list of this "
                          "Item (eo:bands, raster:bands or bands); known band names: B02, B03, B04."));
}

TEST(Mlm401, ChecksOutputBands) {
  const auto doc = patched_b(R"([{"op": "add", "path": "/properties/mlm:output/0/bands", "value": ["B8A"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm401, doc),
              ElementsAre("/properties/mlm:output/0/bands/0: band \"B8A\" is not defined in any band list of this "
                          "Item (eo:bands, raster:bands or bands); known band names: B02, B03, B04."));
}

TEST(Mlm401, SilentWithoutAnyBandList) {
  const auto doc = patched_b(R"([{"op": "remove", "path": "/assets/model/raster:bands"}])");
  EXPECT_THAT(rendered_findings_of(kMlm401, doc), IsEmpty());
}

TEST(Mlm401, ResolvesFiftyThousandReferencesAndAbbreviatesTheKnownNames) {
  std::string bands = "[";
  std::string refs = "[";
  for (int i = 0; i < 50000; ++i) {
    bands += (i ? ", " : "") + std::string(R"({"name": "b)") + std::to_string(i) + "\"}";
    refs += (i ? ", " : "") + std::string("\"b") + std::to_string(49999 - i) + "\"";
  }
  bands += "]";
  refs += R"(, "nope"])";
  const auto doc = patched_b(R"([{"op": "replace", "path": "/assets/model/raster:bands", "value": )" + bands +
                             R"(}, {"op": "replace", "path": "/properties/mlm:input/0/bands", "value": )" + refs + "}]");
  EXPECT_THAT(rendered_findings_of(kMlm401, doc),
              ElementsAre("/properties/mlm:input/0/bands/50000: band \"nope\" is not defined in any band list of this "
                          "Item (eo:bands, raster:bands or bands); known band names: b0, b1, b2, b3, b4, b5, b6, b7, "
                          "b8, b9, b10, b11, b12, b13, b14, b15, b16, b17, b18, b19, … (49980 more)."));
}

// --- MLM402 band-definitions-missing ----------------------------------------------------------------------

TEST(Mlm402, FailsWithoutAnyBandList) {
  const auto doc = patched_b(R"([{"op": "remove", "path": "/assets/model/raster:bands"}, {"op": "add", "path":
      "/properties/mlm:input/-", "value": {"name": "DEM", "bands": [], "input": {"shape": [-1, 1, 64, 64],
      "dim_order": ["batch", "channel", "height", "width"], "data_type": "float32"}}}])");
  EXPECT_THAT(rendered_findings_of(kMlm402, doc),
              ElementsAre("/properties/mlm:input/0/bands: bands are referenced but the Item defines no band list to "
                          "resolve them (raster:bands on the model asset, eo:bands, or STAC 1.1 bands, with the "
                          "matching extension declared)."));
}

TEST(Mlm402, EoBandsInItemPropertiesAreAccepted) {
  const auto doc = patched_b(R"([
    {"op": "remove", "path": "/assets/model/raster:bands"},
    {"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/eo/v1.1.0/schema.json"},
    {"op": "add", "path": "/properties/eo:bands", "value": [{"name": "B02"}, {"name": "B03"}, {"name": "B04"}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm402, doc), IsEmpty());
}

TEST(Mlm402, FailsWhenTheExtensionIsNotDeclared) {
  const auto doc = patched_b(R"([{"op": "remove", "path": "/stac_extensions/1"}])");
  EXPECT_THAT(rendered_findings_of(kMlm402, doc),
              ElementsAre("/properties/mlm:input/0/bands: bands are referenced and /assets/model/raster:bands defines "
                          "them, but the raster extension is not declared; add "
                          "\"https://stac-extensions.github.io/raster/v1.1.0/schema.json\" to stac_extensions."));
}

TEST(Mlm402, FailsWhenStac11BandsAreOnlyOnAssets) {
  const auto doc = patched_b(patch({kStac11, R"({"op": "move", "from": "/assets/model/raster:bands",
                                                 "path": "/assets/model/bands"})"}));
  EXPECT_THAT(rendered_findings_of(kMlm402, doc),
              ElementsAre("/properties/mlm:input/0/bands: bands are referenced but STAC 1.1 \"bands\" are defined "
                          "only on assets (/assets/model/bands), which the MLM schema does not accept as band "
                          "definitions; also list the band names in properties.bands."));
}

TEST(Mlm402, Stac11BandsInPropertiesAreAccepted) {
  const auto doc = patched_b(patch({kStac11, R"({"op": "move", "from": "/assets/model/raster:bands",
                                                 "path": "/properties/bands"})"}));
  EXPECT_THAT(rendered_findings_of(kMlm402, doc), IsEmpty());
}

TEST(Mlm402, FailsWhenStac11BandsAreUsedWithStac10) {
  const auto doc = patched_b(R"([{"op": "move", "from": "/assets/model/raster:bands", "path": "/properties/bands"}])");
  EXPECT_THAT(rendered_findings_of(kMlm402, doc),
              ElementsAre("/properties/mlm:input/0/bands: bands are referenced but the only accepted band list, "
                          "properties.bands, is a STAC 1.1 field and stac_version is \"1.0.0\"; upgrade to STAC 1.1.0 "
                          "or define raster:bands / eo:bands (v1.x) on the model asset."));
}

TEST(Mlm402, FailsWhenRasterBandsAreNotOnTheModelAsset) {
  const auto doc =
      patched_b(R"([{"op": "move", "from": "/assets/model/raster:bands", "path": "/properties/raster:bands"}])");
  EXPECT_THAT(rendered_findings_of(kMlm402, doc),
              ElementsAre("/properties/mlm:input/0/bands: bands are referenced but no band list is where the MLM "
                          "schema looks for one (found: /properties/raster:bands); define raster:bands or eo:bands on "
                          "the asset with role \"mlm:model\"."));
}

TEST(Mlm402, ItemLevelRasterBandsWereTheProviderBeforeV130) {
  const auto doc = patched_b(R"([
    {"op": "replace", "path": "/stac_extensions/0", "value": "https://crim-ca.github.io/mlm-extension/v1.2.0/schema.json"},
    {"op": "move", "from": "/assets/model/raster:bands", "path": "/properties/raster:bands"}])");
  EXPECT_THAT(rendered_findings_of(kMlm402, doc), IsEmpty());
}

TEST(Mlm402, LeavesAnUnsupportedExtensionVersionToMlm403) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/stac_extensions/1",
                                  "value": "https://stac-extensions.github.io/raster/v2.0.0/schema.json"}])");
  EXPECT_THAT(rendered_findings_of(kMlm402, doc), IsEmpty());
}

TEST(Mlm402, SilentWithoutBandReferences) {
  const auto doc = patched_b(R"([{"op": "remove", "path": "/assets/model/raster:bands"},
                                 {"op": "replace", "path": "/properties/mlm:input/0/bands", "value": []}])");
  EXPECT_THAT(rendered_findings_of(kMlm402, doc), IsEmpty());
}

// --- MLM403 unsupported-band-extension-version ------------------------------------------------------------

TEST(Mlm403, FailsOnRasterV2) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/stac_extensions/1",
                                  "value": "https://stac-extensions.github.io/raster/v2.0.0/schema.json"}])");
  EXPECT_THAT(rendered_findings_of(kMlm403, doc),
              ElementsAre("/stac_extensions/1: raster v2.0.0 is declared, but MLM band references only support "
                          "eo/raster v1.x; declare raster v1.x or migrate to STAC 1.1 \"bands\"."));
}

TEST(Mlm403, AV1DeclarationAlongsideIsEnough) {
  const auto doc = patched_b(R"([{"op": "add", "path": "/stac_extensions/-",
                                  "value": "https://stac-extensions.github.io/raster/v2.0.0/schema.json"}])");
  EXPECT_THAT(rendered_findings_of(kMlm403, doc), IsEmpty());
}

TEST(Mlm403, Stac11BandsMakeV2Legitimate) {
  const auto doc = patched_b(patch({kStac11,
                                    R"({"op": "replace", "path": "/stac_extensions/1",
                                        "value": "https://stac-extensions.github.io/raster/v2.0.0/schema.json"})",
                                    R"({"op": "add", "path": "/properties/bands",
                                        "value": [{"name": "B02"}, {"name": "B03"}, {"name": "B04"}]})"}));
  EXPECT_THAT(rendered_findings_of(kMlm403, doc), IsEmpty());
}

TEST(Mlm403, SilentWithoutBandReferences) {
  const auto doc = patched_b(R"([
    {"op": "replace", "path": "/stac_extensions/1", "value": "https://stac-extensions.github.io/raster/v2.0.0/schema.json"},
    {"op": "replace", "path": "/properties/mlm:input/0/bands", "value": []}])");
  EXPECT_THAT(rendered_findings_of(kMlm403, doc), IsEmpty());
}

TEST(Mlm403, ReportsEoToo) {
  const auto doc = patched_b(R"([
    {"op": "move", "from": "/assets/model/raster:bands", "path": "/assets/model/eo:bands"},
    {"op": "replace", "path": "/stac_extensions/1", "value": "https://stac-extensions.github.io/eo/v2.0.0-beta.1/schema.json"}])");
  EXPECT_THAT(rendered_findings_of(kMlm403, doc),
              ElementsAre("/stac_extensions/1: eo v2.0.0-beta.1 is declared, but MLM band references only support "
                          "eo/raster v1.x; declare eo v1.x or migrate to STAC 1.1 \"bands\"."));
}

// --- MLM404 raster-bands-in-item-properties ---------------------------------------------------------------

TEST(Mlm404, FailsOnItemLevelRasterBands) {
  const auto doc = patched_b(
      R"([{"op": "copy", "from": "/assets/model/raster:bands", "path": "/properties/raster:bands"}])");
  EXPECT_THAT(rendered_findings_of(kMlm404, doc),
              ElementsAre("/properties/raster:bands: raster:bands is an Asset field; define it on the asset with role "
                          "\"mlm:model\"."));
}

TEST(Mlm404, ItemLevelEoBandsAreNotThisRule) {
  const auto doc =
      patched_b(R"([{"op": "copy", "from": "/assets/model/raster:bands", "path": "/properties/eo:bands"}])");
  EXPECT_THAT(rendered_findings_of(kMlm404, doc), IsEmpty());
}

TEST(Mlm404, FixDeletesACopyOfTheModelAssetBands) {
  const auto doc = patched_b(
      R"([{"op": "copy", "from": "/assets/model/raster:bands", "path": "/properties/raster:bands"}])");
  const auto findings = test::findings_of(kMlm404, doc);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(test::describe_fix(findings[0].fix),
            "safe: remove \"raster:bands\" (the model asset \"model\" has the same value) | remove "
            "/properties/raster:bands");
  EXPECT_EQ(test::apply_fix(doc, *findings[0].fix), patched_b("[]"));
}

TEST(Mlm404, FixSuggestsMovingBandsTheModelAssetLacks) {
  const auto doc = patched_b(
      R"([{"op": "move", "from": "/assets/model/raster:bands", "path": "/properties/raster:bands"}])");
  const auto findings = test::findings_of(kMlm404, doc);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(test::describe_fix(findings[0].fix),
            "suggest: move \"raster:bands\" to the model asset \"model\" | move /properties/raster:bands -> "
            "/assets/model/raster:bands");
  // raster:bands is the model asset's last member in B: the move restores B exactly.
  EXPECT_EQ(test::apply_fix(doc, *findings[0].fix), patched_b("[]"));
}

TEST(Mlm404, NoFixForOtherBandsWithoutASingleModelAssetOrBeforeV130) {
  const auto other = patched_b(R"([{"op": "add", "path": "/properties/raster:bands", "value": [{"name": "B08"}]}])");
  EXPECT_EQ(test::describe_fix(test::findings_of(kMlm404, other)[0].fix), "none");
  const auto two_models = patched_b(R"([
    {"op": "move", "from": "/assets/model/raster:bands", "path": "/properties/raster:bands"},
    {"op": "add", "path": "/assets/model2", "value": {"href": "m.onnx", "roles": ["mlm:model"],
      "mlm:artifact_type": "onnx"}}])");
  EXPECT_EQ(test::describe_fix(test::findings_of(kMlm404, two_models)[0].fix), "none");
  // Up to v1.2.0 the MLM schema requires the Item-level list when raster provides the bands.
  const auto v120 = patched_b(R"([
    {"op": "replace", "path": "/stac_extensions/0", "value": "https://crim-ca.github.io/mlm-extension/v1.2.0/schema.json"},
    {"op": "copy", "from": "/assets/model/raster:bands", "path": "/properties/raster:bands"}])");
  EXPECT_EQ(test::describe_fix(test::findings_of(kMlm404, v120)[0].fix), "none");
  const auto v130 = patched_b(R"([
    {"op": "replace", "path": "/stac_extensions/0", "value": "https://crim-ca.github.io/mlm-extension/v1.3.0/schema.json"},
    {"op": "copy", "from": "/assets/model/raster:bands", "path": "/properties/raster:bands"}])");
  EXPECT_NE(test::describe_fix(test::findings_of(kMlm404, v130)[0].fix), "none");
}

// --- MLM405 eo-bands-only-in-item-properties --------------------------------------------------------------

TEST(Mlm405, FailsOnItemLevelEoBandsAlone) {
  const auto doc = patched_b(R"([
    {"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/eo/v1.1.0/schema.json"},
    {"op": "add", "path": "/properties/eo:bands", "value": [{"name": "B02", "common_name": "blue"},
      {"name": "B03", "common_name": "green"}, {"name": "B04", "common_name": "red"}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm405, doc),
              ElementsAre("/properties/eo:bands: eo:bands appears only in Item properties; EO v1 validation also "
                          "requires eo:bands on an Asset — add eo:bands (names only) to the asset with role "
                          "\"mlm:model\"."));
}

TEST(Mlm405, AssetLevelCounterpartSatisfiesIt) {
  const auto doc = patched_b(R"([
    {"op": "add", "path": "/properties/eo:bands", "value": [{"name": "B02", "common_name": "blue"}]},
    {"op": "add", "path": "/assets/model/eo:bands", "value": [{"name": "B02"}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm405, doc), IsEmpty());
}

TEST(Mlm405, FixSuggestsBandNamesOnTheModelAsset) {
  const auto doc = patched_b(R"([
    {"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/eo/v1.1.0/schema.json"},
    {"op": "add", "path": "/properties/eo:bands", "value": [{"name": "B02", "common_name": "blue"},
      {"name": "B03", "common_name": "green"}]}])");
  const auto findings = test::findings_of(kMlm405, doc);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(test::describe_fix(findings[0].fix),
            "suggest: add eo:bands (names only) to the model asset \"model\" | add /assets/model/eo:bands "
            "[{\"name\": \"B02\"}, {\"name\": \"B03\"}]");
  EXPECT_THAT(rendered_findings_of(kMlm405, test::apply_fix(doc, *findings[0].fix)), IsEmpty());
}

TEST(Mlm405, NoFixWithoutNamesOrASingleModelAsset) {
  const auto unnamed = patched_b(
      R"([{"op": "add", "path": "/properties/eo:bands", "value": [{"name": "B02"}, {"common_name": "green"}]}])");
  EXPECT_EQ(test::describe_fix(test::findings_of(kMlm405, unnamed)[0].fix), "none");
  const auto no_model = patched_b(R"([
    {"op": "add", "path": "/properties/eo:bands", "value": [{"name": "B02"}]},
    {"op": "replace", "path": "/assets/model/roles", "value": ["data"]}])");
  EXPECT_EQ(test::describe_fix(test::findings_of(kMlm405, no_model)[0].fix), "none");
}

// --- MLM406 core-bands-with-stac-1.0 ----------------------------------------------------------------------

TEST(Mlm406, FailsOnCoreBandsWithStac10) {
  const auto doc = patched_b(
      R"([{"op": "add", "path": "/properties/bands", "value": [{"name": "B02"}, {"name": "B03"}, {"name": "B04"}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm406, doc),
              ElementsAre("/properties/bands: \"bands\" is a STAC 1.1 common-metadata field but stac_version is "
                          "\"1.0.0\"; use eo:bands / raster:bands (v1.x) or upgrade to STAC 1.1.0."));
}

TEST(Mlm406, ChecksAssetsToo) {
  const auto doc = patched_b(R"([{"op": "add", "path": "/assets/model/bands", "value": [{"name": "B02"}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm406, doc),
              ElementsAre("/assets/model/bands: \"bands\" is a STAC 1.1 common-metadata field but stac_version is "
                          "\"1.0.0\"; use eo:bands / raster:bands (v1.x) or upgrade to STAC 1.1.0."));
}

TEST(Mlm406, Stac11IsFine) {
  const auto doc = patched_b(patch({kStac11, R"({"op": "add", "path": "/properties/bands", "value": [{"name": "B02"}]})"}));
  EXPECT_THAT(rendered_findings_of(kMlm406, doc), IsEmpty());
}

// --- MLM407 unresolved-variable-reference -----------------------------------------------------------------

TEST(Mlm407, FailsOnUndefinedVariable) {
  const auto doc = patched_b(R"([{"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/datacube/v2.3.0/schema.json"}, {"op": "add", "path": "/properties/cube:dimensions", "value": {"time": {"type": "temporal", "extent": ["2015-01-01T00:00:00Z", "2018-12-31T23:59:59Z"]}}}, {"op": "add", "path": "/properties/cube:variables", "value": {"temperature_2m": {"dimensions": ["time"], "type": "data"}}}, {"op": "add", "path": "/properties/mlm:input/-", "value": {"name": "weather", "variables": ["2m_temperature"], "input": {"shape": [-1, 1, 24], "dim_order": ["batch", "variables", "time"], "data_type": "float32"}}}])");
  EXPECT_THAT(rendered_findings_of(kMlm407, doc),
              ElementsAre("/properties/mlm:input/1/variables/0: variable \"2m_temperature\" is not a key of "
                          "cube:variables (known: temperature_2m)."));
}

TEST(Mlm407, DefinedVariableResolves) {
  const auto doc = patched_b(patch({kDatacube, kTimeDimension, kTemperatureVariable, kWeatherInput}));
  EXPECT_THAT(rendered_findings_of(kMlm407, doc), IsEmpty());
}

TEST(Mlm407, VirtualVariablesAreExempt) {
  const auto doc = patched_b(patch({kDatacube, kTimeDimension, kTemperatureVariable, kWeatherInput,
                                    R"({"op": "add", "path": "/properties/mlm:input/1/variables/-", "value":
                                        {"name": "t_celsius", "format": "python", "expression": "k2c:convert"}})"}));
  EXPECT_THAT(rendered_findings_of(kMlm407, doc), IsEmpty());
}

TEST(Mlm407, SilentWithoutCubeVariables) {
  const auto doc = patched_b(patch({kDatacube, kWeatherInput}));
  EXPECT_THAT(rendered_findings_of(kMlm407, doc), IsEmpty());
}

// --- MLM408 variable-definitions-missing ------------------------------------------------------------------

TEST(Mlm408, FailsWithoutCubeVariables) {
  const auto doc = patched_b(R"([{"op": "add", "path": "/properties/mlm:input/-", "value": {"name": "weather", "variables": ["temperature_2m"], "input": {"shape": [-1, 1, 24], "dim_order": ["batch", "variables", "time"], "data_type": "float32"}}}])");
  EXPECT_THAT(rendered_findings_of(kMlm408, doc),
              ElementsAre("/properties/mlm:input/1/variables: variables are referenced but no cube:variables (with "
                          "the datacube v2.x extension declared) exist on the Item or its model asset."));
}

TEST(Mlm408, DeclaredDatacubeWithItemVariablesIsValid) {
  const auto doc = patched_b(patch({kDatacube, kTimeDimension, kTemperatureVariable, kWeatherInput}));
  EXPECT_THAT(rendered_findings_of(kMlm408, doc), IsEmpty());
}

TEST(Mlm408, FailsWhenDatacubeIsNotDeclared) {
  const auto doc = patched_b(patch({kTimeDimension, kTemperatureVariable, kWeatherInput}));
  EXPECT_THAT(rendered_findings_of(kMlm408, doc),
              ElementsAre("/properties/mlm:input/1/variables: variables are referenced and /properties/cube:variables "
                          "defines them, but the datacube extension is not declared; add "
                          "\"https://stac-extensions.github.io/datacube/v2.3.0/schema.json\" to stac_extensions."));
}

TEST(Mlm408, FailsWithDatacubeV1) {
  const auto doc = patched_b(patch({R"({"op": "add", "path": "/stac_extensions/-",
                                       "value": "https://stac-extensions.github.io/datacube/v1.0.0/schema.json"})",
                                    kTimeDimension, kTemperatureVariable, kWeatherInput}));
  EXPECT_THAT(rendered_findings_of(kMlm408, doc),
              ElementsAre("/properties/mlm:input/1/variables: variables are referenced but datacube v1.0.0 is "
                          "declared; MLM variable references require datacube v2.x (declare "
                          "\"https://stac-extensions.github.io/datacube/v2.3.0/schema.json\")."));
}

TEST(Mlm408, FailsWhenVariablesAreOnlyOnANonModelAsset) {
  const auto doc = patched_b(patch({kDatacube, kWeatherInput, R"({"op": "add", "path": "/assets/container/cube:variables",
                                                                  "value": {"temperature_2m": {"dimensions": [], "type": "data"}}})"}));
  EXPECT_THAT(rendered_findings_of(kMlm408, doc),
              ElementsAre("/properties/mlm:input/1/variables: variables are referenced but cube:variables is defined "
                          "only at /assets/container/cube:variables, which is not a model asset; define it in Item "
                          "properties or on the asset with role \"mlm:model\"."));
}

TEST(Mlm408, ModelAssetVariablesAreAccepted) {
  const auto doc = patched_b(patch({kDatacube, kWeatherInput, R"({"op": "add", "path": "/assets/model/cube:variables",
                                                                  "value": {"temperature_2m": {"dimensions": [], "type": "data"}}})"}));
  EXPECT_THAT(rendered_findings_of(kMlm408, doc), IsEmpty());
}

// --- MLM409 cube-variables-without-dimensions -------------------------------------------------------------

TEST(Mlm409, FailsOnVariablesWithoutDimensions) {
  const auto doc = patched_b(R"([{"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/datacube/v2.3.0/schema.json"}, {"op": "add", "path": "/properties/cube:variables", "value": {"temperature_2m": {"dimensions": ["time"], "type": "data"}}}, {"op": "add", "path": "/properties/mlm:input/-", "value": {"name": "weather", "variables": ["temperature_2m"], "input": {"shape": [-1, 1, 24], "dim_order": ["batch", "variables", "time"], "data_type": "float32"}}}])");
  EXPECT_THAT(rendered_findings_of(kMlm409, doc),
              ElementsAre("/properties/cube:variables: cube:variables is defined without cube:dimensions; the "
                          "dimensions listed by each variable must be described in cube:dimensions."));
}

TEST(Mlm409, DescribedDimensionsAreValid) {
  const auto doc = patched_b(patch({kDatacube, kTimeDimension, kTemperatureVariable, kWeatherInput}));
  EXPECT_THAT(rendered_findings_of(kMlm409, doc), IsEmpty());
}

TEST(Mlm409, FailsOnUndescribedDimensionOfAVariable) {
  const auto doc = patched_b(patch({kDatacube, kTimeDimension, kWeatherInput,
                                    R"({"op": "add", "path": "/properties/cube:variables", "value":
                                        {"temperature_2m": {"dimensions": ["time", "lat"], "type": "data"}}})"}));
  EXPECT_THAT(rendered_findings_of(kMlm409, doc),
              ElementsAre("/properties/cube:variables/temperature_2m/dimensions/1: dimension \"lat\" of variable "
                          "\"temperature_2m\" is not a key of cube:dimensions (known: time); describe it in "
                          "cube:dimensions."));
}

TEST(Mlm409, NotEvaluatedBeforeV150) {
  const auto doc = patched_b(R"([
    {"op": "replace", "path": "/stac_extensions/0", "value": "https://stac-extensions.github.io/mlm/v1.4.0/schema.json"},
    {"op": "add", "path": "/properties/cube:variables", "value": {"t": {"dimensions": ["time"], "type": "data"}}}])");
  EXPECT_THAT(rendered_findings_of(kMlm409, doc), IsEmpty());
}

}  // namespace
}  // namespace mlmlint::rules

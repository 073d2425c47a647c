// RULES.md §5: the conditional constraints of the MLM v1.5.2 schema, through the schema stage only
// (run_rules = false, what --no-rules does), each starting from baseline document B. Every case asserts
// the complete list of MLM000 findings: pointer and shaped message. Rules would explain most of these in
// their own words (explain mode); here the schema stage must stand on its own.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "lint_helpers.h"
#include "mlmlint/engine/linter.h"
#include "rule_harness.h"

namespace mlmlint {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;


// "pointer: message" of every finding; any code other than MLM000 is a test failure.
std::vector<std::string> schema_findings(std::string_view patch) {
  const FileReport report = test::schema_only_linter().lint_buffer("b.json", test::patched_b(patch));
  std::vector<std::string> out;
  for (const auto& d : report.diagnostics) {
    EXPECT_EQ(d.code, "MLM000") << d.pointer << ": " << d.message;
    EXPECT_EQ(d.hint, "checked against https://stac-extensions.github.io/mlm/v1.5.2/schema.json");
    out.push_back(d.pointer + ": " + d.message);
  }
  return out;
}

TEST(SchemaNegatives, BaselineIsValid) { EXPECT_THAT(schema_findings("[]"), IsEmpty()); }

// --- I10: bands / variables <-> dim_order --------------------------------------------------------

TEST(SchemaNegatives, BandsListedButDimOrderLacksBands) {
  EXPECT_THAT(schema_findings(R"([{"op": "replace", "path": "/properties/mlm:input/0/input/dim_order",
                                   "value": ["batch", "channel", "height", "width"]}])"),
              ElementsAre("/properties/mlm:input/0/input/dim_order: must contain \"bands\""));
}

TEST(SchemaNegatives, BandsInDimOrderWithAnEmptyBandsList) {
  EXPECT_THAT(schema_findings(R"([{"op": "replace", "path": "/properties/mlm:input/0/bands", "value": []}])"),
              ElementsAre("/properties/mlm:input/0/input/dim_order/1: \"bands\" is not allowed here"));
  EXPECT_THAT(schema_findings(R"([{"op": "remove", "path": "/properties/mlm:input/0/bands"}])"),
              ElementsAre("/properties/mlm:input/0/input/dim_order/1: \"bands\" is not allowed here"));
}

TEST(SchemaNegatives, VariablesListedButDimOrderLacksVariables) {
  // Every output lists variables, so the datacube extension is required as well (I12): three findings.
  EXPECT_THAT(schema_findings(R"([{"op": "add", "path": "/properties/mlm:output/0/variables", "value": ["temp"]}])"),
              ElementsAre("/stac_extensions: must contain a string matching the pattern "
                          "https://stac-extensions\\.github\\.io/datacube/v2(\\.[0-9]+){2}/schema\\.json",
                          "/properties: required property \"cube:variables\" is missing",
                          "/properties/mlm:output/0/result/dim_order: must contain \"variables\""));
}

TEST(SchemaNegatives, VariablesInDimOrderWithAnEmptyVariablesList) {
  EXPECT_THAT(schema_findings(R"([
      {"op": "replace", "path": "/properties/mlm:output/0/result/dim_order", "value": ["batch", "variables"]},
      {"op": "add", "path": "/properties/mlm:output/0/variables", "value": []}])"),
              ElementsAre("/properties/mlm:output/0/result/dim_order/1: \"variables\" is not allowed here"));
}

// --- I8: mlm:artifact_type <-> mlm:model role ----------------------------------------------------

TEST(SchemaNegatives, ModelAssetWithoutArtifactType) {
  EXPECT_THAT(schema_findings(R"([{"op": "remove", "path": "/assets/model/mlm:artifact_type"}])"),
              ElementsAre("/assets/model: required property \"mlm:artifact_type\" is missing"));
}

TEST(SchemaNegatives, ArtifactTypeOnANonModelAsset) {
  EXPECT_THAT(schema_findings(R"([{"op": "add", "path": "/assets/source_code/mlm:artifact_type", "value": "torch.save"}])"),
              ElementsAre("/assets/source_code/mlm:artifact_type: \"mlm:artifact_type\" is not allowed in asset "
                          "\"source_code\""));
}

// --- I4 / I5: fields in the wrong place ----------------------------------------------------------

TEST(SchemaNegatives, AssetFieldsInItemProperties) {
  EXPECT_THAT(schema_findings(R"([{"op": "add", "path": "/properties/mlm:artifact_type", "value": "torch.save"}])"),
              ElementsAre("/properties/mlm:artifact_type: \"mlm:artifact_type\" is not allowed in Item properties"));
  EXPECT_THAT(schema_findings(R"([{"op": "add", "path": "/properties/mlm:compile_method", "value": "aot"}])"),
              ElementsAre("/properties/mlm:compile_method: \"mlm:compile_method\" is not allowed in Item properties"));
  EXPECT_THAT(schema_findings(R"([{"op": "add", "path": "/properties/mlm:entrypoint", "value": "a.b:c"}])"),
              ElementsAre("/properties/mlm:entrypoint: \"mlm:entrypoint\" is not allowed in Item properties"));
}

TEST(SchemaNegatives, ItemFieldsOnAnAsset) {
  EXPECT_THAT(schema_findings(R"([{"op": "add", "path": "/assets/model/mlm:name", "value": "Model B"}])"),
              ElementsAre("/assets/model/mlm:name: \"mlm:name\" is not allowed in asset \"model\""));
  EXPECT_THAT(schema_findings(R"([{"op": "add", "path": "/assets/model/mlm:input", "value": []}])"),
              ElementsAre("/assets/model/mlm:input: \"mlm:input\" is not allowed in asset \"model\""));
  EXPECT_THAT(schema_findings(R"([{"op": "add", "path": "/assets/model/mlm:output", "value": []}])"),
              ElementsAre("/assets/model/mlm:output: \"mlm:output\" is not allowed in asset \"model\""));
  EXPECT_THAT(schema_findings(R"([{"op": "add", "path": "/assets/model/mlm:hyperparameters", "value": {"lr": 0.1}}])"),
              ElementsAre("/assets/model/mlm:hyperparameters: \"mlm:hyperparameters\" is not allowed in asset \"model\""));
}

TEST(SchemaNegatives, ForbiddenFieldThatIsAlsoInvalidGetsBothFindings) {
  // The field's own definition still applies on the asset (`fields`), independently of the exclusion.
  EXPECT_THAT(schema_findings(R"([{"op": "add", "path": "/assets/model/mlm:name", "value": "x"}])"),
              ElementsAre("/assets/model/mlm:name: \"mlm:name\" is not allowed in asset \"model\"",
                          "/assets/model/mlm:name: \"x\" does not match the required pattern "
                          "^[a-zA-Z][a-zA-Z0-9_.\\-\\s]+[a-zA-Z0-9]$"));
}

// --- value_scaling (oneOf over "type") -----------------------------------------------------------

struct Scaling {
  std::string type;
  std::vector<std::pair<std::string, std::string>> fields;  // name -> JSON value
};

const std::vector<Scaling>& scalings() {
  static const std::vector<Scaling> kAll = {
      {"min-max", {{"minimum", "0"}, {"maximum", "1"}}},
      {"z-score", {{"mean", "0"}, {"stddev", "1"}}},
      {"clip", {{"minimum", "0"}, {"maximum", "1"}}},
      {"clip-min", {{"minimum", "0"}}},
      {"clip-max", {{"maximum", "1"}}},
      {"offset", {{"value", "1"}}},
      {"scale", {{"value", "2"}}},
      {"processing", {{"format", "\"gdal-calc\""}, {"expression", "\"A * 2\""}}},
  };
  return kAll;
}

std::string scaling_patch(const std::string& entry_json) {
  return R"([{"op": "replace", "path": "/properties/mlm:input/0/value_scaling", "value": [)" + entry_json + "]}]";
}

std::string entry(const Scaling& s, const std::string& without = "") {
  std::string json = R"({"type": ")" + s.type + "\"";
  for (const auto& [name, value] : s.fields) {
    if (name != without) json += ", \"" + name + "\": " + value;
  }
  return json + "}";
}

const std::string kScaling = "/properties/mlm:input/0/value_scaling/0";

TEST(SchemaNegatives, EveryCompleteValueScalingIsValid) {
  for (const auto& s : scalings()) {
    EXPECT_THAT(schema_findings(scaling_patch(entry(s))), IsEmpty()) << entry(s);
  }
  // Extra keys are allowed: z-score with the min/max of the data as well.
  EXPECT_THAT(schema_findings(scaling_patch(R"({"type": "z-score", "mean": 0, "stddev": 1, "minimum": 0, "maximum": 1})")),
              IsEmpty());
}

TEST(SchemaNegatives, EveryValueScalingMissingARequiredField) {
  std::size_t cases = 0;
  for (const auto& s : scalings()) {
    for (const auto& [name, value] : s.fields) {
      const std::string json = entry(s, name);
      EXPECT_THAT(schema_findings(scaling_patch(json)),
                  ElementsAre(kScaling + ": required property \"" + name + "\" is missing"))
          << json;
      ++cases;
    }
  }
  EXPECT_EQ(cases, 12u);
}

TEST(SchemaNegatives, ValueScalingWithAWrongFieldType) {
  EXPECT_THAT(schema_findings(scaling_patch(R"({"type": "clip-min", "minimum": 0, "maximum": "1"})")),
              ElementsAre(kScaling + "/maximum: expected number, got a string"));
}

TEST(SchemaNegatives, UnknownValueScalingType) {
  const std::string allowed =
      "is not one of the allowed values: \"min-max\", \"z-score\", \"clip\", \"clip-min\", \"clip-max\", \"offset\", "
      "\"scale\", \"processing\"";
  EXPECT_THAT(schema_findings(scaling_patch(R"({"type": "foo", "minimum": 0, "maximum": 1})")),
              ElementsAre(kScaling + "/type: \"foo\" " + allowed));
  EXPECT_THAT(schema_findings(scaling_patch(R"({"type": null})")), ElementsAre(kScaling + "/type: null " + allowed));
  EXPECT_THAT(schema_findings(scaling_patch(R"({"minimum": 0, "maximum": 1})")),
              ElementsAre(kScaling + ": required property \"type\" is missing"));
}

TEST(SchemaNegatives, NullValueScalingEntry) {
  EXPECT_THAT(schema_findings(scaling_patch("null")), ElementsAre(kScaling + ": expected object, got null"));
}

// --- I9: mlm:entrypoint needs the code role ------------------------------------------------------

TEST(SchemaNegatives, EntrypointAssetWithoutTheCodeRole) {
  EXPECT_THAT(schema_findings(R"([{"op": "replace", "path": "/assets/source_code/roles",
                                   "value": ["mlm:source_code", "metadata"]}])"),
              ElementsAre("/assets/source_code/roles: must contain \"code\""));
}

TEST(SchemaNegatives, EntrypointAssetWithTheCodeRole) {
  EXPECT_THAT(schema_findings(R"([{"op": "replace", "path": "/assets/source_code/roles", "value": ["code"]}])"),
              IsEmpty());
}

// --- I3 / I6 / field constraints -----------------------------------------------------------------

TEST(SchemaNegatives, MissingInput) {
  EXPECT_THAT(schema_findings(R"([{"op": "remove", "path": "/properties/mlm:input"}])"),
              ElementsAre("/properties: required property \"mlm:input\" is missing"));
}

TEST(SchemaNegatives, UnknownMlmFields) {
  EXPECT_THAT(schema_findings(R"([{"op": "add", "path": "/properties/mlm:foo", "value": 1}])"),
              ElementsAre("/properties/mlm:foo: \"mlm:foo\" is not allowed in Item properties (the schema does not "
                          "define it)"));
  EXPECT_THAT(schema_findings(R"([{"op": "add", "path": "/assets/model/mlm:foo", "value": 1}])"),
              ElementsAre("/assets/model/mlm:foo: \"mlm:foo\" is not allowed in asset \"model\" (the schema does not "
                          "define it)"));
  // Other prefixes are free.
  EXPECT_THAT(schema_findings(R"([{"op": "add", "path": "/properties/custom:foo", "value": 1}])"), IsEmpty());
}

TEST(SchemaNegatives, CpuIsNotAnAccelerator) {
  EXPECT_THAT(schema_findings(R"([{"op": "replace", "path": "/properties/mlm:accelerator", "value": "cpu"}])"),
              ElementsAre("/properties/mlm:accelerator: \"cpu\" is not one of the allowed values: \"amd64\", \"cuda\", "
                          "\"xla\", \"amd-rocm\", \"intel-ipex-cpu\", \"intel-ipex-gpu\", \"macos-arm\", null"));
  EXPECT_THAT(schema_findings(R"([{"op": "replace", "path": "/properties/mlm:accelerator", "value": null}])"), IsEmpty());
}

// --- independent problems ------------------------------------------------------------------------

TEST(SchemaNegatives, IndependentProblemsAreAllReported) {
  // Each of these is checked by a different member of the schema's allOf lists; valijson alone stops at
  // the first failing member, which would hide the other two.
  EXPECT_THAT(schema_findings(R"([
      {"op": "remove", "path": "/assets/model/mlm:artifact_type"},
      {"op": "replace", "path": "/properties/mlm:accelerator", "value": "cpu"},
      {"op": "add", "path": "/properties/mlm:entrypoint", "value": "a.b:c"}])"),
              ElementsAre("/properties/mlm:accelerator: \"cpu\" is not one of the allowed values: \"amd64\", \"cuda\", "
                          "\"xla\", \"amd-rocm\", \"intel-ipex-cpu\", \"intel-ipex-gpu\", \"macos-arm\", null",
                          "/properties/mlm:entrypoint: \"mlm:entrypoint\" is not allowed in Item properties",
                          "/assets/model: required property \"mlm:artifact_type\" is missing"));
}

}  // namespace
}  // namespace mlmlint

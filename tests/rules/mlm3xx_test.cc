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
using ::testing::SizeIs;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

constexpr std::string_view kV140 =
    R"({"op": "replace", "path": "/stac_extensions/0", "value": "https://stac-extensions.github.io/mlm/v1.4.0/schema.json"})";
constexpr std::string_view kV130 =
    R"({"op": "replace", "path": "/stac_extensions/0", "value": "https://crim-ca.github.io/mlm-extension/v1.3.0/schema.json"})";

using test::patch;

// --- MLM301 missing-model-asset ----------------------------------------------------------------

TEST(Mlm301, FailsOnEmptyAssets) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/assets", "value": {}}])");
  EXPECT_THAT(rendered_findings_of(kMlm301, doc),
              ElementsAre("/assets: no asset has the role \"mlm:model\"; at least one Asset must point to the model "
                          "artifact."));
}

TEST(Mlm301, NoCandidateNoAssetIsNamed) {
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/assets/model/roles", "value": ["data"]},
    {"op": "remove", "path": "/assets/model/mlm:artifact_type"}])");
  EXPECT_THAT(rendered_findings_of(kMlm301, doc),
              ElementsAre("/assets: no asset has the role \"mlm:model\"; at least one Asset must point to the model "
                          "artifact."));
}

TEST(Mlm301, NamesTheAssetThatLacksOnlyTheRole) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/assets/model/roles", "value": ["mlm:weights"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm301, doc),
              ElementsAre("/assets/model: no asset has the role \"mlm:model\", but asset \"model\" (it has the role "
                          "\"mlm:weights\" and an \"mlm:artifact_type\") looks like the model."));
  EXPECT_THAT(rendered_findings_of(kMlm303, doc), IsEmpty());
  EXPECT_THAT(rendered_findings_of(kMlm304, doc), IsEmpty());
  EXPECT_THAT(rendered_findings_of(kMlm402, doc), IsEmpty());
}

TEST(Mlm301, FailsWhenRolesAreMissingOrNotAnArray) {
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/assets/model/roles", "value": "mlm:model"},
    {"op": "remove", "path": "/assets/source_code/roles"}])");
  EXPECT_THAT(rendered_findings_of(kMlm301, doc),
              ElementsAre("/assets/model: no asset has the role \"mlm:model\", but asset \"model\" (it has an "
                          "\"mlm:artifact_type\") looks like the model."));
}

TEST(Mlm301, FailsAtTheRootWhenAssetsIsAbsent) {
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/assets"}])");
  EXPECT_THAT(rendered_findings_of(kMlm301, doc),
              ElementsAre(": the Item has no \"assets\"; at least one Asset with the role \"mlm:model\" must point "
                          "to the model artifact."));
}

TEST(Mlm301, AnyAssetWithTheRoleIsEnough) {
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/assets/model/roles", "value": ["data"]},
    {"op": "replace", "path": "/assets/container/roles", "value": ["runtime", "mlm:model"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm301, doc), IsEmpty());
}

TEST(Mlm301, CollectionsAreNotChecked) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/type", "value": "Collection"},
                                       {"op": "replace", "path": "/assets", "value": {}}])");
  EXPECT_THAT(rendered_findings_of(kMlm301, doc), IsEmpty());
}

// --- MLM302 model-asset-missing-artifact-type --------------------------------------------------

TEST(Mlm302, FailsWhenTheModelAssetHasNoArtifactType) {
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/assets/model/mlm:artifact_type"}])");
  EXPECT_THAT(rendered_findings_of(kMlm302, doc),
              ElementsAre("/assets/model: the asset has role \"mlm:model\" but no \"mlm:artifact_type\"; state how "
                          "the artifact was produced (e.g. \"torch.save\", \"torch.export.save\", "
                          "\"safetensors.torch.save_file\")."));
}

TEST(Mlm302, FailsOnEmptyOrNonStringArtifactType) {
  const auto empty = test::patched_b(R"([{"op": "replace", "path": "/assets/model/mlm:artifact_type", "value": ""}])");
  EXPECT_THAT(rendered_findings_of(kMlm302, empty),
              ElementsAre("/assets/model/mlm:artifact_type: \"mlm:artifact_type\" is empty; state how the artifact "
                          "was produced (e.g. \"torch.save\", \"torch.export.save\", "
                          "\"safetensors.torch.save_file\")."));
  const auto number = test::patched_b(R"([{"op": "replace", "path": "/assets/model/mlm:artifact_type", "value": 3}])");
  EXPECT_THAT(rendered_findings_of(kMlm302, number),
              ElementsAre(testing::StartsWith("/assets/model/mlm:artifact_type: \"mlm:artifact_type\" must be a "
                                              "string, not 3;")));
}

TEST(Mlm302, AnyNonEmptyStringPasses) {
  // Artifact type values are only examples in the schema; any non-empty string is accepted.
  const auto doc =
      test::patched_b(R"([{"op": "replace", "path": "/assets/model/mlm:artifact_type", "value": "my.custom.saver"}])");
  EXPECT_THAT(rendered_findings_of(kMlm302, doc), IsEmpty());
}

TEST(Mlm302, NotEvaluatedBeforeV140) {
  const auto doc = test::patched_b(patch({kV130, R"({"op": "remove", "path": "/assets/model/mlm:artifact_type"})"}));
  EXPECT_THAT(rendered_findings_of(kMlm302, doc), IsEmpty());
  const auto v140 = test::patched_b(patch({kV140, R"({"op": "remove", "path": "/assets/model/mlm:artifact_type"})"}));
  EXPECT_THAT(rendered_findings_of(kMlm302, v140), Contains(testing::StartsWith("/assets/model: ")));
}

// --- MLM303 artifact-type-outside-model-asset --------------------------------------------------

TEST(Mlm303, FailsOnArtifactTypeOfANonModelAsset) {
  const auto doc = test::patched_b(
      R"([{"op": "add", "path": "/assets/source_code/mlm:artifact_type", "value": "torch.save"}])");
  EXPECT_THAT(rendered_findings_of(kMlm303, doc),
              ElementsAre("/assets/source_code/mlm:artifact_type: \"mlm:artifact_type\" is only allowed on assets "
                          "with role \"mlm:model\"; add that role or remove the field."));
}

TEST(Mlm303, SubRolesWithoutMlmModelDoNotCount) {
  // With another model asset, the one with only a sub-role is not the model: its artifact type is misplaced.
  const auto doc = test::patched_b(R"([
    {"op": "copy", "from": "/assets/model", "path": "/assets/other"},
    {"op": "replace", "path": "/assets/model/roles", "value": ["mlm:weights"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm303, doc),
              ElementsAre(testing::StartsWith("/assets/model/mlm:artifact_type: ")));
}

TEST(Mlm303, ModelRoleMakesItValid) {
  const auto doc = test::patched_b(R"([
    {"op": "add", "path": "/assets/source_code/mlm:artifact_type", "value": "torch.save"},
    {"op": "add", "path": "/assets/source_code/roles/-", "value": "mlm:model"}])");
  EXPECT_THAT(rendered_findings_of(kMlm303, doc), IsEmpty());
}

// --- MLM304 model-subrole-without-mlm-model ----------------------------------------------------

TEST(Mlm304, FailsOnCheckpointWithoutMlmModel) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/assets/ckpt", "value": {"href": "https://example.com/models/resnet18_s2_rgb.ckpt", "type": "application/octet-stream", "roles": ["mlm:checkpoint"]}}])");
  EXPECT_THAT(rendered_findings_of(kMlm304, doc),
              ElementsAre("/assets/ckpt/roles: role \"mlm:checkpoint\" requires the role \"mlm:model\" on the same "
                          "asset."));
}

TEST(Mlm304, ListsEverySubRoleOnce) {
  const auto doc = test::patched_b(R"([{"op": "copy", "from": "/assets/model", "path": "/assets/other"},
    {"op": "replace", "path": "/assets/model/roles", "value": ["mlm:weights", "data", "mlm:compiled", "mlm:weights"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm304, doc),
              ElementsAre("/assets/model/roles: roles \"mlm:weights\" and \"mlm:compiled\" require the role "
                          "\"mlm:model\" on the same asset."));
}

TEST(Mlm304, NonMlmWeightsRoleIsFine) {
  // The generic "weights" role (without prefix) is not an MLM sub-role.
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/assets/extra", "value": {"href": "w.bin", "roles": ["weights", "checkpoint"]}}])");
  EXPECT_THAT(rendered_findings_of(kMlm304, doc), IsEmpty());
}

TEST(Mlm304, FixSuggestsAddingMlmModel) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/assets/ckpt", "value": {"href": "https://example.com/models/resnet18_s2_rgb.ckpt", "type": "application/octet-stream", "roles": ["mlm:checkpoint"]}}])");
  const auto findings = findings_of(kMlm304, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "suggest: append \"mlm:model\" to roles | add /assets/ckpt/roles/- \"mlm:model\"");
  EXPECT_THAT(findings_of(kMlm304, apply_fix(doc, *findings[0].fix)), IsEmpty());
}

TEST(Mlm304, ChecksCollectionItemAssets) {
  const auto doc = R"({"type": "Collection", "item_assets": {"w": {"roles": ["mlm:weights"]}}})";
  EXPECT_THAT(rendered_findings_of(kMlm304, doc),
              ElementsAre("/item_assets/w/roles: role \"mlm:weights\" requires the role \"mlm:model\" on the same "
                          "asset."));
}

// --- MLM305 entrypoint-without-code-role -------------------------------------------------------

TEST(Mlm305, FailsWhenOnlyMlmSourceCodeIsGiven) {
  const auto doc =
      test::patched_b(R"([{"op": "replace", "path": "/assets/source_code/roles", "value": ["mlm:source_code"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm305, doc),
              ElementsAre("/assets/source_code/roles: the asset defines \"mlm:entrypoint\", so its roles must "
                          "include \"code\" (\"mlm:source_code\" alone is not enough)."));
}

TEST(Mlm305, CaseVariantOfCodeDoesNotCount) {
  const auto doc = test::patched_b(
      R"([{"op": "replace", "path": "/assets/source_code/roles", "value": ["mlm:source_code", "Code"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm305, doc),
              ElementsAre("/assets/source_code/roles: the asset defines \"mlm:entrypoint\", so its roles must "
                          "include \"code\"; roles are case-sensitive and \"Code\" does not count."));
}

TEST(Mlm305, MissingRolesIsReportedOnTheAsset) {
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/assets/source_code/roles"}])");
  EXPECT_THAT(rendered_findings_of(kMlm305, doc), ElementsAre(testing::StartsWith("/assets/source_code: ")));
}

TEST(Mlm305, CodeRoleAloneIsEnough) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/assets/source_code/roles", "value": ["code"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm305, doc), IsEmpty());
}

TEST(Mlm305, NotEvaluatedBeforeV150) {
  const auto doc = test::patched_b(
      patch({kV140, R"({"op": "replace", "path": "/assets/source_code/roles", "value": ["mlm:source_code"]})"}));
  EXPECT_THAT(rendered_findings_of(kMlm305, doc), IsEmpty());
}

// --- MLM309 invalid-accelerator ----------------------------------------------------------------

TEST(Mlm309, FailsOnCpuAlias) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:accelerator", "value": "cpu"}])");
  EXPECT_THAT(rendered_findings_of(kMlm309, doc),
              ElementsAre("/properties/mlm:accelerator: \"cpu\" is listed in the MLM README as an alias of "
                          "\"amd64\" but is rejected by the MLM JSON schema v1.5.2; use \"amd64\"."));
}

TEST(Mlm309, CpuMessageNamesTheEffectiveVersion) {
  const auto doc = test::patched_b(
      patch({kV140, R"({"op": "replace", "path": "/properties/mlm:accelerator", "value": "cpu"})"}));
  EXPECT_THAT(rendered_findings_of(kMlm309, doc),
              ElementsAre(testing::HasSubstr("rejected by the MLM JSON schema v1.4.0;")));
}

TEST(Mlm309, CaseVariantsAndSynonyms) {
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/properties/mlm:accelerator", "value": "CUDA"},
    {"op": "add", "path": "/assets/model/mlm:accelerator", "value": "gpu"},
    {"op": "add", "path": "/assets/container/mlm:accelerator", "value": "mps"}])");
  EXPECT_THAT(rendered_findings_of(kMlm309, doc),
              ElementsAre("/properties/mlm:accelerator: \"CUDA\" is not a valid accelerator: the names are "
                          "case-sensitive; use \"cuda\".",
                          "/assets/model/mlm:accelerator: \"gpu\" is not an MLM accelerator name; use \"cuda\" "
                          "(NVIDIA GPUs).",
                          "/assets/container/mlm:accelerator: \"mps\" is not an MLM accelerator name; use "
                          "\"macos-arm\" (Apple Silicon)."));
}

TEST(Mlm309, FixIsSafeForCpuAndCaseVariantsAndSuggestedForSynonyms) {
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/properties/mlm:accelerator", "value": "cpu"},
    {"op": "add", "path": "/assets/model/mlm:accelerator", "value": "Intel-IPEX-GPU"},
    {"op": "add", "path": "/assets/container/mlm:accelerator", "value": "TPU"}])");
  const auto findings = findings_of(kMlm309, doc);
  ASSERT_THAT(findings, SizeIs(3));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: replace \"cpu\" with \"amd64\" | replace /properties/mlm:accelerator \"amd64\"");
  EXPECT_EQ(describe_fix(findings[1].fix),
            "safe: replace \"Intel-IPEX-GPU\" with \"intel-ipex-gpu\" | replace /assets/model/mlm:accelerator "
            "\"intel-ipex-gpu\"");
  EXPECT_EQ(describe_fix(findings[2].fix),
            "suggest: replace \"TPU\" with \"xla\" | replace /assets/container/mlm:accelerator \"xla\"");
  std::string fixed = doc;
  for (const auto& f : findings) fixed = apply_fix(fixed, *f.fix);
  EXPECT_THAT(findings_of(kMlm309, fixed), IsEmpty());
}

TEST(Mlm309, NoFixForTyposUnknownNamesAndNonStrings) {
  for (const char* value : {"\"amd-rcom\"", "\"fpga\"", "true", "[\"cuda\"]"}) {
    const auto doc = test::patched_b(std::string(R"([{"op": "replace", "path": "/properties/mlm:accelerator", "value": )") +
                                     value + "}]");
    const auto findings = findings_of(kMlm309, doc);
    ASSERT_THAT(findings, SizeIs(1)) << value;
    EXPECT_EQ(describe_fix(findings[0].fix), "none") << value;
  }
}

TEST(Mlm309, UnknownValuesListTheValidOnes) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:accelerator", "value": "fpga"}])");
  EXPECT_THAT(rendered_findings_of(kMlm309, doc),
              ElementsAre("/properties/mlm:accelerator: \"fpga\" is not an MLM accelerator name; use one of "
                          "\"amd64\", \"cuda\", \"xla\", \"amd-rocm\", \"intel-ipex-cpu\", \"intel-ipex-gpu\", "
                          "\"macos-arm\", or null (null: no specific accelerator required)."));
  const auto typo = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:accelerator", "value": "amd-rcom"}])");
  EXPECT_THAT(rendered_findings_of(kMlm309, typo),
              ElementsAre("/properties/mlm:accelerator: \"amd-rcom\" is not an MLM accelerator name; did you mean "
                          "\"amd-rocm\"?"));
}

TEST(Mlm309, NonStringIsReported) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:accelerator", "value": true}])");
  EXPECT_THAT(rendered_findings_of(kMlm309, doc),
              ElementsAre(testing::StartsWith("/properties/mlm:accelerator: mlm:accelerator must be a string or "
                                              "null, not true;")));
}

TEST(Mlm309, NullAndEveryEnumValuePass) {
  for (const char* value : {"null", "\"amd64\"", "\"xla\"", "\"intel-ipex-gpu\"", "\"macos-arm\""}) {
    const auto doc = test::patched_b(std::string(R"([{"op": "replace", "path": "/properties/mlm:accelerator", "value": )") +
                                     value + "}]");
    EXPECT_THAT(rendered_findings_of(kMlm309, doc), IsEmpty()) << value;
  }
}

// --- MLM306 artifact-framework-mismatch --------------------------------------------------------

TEST(Mlm306, FailsWhenTheItemFrameworkContradictsArtifactAndMediaType) {
  const auto doc =
      test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:framework", "value": "TensorFlow"}])");
  EXPECT_THAT(rendered_findings_of(kMlm306, doc),
              ElementsAre("/assets/model/mlm:artifact_type: artifact type \"torch.save\" and media type parameter "
                          "\"framework=pytorch\" indicate PyTorch, but mlm:framework is \"TensorFlow\"."));
}

TEST(Mlm306, OutlierOnTheAssetIsReportedWhereItIs) {
  const auto doc = test::patched_b(
      R"([{"op": "replace", "path": "/assets/model/type", "value": "application/octet-stream; application=onnx"}])");
  EXPECT_THAT(rendered_findings_of(kMlm306, doc),
              ElementsAre("/assets/model/type: artifact type \"torch.save\" indicates PyTorch, but media type "
                          "parameter \"application=onnx\" indicates ONNX."));
}

TEST(Mlm306, TwoSourcesDisagreeing) {
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/assets/model/type", "value": "application/octet-stream"},
    {"op": "replace", "path": "/assets/model/mlm:artifact_type", "value": "tf.keras.Model.save"}])");
  EXPECT_THAT(rendered_findings_of(kMlm306, doc),
              ElementsAre("/assets/model/mlm:artifact_type: artifact type \"tf.keras.Model.save\" indicates "
                          "TensorFlow/Keras, but mlm:framework is \"PyTorch\"."));
}

TEST(Mlm306, AllThreeDisagreeing) {
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/assets/model/type", "value": "application/octet-stream; framework=tensorflow"},
    {"op": "add", "path": "/assets/model/mlm:framework", "value": "scikit-learn"}])");
  EXPECT_THAT(rendered_findings_of(kMlm306, doc),
              ElementsAre("/assets/model/mlm:artifact_type: artifact type \"torch.save\" indicates PyTorch, media "
                          "type parameter \"framework=tensorflow\" indicates TensorFlow/Keras and mlm:framework is "
                          "\"scikit-learn\"; these frameworks are incompatible."));
}

// ONNX is an exchange format: mlm:framework names the framework the model was trained with (#15).
TEST(Mlm306, OnnxFileFitsAnyTrainingFramework) {
  for (const char* ops : {
           R"([{"op": "replace", "path": "/assets/model/mlm:artifact_type", "value": "onnx"},
               {"op": "replace", "path": "/assets/model/type", "value": "application/octet-stream; framework=onnx"},
               {"op": "replace", "path": "/properties/mlm:framework", "value": "scikit-learn"}])",
           R"([{"op": "replace", "path": "/assets/model/mlm:artifact_type", "value": "skl2onnx"},
               {"op": "replace", "path": "/assets/model/type", "value": "application/octet-stream"},
               {"op": "replace", "path": "/properties/mlm:framework", "value": "scikit-learn"}])",
           R"([{"op": "replace", "path": "/assets/model/mlm:artifact_type", "value": "tf2onnx.convert.from_keras"},
               {"op": "replace", "path": "/assets/model/type", "value": "application/octet-stream; framework=onnx"},
               {"op": "replace", "path": "/properties/mlm:framework", "value": "TensorFlow"}])",
           R"([{"op": "replace", "path": "/assets/model/type", "value": "application/octet-stream; framework=onnx"},
               {"op": "replace", "path": "/assets/model/mlm:artifact_type", "value": "onnx"},
               {"op": "replace", "path": "/properties/mlm:framework", "value": "PyTorch"}])",
       }) {
    EXPECT_THAT(rendered_findings_of(kMlm306, test::patched_b(ops)), IsEmpty()) << ops;
  }
}

TEST(Mlm306, OnnxMediaTypeStillContradictsAPickledArtifact) {
  // The file cannot be both a torch.save pickle and an ONNX graph, whatever it was trained with.
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/assets/model/type", "value": "application/octet-stream; framework=onnx"},
    {"op": "add", "path": "/assets/model/mlm:framework", "value": "scikit-learn"}])");
  EXPECT_THAT(rendered_findings_of(kMlm306, doc),
              ElementsAre("/assets/model/mlm:artifact_type: artifact type \"torch.save\" indicates PyTorch, but "
                          "media type parameter \"framework=onnx\" indicates ONNX and mlm:framework is "
                          "\"scikit-learn\"."));
}

TEST(Mlm306, AssetLevelFrameworkOverridesTheItem) {
  // The Item says TensorFlow, but the model asset states PyTorch for itself: no conflict for that asset.
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/properties/mlm:framework", "value": "TensorFlow"},
    {"op": "add", "path": "/assets/model/mlm:framework", "value": "PyTorch"}])");
  EXPECT_THAT(rendered_findings_of(kMlm306, doc), IsEmpty());
}

TEST(Mlm306, CompatibleFamiliesDoNotConflict) {
  for (const char* ops : {
           // torch.onnx.export is PyTorch or ONNX
           R"([{"op": "replace", "path": "/assets/model/mlm:artifact_type", "value": "torch.onnx.export"},
               {"op": "replace", "path": "/properties/mlm:framework", "value": "ONNX"},
               {"op": "replace", "path": "/assets/model/type", "value": "application/octet-stream"}])",
           // Hugging Face is compatible with every family
           R"([{"op": "replace", "path": "/properties/mlm:framework", "value": "Hugging Face"}])",
           // safetensors.numpy fits any framework; keyword match on a module path
           R"([{"op": "replace", "path": "/assets/model/mlm:artifact_type", "value": "safetensors.numpy.save_file"},
               {"op": "replace", "path": "/properties/mlm:framework", "value": "segmentation_models_pytorch.decoders.unet.model"}])",
           // unknown framework names never conflict
           R"([{"op": "replace", "path": "/properties/mlm:framework", "value": "my-own-framework"}])",
           // TensorFlow and Keras are one family
           R"([{"op": "replace", "path": "/assets/model/mlm:artifact_type", "value": "tf.keras.Model.save_weights"},
               {"op": "replace", "path": "/assets/model/type", "value": "application/octet-stream; framework=tensorflow"},
               {"op": "replace", "path": "/properties/mlm:framework", "value": "Keras"}])",
       }) {
    EXPECT_THAT(rendered_findings_of(kMlm306, test::patched_b(ops)), IsEmpty()) << ops;
  }
}

TEST(Mlm306, SafetensorsFrameworkSegmentIsUsed) {
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/assets/model/mlm:artifact_type", "value": "safetensors.flax.save_file"},
    {"op": "replace", "path": "/assets/model/type", "value": "application/octet-stream"}])");
  EXPECT_THAT(rendered_findings_of(kMlm306, doc),
              ElementsAre("/assets/model/mlm:artifact_type: artifact type \"safetensors.flax.save_file\" indicates "
                          "JAX/Flax, but mlm:framework is \"PyTorch\"."));
}

// --- MLM307 model-asset-media-type -------------------------------------------------------------

TEST(Mlm307, FailsOnCustomFrameworkMediaType) {
  const auto doc =
      test::patched_b(R"([{"op": "replace", "path": "/assets/model/type", "value": "application/x-pytorch"}])");
  EXPECT_THAT(rendered_findings_of(kMlm307, doc),
              ElementsAre("/assets/model/type: the custom media type \"application/x-pytorch\" may be refused by "
                          "HTTP servers (406 Not Acceptable); prefer \"application/octet-stream; framework=pytorch\" "
                          "and describe the specifics with mlm:framework / mlm:artifact_type."));
}

TEST(Mlm307, FormatKeywordsTakeTheFrameworkFromTheMetadata) {
  const auto doc =
      test::patched_b(R"([{"op": "replace", "path": "/assets/model/type", "value": "application/x-safetensors"}])");
  EXPECT_THAT(rendered_findings_of(kMlm307, doc),
              ElementsAre(testing::HasSubstr("prefer \"application/octet-stream; framework=pytorch\"")));
}

TEST(Mlm307, FixSuggestsOctetStreamWithTheFramework) {
  const auto doc =
      test::patched_b(R"([{"op": "replace", "path": "/assets/model/type", "value": "application/x-pytorch"}])");
  const auto findings = findings_of(kMlm307, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "suggest: replace the media type with \"application/octet-stream; framework=pytorch\" | replace "
            "/assets/model/type \"application/octet-stream; framework=pytorch\"");
  EXPECT_EQ(apply_fix(doc, *findings[0].fix), test::patched_b("[]"));
}

TEST(Mlm307, NoFixForPagesMissingTypesOrAnUnknownFramework) {
  const auto page = test::patched_b(R"([{"op": "replace", "path": "/assets/model/type", "value": "text/html"}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm307, page).at(0).fix), "none");
  const auto missing = test::patched_b(R"([{"op": "remove", "path": "/assets/model/type"}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm307, missing).at(0).fix), "none");
  // A format-only type with nothing naming the framework: the replacement would lose what the type said.
  const auto unknown = test::patched_b(R"([{"op": "replace", "path": "/assets/model/type", "value": "application/x-safetensors"},
    {"op": "remove", "path": "/properties/mlm:framework"}, {"op": "remove", "path": "/assets/model/mlm:artifact_type"}])");
  const auto findings = findings_of(kMlm307, unknown);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix), "none");
}

TEST(Mlm307, FailsOnPageTypes) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/assets/model/type", "value": "text/html"}])");
  EXPECT_THAT(rendered_findings_of(kMlm307, doc),
              ElementsAre("/assets/model/type: the model asset has the media type \"text/html\", which describes a "
                          "web page or metadata, not a model artifact; point \"href\" to the artifact itself (e.g. "
                          "\"application/octet-stream; framework=pytorch\") and reference pages such as a model "
                          "card in a separate asset or link."));
  const auto image = test::patched_b(R"([{"op": "replace", "path": "/assets/model/type", "value": "image/png"}])");
  EXPECT_THAT(rendered_findings_of(kMlm307, image), ElementsAre(testing::StartsWith("/assets/model/type: ")));
}

TEST(Mlm307, FailsOnMissingType) {
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/assets/model/type"}])");
  EXPECT_THAT(rendered_findings_of(kMlm307, doc),
              ElementsAre("/assets/model: the model asset has no \"type\"; give the media type of the artifact "
                          "(e.g. \"application/octet-stream; framework=pytorch\")."));
}

TEST(Mlm307, RecommendedArchiveAndOtherTypesPass) {
  for (const char* type : {"application/octet-stream", "application/octet-stream; application=pytorch",
                           "Application/Octet-Stream; profile=compiled", "application/zip", "application/x-tar",
                           "application/x-hdf5"}) {
    const auto doc = test::patched_b(std::string(R"([{"op": "replace", "path": "/assets/model/type", "value": ")") +
                                     type + "\"}]");
    EXPECT_THAT(rendered_findings_of(kMlm307, doc), IsEmpty()) << type;
  }
}

TEST(Mlm307, OnlyModelAssetsAreChecked) {
  // The source-code asset of B is text/html, which is fine for a repository page.
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/assets/container/type", "value": "application/x-pytorch"}])");
  EXPECT_THAT(rendered_findings_of(kMlm307, doc), IsEmpty());
}

// --- MLM308 malformed-media-type ---------------------------------------------------------------

TEST(Mlm308, FailsOnParameterWithoutValue) {
  const auto doc = test::patched_b(
      R"([{"op": "replace", "path": "/assets/model/type", "value": "application/octet-stream; application-pytorch"}])");
  EXPECT_THAT(rendered_findings_of(kMlm308, doc),
              ElementsAre("/assets/model/type: \"application/octet-stream; application-pytorch\" is not a valid "
                          "media type (parameter \"application-pytorch\" has no \"=value\"); e.g. "
                          "\"application/octet-stream; application=pytorch\"."));
}

std::vector<std::string> link_type_findings(std::string_view type) {
  const std::string doc = test::patched_b(std::string(R"([{"op": "replace", "path": "/links/0/type", "value": )") +
                                          std::string(type) + "}]");
  return rendered_findings_of(kMlm308, doc);
}

TEST(Mlm308, ExplainsEachKindOfMistake) {
  EXPECT_THAT(link_type_findings(R"("")"),
              ElementsAre("/links/0/type: \"\" is not a valid media type (it is empty); expected \"type/subtype\", "
                          "optionally followed by \"; name=value\" parameters."));
  EXPECT_THAT(link_type_findings(R"("json")"),
              ElementsAre(testing::HasSubstr("(there is no \"/\" between type and subtype)")));
  EXPECT_THAT(link_type_findings(R"("application / json")"),
              ElementsAre("/links/0/type: \"application / json\" is not a valid media type (whitespace around \"/\" "
                          "is not allowed); e.g. \"application/json\"."));
  EXPECT_THAT(link_type_findings(R"("application/")"),
              ElementsAre(testing::HasSubstr("(the subtype after \"/\" is missing)")));
  EXPECT_THAT(link_type_findings(R"("application/json;")"),
              ElementsAre("/links/0/type: \"application/json;\" is not a valid media type (a \";\" is not followed "
                          "by a parameter); e.g. \"application/json\"."));
  EXPECT_THAT(link_type_findings(R"("text/plain; charset=")"),
              ElementsAre(testing::HasSubstr("(parameter \"charset\" has an empty value)")));
  EXPECT_THAT(link_type_findings(R"("text/plain; charset=\"utf-8")"),
              ElementsAre("/links/0/type: \"text/plain; charset=\\\"utf-8\" is not a valid media type (the quoted "
                          "value of parameter \"charset\" has no closing quote); e.g. "
                          "\"text/plain; charset=\\\"utf-8\\\"\"."));
  EXPECT_THAT(link_type_findings(R"("application/json foo")"),
              ElementsAre(testing::HasSubstr("(unexpected character \"f\" after \"application/json \")")));
  EXPECT_THAT(link_type_findings(R"(" application/json")"),
              ElementsAre(testing::HasSubstr("(it starts with whitespace); e.g. \"application/json\".")));
  EXPECT_THAT(link_type_findings(R"("text/plain; charset = utf-8")"),
              ElementsAre(testing::HasSubstr("(unexpected whitespace after \"text/plain; charset\")")));
}

TEST(Mlm308, ValidTypesPass) {
  for (const char* type : {R"("application/vnd.oci.image.index.v1+json")", R"("text/plain; charset=\"utf-8\"")",
                           R"("application/octet-stream ;framework=pytorch ; profile=compiled  ")",
                           R"("image/tiff; application=geotiff; profile=cloud-optimized")"}) {
    EXPECT_THAT(link_type_findings(type), IsEmpty()) << type;
  }
}

TEST(Mlm308, DockerImageOnMlModelImageLinksPasses) {
  // ml-model v1.0.0 prescribes "type": "docker-image" on its container-image links.
  EXPECT_THAT(rendered_findings_of(kMlm308, test::read_testdata("rules/legacy/ml_model_v1_sklearn.json")), IsEmpty());
  EXPECT_THAT(rendered_findings_of(kMlm308, test::read_testdata("rules/legacy/half_migrated.json")), IsEmpty());
  // Elsewhere it is still not a media type.
  const auto doc = test::patched_b(R"([
    {"op": "add", "path": "/links/-", "value": {"rel": "related", "href": "docker.io/x:1", "type": "docker-image"}},
    {"op": "replace", "path": "/assets/container/type", "value": "docker-image"}])");
  const std::string problem =
      "\"docker-image\" is not a valid media type (there is no \"/\" between type and subtype); expected "
      "\"type/subtype\", optionally followed by \"; name=value\" parameters.";
  EXPECT_THAT(rendered_findings_of(kMlm308, doc),
              ElementsAre("/assets/container/type: " + problem, "/links/1/type: " + problem));
}

TEST(Mlm308, HostileInputIsLinear) {
  // Many parameters and a long run of token characters: the hand-written parser stays linear.
  std::string type = "application/octet-stream";
  for (int i = 0; i < 20000; ++i) type += "; a=b";
  type += "; " + std::string(200000, 'x');
  const std::string doc = std::string(R"({"type": "Feature", "links": [{"href": "x", "type": ")") + type + "\"}]}";
  const auto findings = rendered_findings_of(kMlm308, doc);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_THAT(findings[0], testing::HasSubstr("has no \"=value\""));
}

// --- MLM310 constrained-without-accelerator ----------------------------------------------------

TEST(Mlm310, FailsWhenConstrainedToANullAccelerator) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:accelerator", "value": null}, {"op": "replace", "path": "/properties/mlm:accelerator_constrained", "value": true}])");
  EXPECT_THAT(rendered_findings_of(kMlm310, doc),
              ElementsAre("/properties/mlm:accelerator_constrained: accelerator_constrained is true but no "
                          "mlm:accelerator is set, so there is nothing to be constrained to; set it to false (or "
                          "remove it), or name the accelerator."));
}

TEST(Mlm310, AbsentAcceleratorCountsAsUnset) {
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/properties/mlm:accelerator"},
    {"op": "replace", "path": "/properties/mlm:accelerator_constrained", "value": true}])");
  EXPECT_THAT(rendered_findings_of(kMlm310, doc),
              ElementsAre(testing::StartsWith("/properties/mlm:accelerator_constrained: ")));
}

TEST(Mlm310, AssetClearingTheAcceleratorIsReportedOnTheAsset) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:accelerator_constrained", "value": true},
    {"op": "add", "path": "/assets/model/mlm:accelerator", "value": null}])");
  EXPECT_THAT(rendered_findings_of(kMlm310, doc),
              ElementsAre("/assets/model/mlm:accelerator: this asset sets mlm:accelerator to null but inherits "
                          "mlm:accelerator_constrained: true from /properties/mlm:accelerator_constrained; set "
                          "mlm:accelerator_constrained to false on this asset, or name the accelerator."));
}

TEST(Mlm310, FixSetsConstrainedToFalse) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:accelerator", "value": null}, {"op": "replace", "path": "/properties/mlm:accelerator_constrained", "value": true}])");
  const auto findings = findings_of(kMlm310, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: set mlm:accelerator_constrained to false | replace /properties/mlm:accelerator_constrained false");
  EXPECT_THAT(findings_of(kMlm310, apply_fix(doc, *findings[0].fix)), IsEmpty());
}

TEST(Mlm310, FixOnAnAssetKeepsTheItemsMeaningfulTrue) {
  // The Item is constrained to "cuda": its true stays, the asset that clears the accelerator gets its own false.
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:accelerator_constrained", "value": true},
    {"op": "add", "path": "/assets/model/mlm:accelerator", "value": null}])");
  const auto findings = findings_of(kMlm310, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: add \"mlm:accelerator_constrained\": false to the asset | add "
            "/assets/model/mlm:accelerator_constrained false");
  EXPECT_THAT(findings_of(kMlm310, apply_fix(doc, *findings[0].fix)), IsEmpty());
  // The Item has no accelerator either: its true is meaningless too and is the one set to false.
  const auto both = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:accelerator_constrained", "value": true},
    {"op": "remove", "path": "/properties/mlm:accelerator"},
    {"op": "add", "path": "/assets/model/mlm:accelerator", "value": null}])");
  const auto both_findings = findings_of(kMlm310, both);
  ASSERT_THAT(both_findings, SizeIs(2));
  for (const auto& f : both_findings) {
    EXPECT_EQ(describe_fix(f.fix),
              "safe: set mlm:accelerator_constrained to false | replace /properties/mlm:accelerator_constrained false")
        << f.pointer;
  }
}

TEST(Mlm310, ConstrainedToANamedAcceleratorPasses) {
  const auto doc = test::patched_b(
      R"([{"op": "replace", "path": "/properties/mlm:accelerator_constrained", "value": true}])");
  EXPECT_THAT(rendered_findings_of(kMlm310, doc), IsEmpty());
  const auto inherited = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:accelerator", "value": null},
    {"op": "add", "path": "/assets/model/mlm:accelerator", "value": "cuda"},
    {"op": "add", "path": "/assets/model/mlm:accelerator_constrained", "value": true}])");
  EXPECT_THAT(rendered_findings_of(kMlm310, inherited), IsEmpty());
}

// --- MLM311 non-positive-count -----------------------------------------------------------------

TEST(Mlm311, FailsOnZeroParameters) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:total_parameters", "value": 0}])");
  EXPECT_THAT(rendered_findings_of(kMlm311, doc),
              ElementsAre("/properties/mlm:total_parameters: 0 is accepted by the schema but cannot describe a real "
                          "model; give the actual value or omit the field."));
}

TEST(Mlm311, NegativeAndFractionalValuesOnAssets) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/assets/model/mlm:batch_size_suggestion", "value": -4},
    {"op": "replace", "path": "/properties/mlm:memory_size", "value": 1.5}])");
  EXPECT_THAT(rendered_findings_of(kMlm311, doc),
              ElementsAre("/properties/mlm:memory_size: 1.5 is not a whole number; mlm:memory_size is a size in "
                          "bytes and must be a positive integer.",
                          "/assets/model/mlm:batch_size_suggestion: -4 is negative; mlm:batch_size_suggestion is a "
                          "batch size and must be a positive integer."));
}

TEST(Mlm311, OneAndIntegralDoublesPass) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:batch_size_suggestion", "value": 1},
    {"op": "replace", "path": "/properties/mlm:total_parameters", "value": 2.0},
    {"op": "replace", "path": "/properties/mlm:memory_size", "value": "0"}])");
  EXPECT_THAT(rendered_findings_of(kMlm311, doc), IsEmpty());
}

// --- MLM312 implausible-memory-size ------------------------------------------------------------

TEST(Mlm312, FailsOnPlaceholderMemorySize) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:memory_size", "value": 1}])");
  EXPECT_THAT(rendered_findings_of(kMlm312, doc),
              ElementsAre("/properties/mlm:memory_size: 1 byte for 11700000 parameters is less than one bit per "
                          "parameter; mlm:memory_size is expressed in bytes."));
}

TEST(Mlm312, ExactlyOneBitPerParameterPasses) {
  // 11700000 parameters / 8 = 1462500 bytes: the boundary itself is plausible.
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:memory_size", "value": 1462500}])");
  EXPECT_THAT(rendered_findings_of(kMlm312, doc), IsEmpty());
  const auto below = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:memory_size", "value": 1462499}])");
  EXPECT_THAT(rendered_findings_of(kMlm312, below),
              ElementsAre(testing::StartsWith("/properties/mlm:memory_size: 1462499 bytes for 11700000")));
}

TEST(Mlm312, AssetOverrideIsCheckedWithInheritedParameters) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/assets/model/mlm:memory_size", "value": 45}])");
  EXPECT_THAT(rendered_findings_of(kMlm312, doc),
              ElementsAre("/assets/model/mlm:memory_size: 45 bytes for 11700000 parameters is less than one bit per "
                          "parameter; mlm:memory_size is expressed in bytes."));
  // An asset overriding only the parameter count inherits the same bad value: reported once.
  const auto once = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:memory_size", "value": 1},
    {"op": "add", "path": "/assets/model/mlm:total_parameters", "value": 11700000}])");
  EXPECT_THAT(rendered_findings_of(kMlm312, once), ElementsAre(testing::StartsWith("/properties/mlm:memory_size: ")));
}

// --- MLM313 indistinguishable-model-assets -----------------------------------------------------

TEST(Mlm313, FailsOnACopiedModelAsset) {
  const auto doc = test::patched_b(R"([{"op": "copy", "from": "/assets/model", "path": "/assets/model_copy"}])");
  EXPECT_THAT(rendered_findings_of(kMlm313, doc),
              ElementsAre("/assets/model_copy: assets \"model\" and \"model_copy\" both have role \"mlm:model\" with "
                          "artifact type \"torch.save\"; alternative model artifacts should be distinguished by "
                          "mlm:artifact_type."));
}

TEST(Mlm313, MediaTypeParametersDoNotDistinguish) {
  const auto doc = test::patched_b(R"([{"op": "copy", "from": "/assets/model", "path": "/assets/model_copy"},
    {"op": "replace", "path": "/assets/model_copy/type", "value": "application/octet-stream; profile=other"}])");
  EXPECT_THAT(rendered_findings_of(kMlm313, doc), ElementsAre(testing::StartsWith("/assets/model_copy: ")));
}

TEST(Mlm313, DifferentCompileMethodOrEssenceDistinguish) {
  const auto compiled = test::patched_b(R"([{"op": "copy", "from": "/assets/model", "path": "/assets/model_copy"},
    {"op": "add", "path": "/assets/model_copy/mlm:compile_method", "value": "aot"}])");
  EXPECT_THAT(rendered_findings_of(kMlm313, compiled), IsEmpty());
  const auto zipped = test::patched_b(R"([{"op": "copy", "from": "/assets/model", "path": "/assets/model_copy"},
    {"op": "replace", "path": "/assets/model_copy/type", "value": "application/zip"}])");
  EXPECT_THAT(rendered_findings_of(kMlm313, zipped), IsEmpty());
}

// --- MLM314 source-code-reference --------------------------------------------------------------

TEST(Mlm314, FailsOnUnpinnedRepository) {
  const auto doc = test::patched_b(
      R"([{"op": "replace", "path": "/assets/source_code/href", "value": "https://github.com/example/resnet-s2"}])");
  EXPECT_THAT(rendered_findings_of(kMlm314, doc),
              ElementsAre("/assets/source_code/href: the repository URL does not pin a commit, tag or branch; "
                          "reference a specific revision (e.g. \".../tree/v1.0.0\") so the described model can be "
                          "reproduced."));
}

TEST(Mlm314, RepositoryVariants) {
  for (const char* href : {"https://gitlab.com/example/resnet-s2/", "http://bitbucket.org/example/resnet-s2",
                           "https://github.com/example/resnet-s2.git"}) {
    const auto doc = test::patched_b(
        std::string(R"([{"op": "replace", "path": "/assets/source_code/href", "value": ")") + href + "\"}]");
    EXPECT_THAT(rendered_findings_of(kMlm314, doc), ElementsAre(testing::HasSubstr("does not pin")));
  }
}

TEST(Mlm314, BlobPagesSuggestTheRawUrl) {
  const auto github = test::patched_b(R"([{"op": "replace", "path": "/assets/source_code/href",
    "value": "https://github.com/example/resnet-s2/blob/v1.0.0/resnet_s2/inference.py"}])");
  EXPECT_THAT(rendered_findings_of(kMlm314, github),
              ElementsAre("/assets/source_code/href: the URL is the rendered web page of a file, not its contents; "
                          "reference the raw file instead (e.g. \"https://raw.githubusercontent.com/example/"
                          "resnet-s2/v1.0.0/resnet_s2/inference.py\")."));
  const auto gitlab = test::patched_b(R"([{"op": "replace", "path": "/assets/source_code/href",
    "value": "https://gitlab.com/example/resnet-s2/-/blob/main/infer.py"}])");
  EXPECT_THAT(rendered_findings_of(kMlm314, gitlab),
              ElementsAre(testing::HasSubstr("(e.g. \"https://gitlab.com/example/resnet-s2/-/raw/main/infer.py\")")));
}

TEST(Mlm314, BlobUrlOfAFolderIsNotAFile) {
  // GitHub shows the folder for blob/<ref>/<folder>; raw.githubusercontent.com has nothing there (#15).
  for (const char* href : {"https://github.com/example/resnet-s2/blob/v1.0.0/resnet_s2",
                           "https://github.com/example/resnet-s2/blob/main/models/"}) {
    const auto doc = test::patched_b(
        std::string(R"([{"op": "replace", "path": "/assets/source_code/href", "value": ")") + href + "\"}]");
    EXPECT_THAT(rendered_findings_of(kMlm314, doc), IsEmpty()) << href;
  }
}

TEST(Mlm314, PinnedAndRawUrlsPass) {
  for (const char* href : {"https://github.com/example/resnet-s2/tree/3f2a9c1",
                           "https://raw.githubusercontent.com/example/resnet-s2/v1.0.0/infer.py",
                           "https://github.com/example", "https://example.com/example/resnet-s2"}) {
    const auto doc = test::patched_b(
        std::string(R"([{"op": "replace", "path": "/assets/source_code/href", "value": ")") + href + "\"}]");
    EXPECT_THAT(rendered_findings_of(kMlm314, doc), IsEmpty()) << href;
  }
}

TEST(Mlm314, OnlyCodeAssetsAreChecked) {
  const auto doc = test::patched_b(
      R"([{"op": "replace", "path": "/assets/container/href", "value": "https://github.com/example/resnet-s2"}])");
  EXPECT_THAT(rendered_findings_of(kMlm314, doc), IsEmpty());
}

// --- MLM315 unknown-mlm-role -------------------------------------------------------------------

TEST(Mlm315, FailsOnAssetKeyUsedAsRole) {
  const auto doc =
      test::patched_b(R"([{"op": "replace", "path": "/assets/container/roles", "value": ["runtime", "mlm:container"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm315, doc),
              ElementsAre("/assets/container/roles/1: \"mlm:container\" is not an MLM asset role (the README uses it "
                          "as a suggested asset key); use \"runtime\" and/or \"mlm:inference-runtime\"."));
}

TEST(Mlm315, SuggestsTheClosestRole) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/assets/model/roles",
    "value": ["mlm:model", "mlm:weight", "mlm:training", "mlm:foo"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm315, doc),
              ElementsAre("/assets/model/roles/1: \"mlm:weight\" is not an MLM asset role; did you mean "
                          "\"mlm:weights\"?",
                          // On the model asset a runtime role would be wrong advice (#15).
                          "/assets/model/roles/2: \"mlm:training\" is not an MLM asset role (the README uses it as a "
                          "suggested asset key); remove it: this is the model asset (\"mlm:model\"), and runtime "
                          "roles belong on the asset of the container or environment that runs it.",
                          "/assets/model/roles/3: \"mlm:foo\" is not an MLM asset role; the MLM roles are mlm:model, "
                          "mlm:weights, mlm:checkpoint, mlm:compiled, mlm:source_code, mlm:inference-runtime, "
                          "mlm:training-runtime."));
}

TEST(Mlm315, EveryKnownRoleAndUnprefixedRolesPass) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/assets/model/roles",
    "value": ["mlm:model", "mlm:weights", "mlm:checkpoint", "mlm:compiled", "mlm:source_code",
              "mlm:inference-runtime", "mlm:training-runtime", "model", "whatever", 3]}])");
  EXPECT_THAT(rendered_findings_of(kMlm315, doc), IsEmpty());
}

// --- MLM316 amd64-not-constrained --------------------------------------------------------------

TEST(Mlm316, FailsOnAmd64NotConstrained) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:accelerator", "value": "amd64"}])");
  EXPECT_THAT(rendered_findings_of(kMlm316, doc),
              ElementsAre("/properties/mlm:accelerator_constrained: mlm:accelerator is \"amd64\" (the model will not "
                          "use any accelerator); set mlm:accelerator_constrained to true to make that explicit."));
}

TEST(Mlm316, AbsentConstrainedPointsAtTheAccelerator) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:accelerator", "value": "amd64"},
    {"op": "remove", "path": "/properties/mlm:accelerator_constrained"}])");
  EXPECT_THAT(rendered_findings_of(kMlm316, doc), ElementsAre(testing::StartsWith("/properties/mlm:accelerator: ")));
}

TEST(Mlm316, AssetLevelAmd64) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/assets/model/mlm:accelerator", "value": "amd64"}])");
  EXPECT_THAT(rendered_findings_of(kMlm316, doc), ElementsAre(testing::StartsWith("/assets/model/mlm:accelerator: ")));
}

TEST(Mlm316, FixSetsOrAddsConstrainedTrue) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:accelerator", "value": "amd64"}])");
  const auto findings = findings_of(kMlm316, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: set mlm:accelerator_constrained to true | replace /properties/mlm:accelerator_constrained true");
  EXPECT_THAT(findings_of(kMlm316, apply_fix(doc, *findings[0].fix)), IsEmpty());
  // Inherited "false": the asset with its own "amd64" gets its own true, next to its accelerator.
  const auto asset = test::patched_b(R"([{"op": "add", "path": "/assets/model/mlm:accelerator", "value": "amd64"}])");
  const auto asset_findings = findings_of(kMlm316, asset);
  ASSERT_THAT(asset_findings, SizeIs(1));
  EXPECT_EQ(describe_fix(asset_findings[0].fix),
            "safe: add \"mlm:accelerator_constrained\": true | add /assets/model/mlm:accelerator_constrained true");
  EXPECT_THAT(findings_of(kMlm316, apply_fix(asset, *asset_findings[0].fix)), IsEmpty());
}

TEST(Mlm316, ConstrainedAmd64Passes) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:accelerator", "value": "amd64"},
    {"op": "replace", "path": "/properties/mlm:accelerator_constrained", "value": true}])");
  EXPECT_THAT(rendered_findings_of(kMlm316, doc), IsEmpty());
}

// --- every MLM3xx rule -------------------------------------------------------------------------

const RuleInfo* const kFamily[] = {&kMlm301, &kMlm302, &kMlm303, &kMlm304, &kMlm305, &kMlm306, &kMlm307, &kMlm308,
                                   &kMlm309, &kMlm310, &kMlm311, &kMlm312, &kMlm313, &kMlm314, &kMlm315, &kMlm316};

TEST(Mlm3xx, TolerateWrongShapes) {
  for (const char* doc : {
           R"({"type": "Feature"})",
           R"({"type": "Feature", "properties": 1, "assets": [], "links": {}})",
           R"({"type": "Feature", "properties": {"mlm:accelerator": [], "mlm:accelerator_constrained": "yes",
               "mlm:framework": 5, "mlm:memory_size": "1", "mlm:total_parameters": null},
               "assets": {"a": 1, "b": {"roles": "mlm:model", "type": 3, "href": []},
                          "c": {"roles": [1, null, {"x": 1}, "mlm:model"], "type": null, "mlm:artifact_type": {},
                                "mlm:entrypoint": 1, "href": 7}},
               "links": [1, "x", {"type": ["a"]}]})",
           R"({"type": "Collection", "item_assets": [], "assets": "x", "summaries": {"mlm:accelerator": ["cpu"]}})",
           R"({"type": "Collection", "mlm:accelerator": "cpu", "mlm:framework": "torch",
               "item_assets": {"m": {"roles": ["mlm:weights", "mlm:x"], "type": "a/b;"}}})",
       }) {
    for (const RuleInfo* rule : kFamily) {
      EXPECT_NO_FATAL_FAILURE(rendered_findings_of(*rule, doc)) << rule->code << " " << doc;
    }
  }
}

TEST(Mlm3xx, ManyAssetsStayLinear) {
  // 20,000 identical model assets and 20,000 links: duplicate detection must use hashing, inherited values must
  // be looked up once.
  std::string doc = R"({"type": "Feature", "properties": {"mlm:accelerator": null, "mlm:accelerator_constrained": true,
    "mlm:memory_size": 1, "mlm:total_parameters": 1000, "mlm:framework": "TensorFlow"}, "assets": {)";
  constexpr int kCount = 20000;
  for (int i = 0; i < kCount; ++i) {
    if (i > 0) doc += ", ";
    doc += "\"m" + std::to_string(i) + R"(": {"href": "https://github.com/o/r", "type": "application/x-pytorch",
      "roles": ["mlm:model", "mlm:weights", "mlm:weigths", "code"], "mlm:artifact_type": "torch.save"})";
  }
  doc += R"(}, "links": [)";
  for (int i = 0; i < kCount; ++i) doc += std::string(i > 0 ? ", " : "") + R"({"rel": "x", "type": "text/html;"})";
  doc += "]}";
  EXPECT_EQ(rendered_findings_of(kMlm313, doc).size(), static_cast<std::size_t>(kCount - 1));
  EXPECT_EQ(rendered_findings_of(kMlm308, doc).size(), static_cast<std::size_t>(kCount));
  EXPECT_EQ(rendered_findings_of(kMlm306, doc).size(), static_cast<std::size_t>(kCount));
  EXPECT_EQ(rendered_findings_of(kMlm315, doc).size(), static_cast<std::size_t>(kCount));
  for (const RuleInfo* rule : kFamily) EXPECT_NO_FATAL_FAILURE(rendered_findings_of(*rule, doc)) << rule->code;
}

TEST(Mlm3xx, LongStringsStayCheap) {
  const std::string long_role = "mlm:" + std::string(1'000'000, 'w');
  const std::string doc = R"({"type": "Feature", "properties": {"mlm:accelerator": ")" + std::string(1'000'000, 'c') +
                          R"("}, "assets": {"m": {"roles": ["mlm:model", ")" + long_role + R"("]}}})";
  EXPECT_THAT(rendered_findings_of(kMlm315, doc), ElementsAre(testing::HasSubstr("the MLM roles are")));
  EXPECT_THAT(rendered_findings_of(kMlm309, doc), ElementsAre(testing::HasSubstr("is not an MLM accelerator name")));
}

}  // namespace
}  // namespace mlmlint::rules

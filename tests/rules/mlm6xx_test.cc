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

// --- MLM601 ---------------------------------------------------------------------------------------

TEST(Mlm601, FailsForTheMlModelUri) {
  const auto doc = test::patched_b(
      R"([{"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/ml-model/v1.0.0/schema.json"}])");
  EXPECT_THAT(rendered_findings_of(kMlm601, doc),
              ElementsAre("/stac_extensions/5: the ml-model extension is deprecated in favour of MLM; migrate its "
                          "fields (MLM602-MLM604) and remove this entry."));
}

TEST(Mlm601, DlmIdentifiers) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/stac_extensions/-", "value": "dl-model"},
    {"op": "add", "path": "/stac_extensions/-", "value": "https://schemas.stacspec.org/v1.0.0-beta.3/extensions/dl-model/json-schema/schema.json"}])");
  const std::string message =
      "the DLM extension (dl-model) was replaced by MLM in v1.0.0; migrate its dlm:* fields (MLM605) and remove this "
      "entry.";
  EXPECT_THAT(rendered_findings_of(kMlm601, doc),
              ElementsAre("/stac_extensions/5: " + message, "/stac_extensions/6: " + message));
}

TEST(Mlm601, SimilarUrisPass) {
  const auto doc = test::patched_b(R"([
    {"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/ml-aoi/v0.2.0/schema.json"},
    {"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/ml-model/schema.json"}])");
  EXPECT_THAT(rendered_findings_of(kMlm601, doc), IsEmpty());
}

constexpr const char* kMlModelUri = "https://stac-extensions.github.io/ml-model/v1.0.0/schema.json";

// Fixtures of testdata/rules/legacy/: an ml-model v1.0.0 Item (scikit-learn checkpoint, docker-image
// links), a DLM v1.0.0-beta.3 Item, and a half-migrated Item declaring MLM v1.5.2 and ml-model.
const std::string& ml_model_item() {
  static const std::string kText = test::read_testdata("rules/legacy/ml_model_v1_sklearn.json");
  return kText;
}
const std::string& dlm_item() {
  static const std::string kText = test::read_testdata("rules/legacy/dlm_v1_beta3.json");
  return kText;
}
const std::string& half_migrated_item() {
  static const std::string kText = test::read_testdata("rules/legacy/half_migrated.json");
  return kText;
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : "; ") + part;
  return out;
}


TEST(Mlm601, FixRemovesTheEntryOnceNothingIsLeft) {
  const auto doc = test::patched_b(
      R"([{"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/ml-model/v1.0.0/schema.json"}])");
  const auto findings = findings_of(kMlm601, doc);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(describe_fix(findings[0].fix), std::string("suggest: remove \"") + kMlModelUri +
                                               "\" from stac_extensions | remove /stac_extensions/5");
  EXPECT_EQ(apply_fix(doc, *findings[0].fix), test::patched_b("[]"));
  const auto dlm = test::patched_b(R"([{"op": "add", "path": "/stac_extensions/-", "value": "dl-model"}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm601, dlm)[0].fix),
            "suggest: remove \"dl-model\" from stac_extensions | remove /stac_extensions/5");
}

TEST(Mlm601, NoFixWhileLegacyContentRemains) {
  const std::string declare =
      R"({"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/ml-model/v1.0.0/schema.json"})";
  for (const std::string leftover : {
           R"({"op": "add", "path": "/properties/ml-model:type", "value": "ml-model"})",
           R"({"op": "replace", "path": "/assets/container/roles/1", "value": "ml-model:inference-runtime"})",
           R"({"op": "replace", "path": "/links/0/rel", "value": "ml-model:train-data"})",
       }) {
    const auto doc = test::patched_b("[" + declare + ", " + leftover + "]");
    const auto findings = findings_of(kMlm601, doc);
    ASSERT_EQ(findings.size(), 1u) << leftover;
    EXPECT_EQ(describe_fix(findings[0].fix), "none") << leftover;
  }
  const auto dlm = test::patched_b(R"([{"op": "add", "path": "/stac_extensions/-", "value": "dl-model"},
    {"op": "add", "path": "/properties/dlm:data", "value": {"process_level": "L2A"}}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm601, dlm)[0].fix), "none");
  // ml-model roles do not keep a DLM declaration, nor the other way round.
  const auto other = test::patched_b(R"([{"op": "add", "path": "/stac_extensions/-", "value": "dl-model"},
    {"op": "add", "path": "/properties/ml-model:type", "value": "ml-model"}])");
  EXPECT_NE(describe_fix(findings_of(kMlm601, other)[0].fix), "none");
}

TEST(Mlm601, AnMlModelOnlyDocumentGetsOneFindingWithItsMapping) {
  const auto findings = findings_of(kMlm601, ml_model_item());
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].pointer, "/stac_extensions/0");
  EXPECT_EQ(findings[0].message,
            "the ml-model extension is superseded by MLM and no MLM URI is declared; migrate the document to MLM.");
  EXPECT_EQ(findings[0].hint,
            "run `mlm-lint migrate FILE` to rewrite it as MLM v1.5.2; it maps " +
                joined({
                    "ml-model:type → dropped (the MLM URI identifies a model)",
                    "ml-model:learning_approach → dropped (describe the training data with derived_from links)",
                    "ml-model:prediction_type → mlm:tasks",
                    "ml-model:architecture → mlm:architecture",
                    "ml-model:training-processor-type → no mapping (MLM describes the inference environment)",
                    "ml-model:training-os → no mapping (MLM describes the inference environment)",
                    // joblib, no framework: the artifact type is not guessed (it is not PyTorch).
                    "role ml-model:checkpoint → mlm:checkpoint together with \"mlm:model\" and "
                    "\"mlm:artifact_type\" (how the checkpoint was saved)",
                    "role ml-model:inference-runtime → mlm:inference-runtime",
                    "link ml-model:inferencing-image → an asset with roles runtime + mlm:inference-runtime",
                    "link ml-model:training-image → an asset with roles runtime + mlm:training-runtime",
                    "link ml-model:train-data → derived_from with ml-aoi:split train",
                }) +
                ".");
  EXPECT_EQ(describe_fix(findings[0].fix), "none");  // the fields are still there
}

TEST(Mlm601, ADlmOnlyDocumentGetsOneFindingWithItsMapping) {
  const auto findings = findings_of(kMlm601, dlm_item());
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].pointer, "/stac_extensions/0");
  EXPECT_EQ(findings[0].message,
            "the DLM extension (dl-model) was replaced by MLM in v1.0.0 and no MLM URI is declared; migrate the "
            "document to MLM.");
  EXPECT_EQ(findings[0].hint,
            "run `mlm-lint migrate FILE` to rewrite it as MLM v1.5.2; it maps " +
                joined({
                    "dlm:architecture.total_nb_parameters → mlm:total_parameters",
                    "dlm:architecture.estimated_total_size_mb → mlm:memory_size (bytes)",
                    "dlm:architecture.type → mlm:architecture",
                    "dlm:architecture.pretrained → mlm:pretrained + mlm:pretrained_source",
                    "dlm:architecture.summary → description",
                    "dlm:runtime.framework → mlm:framework",
                    "dlm:runtime.version → mlm:framework_version",
                    "dlm:runtime.model_handler → mlm:entrypoint on a source-code asset",
                    "dlm:runtime.model_src_url → the href of a source-code asset pinned to the commit",
                    "dlm:runtime.model_commit_hash → the href of a source-code asset pinned to the commit",
                    "dlm:runtime.requirement_file → a source-code asset",
                    "dlm:inputs.name → mlm:input[].name",
                    "dlm:inputs.input_tensors → input.shape + input.dim_order",
                    "dlm:inputs.selected_bands → mlm:input[].bands (band names)",
                    "dlm:inputs.normalization:mean → value_scaling z-score objects",
                    "dlm:inputs.normalization:std → value_scaling z-score objects",
                    "dlm:inputs.scaling_factor → a value_scaling scale object",
                    "dlm:outputs.task → mlm:tasks / mlm:output[].tasks",
                    "dlm:outputs.number_of_classes → result.shape (class dimension)",
                    "dlm:outputs.final_layer_size → result.shape",
                    "dlm:outputs.class_name_mapping → classification:classes",
                    "dlm:data.process_level → processing:level",
                    "dlm:data.dtype → the band objects of the model asset",
                    "dlm:data.number_of_bands → the band objects of the model asset",
                    "dlm:archive: describe each archive entry as an asset with roles (model weights → mlm:model + "
                    "mlm:weights; code and dependencies → code; configuration → metadata)",
                }) +
                ".");
}

TEST(Mlm601, ALegacyOnlyFindingStandsForTheLegacyFields) {
  // Explain mode drops the legacy schema's errors inside these fields: the migration rewrites them.
  EXPECT_THAT(findings_of(kMlm601, dlm_item())[0].explains,
              ElementsAre("/properties/dlm:architecture", "/properties/dlm:runtime", "/properties/dlm:inputs",
                          "/properties/dlm:outputs", "/properties/dlm:data", "/properties/dlm:archive"));
  EXPECT_THAT(findings_of(kMlm601, ml_model_item())[0].explains,
              ElementsAre("/properties/ml-model:type", "/properties/ml-model:learning_approach",
                          "/properties/ml-model:prediction_type", "/properties/ml-model:architecture",
                          "/properties/ml-model:training-processor-type", "/properties/ml-model:training-os"));
  // A half-migrated document: MLM602-MLM605 speak for each leftover.
  EXPECT_THAT(findings_of(kMlm601, half_migrated_item())[0].explains, IsEmpty());
}

TEST(Mlm601, NothingLeftToMapOnlyPointsToMigrate) {
  const auto doc = R"({"type": "Feature", "stac_extensions": ["dl-model"], "properties": {}})";
  const auto findings = findings_of(kMlm601, doc);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].hint, "run `mlm-lint migrate FILE` to rewrite it as MLM v1.5.2.");
  EXPECT_EQ(describe_fix(findings[0].fix), "suggest: remove \"dl-model\" from stac_extensions | remove /stac_extensions/0");
}

TEST(Mlm601, AHalfMigratedDocumentKeepsTheShortMessage) {
  // MLM is declared: MLM602-MLM604 report each leftover, so MLM601 needs no mapping.
  const auto findings = findings_of(kMlm601, half_migrated_item());
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].pointer, "/stac_extensions/5");
  EXPECT_EQ(findings[0].message,
            "the ml-model extension is deprecated in favour of MLM; migrate its fields (MLM602-MLM604) and remove "
            "this entry.");
  EXPECT_EQ(findings[0].hint, "");
}

// --- MLM602 ---------------------------------------------------------------------------------------

TEST(Mlm602, FailsForPredictionType) {
  const auto doc =
      test::patched_b(R"([{"op": "add", "path": "/properties/ml-model:prediction_type", "value": "classification"}])");
  EXPECT_THAT(rendered_findings_of(kMlm602, doc),
              ElementsAre("/properties/ml-model:prediction_type: legacy ml-model field; its MLM equivalent is "
                          "\"mlm:tasks\" (an array), e.g. [\"classification\"]."));
}

TEST(Mlm602, OtherFieldsAndAssets) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/properties/ml-model:type", "value": "ml-model"},
    {"op": "add", "path": "/properties/ml-model:architecture", "value": "ResNet"},
    {"op": "add", "path": "/properties/ml-model:training-os", "value": "linux"},
    {"op": "add", "path": "/properties/ml-model:unknown", "value": 1},
    {"op": "add", "path": "/assets/container/ml-model:requires-gpu", "value": true}])");
  EXPECT_THAT(rendered_findings_of(kMlm602, doc),
              ElementsAre("/properties/ml-model:type: legacy ml-model field; it has no MLM equivalent (the MLM URI in "
                          "stac_extensions already identifies a model); remove it.",
                          "/properties/ml-model:architecture: legacy ml-model field; its MLM equivalent is "
                          "\"mlm:architecture\".",
                          "/properties/ml-model:training-os: legacy ml-model field; it describes the training "
                          "environment while MLM describes inference (\"mlm:framework\", \"mlm:framework_version\", "
                          "\"mlm:accelerator\"), so there is no automatic mapping.",
                          "/properties/ml-model:unknown: legacy ml-model field with no MLM equivalent; remove it once "
                          "migrated.",
                          "/assets/container/ml-model:requires-gpu: legacy ml-model field; describe the container as "
                          "an asset with roles \"runtime\" and \"mlm:inference-runtime\" and state the required "
                          "accelerator in \"mlm:accelerator\" (e.g. \"cuda\")."));
}

TEST(Mlm602, KeysElsewhereAreNotFields) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/links/0/ml-model:architecture", "value": "x"},
    {"op": "add", "path": "/properties/mlm:input/0/ml-model:type", "value": "x"}])");
  EXPECT_THAT(rendered_findings_of(kMlm602, doc), IsEmpty());
}

TEST(Mlm602, FixRenamesArchitectureAndPredictionType) {
  const auto doc = test::patched_b(R"([{"op": "move", "from": "/properties/mlm:architecture", "path": "/properties/ml-model:architecture"},
    {"op": "remove", "path": "/properties/mlm:tasks"},
    {"op": "add", "path": "/properties/ml-model:prediction_type", "value": "classification"},
    {"op": "add", "path": "/properties/ml-model:type", "value": "ml-model"}])");
  std::vector<std::string> fixes;
  std::string fixed = doc;
  for (const auto& f : findings_of(kMlm602, doc)) {
    fixes.push_back(describe_fix(f.fix));
    if (f.fix) fixed = apply_fix(fixed, *f.fix);
  }
  EXPECT_THAT(fixes,
              ElementsAre("suggest: rename \"ml-model:architecture\" to \"mlm:architecture\" | move "
                          "/properties/ml-model:architecture -> /properties/mlm:architecture",
                          "suggest: rename \"ml-model:prediction_type\" to \"mlm:tasks\" | move "
                          "/properties/ml-model:prediction_type -> /properties/mlm:tasks | replace /properties/mlm:tasks "
                          "[\"classification\"]",
                          "suggest: remove \"ml-model:type\" | remove /properties/ml-model:type"));
  EXPECT_THAT(findings_of(kMlm602, fixed), IsEmpty());
  EXPECT_THAT(fixed, ::testing::HasSubstr(R"("mlm:architecture": "ResNet")"));
}

TEST(Mlm602, NoFixWhenTheMlmFieldExistsOrThereIsNoMapping) {
  // The Fails case: mlm:tasks is already there.
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/properties/ml-model:prediction_type", "value": "classification"},
    {"op": "add", "path": "/properties/ml-model:architecture", "value": "ResNet"},
    {"op": "add", "path": "/properties/ml-model:learning_approach", "value": "supervised"},
    {"op": "add", "path": "/assets/container/ml-model:requires-gpu", "value": true}])");
  const auto findings = findings_of(kMlm602, doc);
  ASSERT_EQ(findings.size(), 4u);
  for (const auto& f : findings) EXPECT_EQ(describe_fix(f.fix), "none") << f.pointer;
}

TEST(Mlm602, SilentOnAnMlModelOnlyDocument) {
  // The fields are right in the spec the document declares; MLM601 reports the document once.
  EXPECT_THAT(rendered_findings_of(kMlm602, ml_model_item()), IsEmpty());
}

TEST(Mlm602, ReportsTheLeftoversOfAHalfMigratedDocument) {
  EXPECT_THAT(rendered_findings_of(kMlm602, half_migrated_item()),
              ElementsAre("/properties/ml-model:type: legacy ml-model field; it has no MLM equivalent (the MLM URI in "
                          "stac_extensions already identifies a model); remove it.",
                          "/properties/ml-model:prediction_type: legacy ml-model field; its MLM equivalent is "
                          "\"mlm:tasks\" (an array), e.g. [\"classification\"].",
                          "/properties/ml-model:learning_approach: legacy ml-model field; it has no MLM equivalent; "
                          "describe the training data with \"derived_from\" links instead.",
                          "/properties/ml-model:architecture: legacy ml-model field; its MLM equivalent is "
                          "\"mlm:architecture\"."));
}

TEST(Mlm602, TypeWithoutAnMlmUriIsNotCalledRedundant) {
  // Neither MLM nor ml-model declared: the field is reported, but no MLM URI identifies the model yet.
  const auto doc = R"({"type": "Feature", "properties": {"ml-model:type": "ml-model"}})";
  const auto findings = findings_of(kMlm602, doc);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message,
            "legacy ml-model field; it has no MLM equivalent (declaring the MLM extension identifies a model); remove "
            "it when migrating to MLM.");
  EXPECT_EQ(describe_fix(findings[0].fix), "none");
}

// --- MLM603 ---------------------------------------------------------------------------------------

TEST(Mlm603, FailsForTheInferenceRuntimeRole) {
  const auto doc = test::patched_b(
      R"([{"op": "replace", "path": "/assets/container/roles", "value": ["runtime", "ml-model:inference-runtime"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm603, doc),
              ElementsAre("/assets/container/roles/1: legacy role \"ml-model:inference-runtime\"; use "
                          "\"mlm:inference-runtime\"."));
}

TEST(Mlm603, CheckpointNeedsTheModelRole) {
  // Nothing tells the framework: no artifact type is named (ml-model checkpoints were not all PyTorch).
  const auto doc = R"({"type": "Collection", "item_assets": {"ckpt": {"roles": ["ml-model:checkpoint", 5]}}})";
  EXPECT_THAT(rendered_findings_of(kMlm603, doc),
              ElementsAre("/item_assets/ckpt/roles/0: legacy role \"ml-model:checkpoint\"; use \"mlm:checkpoint\" "
                          "together with \"mlm:model\" and \"mlm:artifact_type\" (how the checkpoint was saved)."));
}

TEST(Mlm603, TheCheckpointAdviceFollowsTheFramework) {
  const auto with = [](std::string_view framework) {
    return test::patched_b(test::patch({
        R"({"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/ml-model/v1.0.0/schema.json"})",
        R"({"op": "replace", "path": "/properties/mlm:framework", "value": ")" + std::string(framework) + R"("})",
        R"({"op": "add", "path": "/assets/ckpt", "value": {"href": "m.bin", "roles": ["ml-model:checkpoint"]}})",
    }));
  };
  const std::string lead =
      "/assets/ckpt/roles/0: legacy role \"ml-model:checkpoint\"; use \"mlm:checkpoint\" together with \"mlm:model\" "
      "and \"mlm:artifact_type\" ";
  EXPECT_THAT(rendered_findings_of(kMlm603, with("PyTorch")),
              ElementsAre(lead + "(a PyTorch checkpoint: e.g. \"torch.save\")."));
  EXPECT_THAT(rendered_findings_of(kMlm603, with("scikit-learn")),
              ElementsAre(lead + "(how the scikit-learn checkpoint was saved)."));
  EXPECT_THAT(rendered_findings_of(kMlm603, with("Keras")),
              ElementsAre(lead + "(how the TensorFlow/Keras checkpoint was saved)."));
}

TEST(Mlm603, SilentOnAnMlModelOnlyDocument) {
  EXPECT_THAT(rendered_findings_of(kMlm603, ml_model_item()), IsEmpty());
}

TEST(Mlm603, ReportsTheLeftoversOfAHalfMigratedDocument) {
  // The checkpoint's media type and the Item's mlm:framework say PyTorch.
  const auto findings = findings_of(kMlm603, half_migrated_item());
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].pointer + ": " + findings[0].message,
            "/assets/container/roles/1: legacy role \"ml-model:inference-runtime\"; use \"mlm:inference-runtime\".");
  EXPECT_EQ(findings[1].pointer + ": " + findings[1].message,
            "/assets/checkpoint/roles/0: legacy role \"ml-model:checkpoint\"; use \"mlm:checkpoint\" together with "
            "\"mlm:model\" and \"mlm:artifact_type\" (a PyTorch checkpoint: e.g. \"torch.save\").");
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: replace \"ml-model:inference-runtime\" by \"mlm:inference-runtime\" | replace "
            "/assets/container/roles/1 \"mlm:inference-runtime\"");
}

TEST(Mlm603, NoSafeFixWithoutAnMlmUri) {
  // An mlm: role means nothing to a document that does not declare MLM.
  const auto doc = R"({"type": "Feature", "properties": {}, "assets": {"c": {"href": "x", "roles": ["ml-model:inference-runtime"]}}})";
  const auto findings = findings_of(kMlm603, doc);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message, "legacy role \"ml-model:inference-runtime\"; use \"mlm:inference-runtime\".");
  EXPECT_EQ(describe_fix(findings[0].fix), "none");
}

TEST(Mlm603, OtherRolesPass) {
  const auto doc = test::patched_b(
      R"([{"op": "replace", "path": "/assets/container/roles", "value": ["runtime", "ml-model:other", "mlm:training-runtime"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm603, doc), IsEmpty());
}

TEST(Mlm603, FixReplacesThePrefix) {
  const auto doc = test::patched_b(
      R"([{"op": "replace", "path": "/assets/container/roles", "value": ["runtime", "ml-model:inference-runtime"]}])");
  const auto findings = findings_of(kMlm603, doc);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: replace \"ml-model:inference-runtime\" by \"mlm:inference-runtime\" | replace "
            "/assets/container/roles/1 \"mlm:inference-runtime\"");
  EXPECT_EQ(apply_fix(doc, *findings[0].fix), test::patched_b("[]"));
}

TEST(Mlm603, FixOnlyRemovesTheLegacyRoleNextToItsReplacement) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/assets/container/roles/-", "value": "ml-model:inference-runtime"}])");
  const auto findings = findings_of(kMlm603, doc);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: remove \"ml-model:inference-runtime\" (\"mlm:inference-runtime\" is already there) | remove "
            "/assets/container/roles/2");
  EXPECT_EQ(apply_fix(doc, *findings[0].fix), test::patched_b("[]"));
}

// --- MLM604 ---------------------------------------------------------------------------------------

TEST(Mlm604, FailsForTrainDataLinks) {
  const auto doc = test::patched_b(
      R"([{"op": "add", "path": "/links/-", "value": {"rel": "ml-model:train-data", "href": "https://example.com/stac/collections/eurosat-train", "type": "application/json"}}])");
  EXPECT_THAT(rendered_findings_of(kMlm604, doc),
              ElementsAre("/links/1/rel: legacy relation \"ml-model:train-data\"; use \"derived_from\" (optionally "
                          "with \"ml-aoi:split\": \"train\")."));
}

TEST(Mlm604, ImageRelationsAndOthers) {
  const auto doc = test::patched_b(R"([
    {"op": "add", "path": "/links/-", "value": {"rel": "ml-model:inferencing-image", "href": "docker.io/x:1"}},
    {"op": "add", "path": "/links/-", "value": {"rel": "ml-model:something", "href": "x"}},
    {"op": "add", "path": "/links/-", "value": "not a link"}])");
  EXPECT_THAT(rendered_findings_of(kMlm604, doc),
              ElementsAre("/links/1/rel: legacy relation \"ml-model:inferencing-image\"; describe the image as an "
                          "asset with roles \"runtime\" and \"mlm:inference-runtime\" instead of a link."));
}

TEST(Mlm604, FixUsesDerivedFromWithASplit) {
  const auto doc = test::patched_b(
      R"([{"op": "add", "path": "/links/-", "value": {"rel": "ml-model:train-data", "href": "https://example.com/stac/collections/eurosat-train", "type": "application/json"}}])");
  const auto findings = findings_of(kMlm604, doc);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(describe_fix(findings[0].fix),
            "suggest: use \"derived_from\" with \"ml-aoi:split\": \"train\" | replace /links/1/rel \"derived_from\" | "
            "add /links/1/ml-aoi:split \"train\" | add /stac_extensions/- "
            "\"https://stac-extensions.github.io/ml-aoi/v0.2.0/schema.json\"");
  EXPECT_THAT(findings_of(kMlm604, apply_fix(doc, *findings[0].fix)), IsEmpty());
  // With ml-aoi declared and the split already given, only the relation changes.
  const auto declared = test::patched_b(R"([
    {"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/ml-aoi/v0.1.0/schema.json"},
    {"op": "add", "path": "/links/-", "value": {"rel": "ml-model:test-data", "href": "t", "ml-aoi:split": "test"}}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm604, declared)[0].fix),
            "suggest: use \"derived_from\" with \"ml-aoi:split\": \"test\" | replace /links/1/rel \"derived_from\"");
}

TEST(Mlm604, NoFixForImagesOrAContradictingSplit) {
  const auto doc = test::patched_b(R"([
    {"op": "add", "path": "/links/-", "value": {"rel": "ml-model:inferencing-image", "href": "docker.io/x:1"}},
    {"op": "add", "path": "/links/-", "value": {"rel": "ml-model:train-data", "href": "t", "ml-aoi:split": "test"}}])");
  const auto findings = findings_of(kMlm604, doc);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(describe_fix(findings[0].fix), "none");
  EXPECT_EQ(describe_fix(findings[1].fix), "none");
}

TEST(Mlm604, SilentOnAnMlModelOnlyDocument) {
  EXPECT_THAT(rendered_findings_of(kMlm604, ml_model_item()), IsEmpty());
}

TEST(Mlm604, ReportsTheLeftoversOfAHalfMigratedDocument) {
  EXPECT_THAT(rendered_findings_of(kMlm604, half_migrated_item()),
              ElementsAre("/links/1/rel: legacy relation \"ml-model:inferencing-image\"; describe the image as an "
                          "asset with roles \"runtime\" and \"mlm:inference-runtime\" instead of a link."));
}

// --- MLM605 ---------------------------------------------------------------------------------------

TEST(Mlm605, FailsForDlmArchitecture) {
  const auto doc = test::patched_b(
      R"([{"op": "add", "path": "/properties/dlm:architecture", "value": {"total_nb_parameters": 11700000, "estimated_total_size_mb": 44.6, "type": "ResNet", "pretrained": "ImageNet"}}])");
  EXPECT_THAT(rendered_findings_of(kMlm605, doc),
              ElementsAre("/properties/dlm:architecture: legacy DLM field (deprecated since MLM v1.0.0); map "
                          "total_nb_parameters → mlm:total_parameters, estimated_total_size_mb → mlm:memory_size "
                          "(bytes), type → mlm:architecture, pretrained → mlm:pretrained + mlm:pretrained_source."));
}

TEST(Mlm605, OtherDlmFields) {
  const auto doc = test::patched_b(R"([
    {"op": "add", "path": "/properties/dlm:inputs", "value": [{"name": "x", "normalization:mean": [1]}]},
    {"op": "add", "path": "/properties/dlm:archive", "value": [{"name": "w", "role": "model weight"}]},
    {"op": "add", "path": "/properties/dlm:task", "value": "classification"},
    {"op": "add", "path": "/assets/model/dlm:foo", "value": 1}])");
  EXPECT_THAT(rendered_findings_of(kMlm605, doc),
              ElementsAre("/properties/dlm:inputs: legacy DLM field (deprecated since MLM v1.0.0); map name → "
                          "mlm:input[].name, normalization:mean → value_scaling z-score objects.",
                          "/properties/dlm:archive: legacy DLM field (deprecated since MLM v1.0.0); describe each "
                          "archive entry as an asset with roles (model weights → mlm:model + mlm:weights; code and "
                          "dependencies → code; configuration → metadata).",
                          "/assets/model/dlm:foo: legacy DLM field (deprecated since MLM v1.0.0) with no MLM "
                          "equivalent; remove it once migrated."));
}

TEST(Mlm605, SilentOnADlmOnlyDocument) {
  EXPECT_THAT(rendered_findings_of(kMlm605, dlm_item()), IsEmpty());
}

TEST(Mlm605, ReportsDlmFieldsOfADocumentThatDeclaresMlm) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/stac_extensions/-", "value": "dl-model"},
    {"op": "add", "path": "/properties/dlm:data", "value": {"process_level": "L2A"}}])");
  EXPECT_THAT(rendered_findings_of(kMlm605, doc),
              ElementsAre("/properties/dlm:data: legacy DLM field (deprecated since MLM v1.0.0); map process_level → "
                          "processing:level."));
}

// --- MLM606 ---------------------------------------------------------------------------------------

TEST(Mlm606, FailsForAContradictingArchitecture) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/properties/ml-model:architecture", "value": "U-Net"}])");
  EXPECT_THAT(rendered_findings_of(kMlm606, doc),
              ElementsAre("/properties/ml-model:architecture: legacy value \"U-Net\" contradicts mlm:architecture "
                          "\"ResNet\"; remove the legacy field once migrated."));
}

TEST(Mlm606, AgreeingValuesPass) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/properties/ml-model:architecture", "value": "resnet"},
    {"op": "add", "path": "/properties/ml-model:prediction_type", "value": "Scene-Classification"},
    {"op": "add", "path": "/properties/dlm:architecture", "value": {"type": "ResNet", "total_nb_parameters": 11700000}},
    {"op": "add", "path": "/properties/dlm:runtime", "value": {"framework": "torch"}}])");
  EXPECT_THAT(rendered_findings_of(kMlm606, doc), IsEmpty());
}

TEST(Mlm606, OtherConflicts) {
  const auto doc = test::patched_b(R"([
    {"op": "add", "path": "/properties/ml-model:prediction_type", "value": "segmentation"},
    {"op": "add", "path": "/properties/dlm:architecture", "value": {"type": "U-Net", "total_nb_parameters": 100}},
    {"op": "add", "path": "/properties/dlm:runtime", "value": {"framework": "TensorFlow"}}])");
  EXPECT_THAT(rendered_findings_of(kMlm606, doc),
              ElementsAre("/properties/ml-model:prediction_type: legacy value \"segmentation\" is not among mlm:tasks "
                          "[\"scene-classification\"]; add the matching task to mlm:tasks or remove the legacy field "
                          "once migrated.",
                          "/properties/dlm:architecture/type: legacy value \"U-Net\" contradicts mlm:architecture "
                          "\"ResNet\"; remove the legacy field once migrated.",
                          "/properties/dlm:architecture/total_nb_parameters: legacy value 100 contradicts "
                          "mlm:total_parameters 11700000; remove the legacy field once migrated.",
                          "/properties/dlm:runtime/framework: legacy value \"TensorFlow\" (TensorFlow/Keras) "
                          "contradicts mlm:framework \"PyTorch\" (PyTorch); remove the legacy field once migrated."));
}

}  // namespace
}  // namespace mlmlint::rules

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
using ::testing::StartsWith;

// --- MLM701 companion-extensions ---------------------------------------------------------------

TEST(Mlm701, FailsWhenTheModelAssetHasNoChecksum) {
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/assets/model/file:checksum"}])");
  EXPECT_THAT(rendered_findings_of(kMlm701, doc),
              ElementsAre("/assets/model: the model asset has no \"file:checksum\"; a checksum lets users verify the "
                          "downloaded artifact (file extension)."));
}

TEST(Mlm701, MissingSizeOrBoth) {
  const auto size = test::patched_b(R"([{"op": "remove", "path": "/assets/model/file:size"}])");
  EXPECT_THAT(rendered_findings_of(kMlm701, size),
              ElementsAre("/assets/model: the model asset has no \"file:size\"; the size lets users check the "
                          "download and plan its storage (file extension)."));
  const auto both = test::patched_b(R"([{"op": "remove", "path": "/assets/model/file:size"},
                                        {"op": "remove", "path": "/assets/model/file:checksum"}])");
  EXPECT_THAT(rendered_findings_of(kMlm701, both),
              ElementsAre("/assets/model: the model asset has neither \"file:checksum\" nor \"file:size\"; they let "
                          "users verify the downloaded artifact and plan its storage (file extension)."));
}

TEST(Mlm701, FileFieldsAreOnlyExpectedOnModelAssets) {
  // The container asset of B has no file:* fields, and that is fine.
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/assets/extra", "value": {"href": "x.json", "roles": ["metadata"]}}])");
  EXPECT_THAT(rendered_findings_of(kMlm701, doc), IsEmpty());
}

TEST(Mlm701, FailsWhenOnlyMlmIsDeclared) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/stac_extensions",
    "value": ["https://stac-extensions.github.io/mlm/v1.5.2/schema.json"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm701, doc),
              Contains("/stac_extensions: only the MLM extension is declared; MLM is meant to be combined with other "
                       "extensions (e.g. file for the model asset's checksum and size, scientific for citations, "
                       "classification for output classes, raster or eo for bands)."));
}

TEST(Mlm701, FailsWhenClassesAreUsedWithoutTheClassificationExtension) {
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/stac_extensions/4"}])");
  EXPECT_THAT(rendered_findings_of(kMlm701, doc),
              ElementsAre("/properties/mlm:output/0/classification:classes: \"classification:classes\" belongs to the "
                          "classification extension, which is not declared; add "
                          "\"https://stac-extensions.github.io/classification/v1.1.0/schema.json\" to stac_extensions "
                          "so that the classes are validated."));
}

TEST(Mlm701, OtherClassificationVersionsCount) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/stac_extensions/4",
    "value": "https://stac-extensions.github.io/classification/v2.0.0/schema.json"}])");
  EXPECT_THAT(rendered_findings_of(kMlm701, doc), IsEmpty());
}

TEST(Mlm701, FailsWithoutAnyScientificReference) {
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/properties/sci:doi"}])");
  EXPECT_THAT(rendered_findings_of(kMlm701, doc),
              ElementsAre("/properties: no scientific reference (sci:doi, sci:citation, sci:publications or a "
                          "\"cite-as\" link); cite the publication or DOI of the model with the scientific "
                          "extension."));
}

TEST(Mlm701, CiteAsLinkOrCitationIsAReference) {
  const auto link = test::patched_b(R"([{"op": "remove", "path": "/properties/sci:doi"},
    {"op": "add", "path": "/links/-", "value": {"rel": "cite-as", "href": "https://doi.org/10.5281/zenodo.0000000"}}])");
  EXPECT_THAT(rendered_findings_of(kMlm701, link), IsEmpty());
  const auto citation = test::patched_b(R"([{"op": "remove", "path": "/properties/sci:doi"},
    {"op": "add", "path": "/properties/sci:citation", "value": "Doe et al. 2024"}])");
  EXPECT_THAT(rendered_findings_of(kMlm701, citation), IsEmpty());
}

TEST(Mlm701, FixDeclaresTheClassificationExtensionOnly) {
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/stac_extensions/4"}])");
  const auto findings = findings_of(kMlm701, doc);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: add \"https://stac-extensions.github.io/classification/v1.1.0/schema.json\" to stac_extensions | "
            "add /stac_extensions/- \"https://stac-extensions.github.io/classification/v1.1.0/schema.json\"");
  EXPECT_EQ(apply_fix(doc, *findings[0].fix), test::patched_b("[]"));
}

TEST(Mlm701, NoFixForTheOtherFindings) {
  // Findings 1, 3 and 4 (the Fails case is finding 4): nothing to write without knowing the values.
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/stac_extensions",
    "value": ["https://stac-extensions.github.io/mlm/v1.5.2/schema.json"]},
    {"op": "remove", "path": "/properties/mlm:output/0/classification:classes"},
    {"op": "remove", "path": "/properties/sci:doi"},
    {"op": "remove", "path": "/assets/model/file:checksum"}])");
  const auto findings = findings_of(kMlm701, doc);
  ASSERT_EQ(findings.size(), 3u);
  for (const auto& f : findings) EXPECT_EQ(describe_fix(f.fix), "none") << f.pointer;
}

// --- MLM702 missing-sidecar-assets -------------------------------------------------------------

TEST(Mlm702, FailsWithoutARuntimeAsset) {
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/assets/container"}])");
  EXPECT_THAT(rendered_findings_of(kMlm702, doc),
              ElementsAre("/assets: no runtime asset (role \"runtime\" or \"mlm:inference-runtime\"); a pinned "
                          "container image is strongly recommended so the model can be run."));
}

TEST(Mlm702, FailsWithoutASourceCodeAsset) {
  const auto doc = test::patched_b(R"([{"op": "remove", "path": "/assets/source_code"}])");
  EXPECT_THAT(rendered_findings_of(kMlm702, doc),
              ElementsAre("/assets: no source code asset (role \"code\" or \"mlm:source_code\"); referencing the "
                          "inference code, ideally with an \"mlm:entrypoint\", shows users how to run the model."));
}

TEST(Mlm702, ContainerMediaTypeCountsAsRuntime) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/assets/container/roles", "value": ["metadata"]},
    {"op": "replace", "path": "/assets/container/type", "value": "application/vnd.docker.distribution.manifest.v2+json"}])");
  EXPECT_THAT(rendered_findings_of(kMlm702, doc), IsEmpty());
  const auto training_only = test::patched_b(
      R"([{"op": "replace", "path": "/assets/container/roles", "value": ["mlm:training-runtime"]},
          {"op": "replace", "path": "/assets/container/type", "value": "text/plain"}])");
  EXPECT_THAT(rendered_findings_of(kMlm702, training_only), ElementsAre(StartsWith("/assets: no runtime asset")));
}

// --- MLM703 datetime-with-range ----------------------------------------------------------------

TEST(Mlm703, FailsWhenDatetimeIsSetNextToARange) {
  const auto doc =
      test::patched_b(R"([{"op": "replace", "path": "/properties/datetime", "value": "2018-06-01T00:00:00Z"}])");
  EXPECT_THAT(rendered_findings_of(kMlm703, doc),
              ElementsAre("/properties/datetime: start_datetime/end_datetime describe the model's temporal domain; "
                          "set datetime to null so it does not suggest a single nominal date."));
}

TEST(Mlm703, AnyNonNullDatetimeIsReported) {
  // Even a malformed value (MLM005's business) suggests a nominal date; the advice is the same.
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/datetime", "value": "2018"}])");
  EXPECT_THAT(rendered_findings_of(kMlm703, doc), ElementsAre(StartsWith("/properties/datetime: ")));
}

TEST(Mlm703, DatetimeAloneIsFine) {
  // The BP allows describing the model by its publication date only: no range, no finding.
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/properties/datetime", "value": "2018-06-01T00:00:00Z"},
    {"op": "remove", "path": "/properties/start_datetime"},
    {"op": "remove", "path": "/properties/end_datetime"}])");
  EXPECT_THAT(rendered_findings_of(kMlm703, doc), IsEmpty());
}

TEST(Mlm703, IncompleteRangeIsLeftToMlm005) {
  // With one bound missing or null, setting datetime to null would make the Item invalid.
  const auto missing = test::patched_b(R"([
    {"op": "replace", "path": "/properties/datetime", "value": "2018-06-01T00:00:00Z"},
    {"op": "remove", "path": "/properties/end_datetime"}])");
  EXPECT_THAT(rendered_findings_of(kMlm703, missing), IsEmpty());
  const auto null_bound = test::patched_b(R"([
    {"op": "replace", "path": "/properties/datetime", "value": "2018-06-01T00:00:00Z"},
    {"op": "replace", "path": "/properties/start_datetime", "value": null}])");
  EXPECT_THAT(rendered_findings_of(kMlm703, null_bound), IsEmpty());
}

TEST(Mlm703, OnlyItemsAreChecked) {
  const auto doc = R"({"type": "Collection", "properties": {"datetime": "2018-06-01T00:00:00Z",
    "start_datetime": "2015-01-01T00:00:00Z", "end_datetime": "2018-12-31T23:59:59Z"}})";
  EXPECT_THAT(rendered_findings_of(kMlm703, doc), IsEmpty());
}

TEST(Mlm703, ToleratesWrongShapes) {
  for (const char* doc : {R"({"type": "Feature"})", R"({"type": "Feature", "properties": []})",
                          R"({"type": "Feature", "properties": {"datetime": 5, "start_datetime": 1, "end_datetime": 2}})"}) {
    EXPECT_NO_FATAL_FAILURE(rendered_findings_of(kMlm703, doc)) << doc;
  }
  EXPECT_THAT(rendered_findings_of(kMlm703, R"({"type": "Feature", "properties": {"datetime": 5, "start_datetime": 1, "end_datetime": 2}})"),
              ElementsAre(StartsWith("/properties/datetime: ")));
}

TEST(Mlm703, FixSetsDatetimeToNull) {
  const auto doc =
      test::patched_b(R"([{"op": "replace", "path": "/properties/datetime", "value": "2018-06-01T00:00:00Z"}])");
  const auto findings = findings_of(kMlm703, doc);
  ASSERT_EQ(findings.size(), 1u);
  // A suggestion, not a safe fix: the edit deletes a real timestamp that nothing else in the Item keeps, and a
  // fix that removes information needs the user's nod (issue #14). Plain --fix leaves it alone.
  EXPECT_EQ(describe_fix(findings[0].fix), "suggest: set datetime to null | replace /properties/datetime null");
  EXPECT_EQ(kMlm703.fix, FixClass::kSuggest);
  EXPECT_EQ(apply_fix(doc, *findings[0].fix), test::patched_b("[]"));
  // The Fix line's precondition (both range fields) is the rule's own: without it there is no finding, so no
  // fix that would leave the Item without any date (IncompleteRangeIsLeftToMlm005).
}

// --- MLM704 non-canonical-framework ------------------------------------------------------------

TEST(Mlm704, FailsOnLowerCaseName) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:framework", "value": "pytorch"}])");
  EXPECT_THAT(rendered_findings_of(kMlm704, doc),
              ElementsAre("/properties/mlm:framework: use the common framework name \"PyTorch\" instead of "
                          "\"pytorch\"."));
}

TEST(Mlm704, AliasesAndOldSpellingsOnAssets) {
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/properties/mlm:framework", "value": "sklearn"},
    {"op": "add", "path": "/assets/model/mlm:framework", "value": "Huggingface"},
    {"op": "add", "path": "/assets/container/mlm:framework", "value": "tf"}])");
  EXPECT_THAT(rendered_findings_of(kMlm704, doc),
              ElementsAre("/properties/mlm:framework: use the common framework name \"scikit-learn\" instead of "
                          "\"sklearn\".",
                          "/assets/model/mlm:framework: use the common framework name \"Hugging Face\" instead of "
                          "\"Huggingface\".",
                          "/assets/container/mlm:framework: use the common framework name \"TensorFlow\" instead of "
                          "\"tf\"."));
}

TEST(Mlm704, CanonicalAndUnknownNamesPass) {
  for (const char* name : {"PyTorch", "Hugging Face", "spatialRF", "segmentation_models_pytorch", "my-framework"}) {
    const auto doc = test::patched_b(
        std::string(R"([{"op": "replace", "path": "/properties/mlm:framework", "value": ")") + name + "\"}]");
    EXPECT_THAT(rendered_findings_of(kMlm704, doc), IsEmpty()) << name;
  }
}

TEST(Mlm704, FixUsesTheCanonicalName) {
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/properties/mlm:framework", "value": "pytorch"},
    {"op": "add", "path": "/assets/model/mlm:framework", "value": "Huggingface"}])");
  const auto findings = findings_of(kMlm704, doc);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: replace \"pytorch\" by \"PyTorch\" | replace /properties/mlm:framework \"PyTorch\"");
  EXPECT_EQ(describe_fix(findings[1].fix),
            "safe: replace \"Huggingface\" by \"Hugging Face\" | replace /assets/model/mlm:framework \"Hugging Face\"");
  const auto fixed = apply_fix(apply_fix(doc, *findings[0].fix), *findings[1].fix);
  EXPECT_THAT(findings_of(kMlm704, fixed), IsEmpty());
}

// --- MLM705 name-equals-architecture -----------------------------------------------------------

TEST(Mlm705, FailsWhenTheNameIsTheArchitecture) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:name", "value": "ResNet"}])");
  EXPECT_THAT(rendered_findings_of(kMlm705, doc),
              ElementsAre("/properties/mlm:name: the model name \"ResNet\" only repeats mlm:architecture; the name "
                          "must identify this model, not just its architecture (e.g. \"ResNet-18 Sentinel-2 RGB\")."));
}

TEST(Mlm705, ComparisonIgnoresCaseAndSeparators) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:name", "value": "res-net"}])");
  EXPECT_THAT(rendered_findings_of(kMlm705, doc), ElementsAre(StartsWith("/properties/mlm:name: ")));
  const auto vit = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:name", "value": "Vision Transformer"},
    {"op": "replace", "path": "/properties/mlm:architecture", "value": "vision_transformer"}])");
  EXPECT_THAT(rendered_findings_of(kMlm705, vit), ElementsAre(StartsWith("/properties/mlm:name: ")));
}

TEST(Mlm705, AMoreSpecificNamePasses) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:name", "value": "ResNet18"}])");
  EXPECT_THAT(rendered_findings_of(kMlm705, doc), IsEmpty());
}

// --- MLM706 generic-task-only ------------------------------------------------------------------

TEST(Mlm706, FailsOnGenericClassificationOnly) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:tasks", "value": ["classification"]}, {"op": "replace", "path": "/properties/mlm:output/0/tasks", "value": ["classification"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm706, doc),
              ElementsAre("/properties/mlm:tasks: only the generic task \"classification\" is given; add the most "
                          "specific task that applies (e.g. \"scene-classification\" or \"semantic-segmentation\")."));
}

TEST(Mlm706, EachGenericTaskIsReported) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:tasks",
    "value": ["detection", "segmentation", "regression"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm706, doc),
              ElementsAre("/properties/mlm:tasks: only the generic task \"detection\" is given; add the most specific "
                          "task that applies (e.g. \"object-detection\").",
                          "/properties/mlm:tasks: only the generic task \"segmentation\" is given; add the most "
                          "specific task that applies (e.g. \"semantic-segmentation\", \"instance-segmentation\" or "
                          "\"panoptic-segmentation\")."));
}

TEST(Mlm706, GenericWithASpecificVariantPasses) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:tasks",
    "value": ["classification", "scene-classification", "segmentation", "instance-segmentation"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm706, doc), IsEmpty());
}

// --- MLM707 no-training-data-link --------------------------------------------------------------

TEST(Mlm707, FailsWithoutLinks) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/links", "value": []}])");
  EXPECT_THAT(rendered_findings_of(kMlm707, doc),
              ElementsAre("/links: no \"derived_from\" link; reference the datasets the model was trained/validated "
                          "on (ideally STAC Collections with ml-aoi:split)."));
}

TEST(Mlm707, OtherRelationsDoNotCount) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/links/0/rel", "value": "related"}])");
  EXPECT_THAT(rendered_findings_of(kMlm707, doc), ElementsAre(StartsWith("/links: ")));
  const auto absent = test::patched_b(R"([{"op": "remove", "path": "/links"}])");
  EXPECT_THAT(rendered_findings_of(kMlm707, absent), ElementsAre(StartsWith(": no \"derived_from\" link")));
}

TEST(Mlm707, AnyDerivedFromLinkPasses) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/links/0", "value": {"rel": "self", "href": "item.json"}}])");
  EXPECT_THAT(rendered_findings_of(kMlm707, doc), IsEmpty());
}

// --- every MLM7xx rule -------------------------------------------------------------------------

TEST(Mlm7xx, TolerateWrongShapes) {
  const RuleInfo* const family[] = {&kMlm701, &kMlm702, &kMlm703, &kMlm704, &kMlm705, &kMlm706, &kMlm707};
  for (const char* doc : {
           R"({"type": "Feature"})",
           R"({"type": "Feature", "stac_extensions": "x", "properties": [], "assets": 1, "links": {}})",
           R"({"type": "Feature", "stac_extensions": [1, null],
               "properties": {"mlm:tasks": "classification", "mlm:name": 1, "mlm:architecture": [],
                              "mlm:framework": {}, "mlm:output": [1, {"classification:classes": "x"}]},
               "assets": {"a": [], "b": {"roles": [1, "mlm:model"]}}, "links": [null, {"rel": 1}]})",
           R"({"type": "Collection", "stac_extensions": [], "mlm:tasks": ["detection", 2], "mlm:name": "",
               "mlm:architecture": "", "item_assets": {"x": {"mlm:framework": "torch"}}})",
       }) {
    for (const RuleInfo* rule : family) {
      EXPECT_NO_FATAL_FAILURE(rendered_findings_of(*rule, doc)) << rule->code << " " << doc;
    }
  }
}

}  // namespace
}  // namespace mlmlint::rules

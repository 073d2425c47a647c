
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
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;

constexpr std::string_view kV140 =
    R"({"op": "replace", "path": "/stac_extensions/0", "value": "https://stac-extensions.github.io/mlm/v1.4.0/schema.json"})";
constexpr std::string_view kV120 =
    R"({"op": "replace", "path": "/stac_extensions/0", "value": "https://crim-ca.github.io/mlm-extension/v1.2.0/schema.json"})";
constexpr std::string_view kV130 =
    R"({"op": "replace", "path": "/stac_extensions/0", "value": "https://crim-ca.github.io/mlm-extension/v1.3.0/schema.json"})";

using test::patch;

// --- MLM001 ---------------------------------------------------------------------------------------

TEST(Mlm001, FailsWithoutType) {
  const auto findings = findings_of(kMlm001, test::patched_b(R"([{"op": "remove", "path": "/type"}])"));
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].pointer, "");  // the document root
  EXPECT_EQ(findings[0].message,
            "document has no \"type\"; MLM metadata is only defined for STAC Items (\"Feature\") and Collections "
            "(\"Collection\"), and the MLM schema validated nothing.");
}

TEST(Mlm001, MissingTypeBeforeV130DoesNotClaimTheSchemaIsSilent) {
  const auto findings = findings_of(kMlm001, test::patched_b(patch({kV120, R"({"op": "remove", "path": "/type"})"})));
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].message,
            "document has no \"type\"; MLM metadata is only defined for STAC Items (\"Feature\") and Collections "
            "(\"Collection\").");
}

TEST(Mlm001, CatalogUsingMlmIsNotSupported) {
  const std::string message =
      "/type: MLM is not defined for STAC Catalogs; describe the model in an Item (\"Feature\") or a Collection "
      "(\"Collection\") and link it from the Catalog.";
  EXPECT_THAT(rendered_findings_of(kMlm001, R"({"type": "Catalog", "id": "c", "links": [], "mlm:name": "m"})"),
              ElementsAre(message));
  EXPECT_THAT(rendered_findings_of(kMlm001, R"({"type": "Catalog", "id": "c", "links": [],
      "stac_extensions": ["https://stac-extensions.github.io/mlm/v1.5.2/schema.json"]})"),
              ElementsAre(message));
}

// The root of a catalogue links the models; it is not a misplaced one (a folder scan meets one in every catalogue).
TEST(Mlm001, PlainCatalogIsNotReported) {
  EXPECT_THAT(rendered_findings_of(kMlm001, R"({"type": "Catalog", "stac_version": "1.0.0", "id": "c",
      "description": "d", "links": [{"rel": "child", "href": "./models/collection.json"}]})"),
              IsEmpty());
}

TEST(Mlm001, OtherTypesAreReported) {
  EXPECT_THAT(rendered_findings_of(kMlm001, R"({"type": "FeatureCollection", "features": []})"),
              ElementsAre("/type: unsupported document type \"FeatureCollection\"; MLM metadata is only defined for "
                          "STAC Items (\"Feature\") and Collections (\"Collection\")."));
  EXPECT_THAT(rendered_findings_of(kMlm001, R"({"type": 42})"),
              ElementsAre("/type: \"type\" must be the string \"Feature\" or \"Collection\", got 42; MLM metadata is "
                          "only defined for STAC Items (\"Feature\") and Collections (\"Collection\")."));
  EXPECT_THAT(rendered_findings_of(kMlm001, R"({"type": "feature"})"),
              ElementsAre("/type: \"type\" is case-sensitive: use \"Feature\" instead of \"feature\"."));
}

TEST(Mlm001, NonObjectRoot) {
  const auto findings = findings_of(kMlm001, "[1, 2]");
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].pointer, "");
  EXPECT_EQ(findings[0].message,
            "the document is an array, not a JSON object; MLM metadata is only defined for STAC Items (\"Feature\") "
            "and Collections (\"Collection\").");
  EXPECT_THAT(findings_of(kMlm001, "null"), SizeIs(1));
}

TEST(Mlm001, CollectionPasses) {
  EXPECT_THAT(rendered_findings_of(kMlm001, R"({"type": "Collection", "id": "c"})"), IsEmpty());
}

// --- MLM002 ---------------------------------------------------------------------------------------

TEST(Mlm002, FailsForArtifactTypeInProperties) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:artifact_type", "value": "torch.save"}])");
  EXPECT_THAT(rendered_findings_of(kMlm002, doc),
              ElementsAre("/properties/mlm:artifact_type: \"mlm:artifact_type\" is only allowed on Assets (it "
                          "describes one model artifact); move it to the asset with role \"mlm:model\"."));
}

TEST(Mlm002, ArtifactFieldsBeforeTheyExistAreLeftToMlm510) {
  const auto doc = test::patched_b(
      patch({kV130, R"({"op": "add", "path": "/properties/mlm:artifact_type", "value": "torch.save"})"}));
  EXPECT_THAT(rendered_findings_of(kMlm002, doc), IsEmpty());
  const auto entrypoint = test::patched_b(
      patch({kV140, R"({"op": "add", "path": "/properties/mlm:entrypoint", "value": "a.b:c"})"}));
  EXPECT_THAT(rendered_findings_of(kMlm002, entrypoint), IsEmpty());
}

TEST(Mlm002, EntrypointInPropertiesPointsAtTheCodeAsset) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:entrypoint", "value": "a.b:c"}])");
  EXPECT_THAT(rendered_findings_of(kMlm002, doc),
              ElementsAre("/properties/mlm:entrypoint: \"mlm:entrypoint\" is only allowed on Assets (it names the "
                          "entry point of one source-code asset); move it to the asset with role \"code\"."));
}

TEST(Mlm002, WholeModelFieldsOnAnAsset) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/assets/model/mlm:name", "value": "ResNet-18 S2"}])");
  EXPECT_THAT(rendered_findings_of(kMlm002, doc),
              ElementsAre("/assets/model/mlm:name: \"mlm:name\" is only allowed in Item properties (it describes "
                          "the whole model), not on an asset; move it to \"properties\"."));
}

TEST(Mlm002, FieldsAllowedOnAssetsPass) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/assets/model/mlm:accelerator", "value": "cuda"},
    {"op": "add", "path": "/links/0/mlm:name", "value": "EuroSAT"}])");
  EXPECT_THAT(rendered_findings_of(kMlm002, doc), IsEmpty());
}

TEST(Mlm002, CollectionSummariesAndItemAssets) {
  const auto doc = R"({"type": "Collection", "id": "c",
    "summaries": {"mlm:input": [], "mlm:architecture": ["ResNet"], "mlm:artifact_type": ["torch.save"]},
    "item_assets": {"model": {"roles": ["mlm:model"], "mlm:hyperparameters": {"lr": 0.1}}}})";
  EXPECT_THAT(rendered_findings_of(kMlm002, doc),
              ElementsAre("/summaries/mlm:input: \"mlm:input\" is not allowed in Collection summaries; describe the "
                          "model inputs in the Items' properties (or at the Collection level).",
                          "/summaries/mlm:artifact_type: \"mlm:artifact_type\" is not allowed in Collection summaries "
                          "(it describes one model artifact); set it on the model asset in \"assets\" or "
                          "\"item_assets\".",
                          "/item_assets/model/mlm:hyperparameters: \"mlm:hyperparameters\" is not allowed on an asset "
                          "(it describes the whole model); keep it at the Collection level or in the Items' "
                          "properties."));
}

TEST(Mlm002, RootLevelKeysAndLinkKeys) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/mlm:entrypoint", "value": "a.b:c"},
    {"op": "add", "path": "/mlm:architecture", "value": "ResNet"},
    {"op": "add", "path": "/links/0/mlm:tasks", "value": ["classification"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm002, doc),
              ElementsAre("/mlm:entrypoint: \"mlm:entrypoint\" is at the root of the Item, where MLM fields are not "
                          "allowed; move it to the asset with role \"code\".",
                          "/mlm:architecture: \"mlm:architecture\" is at the root of the Item, where MLM fields are "
                          "not allowed; move it to \"properties\".",
                          "/links/0/mlm:tasks: \"mlm:tasks\" is not allowed on a link (only \"mlm:name\" is, to name "
                          "the model of a \"derived_from\" link); remove it from the link."));
}

TEST(Mlm002, CollectionRootMayCarryMlmFields) {
  EXPECT_THAT(rendered_findings_of(kMlm002, R"({"type": "Collection", "mlm:architecture": "ResNet"})"), IsEmpty());
}

TEST(Mlm002, FixDeletesAFieldTheModelAssetAlreadyHolds) {
  // The Fails case: the model asset of B already says "torch.save".
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:artifact_type", "value": "torch.save"}])");
  const auto findings = findings_of(kMlm002, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: remove \"mlm:artifact_type\" (the model asset \"model\" has the same value) | remove "
            "/properties/mlm:artifact_type");
  EXPECT_EQ(apply_fix(doc, *findings[0].fix), test::patched_b("[]"));
}

TEST(Mlm002, FixMovesAFieldToItsOnlyTarget) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:compile_method", "value": "aot"}])");
  const auto findings = findings_of(kMlm002, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "suggest: move \"mlm:compile_method\" to the model asset \"model\" | move "
            "/properties/mlm:compile_method -> /assets/model/mlm:compile_method");
  const auto fixed = apply_fix(doc, *findings[0].fix);
  EXPECT_THAT(findings_of(kMlm002, fixed), IsEmpty());
  EXPECT_EQ(fixed, test::patched_b(R"([{"op": "add", "path": "/assets/model/mlm:compile_method", "value": "aot"}])"));

  const auto entrypoint = test::patched_b(R"([{"op": "move", "from": "/assets/source_code/mlm:entrypoint",
    "path": "/properties/mlm:entrypoint"}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm002, entrypoint).at(0).fix),
            "suggest: move \"mlm:entrypoint\" to the code asset \"source_code\" | move /properties/mlm:entrypoint "
            "-> /assets/source_code/mlm:entrypoint");
  const auto on_asset = test::patched_b(R"([{"op": "move", "from": "/properties/mlm:name", "path": "/assets/model/mlm:name"}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm002, on_asset).at(0).fix),
            "suggest: move \"mlm:name\" to \"properties\" | move /assets/model/mlm:name -> /properties/mlm:name");
  const auto at_root = test::patched_b(R"([{"op": "move", "from": "/properties/mlm:architecture", "path": "/mlm:architecture"}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm002, at_root).at(0).fix),
            "suggest: move \"mlm:architecture\" to \"properties\" | move /mlm:architecture -> "
            "/properties/mlm:architecture");
  const auto same_in_properties = test::patched_b(R"([{"op": "add", "path": "/assets/model/mlm:name", "value": "ResNet-18 S2 RGB"}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm002, same_in_properties).at(0).fix),
            "safe: remove \"mlm:name\" (\"properties\" has the same value) | remove /assets/model/mlm:name");
}

TEST(Mlm002, NoFixWithoutASingleTargetOrWithAnotherValueThere) {
  // Another value at the target: a person must choose.
  const auto differs = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:artifact_type", "value": "torch.jit.save"}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm002, differs).at(0).fix), "none");
  const auto other_name = test::patched_b(R"([{"op": "add", "path": "/assets/model/mlm:name", "value": "other"}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm002, other_name).at(0).fix), "none");
  // Two model assets: the target is not unique.
  const auto two_models = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:compile_method", "value": "aot"},
    {"op": "add", "path": "/assets/model2", "value": {"href": "m2.pt", "roles": ["mlm:model"], "mlm:artifact_type": "torch.save"}}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm002, two_models).at(0).fix), "none");
  // No asset with role "code".
  const auto no_code = test::patched_b(R"([{"op": "move", "from": "/assets/source_code/mlm:entrypoint",
    "path": "/properties/mlm:entrypoint"}, {"op": "replace", "path": "/assets/source_code/roles", "value": ["metadata"]}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm002, no_code).at(0).fix), "none");
  // Link keys, unknown root keys and Collection summaries have no valid place to go.
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/links/0/mlm:tasks", "value": ["classification"]},
    {"op": "add", "path": "/mlm:unknown", "value": 1}])");
  for (const auto& f : findings_of(kMlm002, doc)) EXPECT_EQ(describe_fix(f.fix), "none") << f.pointer;
  const auto collection = R"({"type": "Collection", "id": "c", "summaries": {"mlm:input": []},
    "item_assets": {"model": {"roles": ["mlm:model"], "mlm:hyperparameters": {"lr": 0.1}}}})";
  for (const auto& f : findings_of(kMlm002, collection)) EXPECT_EQ(describe_fix(f.fix), "none") << f.pointer;
}

// --- MLM003 ---------------------------------------------------------------------------------------

TEST(Mlm003, FailsWithDidYouMean) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:acelerator", "value": "cuda"}])");
  EXPECT_THAT(rendered_findings_of(kMlm003, doc),
              ElementsAre("/properties/mlm:acelerator: unknown MLM field \"mlm:acelerator\" for MLM v1.5.2; did you "
                          "mean \"mlm:accelerator\"?"));
}

TEST(Mlm003, UnknownFieldWithoutCloseMatch) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/assets/model/mlm:license_url", "value": "x"}])");
  EXPECT_THAT(rendered_findings_of(kMlm003, doc),
              ElementsAre("/assets/model/mlm:license_url: unknown MLM field \"mlm:license_url\" for MLM v1.5.2."));
}

TEST(Mlm003, CaseVariantSuggestsTheField) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/links/0/mlm:Name", "value": "x"}])");
  EXPECT_THAT(rendered_findings_of(kMlm003, doc),
              ElementsAre("/links/0/mlm:Name: unknown MLM field \"mlm:Name\" for MLM v1.5.2; did you mean "
                          "\"mlm:name\"?"));
}

TEST(Mlm003, RenamedAndNewerFieldsAreLeftToOtherRules) {
  const auto doc = test::patched_b(patch({kV140, R"({"op": "add", "path": "/properties/mlm:file_size", "value": 1})",
                                          R"({"op": "add", "path": "/properties/mlm:task", "value": "x"})"}));
  // mlm:entrypoint (v1.5.0) is on the source_code asset of B: MLM510's, not MLM003's.
  EXPECT_THAT(rendered_findings_of(kMlm003, doc), IsEmpty());
}

TEST(Mlm003, ValidFieldsPassAndSuggestionsRespectTheVersion) {
  const auto ok = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:accelerator_count", "value": 1}])");
  EXPECT_THAT(rendered_findings_of(kMlm003, ok), IsEmpty());
  // "mlm:entrypont" is close to mlm:entrypoint, which does not exist in v1.4.0.
  const auto doc = test::patched_b(patch({kV140, R"({"op": "add", "path": "/assets/source_code/mlm:entrypont", "value": "x"})"}));
  EXPECT_THAT(rendered_findings_of(kMlm003, doc),
              ElementsAre("/assets/source_code/mlm:entrypont: unknown MLM field \"mlm:entrypont\" for MLM v1.4.0."));
}

TEST(Mlm003, CollectionLevelsAreChecked) {
  // No MLM URI: the version the messages name is assumed, and they say so.
  const auto doc = R"({"type": "Collection", "mlm:architectur": "x", "summaries": {"mlm:framework": ["PyTorch"],
    "mlm:frameworks": ["x"]}, "item_assets": {"m": {"mlm:artifact-type": "x"}}})";
  const std::string assumed = " (assuming MLM v1.5.2, the latest, because no MLM URI is declared and no field is "
                              "specific to an earlier version)";
  EXPECT_THAT(rendered_findings_of(kMlm003, doc),
              ElementsAre("/mlm:architectur: unknown MLM field \"mlm:architectur\" for MLM v1.5.2; did you mean "
                          "\"mlm:architecture\"?" + assumed,
                          "/summaries/mlm:frameworks: unknown MLM field \"mlm:frameworks\" for MLM v1.5.2; did you "
                          "mean \"mlm:framework\"?" + assumed,
                          "/item_assets/m/mlm:artifact-type: unknown MLM field \"mlm:artifact-type\" for MLM v1.5.2; "
                          "did you mean \"mlm:artifact_type\"?" + assumed));
}

TEST(Mlm003, KeysOutsideMlmObjectsAreIgnored) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:input/0/mlm:foo", "value": 1},
    {"op": "add", "path": "/mlm:foo", "value": 1}])");
  EXPECT_THAT(rendered_findings_of(kMlm003, doc), IsEmpty());
}

// --- MLM004 ---------------------------------------------------------------------------------------

TEST(Mlm004, FailsForAnIncompleteFrameworkVersion) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:framework_version", "value": "2.1"}])");
  EXPECT_THAT(rendered_findings_of(kMlm004, doc),
              ElementsAre("/properties/mlm:framework_version: \"2.1\" is not a full semantic version "
                          "(MAJOR.MINOR.PATCH[-pre][+build]); e.g. \"2.1.0\"."));
}

TEST(Mlm004, FrameworkVersionVariants) {
  auto version = [](std::string_view v) {
    return test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:framework_version", "value": ")" +
                           std::string(v) + R"("}])");
  };
  for (auto ok : {"2.1.2+cu121", "1.0.0-rc.1", "0.0.0", "1.2.3-0a.b-c+build.7"}) {
    EXPECT_THAT(rendered_findings_of(kMlm004, version(ok)), IsEmpty()) << ok;
  }
  EXPECT_THAT(rendered_findings_of(kMlm004, version("v2.1.0")),
              ElementsAre("/properties/mlm:framework_version: \"v2.1.0\" is not a full semantic version "
                          "(MAJOR.MINOR.PATCH[-pre][+build]); e.g. \"2.1.0\"."));
  EXPECT_THAT(rendered_findings_of(kMlm004, version("latest")),
              ElementsAre("/properties/mlm:framework_version: \"latest\" is not a full semantic version "
                          "(MAJOR.MINOR.PATCH[-pre][+build])."));
  for (auto bad : {"01.2.3", "1.2.3-01", "1.2.3+", "1.2.3.4", "1.2"}) {
    EXPECT_THAT(rendered_findings_of(kMlm004, version(bad)), SizeIs(1)) << bad;
  }
}

TEST(Mlm004, ModelName) {
  const auto bad = test::patched_b(R"j([{"op": "replace", "path": "/properties/mlm:name", "value": "ResNet-18 (S2)"}])j");
  EXPECT_THAT(rendered_findings_of(kMlm004, bad),
              ElementsAre("/properties/mlm:name: mlm:name \"ResNet-18 (S2)\" must start with a letter, end with a "
                          "letter or digit, be at least 3 characters long and contain only letters, digits, "
                          "whitespace, \"_\", \".\" and \"-\"."));
  for (auto name : {"ab", "1abc", "abc-"}) {
    const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:name", "value": ")" +
                                     std::string(name) + R"("}])");
    EXPECT_THAT(rendered_findings_of(kMlm004, doc), SizeIs(1)) << name;
  }
  const auto ok = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:name", "value": "abc"}])");
  EXPECT_THAT(rendered_findings_of(kMlm004, ok), IsEmpty());
}

TEST(Mlm004, Framework) {
  const auto bad = test::patched_b(R"([{"op": "add", "path": "/assets/model/mlm:framework", "value": " torch"}])");
  EXPECT_THAT(rendered_findings_of(kMlm004, bad),
              ElementsAre("/assets/model/mlm:framework: mlm:framework \" torch\" must not start or end with "
                          "whitespace, \".\", \"_\" or \"-\" and must be a single line."));
  const auto ok = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:framework", "value": "segmentation_models_pytorch"}])");
  EXPECT_THAT(rendered_findings_of(kMlm004, ok), IsEmpty());
  // v1.0.0 had no pattern, only a minimum length.
  const auto v100 = test::patched_b(R"([
    {"op": "replace", "path": "/stac_extensions/0", "value": "https://crim-ca.github.io/mlm-extension/v1.0.0/schema.json"},
    {"op": "replace", "path": "/properties/mlm:framework", "value": "torch_"}])");
  EXPECT_THAT(rendered_findings_of(kMlm004, v100), IsEmpty());
}

TEST(Mlm004, DimensionOrder) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/input/dim_order",
    "value": ["batch", "Bands", "height", "height"]},
    {"op": "replace", "path": "/properties/mlm:output/0/result/dim_order", "value": ["batch", "class2"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm004, doc),
              ElementsAre("/properties/mlm:input/0/input/dim_order/1: dimension name \"Bands\" may only contain "
                          "lower-case letters, \"-\" and \"_\"; use \"bands\".",
                          "/properties/mlm:input/0/input/dim_order/3: dimension name \"height\" appears more than "
                          "once in dim_order (first at index 2); dimension names must be unique.",
                          "/properties/mlm:output/0/result/dim_order/1: dimension name \"class2\" may only contain "
                          "lower-case letters, \"-\" and \"_\" (no digits or spaces)."));
}

TEST(Mlm004, Hyperparameters) {
  const auto empty = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:hyperparameters", "value": {}}])");
  EXPECT_THAT(rendered_findings_of(kMlm004, empty),
              ElementsAre("/properties/mlm:hyperparameters: mlm:hyperparameters is an empty object; list at least "
                          "one hyperparameter or remove the field."));
  const auto bad = test::patched_b(R"([{"op": "add", "path": "/properties/mlm:hyperparameters",
    "value": {"learning_rate": 0.01, "drop out": 0.5}}])");
  EXPECT_THAT(rendered_findings_of(kMlm004, bad),
              ElementsAre("/properties/mlm:hyperparameters/drop out: hyperparameter name \"drop out\" may only "
                          "contain letters, digits, \"_\", \".\" and \"-\"."));
}

TEST(Mlm004, WrongTypesAreLeftToTheSchema) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:name", "value": 5},
    {"op": "replace", "path": "/properties/mlm:framework_version", "value": ["2.1"]},
    {"op": "replace", "path": "/properties/mlm:input/0/input/dim_order", "value": "batch"}])");
  EXPECT_THAT(rendered_findings_of(kMlm004, doc), IsEmpty());
}

// --- MLM005 ---------------------------------------------------------------------------------------

TEST(Mlm005, FailsWhenStartIsAfterEnd) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/start_datetime", "value": "2019-01-01T00:00:00Z"}])");
  EXPECT_THAT(rendered_findings_of(kMlm005, doc),
              ElementsAre("/properties/start_datetime: start_datetime (2019-01-01T00:00:00Z) is after end_datetime "
                          "(2018-12-31T23:59:59Z); the range is inclusive and requires start <= end."));
}

TEST(Mlm005, EqualBoundsAndFractionsCompareAsInstants) {
  const auto equal = test::patched_b(R"([{"op": "replace", "path": "/properties/start_datetime", "value": "2018-12-31T23:59:59.000Z"}])");
  EXPECT_THAT(rendered_findings_of(kMlm005, equal), IsEmpty());
  const auto later = test::patched_b(R"([{"op": "replace", "path": "/properties/start_datetime", "value": "2018-12-31T23:59:59.05Z"}])");
  EXPECT_THAT(rendered_findings_of(kMlm005, later), SizeIs(1));
  const auto lower_case = test::patched_b(R"([{"op": "replace", "path": "/properties/end_datetime", "value": "2018-12-31t23:59:59+00:00"}])");
  EXPECT_THAT(rendered_findings_of(kMlm005, lower_case), IsEmpty());
}

TEST(Mlm005, MissingAndNullDatetime) {
  const auto missing = test::patched_b(R"([{"op": "remove", "path": "/properties/datetime"}])");
  EXPECT_THAT(rendered_findings_of(kMlm005, missing),
              ElementsAre("/properties: \"datetime\" is missing; STAC Items require it (null is allowed only together "
                          "with start_datetime and end_datetime)."));
  const auto half = test::patched_b(R"([{"op": "remove", "path": "/properties/end_datetime"}])");
  EXPECT_THAT(rendered_findings_of(kMlm005, half),
              ElementsAre("/properties/datetime: datetime is null but start_datetime and end_datetime are not both "
                          "given; set datetime or give the full range.",
                          "/properties/start_datetime: start_datetime is given without end_datetime; a date range "
                          "needs both."));
  const auto with_datetime = test::patched_b(R"([{"op": "remove", "path": "/properties/start_datetime"},
    {"op": "replace", "path": "/properties/datetime", "value": "2018-01-01T00:00:00Z"}])");
  EXPECT_THAT(rendered_findings_of(kMlm005, with_datetime),
              ElementsAre("/properties/end_datetime: end_datetime is given without start_datetime; a date range needs "
                          "both."));
}

TEST(Mlm005, Formats) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/datetime", "value": "2018-02-29T00:00:00Z"},
    {"op": "replace", "path": "/properties/start_datetime", "value": "2015-01-01T02:00:00+02:00"},
    {"op": "replace", "path": "/properties/end_datetime", "value": 2018}])");
  EXPECT_THAT(rendered_findings_of(kMlm005, doc),
              ElementsAre("/properties/datetime: datetime \"2018-02-29T00:00:00Z\" is not an RFC 3339 date-time in UTC "
                          "(YYYY-MM-DDThh:mm:ss[.frac]Z).",
                          "/properties/start_datetime: start_datetime \"2015-01-01T02:00:00+02:00\" is not in UTC; STAC "
                          "date-times use \"Z\": \"2015-01-01T00:00:00Z\".",
                          "/properties/end_datetime: end_datetime must be an RFC 3339 date-time string, got 2018."));
  for (auto bad : {"2018-06-01", "2018-06-01T00:00Z", "2018-13-01T00:00:00Z", "2018-06-01T24:00:00Z",
                   "2018-06-01T00:00:00.Z", "2018-06-01T00:00:00"}) {
    const auto d = test::patched_b(R"([{"op": "replace", "path": "/properties/datetime", "value": ")" +
                                   std::string(bad) + R"("}])");
    EXPECT_THAT(rendered_findings_of(kMlm005, d), SizeIs(1)) << bad;
  }
  const auto leap = test::patched_b(R"([{"op": "replace", "path": "/properties/datetime", "value": "2016-02-29T00:00:00.123Z"}])");
  EXPECT_THAT(rendered_findings_of(kMlm005, leap), IsEmpty());
}

TEST(Mlm005, CollectionIntervals) {
  const auto doc = R"({"type": "Collection", "extent": {"temporal": {"interval": [
    ["2015-01-01T00:00:00Z", null], ["2019-01-01T00:00:00Z", "2018-01-01T00:00:00Z"],
    ["2018-01-01T00:00:00Z", "2018-01-01T00:00:00Z"], "bad", [1, 2]]}}})";
  EXPECT_THAT(rendered_findings_of(kMlm005, doc),
              ElementsAre("/extent/temporal/interval/1/0: the temporal interval starts (2019-01-01T00:00:00Z) after it "
                          "ends (2018-01-01T00:00:00Z); intervals require start <= end (use null for an open end)."));
}

// --- MLM006 ---------------------------------------------------------------------------------------

TEST(Mlm006, FailsForTheLatitudeFirstWorldBbox) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/bbox", "value": [-90, -180, 90, 180]}])");
  EXPECT_THAT(rendered_findings_of(kMlm006, doc),
              ElementsAre("/bbox: latitudes must lie in [-90, 90] with south <= north (got south=-180, north=180); "
                          "bbox order is [west, south, east, north]; the values would be valid with longitude and "
                          "latitude swapped."));
}

TEST(Mlm006, AntimeridianAndWorldBboxPass) {
  const auto world = test::patched_b(R"([{"op": "replace", "path": "/bbox", "value": [-180, -90, 180, 90]}])");
  EXPECT_THAT(rendered_findings_of(kMlm006, world), IsEmpty());
  const auto crossing = test::patched_b(R"([{"op": "replace", "path": "/bbox", "value": [170, -10, -170, 10]}])");
  EXPECT_THAT(rendered_findings_of(kMlm006, crossing), IsEmpty());
}

TEST(Mlm006, BboxShapeAndRanges) {
  const auto length = test::patched_b(R"([{"op": "replace", "path": "/bbox", "value": [1, 2, 3]}])");
  EXPECT_THAT(rendered_findings_of(kMlm006, length),
              ElementsAre("/bbox: bbox must have 4 or 6 numbers ([west, south, east, north] or [west, south, zmin, "
                          "east, north, zmax]), got 3."));
  const auto strings = test::patched_b(R"([{"op": "replace", "path": "/bbox", "value": [-10, "35", 30, 60]}])");
  EXPECT_THAT(rendered_findings_of(kMlm006, strings), ElementsAre("/bbox/1: bbox entries must be numbers, got \"35\"."));
  const auto lon = test::patched_b(R"([{"op": "replace", "path": "/bbox", "value": [-10, 0, 5, 0, 10, -5]}])");
  EXPECT_THAT(rendered_findings_of(kMlm006, lon),
              ElementsAre("/bbox: zmin must not exceed zmax (got zmin=5, zmax=-5); bbox order is [west, south, zmin, "
                          "east, north, zmax]."));
  const auto not_array = test::patched_b(R"([{"op": "replace", "path": "/bbox", "value": "1,2,3,4"}])");
  EXPECT_THAT(rendered_findings_of(kMlm006, not_array),
              ElementsAre("/bbox: bbox must be an array of 4 or 6 numbers, got \"1,2,3,4\"."));
}

TEST(Mlm006, GeometryAndBboxPresence) {
  const auto null_geometry = test::patched_b(R"([{"op": "replace", "path": "/geometry", "value": null}])");
  EXPECT_THAT(rendered_findings_of(kMlm006, null_geometry),
              ElementsAre("/bbox: geometry is null but a bbox is given; an Item without geometry must not have a bbox "
                          "(remove it or add the geometry)."));
  const auto no_bbox = findings_of(kMlm006, test::patched_b(R"([{"op": "remove", "path": "/bbox"}])"));
  ASSERT_THAT(no_bbox, SizeIs(1));
  EXPECT_EQ(no_bbox[0].pointer, "");
  const auto both_null = test::patched_b(R"([{"op": "replace", "path": "/geometry", "value": null},
    {"op": "replace", "path": "/bbox", "value": null}])");
  EXPECT_THAT(rendered_findings_of(kMlm006, both_null), IsEmpty());
}

TEST(Mlm006, PositionsOutOfRange) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/geometry/coordinates",
    "value": [[[35.0, -10.0], [35.0, 190.0], [60.0, 190.0], [60.0, -10.0], [35.0, -10.0]]]}])");
  EXPECT_THAT(rendered_findings_of(kMlm006, doc),
              ElementsAre("/geometry/coordinates/0/1: position [35, 190] lies outside the valid range (longitude in "
                          "[-180, 180], latitude in [-90, 90]); GeoJSON positions are [longitude, latitude] (2 "
                          "positions are affected)."));
  const auto collection = test::patched_b(R"([{"op": "replace", "path": "/geometry",
    "value": {"type": "GeometryCollection", "geometries": [{"type": "Point", "coordinates": [200, 0]}]}}])");
  EXPECT_THAT(rendered_findings_of(kMlm006, collection),
              ElementsAre("/geometry/type: a GeometryCollection geometry is not supported for model Items; describe "
                          "the model's spatial domain with a Polygon or MultiPolygon.",
                          "/geometry/geometries/0/coordinates: position [200, 0] lies outside the valid range "
                          "(longitude in [-180, 180], latitude in [-90, 90]); GeoJSON positions are [longitude, "
                          "latitude]."));
}

TEST(Mlm006, MalformedGeometryIsTotal) {
  for (auto g : {R"("x")", R"({"type": "Polygon", "coordinates": "x"})", R"({"type": "Polygon", "coordinates": [[1], [[]], null, {}]})",
                 R"({"type": "Point"})", R"({"geometries": 5})"}) {
    const auto doc = test::patched_b(R"([{"op": "replace", "path": "/geometry", "value": )" + std::string(g) + "}]");
    EXPECT_THAT(rendered_findings_of(kMlm006, doc), IsEmpty()) << g;
  }
}

// --- MLM007 ---------------------------------------------------------------------------------------

TEST(Mlm007, FailsWhenEastDiffers) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/bbox", "value": [-10.0, 35.0, 31.0, 60.0]}])");
  EXPECT_THAT(rendered_findings_of(kMlm007, doc),
              ElementsAre("/bbox: bbox [-10, 35, 31, 60] does not match the geometry extent [-10, 35, 30, 60] (east "
                          "differs by 1)."));
}

TEST(Mlm007, ToleranceAndPreconditions) {
  const auto close = test::patched_b(R"([{"op": "replace", "path": "/bbox", "value": [-10.0000004, 35.0, 30.0, 60.0000004]}])");
  EXPECT_THAT(rendered_findings_of(kMlm007, close), IsEmpty());
  const auto beyond = test::patched_b(R"([{"op": "replace", "path": "/bbox", "value": [-10.000001, 35.0, 30.0, 60.0]}])");
  EXPECT_THAT(rendered_findings_of(kMlm007, beyond),
              ElementsAre("/bbox: bbox [-10.000001, 35, 30, 60] does not match the geometry extent [-10, 35, 30, 60] "
                          "(west differs by 1e-06)."));
  // MLM006 failures and antimeridian crossings are not compared.
  const auto invalid = test::patched_b(R"([{"op": "replace", "path": "/bbox", "value": [-90, -180, 90, 180]}])");
  EXPECT_THAT(rendered_findings_of(kMlm007, invalid), IsEmpty());
  const auto crossing = test::patched_b(R"([{"op": "replace", "path": "/bbox", "value": [170, 35, -170, 60]}])");
  EXPECT_THAT(rendered_findings_of(kMlm007, crossing), IsEmpty());
}

TEST(Mlm007, ThreeDimensionalBboxes) {
  const auto no_z = test::patched_b(R"([{"op": "replace", "path": "/bbox", "value": [-10, 35, 0, 30, 61, 100]}])");
  EXPECT_THAT(rendered_findings_of(kMlm007, no_z),
              ElementsAre("/bbox: bbox [-10, 35, 0, 30, 61, 100] does not match the geometry horizontal extent [-10, "
                          "35, 30, 60] (north differs by 1)."));
  const auto with_z = test::patched_b(R"([{"op": "replace", "path": "/bbox", "value": [0, 0, 0, 1, 1, 5]},
    {"op": "replace", "path": "/geometry", "value": {"type": "LineString", "coordinates": [[0, 0, 1], [1, 1, 5]]}}])");
  EXPECT_THAT(rendered_findings_of(kMlm007, with_z),
              ElementsAre("/bbox: bbox [0, 0, 0, 1, 1, 5] does not match the geometry extent [0, 0, 1, 1, 1, 5] (zmin "
                          "differs by 1)."));
}

TEST(Mlm007, FixReplacesTheBboxWithTheExtent) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/bbox", "value": [-10.0, 35.0, 31.0, 60.0]}])");
  const auto findings = findings_of(kMlm007, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: replace bbox with the geometry extent [-10, 35, 30, 60] | replace /bbox [-10, 35, 30, 60]");
  EXPECT_THAT(findings_of(kMlm007, apply_fix(doc, *findings[0].fix)), IsEmpty());
}

TEST(Mlm007, FixKeepsTheBboxLength) {
  // Elevations not compared (the positions have none) are kept; compared ones are replaced.
  const auto no_z = test::patched_b(R"([{"op": "replace", "path": "/bbox", "value": [-10, 35, 0, 30, 61, 100]}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm007, no_z).at(0).fix),
            "safe: replace bbox with the geometry extent [-10, 35, 0, 30, 60, 100] | replace /bbox [-10, 35, 0, 30, "
            "60, 100]");
  const auto with_z = test::patched_b(R"([{"op": "replace", "path": "/bbox", "value": [0, 0, 0, 1, 1, 5]},
    {"op": "replace", "path": "/geometry", "value": {"type": "LineString", "coordinates": [[0, 0, 1], [1, 1, 5]]}}])");
  const auto findings = findings_of(kMlm007, with_z);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: replace bbox with the geometry extent [0, 0, 1, 1, 1, 5] | replace /bbox [0, 0, 1, 1, 1, 5]");
  EXPECT_THAT(findings_of(kMlm007, apply_fix(with_z, *findings[0].fix)), IsEmpty());
}

TEST(Mlm007, NoFixForAGeometryThatMayCrossTheAntimeridian) {
  // Parts on both sides of the antimeridian: the true bbox has west > east, which positions alone cannot tell.
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/bbox", "value": [-180, 35, 180, 60]},
    {"op": "replace", "path": "/geometry", "value": {"type": "MultiPolygon", "coordinates": [
      [[[170, 35], [180, 35], [180, 60], [170, 60], [170, 35]]],
      [[[-180, 35], [-170, 35], [-170, 61], [-180, 60], [-180, 35]]]]}}])");
  const auto findings = findings_of(kMlm007, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix), "none");
}

TEST(Mlm007, MultiPartGeometries) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/geometry", "value": {"type": "MultiPolygon",
    "coordinates": [[[[-10, 35], [0, 35], [0, 40], [-10, 35]]], [[[20, 50], [30, 60], [25, 55], [20, 50]]]]}}])");
  EXPECT_THAT(rendered_findings_of(kMlm007, doc), IsEmpty());
}

// --- MLM008 ---------------------------------------------------------------------------------------

TEST(Mlm008, FailsForFalseWithASource) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:pretrained", "value": false}])");
  EXPECT_THAT(rendered_findings_of(kMlm008, doc),
              ElementsAre("/properties/mlm:pretrained_source: mlm:pretrained is false (trained from scratch) but "
                          "mlm:pretrained_source is \"ImageNet\"; set it to null or set mlm:pretrained to true."));
}

TEST(Mlm008, FromScratchWithNullPasses) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:pretrained", "value": false},
    {"op": "replace", "path": "/properties/mlm:pretrained_source", "value": null}])");
  EXPECT_THAT(rendered_findings_of(kMlm008, doc), IsEmpty());
}

TEST(Mlm008, MissingSourceAndNullSource) {
  const auto missing = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:pretrained", "value": false},
    {"op": "remove", "path": "/properties/mlm:pretrained_source"}])");
  EXPECT_THAT(rendered_findings_of(kMlm008, missing),
              ElementsAre("/properties/mlm:pretrained: mlm:pretrained is false but mlm:pretrained_source is missing; "
                          "add \"mlm:pretrained_source\": null to state that the model was trained from scratch."));
  const auto null_source = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:pretrained_source", "value": null}])");
  EXPECT_THAT(rendered_findings_of(kMlm008, null_source),
              ElementsAre("/properties/mlm:pretrained_source: mlm:pretrained is true but mlm:pretrained_source is null, "
                          "which means \"trained from scratch\"; name the pre-training dataset (e.g. \"ImageNet\") or "
                          "set mlm:pretrained to false."));
}

TEST(Mlm008, FixAddsTheMissingNullSource) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:pretrained", "value": false},
    {"op": "remove", "path": "/properties/mlm:pretrained_source"}])");
  const auto findings = findings_of(kMlm008, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: add \"mlm:pretrained_source\": null | add /properties/mlm:pretrained_source null");
  EXPECT_THAT(findings_of(kMlm008, apply_fix(doc, *findings[0].fix)), IsEmpty());
  // An asset trained from scratch gets the null next to its own "false".
  const auto asset = test::patched_b(R"([{"op": "remove", "path": "/properties/mlm:pretrained_source"},
    {"op": "add", "path": "/assets/model/mlm:pretrained", "value": false}])");
  const auto asset_findings = findings_of(kMlm008, asset);
  ASSERT_THAT(asset_findings, SizeIs(1));
  EXPECT_EQ(describe_fix(asset_findings[0].fix),
            "safe: add \"mlm:pretrained_source\": null | add /assets/model/mlm:pretrained_source null");
}

TEST(Mlm008, NoFixForAStringOrNullSourceOrWhenAnAssetWouldInheritTheNull) {
  // Cases 1 and 3: which of the two fields is wrong is for a person to decide.
  const auto with_source = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:pretrained", "value": false}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm008, with_source).at(0).fix), "none");
  const auto null_source = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:pretrained_source", "value": null}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm008, null_source).at(0).fix), "none");
  // The model asset is pre-trained with an unnamed source: an Item-level null would mean "from scratch" there.
  const auto inherited = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:pretrained", "value": false},
    {"op": "remove", "path": "/properties/mlm:pretrained_source"},
    {"op": "add", "path": "/assets/model/mlm:pretrained", "value": true}])");
  const auto findings = findings_of(kMlm008, inherited);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(findings[0].pointer, "/properties/mlm:pretrained");
  EXPECT_EQ(describe_fix(findings[0].fix), "none");
}

TEST(Mlm008, AssetOverridesUseEffectiveValues) {
  const auto doc = test::patched_b(R"([{"op": "add", "path": "/assets/model/mlm:pretrained", "value": false}])");
  EXPECT_THAT(rendered_findings_of(kMlm008, doc),
              ElementsAre("/assets/model/mlm:pretrained: mlm:pretrained is false (trained from scratch) but "
                          "mlm:pretrained_source is \"ImageNet\"; set it to null or set mlm:pretrained to true."));
  const auto consistent = test::patched_b(R"([{"op": "add", "path": "/assets/model/mlm:pretrained", "value": false},
    {"op": "add", "path": "/assets/model/mlm:pretrained_source", "value": null}])");
  EXPECT_THAT(rendered_findings_of(kMlm008, consistent), IsEmpty());
}

// --- MLM009 ---------------------------------------------------------------------------------------

TEST(Mlm009, FailsForAnEmptyTaskList) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:tasks", "value": []}])");
  EXPECT_THAT(rendered_findings_of(kMlm009, doc),
              ElementsAre("/properties/mlm:tasks: the task list is empty; name at least one task the model performs "
                          "(e.g. \"scene-classification\")."));
}

TEST(Mlm009, EmptyOutputTasksAndNonArrays) {
  const auto doc = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:output/0/tasks", "value": []}])");
  EXPECT_THAT(rendered_findings_of(kMlm009, doc),
              ElementsAre("/properties/mlm:output/0/tasks: the output's task list is empty; name at least one task "
                          "this output serves (one of mlm:tasks)."));
  const auto other = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:tasks", "value": "classification"}])");
  EXPECT_THAT(rendered_findings_of(kMlm009, other), IsEmpty());
}

// --- MLM010 ---------------------------------------------------------------------------------------

TEST(Mlm010, FailsForATodoPlaceholder) {
  const auto doc = test::patched_b(
      R"j([{"op": "replace", "path": "/properties/mlm:architecture", "value": "TODO: model architecture (e.g. ResNet-18)"}])j");
  EXPECT_THAT(rendered_findings_of(kMlm010, doc),
              ElementsAre("/properties/mlm:architecture: \"mlm:architecture\" is a placeholder left to fill: \"TODO: "
                          "model architecture (e.g. ResNet-18)\"; replace it with the real value."));
}

TEST(Mlm010, OneFindingPerPlaceholderAnywhere) {
  const auto doc = test::patched_b(patch({
      R"({"op": "replace", "path": "/properties/mlm:name", "value": "TODO model name"})",
      R"({"op": "replace", "path": "/assets/model/href", "value": "TODO: URL of the model artifact"})",
      R"({"op": "add", "path": "/properties/mlm:output/0/description", "value": "TODO"})",
  }));
  EXPECT_THAT(rendered_findings_of(kMlm010, doc),
              ElementsAre(HasSubstr("/properties/mlm:name: \"mlm:name\" is a placeholder"),
                          HasSubstr("/properties/mlm:output/0/description: \"description\" is a placeholder"),
                          HasSubstr("/assets/model/href: \"href\" is a placeholder")));
}

TEST(Mlm010, EmptyInputAndOutputLists) {
  const auto doc = test::patched_b(patch({
      R"({"op": "replace", "path": "/properties/mlm:input", "value": []})",
      R"({"op": "replace", "path": "/properties/mlm:output", "value": []})",
  }));
  EXPECT_THAT(rendered_findings_of(kMlm010, doc),
              ElementsAre("/properties/mlm:input: \"mlm:input\" is an empty list, a placeholder left to fill: describe "
                          "each model input (name, bands, the input structure's shape, dim_order and data_type).",
                          "/properties/mlm:output: \"mlm:output\" is an empty list, a placeholder left to fill: "
                          "describe each model output (name, tasks, the result structure's shape, dim_order and "
                          "data_type)."));
  const auto collection = R"({"type": "Collection", "mlm:input": [], "mlm:output": [{"name": "x"}]})";
  EXPECT_THAT(rendered_findings_of(kMlm010, collection), ElementsAre(HasSubstr("/mlm:input: ")));
}

TEST(Mlm010, WordsThatOnlyStartLikeTheMarkerPass) {
  const auto doc = test::patched_b(patch({
      R"({"op": "replace", "path": "/properties/mlm:architecture", "value": "TODOnet"})",
      R"({"op": "add", "path": "/properties/description", "value": "Todo: lower case is prose, not the marker"})",
  }));
  EXPECT_THAT(rendered_findings_of(kMlm010, doc), IsEmpty());
  EXPECT_THAT(rendered_findings_of(kMlm010, test::baseline_b()), IsEmpty());
}

// --- All rules of MLM0xx / MLM5xx / MLM6xx: totality and scale ------------------------------------

const RuleInfo* const kFamilyRules[] = {&kMlm001, &kMlm002, &kMlm003, &kMlm004, &kMlm005, &kMlm006, &kMlm007,
                                       &kMlm008, &kMlm009, &kMlm010, &kMlm501, &kMlm502, &kMlm503, &kMlm504, &kMlm505,
                                       &kMlm506, &kMlm507, &kMlm508, &kMlm509, &kMlm510, &kMlm511, &kMlm601,
                                       &kMlm602, &kMlm603, &kMlm604, &kMlm605, &kMlm606};

TEST(Mlm0xx5xx6xx, RulesAreTotalOnOddShapes) {
  const char* const docs[] = {
      "[]", "null", "42", "\"Feature\"", "{}", R"({"type": "Feature"})", R"({"type": "Collection"})",
      R"({"type": "Feature", "stac_extensions": "x", "properties": [], "assets": [], "links": {}, "bbox": {},
          "geometry": []})",
      R"({"type": "Feature", "stac_extensions": [1, null, {}, [], "https://stac-extensions.github.io/mlm/v/schema.json",
          "https://crim-ca.github.io/mlm-extension", "stac-extensions.github.io/mlm"],
          "properties": {"datetime": 5, "start_datetime": [], "end_datetime": {}, "mlm:input": {"a": 1},
            "mlm:output": [1, null, {"tasks": "x", "result": []}], "mlm:pretrained": "yes",
            "mlm:hyperparameters": [], "dlm:architecture": [1, {"type": 2}], "dlm:runtime": "x",
            "ml-model:prediction_type": 3, "mlm:tasks": {}, "file:size": null},
          "assets": {"a": null, "b": {"roles": "mlm:model", "mlm:pretrained": null}, "c": {"roles": [null, 3]}},
          "links": [null, {"rel": 5}, {"rel": "ml-model:train-data", "mlm:x": {}}],
          "geometry": {"type": "MultiPolygon", "coordinates": [[[[1, 2, 3, 4]], [["a", "b"]], [[]]]]},
          "bbox": [1e308, -1e308, 1.5, 2]})",
      R"({"type": "Collection", "extent": {"temporal": {"interval": [[], [null, null], ["x", "y"], 5]}},
          "summaries": [], "item_assets": {"x": 5}, "assets": [1]})",
  };
  for (const char* doc : docs) {
    for (const RuleInfo* rule : kFamilyRules) {
      EXPECT_NO_FATAL_FAILURE((void)findings_of(*rule, doc)) << rule->code << " on " << doc;
    }
  }
}

// Correctness on large inputs; speed is measured by scripts/bench, never by a timed test.
TEST(Mlm0xx5xx6xx, LargeDocumentsGiveTheExpectedFindings) {
  // 50,000 classes, a 100,000-vertex polygon, 5,000 assets and a 5,000-entry stac_extensions list.
  std::string classes;
  for (int i = 0; i < 50000; ++i) {
    classes += (i ? "," : "") + std::string(R"({"value": )") + std::to_string(i) + R"(, "name": "c)" +
               std::to_string(i) + R"(", "description": "d"})";
  }
  std::string ring;
  for (int i = 0; i < 100000; ++i) {
    ring += (i ? "," : "") + std::string("[") + std::to_string(-10.0 + 40.0 * i / 100000) + ", 35.0]";
  }
  ring += ", [30.0, 60.0], [-10.0, 60.0], [-10.0, 35.0]";
  std::string extra_assets;
  for (int i = 0; i < 5000; ++i) {
    extra_assets += R"(, {"op": "add", "path": "/assets/a)" + std::to_string(i) +
                    R"(", "value": {"href": "x", "roles": ["data"], "file:size": 1}})";
  }
  std::string extensions;
  for (int i = 0; i < 5000; ++i) {
    extensions += R"(, {"op": "add", "path": "/stac_extensions/-", "value": "https://example.com/x)" +
                  std::to_string(i % 2500) + R"(/v1.0.0/schema.json"})";
  }
  const auto doc = test::patched_b(
      R"([{"op": "replace", "path": "/properties/mlm:output/0/classification:classes", "value": [)" + classes +
      R"(]}, {"op": "replace", "path": "/geometry/coordinates", "value": [[)" + ring + "]]}" + extra_assets +
      extensions + "]");
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.parse(simdjson::padded_string(doc)).get(root), simdjson::SUCCESS);
  const RuleContext ctx = make_rule_context(root);
  std::size_t total = 0;
  for (const RuleInfo* rule : kFamilyRules) total += run_rule(*rule, ctx).size();
  EXPECT_EQ(total, 2500u);  // MLM507: the second half of the synthetic extension list repeats the first
}

}  // namespace
}  // namespace mlmlint::rules

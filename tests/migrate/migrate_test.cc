// `mlm-lint migrate` (lib/migrate*.cc): the acceptance over every bundled legacy example, then one test
// per mapping of RULES.md T10/T11/T12 and the CHANGELOG.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlmlint/core/json_pointer.h"
#include "mlmlint/core/json_value.h"
#include "mlmlint/engine/linter.h"
#include "mlmlint/migrate/migrate.h"
#include "rule_harness.h"
#include "test_files.h"

namespace mlmlint {
namespace {

using test::read_text;

namespace fs = std::filesystem;
using ::testing::HasSubstr;

const fs::path kExamples = fs::path(MLMLINT_TESTDATA_DIR) / "examples";
constexpr std::string_view kTarget = "https://stac-extensions.github.io/mlm/v1.5.2/schema.json";

const Linter& linter() {
  static const Linter instance{LintOptions{}};
  return instance;
}

std::vector<std::string> errors_of(const std::string& name, const std::string& text) {
  std::vector<std::string> out;
  for (const auto& d : linter().lint_buffer(name, text).diagnostics) {
    if (d.severity == Severity::kError) out.push_back(d.code + " " + d.pointer + ": " + d.message);
  }
  return out;
}

// The value at `pointer` of a JSON text; nullopt when absent.
std::optional<JsonValue> at(const std::string& text, std::string_view pointer) {
  auto doc = JsonValue::parse(text);
  if (!doc) return std::nullopt;
  JsonValue* v = &*doc;
  for (const auto& token : split_pointer(pointer)) {
    if (v->object()) {
      v = v->find(token);
    } else if (v->array() && !token.empty() && token.find_first_not_of("0123456789") == std::string::npos &&
               std::stoul(token) < v->array()->size()) {
      v = &(*v->array())[std::stoul(token)];
    } else {
      v = nullptr;
    }
    if (!v) return std::nullopt;
  }
  return *v;
}

void replace_once(std::string& text, std::string_view from, std::string_view to) {
  const auto at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  text.replace(at, from.size(), to);
}

void replace_last(std::string& text, std::string_view from, std::string_view to) {
  const auto at = text.rfind(from);
  ASSERT_NE(at, std::string::npos) << from;
  text.replace(at, from.size(), to);
}

std::string json_at(const std::string& text, std::string_view pointer) {
  auto v = at(text, pointer);
  return v ? v->dump(0) : "<absent>";
}

const MigrationNote* note_at(const MigrationResult& r, std::string_view pointer) {
  for (const auto& n : r.notes) {
    if (n.pointer == pointer) return &n;
  }
  return nullptr;
}

// --- acceptance ------------------------------------------------------------------------------------

std::vector<fs::path> legacy_examples() {
  std::vector<fs::path> out;
  for (const char* dir : {"ml-model/v1.0.0", "dlm/v1.0.0", "mlm/v1.0.0", "mlm/v1.1.0", "mlm/v1.2.0", "mlm/v1.3.0",
                          "mlm/v1.4.0", "mlm/v1.5.0", "mlm/v1.5.1"}) {
    for (const auto& entry : fs::recursive_directory_iterator(kExamples / dir)) {
      if (entry.path().extension() == ".json") out.push_back(entry.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(MigrateAcceptance, EveryLegacyExampleMigratesWithoutErrorsAndIsStable) {
  const auto files = legacy_examples();
  ASSERT_EQ(files.size(), 65u);  // 4 ml-model + 5 DLM + 56 MLM v1.0.0-v1.5.1
  for (const auto& path : files) {
    const std::string name = fs::relative(path, kExamples).generic_string();
    SCOPED_TRACE(name);
    const std::string original = read_text(path);
    const MigrationResult first = migrate_text(original);
    ASSERT_TRUE(first.ok) << first.error;
    EXPECT_FALSE(first.source.empty());
    EXPECT_TRUE(first.changed);
    EXPECT_THAT(errors_of(name, first.text), ::testing::IsEmpty());
    EXPECT_EQ(first.text.find("ml-model:"), std::string::npos);
    EXPECT_EQ(first.text.find("dlm:"), std::string::npos);
    const MigrationResult second = migrate_text(first.text);
    ASSERT_TRUE(second.ok);
    EXPECT_EQ(second.text, first.text);
    EXPECT_FALSE(second.changed);
    EXPECT_THAT(second.notes, ::testing::IsEmpty());
  }
}

// The DLM-era Item (v1.0.0-beta.3): every dlm:* field is mapped or kept in the notes; what still fails
// is STAC core / eo content that no model migration can decide (provider roles, an eo common name).
TEST(MigrateAcceptance, DlmBetaExampleKeepsOnlyNonModelErrors) {
  const std::string original = read_text(kExamples / "mlm/v1.0.0-beta.3/item.json");
  const MigrationResult r = migrate_text(original);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.source, "DLM (dl-model)");
  EXPECT_TRUE(r.manual_work_remaining());
  EXPECT_EQ(r.text.find("dlm:"), std::string::npos);
  for (const auto& d : linter().lint_buffer("item.json", r.text).diagnostics) {
    if (d.severity != Severity::kError) continue;
    EXPECT_EQ(d.code, "MLM000") << d.pointer << ": " << d.message;
    EXPECT_TRUE(d.pointer.starts_with("/properties/providers/") || d.pointer.starts_with("/properties/eo:bands/"))
        << d.pointer << ": " << d.message;
  }
  // The layer summary has no MLM place: it is in the notes, whole.
  const MigrationNote* summary = note_at(r, "/properties/dlm:architecture/summary");
  ASSERT_NE(summary, nullptr);
  EXPECT_EQ(summary->kind, MigrationNoteKind::kManual);
  ASSERT_TRUE(summary->original.has_value());
  EXPECT_THAT(*summary->original, HasSubstr("Estimated Total Size (MB)= 183.72"));
  EXPECT_EQ(migrate_text(r.text).text, r.text);
}

// --- general behaviour -----------------------------------------------------------------------------

TEST(Migrate, InvalidJsonIsRefused) {
  const MigrationResult r = migrate_text("{\"type\": \"Feature\",}");
  EXPECT_FALSE(r.ok);
  EXPECT_THAT(r.error, HasSubstr("not valid JSON"));
  EXPECT_TRUE(r.text.empty());
}

TEST(Migrate, ADocumentThatRepeatsAKeyIsRefused) {
  // Found by fuzz_migrate: a class object with "color_hint" twice lost only the first copy, so a second
  // migration changed the output again. Which copy the author meant is not migrate's guess to make.
  const MigrationResult r = migrate_text(R"({"type": "Feature", "stac_extensions": [], "properties": {
      "mlm:name": "m", "mlm:output": [{"name": "o", "classification:classes": [
        {"value": 0, "name": "a", "color_hint": null, "title": "A", "color_hint": null}]}]}})");
  EXPECT_FALSE(r.ok);
  EXPECT_FALSE(r.changed);
  EXPECT_THAT(r.error, HasSubstr("\"color_hint\" appears more than once in /properties/mlm:output/0/classification:classes/0"));
  EXPECT_THAT(r.error, HasSubstr("MLM903"));
}

TEST(Migrate, RepeatedKeysInADocumentWithoutModelMetadataDoNotMatter) {
  const std::string text = R"({"type": "Feature", "id": "a", "id": "b"})";
  const MigrationResult r = migrate_text(text);
  EXPECT_TRUE(r.ok);
  EXPECT_FALSE(r.changed);
  EXPECT_EQ(r.text, text);
}

TEST(Migrate, DocumentsWithoutModelMetadataAreLeftAlone) {
  const std::string text = read_text(kExamples / "trainingdml-ai/v1.0.0/WHU-building_Dataset/item.json");
  const MigrationResult r = migrate_text(text);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.source, "");
  EXPECT_EQ(r.text, text);
  EXPECT_FALSE(r.changed);
  EXPECT_TRUE(r.notes.empty());
}

TEST(Migrate, CurrentDocumentsWithoutDefectsAreUnchanged) {
  const std::string text = R"({
    "type": "Feature", "stac_version": "1.0.0",
    "stac_extensions": ["https://stac-extensions.github.io/mlm/v1.5.2/schema.json"],
    "id": "m", "geometry": null,
    "properties": {"datetime": "2020-01-01T00:00:00Z", "mlm:name": "My model", "mlm:architecture": "U-Net",
                   "mlm:tasks": [], "mlm:input": [], "mlm:output": []},
    "links": [],
    "assets": {"m": {"href": "m.pt", "roles": ["mlm:model"], "mlm:artifact_type": "torch.save"}}})";
  const MigrationResult r = migrate_text(text);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.source, "MLM v1.5.2");
  EXPECT_FALSE(r.changed);
  EXPECT_TRUE(r.notes.empty());
  EXPECT_FALSE(r.manual_work_remaining());
}

TEST(Migrate, KeepsLayoutKeyOrderAndByteOrderMark) {
  const std::string text =
      "\xEF\xBB\xBF{\n    \"type\": \"Feature\",\n    \"stac_extensions\": [\n        "
      "\"https://crim-ca.github.io/mlm-extension/v1.3.0/schema.json\"\n    ],\n    \"properties\": {\n        "
      "\"mlm:name\": \"My model\",\n        \"datetime\": null\n    }\n}\n";
  const MigrationResult r = migrate_text(text);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.text.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_THAT(r.text, HasSubstr("\n    \"stac_extensions\": [\n        \"" + std::string(kTarget) + "\"\n    ],\n"
                                "    \"properties\": {\n        \"mlm:name\": \"My model\",\n"));
}

// --- stac_extensions -----------------------------------------------------------------------------

TEST(MigrateExtensions, OneMlmUriOfTheTargetVersionWhereTheFirstStood) {
  const MigrationResult r = migrate_text(R"({"type": "Collection", "stac_extensions": [
      "https://stac-extensions.github.io/eo/v1.1.0/schema.json",
      "https://crim-ca.github.io/mlm-extension/v1.2.0/schema.json",
      "https://stac-extensions.github.io/mlm/v1.4.0/schema.json"], "mlm:name": "x"})");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(json_at(r.text, "/stac_extensions"),
            "[\"https://stac-extensions.github.io/eo/v1.1.0/schema.json\", \"" + std::string(kTarget) + "\"]");
  const MigrationNote* removed = note_at(r, "/stac_extensions/2");
  ASSERT_NE(removed, nullptr);
  EXPECT_EQ(removed->original, "\"https://stac-extensions.github.io/mlm/v1.4.0/schema.json\"");
}

TEST(MigrateExtensions, MlmIsDeclaredWhenItsRolesAreUsed) {
  // The MLM examples' collection.json uses the mlm:model role without declaring MLM (RULES.md Q17).
  const MigrationResult r = migrate_text(R"({"type": "Collection", "stac_extensions": [],
      "item_assets": {"weights": {"roles": ["mlm:model"]}}})");
  EXPECT_EQ(json_at(r.text, "/stac_extensions"), "[\"" + std::string(kTarget) + "\"]");
}

// --- ml-model (T11) --------------------------------------------------------------------------------

const std::string kMlModelItem = R"({
  "type": "Feature", "stac_version": "1.0.0", "id": "cyclone-model",
  "stac_extensions": ["https://stac-extensions.github.io/ml-model/v1.0.0/schema.json"],
  "geometry": null,
  "properties": {
    "datetime": null, "start_datetime": "2000-01-01T00:00:00Z", "end_datetime": "2019-12-12T23:59:59Z",
    "ml-model:type": "ml-model",
    "ml-model:learning_approach": "supervised",
    "ml-model:prediction_type": "regression",
    "ml-model:architecture": "resnet18",
    "ml-model:training-os": "linux"
  },
  "links": [
    {"rel": "ml-model:inferencing-image", "href": "docker.io/org/model:1", "type": "docker-image"},
    {"rel": "ml-model:train-data", "href": "https://example.com/train.json"},
    {"rel": "ml-model:test-data", "href": "https://example.com/test.json"}
  ],
  "assets": {
    "compose": {"href": "inferencing.yml", "roles": ["ml-model:inference-runtime"], "ml-model:requires-gpu": true},
    "checkpoint": {"href": "https://example.com/last.ckpt", "roles": ["ml-model:checkpoint"]}
  }
})";

TEST(MigrateMlModel, PropertiesMapOrAreKeptInTheNotes) {
  const MigrationResult r = migrate_text(kMlModelItem);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.source, "ml-model v1.0.0");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:tasks"), "[\"regression\"]");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:architecture"), "\"resnet18\"");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:name"), "\"cyclone-model\"");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:input"), "[]");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:output"), "[]");
  EXPECT_EQ(json_at(r.text, "/stac_extensions/0"), "\"" + std::string(kTarget) + "\"");
  // mlm:tasks and mlm:architecture take the place of the ml-model keys.
  EXPECT_LT(r.text.find("\"mlm:tasks\""), r.text.find("\"mlm:architecture\""));
  EXPECT_LT(r.text.find("\"end_datetime\""), r.text.find("\"mlm:tasks\""));

  const MigrationNote* type = note_at(r, "/properties/ml-model:type");
  ASSERT_NE(type, nullptr);
  EXPECT_EQ(type->kind, MigrationNoteKind::kChanged);
  const MigrationNote* approach = note_at(r, "/properties/ml-model:learning_approach");
  ASSERT_NE(approach, nullptr);
  EXPECT_EQ(approach->kind, MigrationNoteKind::kManual);
  EXPECT_EQ(approach->original, "\"supervised\"");
  EXPECT_THAT(approach->suggestion, HasSubstr("derived_from"));
  const MigrationNote* os = note_at(r, "/properties/ml-model:training-os");
  ASSERT_NE(os, nullptr);
  EXPECT_EQ(os->original, "\"linux\"");
  EXPECT_TRUE(r.manual_work_remaining());
  EXPECT_THAT(errors_of("item.json", r.text), ::testing::IsEmpty());
}

TEST(MigrateMlModel, RolesAndCheckpoints) {
  const MigrationResult r = migrate_text(kMlModelItem);
  EXPECT_EQ(json_at(r.text, "/assets/compose/roles"), "[\"mlm:inference-runtime\"]");
  EXPECT_EQ(json_at(r.text, "/assets/compose/mlm:accelerator"), "\"cuda\"");
  EXPECT_EQ(json_at(r.text, "/assets/compose/ml-model:requires-gpu"), "<absent>");
  EXPECT_EQ(json_at(r.text, "/assets/checkpoint/roles"), "[\"mlm:model\", \"mlm:checkpoint\"]");
  EXPECT_EQ(json_at(r.text, "/assets/checkpoint/mlm:artifact_type"), "\"torch.save\"");
  const MigrationNote* artifact = note_at(r, "/assets/checkpoint/mlm:artifact_type");
  ASSERT_NE(artifact, nullptr);
  EXPECT_EQ(artifact->kind, MigrationNoteKind::kReview);
}

TEST(MigrateMlModel, ACheckpointIsNotTakenForPyTorchWithoutEvidence) {
  // A scikit-learn model saved with joblib: nothing tells how it was saved, so a person must say it.
  const MigrationResult r = migrate_text(test::read_testdata("rules/legacy/ml_model_v1_sklearn.json"));
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(json_at(r.text, "/assets/model/roles"), "[\"mlm:model\", \"mlm:checkpoint\"]");
  EXPECT_THAT(json_at(r.text, "/assets/model/mlm:artifact_type"), ::testing::HasSubstr("TODO: how the model artifact"));
  const MigrationNote* artifact = note_at(r, "/assets/model/mlm:artifact_type");
  ASSERT_NE(artifact, nullptr);
  EXPECT_EQ(artifact->kind, MigrationNoteKind::kManual);
}

TEST(MigrateMlModel, RelationsBecomeDerivedFromAndRuntimeAssets) {
  const MigrationResult r = migrate_text(kMlModelItem);
  EXPECT_EQ(json_at(r.text, "/links"),
            R"([{"rel": "derived_from", "ml-aoi:split": "train", "href": "https://example.com/train.json"}, )"
            R"({"rel": "derived_from", "ml-aoi:split": "test", "href": "https://example.com/test.json"}])");
  EXPECT_EQ(json_at(r.text, "/assets/inference-image"),
            R"({"href": "docker.io/org/model:1", "type": "docker-image", "roles": ["runtime", "mlm:inference-runtime"]})");
  EXPECT_EQ(json_at(r.text, "/stac_extensions/1"), "\"https://stac-extensions.github.io/ml-aoi/v0.2.0/schema.json\"");
  const MigrationNote* image = note_at(r, "/links/0");
  ASSERT_NE(image, nullptr);
  EXPECT_THAT(*image->original, HasSubstr("ml-model:inferencing-image"));
}

TEST(MigrateMlModel, ImageLinksOfAnItemWithoutAssets) {
  const MigrationResult r = migrate_text(R"({"type": "Feature", "id": "m", "properties": {"datetime": null,
      "start_datetime": "2000-01-01T00:00:00Z", "end_datetime": "2001-01-01T00:00:00Z",
      "ml-model:architecture": "RCNN"},
      "links": [{"rel": "self", "href": "m.json"}, {"rel": "ml-model:training-image", "href": "docker.io/t:1"}]})");
  EXPECT_EQ(json_at(r.text, "/links"), R"([{"rel": "self", "href": "m.json"}])");
  EXPECT_EQ(json_at(r.text, "/assets/training-image/roles"), R"(["runtime", "mlm:training-runtime"])");
  EXPECT_EQ(json_at(r.text, "/assets/model/roles"), R"(["mlm:model"])");
}

TEST(MigrateMlModel, MlModelFieldsOnAnImageLinkAreMigratedWithTheAsset) {
  // Found by fuzz_migrate: the link's members move into the new asset, so its ml-model fields must be handled
  // there in the same run; before, the second migration of the output still removed them.
  const MigrationResult r = migrate_text(R"({"type": "Feature", "id": "m", "properties": {"datetime": null,
      "start_datetime": "2000-01-01T00:00:00Z", "end_datetime": "2001-01-01T00:00:00Z",
      "ml-model:architecture": "RCNN"},
      "links": [{"rel": "ml-model:inferencing-image", "href": "docker.io/t:1", "ml-model:type": "ml-model"}]})");
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(json_at(r.text, "/assets/inference-image"),
            R"({"href": "docker.io/t:1", "roles": ["runtime", "mlm:inference-runtime"]})");
  const MigrationNote* removed = note_at(r, "/assets/inference-image/ml-model:type");
  ASSERT_NE(removed, nullptr);
  EXPECT_EQ(removed->original, "\"ml-model\"");
  const MigrationResult again = migrate_text(r.text);
  EXPECT_FALSE(again.changed);
  EXPECT_EQ(again.text, r.text);
}

TEST(MigrateMlModel, AnItemWithoutModelArtifactGetsAPlaceholderAsset) {
  const std::string text = read_text(kExamples / "ml-model/v1.0.0/dummy/item.json");
  const MigrationResult r = migrate_text(text);
  EXPECT_EQ(json_at(r.text, "/assets/model-2/roles"), "[\"mlm:model\"]");
  EXPECT_THAT(json_at(r.text, "/assets/model-2/href"), HasSubstr("TODO"));
  EXPECT_THAT(json_at(r.text, "/assets/model-2/mlm:artifact_type"), HasSubstr("TODO"));
  const MigrationNote* placeholder = note_at(r, "/assets/model-2");
  ASSERT_NE(placeholder, nullptr);
  EXPECT_EQ(placeholder->kind, MigrationNoteKind::kManual);
}

TEST(MigrateMlModel, CollectionSummariesAreKeptInTheNotes) {
  // MLM v1.5.2's schema rejects array summaries in Collections (RULES.md §6 G7).
  const MigrationResult r = migrate_text(read_text(kExamples / "ml-model/v1.0.0/dummy/collection.json"));
  EXPECT_EQ(json_at(r.text, "/summaries"), "<absent>");
  EXPECT_EQ(json_at(r.text, "/stac_extensions"), "[]");
  const MigrationNote* tasks = note_at(r, "/summaries/ml-model:prediction_type");
  ASSERT_NE(tasks, nullptr);
  EXPECT_EQ(tasks->kind, MigrationNoteKind::kManual);
  EXPECT_EQ(tasks->original, "[\"object-detection\"]");
}

// --- MLM versions (T10, CHANGELOG) -----------------------------------------------------------------

std::string mlm_item(std::string_view version_uri, std::string_view input, std::string_view extra_properties = "",
                     std::string_view asset = R"("href": "https://example.com/model.pth", "roles": ["mlm:model"])") {
  return std::string(R"({"type": "Feature", "stac_version": "1.0.0", "id": "x", "geometry": null, "links": [],
    "stac_extensions": [")") + std::string(version_uri) + R"("],
    "properties": {"datetime": "2020-01-01T00:00:00Z", "mlm:name": "My model", "mlm:architecture": "ResNet",
      "mlm:tasks": ["classification"], "mlm:framework": "PyTorch",)" +
         std::string(extra_properties) + R"( "mlm:input": [)" + std::string(input) + R"(], "mlm:output": []},
    "assets": {"model": {)" + std::string(asset) + "}}}";
}

constexpr std::string_view kV13 = "https://crim-ca.github.io/mlm-extension/v1.3.0/schema.json";

TEST(MigrateMlm, ZScoreStatisticsPerChannelBecomeValueScaling) {
  const MigrationResult r = migrate_text(mlm_item(kV13, R"({"name": "in", "bands": [],
      "input": {"shape": [-1, 2, 8, 8], "dim_order": ["batch", "channel", "height", "width"], "data_type": "float32"},
      "norm_by_channel": true, "norm_type": "z-score", "resize_type": null,
      "statistics": [{"mean": 1, "stddev": 2}, {"mean": 3, "stddev": 4}]})"));
  EXPECT_EQ(json_at(r.text, "/properties/mlm:input/0"),
            R"({"name": "in", "bands": [], "input": {"shape": [-1, 2, 8, 8], "dim_order": ["batch", "channel", )"
            R"("height", "width"], "data_type": "float32"}, "resize_type": null, "value_scaling": [{"type": )"
            R"("z-score", "mean": 1, "stddev": 2}, {"type": "z-score", "mean": 3, "stddev": 4}]})");
  const MigrationNote* n = note_at(r, "/properties/mlm:input/0/value_scaling");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->kind, MigrationNoteKind::kChanged);
  EXPECT_THAT(*n->original, HasSubstr("\"norm_type\": \"z-score\""));
}

TEST(MigrateMlm, MinMaxForAllChannelsUsesTheFirstStatistics) {
  const MigrationResult r = migrate_text(mlm_item(kV13, R"({"name": "in", "bands": [],
      "input": {"shape": [-1, 2], "dim_order": ["batch", "channel"], "data_type": "float32"},
      "norm_type": "min-max", "norm_by_channel": false,
      "statistics": [{"minimum": 0, "maximum": 10000}, {"minimum": 5, "maximum": 6}]})"));
  EXPECT_EQ(json_at(r.text, "/properties/mlm:input/0/value_scaling"),
            R"([{"type": "min-max", "minimum": 0, "maximum": 10000}])");
  // The second statistics entry is not kept by the scaling: the note says so and holds it.
  const MigrationNote* n = note_at(r, "/properties/mlm:input/0/value_scaling");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->kind, MigrationNoteKind::kReview);
  EXPECT_THAT(*n->original, HasSubstr("\"maximum\": 6"));
}

TEST(MigrateMlm, NoNormalisationBecomesValueScalingNull) {
  const MigrationResult r = migrate_text(mlm_item(kV13, R"({"name": "in", "bands": [],
      "input": {"shape": [-1, 2], "dim_order": ["batch", "channel"], "data_type": "float32"},
      "norm_by_channel": false, "norm_type": null})"));
  EXPECT_EQ(json_at(r.text, "/properties/mlm:input/0/value_scaling"), "null");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:input/0/norm_type"), "<absent>");
}

TEST(MigrateMlm, UnmappableNormalisationIsKeptInTheNotes) {
  const MigrationResult r = migrate_text(mlm_item(kV13, R"({"name": "in", "bands": [],
      "input": {"shape": [-1, 2], "dim_order": ["batch", "channel"], "data_type": "float32"},
      "norm_type": "l2", "norm_clip": [1, 2]})"));
  EXPECT_EQ(json_at(r.text, "/properties/mlm:input/0/value_scaling"), "<absent>");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:input/0/norm_type"), "<absent>");
  const MigrationNote* n = note_at(r, "/properties/mlm:input/0");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->kind, MigrationNoteKind::kManual);
  EXPECT_EQ(n->original, R"({"norm_type": "l2", "norm_clip": [1, 2]})");
}

TEST(MigrateMlm, RenamedFieldsOfT10) {
  const std::string text = mlm_item(kV13, R"({"name": "in", "bands": [],
      "input": {"shape": [-1, 2], "dim_names": ["batch", "channel"], "dtype": "float32"}})",
                                    R"("mlm:file_size": 1024, "mlm:batch_size": 8,)");
  const MigrationResult r = migrate_text(text);
  EXPECT_EQ(json_at(r.text, "/properties/mlm:input/0/input"),
            R"({"shape": [-1, 2], "dim_order": ["batch", "channel"], "data_type": "float32"})");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:batch_size_suggestion"), "8");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:file_size"), "<absent>");
  EXPECT_EQ(json_at(r.text, "/assets/model/file:size"), "1024");
  EXPECT_EQ(json_at(r.text, "/stac_extensions/1"), "\"https://stac-extensions.github.io/file/v2.1.0/schema.json\"");
}

TEST(MigrateMlm, TaskBecomesTasks) {
  std::string text = mlm_item(kV13, "");
  replace_once(text, "\"mlm:tasks\": [\"classification\"]", "\"mlm:task\": \"classification\"");
  const MigrationResult r = migrate_text(text);
  EXPECT_EQ(json_at(r.text, "/properties/mlm:tasks"), "[\"classification\"]");
}

TEST(MigrateMlm, ClassesAndColourHints) {
  std::string text = mlm_item(kV13, "");
  replace_once(text, "\"mlm:output\": []", R"("mlm:output": [{"name": "out", "tasks": ["classification"],
      "result": {"shape": [-1, 3], "dim_order": ["batch", "class"], "data_type": "uint8"},
      "classification_classes": [{"value": 0, "name": "a", "description": "A", "color_hint": [0, 255, 16]},
                                 {"value": 1, "name": "b", "color_hint": null},
                                 {"value": 2, "name": "c", "description": "C", "color_hint": "#00ff00"}]}])");
  const MigrationResult r = migrate_text(text);
  EXPECT_EQ(json_at(r.text, "/properties/mlm:output/0/classification:classes"),
            R"([{"value": 0, "name": "a", "description": "A", "color_hint": "00FF10"}, )"
            R"({"value": 1, "name": "b", "description": "b"}, )"
            R"({"value": 2, "name": "c", "description": "C", "color_hint": "00ff00"}])");
  EXPECT_THAT(errors_of("item.json", r.text), ::testing::IsEmpty());
}

TEST(MigrateMlm, ArtifactTypesAreInferredOrLeftAsPlaceholders) {
  auto artifact = [](std::string_view href, std::string_view framework) {
    std::string text = mlm_item(kV13, "", "", std::string(R"("href": ")") + std::string(href) +
                                                   R"(", "roles": ["mlm:model"])");
    replace_once(text, "\"PyTorch\"", "\"" + std::string(framework) + "\"");
    return migrate_text(text);
  };
  EXPECT_EQ(json_at(artifact("m.pt2", "PyTorch").text, "/assets/model/mlm:artifact_type"), "\"torch.export.save\"");
  EXPECT_EQ(json_at(artifact("m.pth?download=1", "PyTorch").text, "/assets/model/mlm:artifact_type"),
            "\"torch.save\"");
  EXPECT_EQ(json_at(artifact("m.safetensors", "PyTorch").text, "/assets/model/mlm:artifact_type"),
            "\"safetensors.torch.save_file\"");
  EXPECT_EQ(json_at(artifact("m.keras", "TensorFlow").text, "/assets/model/mlm:artifact_type"),
            "\"tf.keras.Model.save\"");
  const MigrationResult unknown = artifact("https://example.com/card", "PyTorch");
  EXPECT_THAT(json_at(unknown.text, "/assets/model/mlm:artifact_type"), HasSubstr("TODO"));
  const MigrationNote* n = note_at(unknown, "/assets/model/mlm:artifact_type");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->kind, MigrationNoteKind::kManual);
}

TEST(MigrateMlm, SourceCodeLosesTheV10ModelRoleWorkaround) {
  std::string text = mlm_item("https://crim-ca.github.io/mlm-extension/v1.0.0/schema.json", "");
  replace_last(text, "}}}",
               R"(}, "code": {"href": "https://example.com/model.py", "roles": ["mlm:model", "code"]}}})");
  const MigrationResult r = migrate_text(text);
  EXPECT_EQ(json_at(r.text, "/assets/code/roles"), "[\"mlm:source_code\", \"code\"]");
  EXPECT_EQ(json_at(r.text, "/assets/code/mlm:artifact_type"), "<absent>");
}

TEST(MigrateMlm, ChannelBecomesTheReservedBandsDimension) {
  std::string text = mlm_item(kV13, R"({"name": "in", "bands": ["B1", "B2"],
      "input": {"shape": [-1, 13, 8, 8], "dim_order": ["batch", "channel", "height", "width"], "data_type": "float32"}},
      {"name": "ndvi", "bands": ["B1", "B2"], "pre_processing_function": {"format": "gdal-calc", "expression": "A-B"},
      "input": {"shape": [-1, 1, 8, 8], "dim_order": ["batch", "ndvi", "height", "width"], "data_type": "float32"}},
      {"name": "dem", "input": {"shape": [-1, 1], "dim_order": ["batch", "bands"], "data_type": "float32"}})",
                              R"("raster:bands": [{"name": "B1"}, {"name": "B2"}],)");
  const MigrationResult r = migrate_text(text);
  EXPECT_EQ(json_at(r.text, "/properties/mlm:input/0/input/dim_order"), R"(["batch", "bands", "height", "width"])");
  // 13 was a left-over of another band selection: the size now follows the two listed bands.
  EXPECT_EQ(json_at(r.text, "/properties/mlm:input/0/input/shape"), "[-1, 2, 8, 8]");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:input/1/input/dim_order"), R"(["batch", "bands", "height", "width"])");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:input/1/input/shape"), "[-1, 1, 8, 8]");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:input/2/input/dim_order"), R"(["batch", "channel"])");
  // The band list moved to the model asset, where the MLM schema looks for it since v1.3.0.
  EXPECT_EQ(json_at(r.text, "/properties/raster:bands"), "<absent>");
  EXPECT_EQ(json_at(r.text, "/assets/model/raster:bands"), R"([{"name": "B1"}, {"name": "B2"}])");
}

TEST(MigrateRepair, BandAndVariableReferencesResolveToTheirDefinition) {
  std::string text = mlm_item("https://stac-extensions.github.io/mlm/v1.5.0/schema.json",
                              R"({"name": "in", "bands": ["B04", "red"], "variables": ["temperature_2m"],
      "input": {"shape": [-1, 2, 1], "dim_order": ["batch", "bands", "variables"], "data_type": "float32"}})",
                              R"("eo:bands": [{"name": "B04 - red"}, {"name": "B8", "common_name": "red"}],
                                 "cube:variables": {"2m_temperature": {"dimensions": [], "type": "data"}},)");
  const MigrationResult r = migrate_text(text);
  EXPECT_EQ(json_at(r.text, "/properties/mlm:input/0/bands"), R"(["B04 - red", "B8"])");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:input/0/variables"), R"(["2m_temperature"])");
  const MigrationNote* n = note_at(r, "/properties/mlm:input/0/bands/0");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->kind, MigrationNoteKind::kReview);
  EXPECT_EQ(n->original, "\"B04\"");
}

TEST(MigrateRepair, RootEntrypointMovesToTheCodeAsset) {
  std::string text = mlm_item("https://stac-extensions.github.io/mlm/v1.5.1/schema.json", "");
  replace_last(text, "}}}",
               R"(}, "code": {"href": "https://example.com/m.py", "roles": ["code"]}}, "mlm:entrypoint": "m:run"})");
  const MigrationResult r = migrate_text(text);
  EXPECT_EQ(json_at(r.text, "/mlm:entrypoint"), "<absent>");
  EXPECT_EQ(json_at(r.text, "/assets/code/mlm:entrypoint"), "\"m:run\"");
}

TEST(MigrateRepair, RootFieldsBeforePropertiesMoveIntoThem) {
  const MigrationResult r = migrate_text(R"({"type": "Feature", "mlm:architecture": "U-Net", "mlm:name": "My model",
      "properties": {"datetime": "2020-01-01T00:00:00Z", "mlm:name": "My model"}})");
  EXPECT_EQ(json_at(r.text, "/mlm:architecture"), "<absent>");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:architecture"), "\"U-Net\"");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:name"), "\"My model\"");
  const MigrationNote* same = note_at(r, "/mlm:name");
  ASSERT_NE(same, nullptr);
  EXPECT_EQ(same->kind, MigrationNoteKind::kChanged);
}

TEST(MigrateRepair, LongitudesFrom0To360AndSwappedLatitudes) {
  std::string text = mlm_item("https://stac-extensions.github.io/mlm/v1.5.1/schema.json", "");
  replace_once(text, "\"geometry\": null",
               R"("bbox": [233.5, 54.25, 297.5, 22.5], "geometry": {"type": "Polygon", "coordinates": )"
               R"([[[233.5, 54.25], [297.5, 54.25], [297.5, 22.5], [233.5, 22.5], [233.5, 54.25]]]})");
  const MigrationResult r = migrate_text(text);
  EXPECT_EQ(json_at(r.text, "/bbox"), "[-126.5, 22.5, -62.5, 54.25]");
  EXPECT_EQ(json_at(r.text, "/geometry/coordinates/0/1"), "[-62.5, 54.25]");
  EXPECT_THAT(errors_of("item.json", r.text), ::testing::IsEmpty());
}

TEST(MigrateRepair, DatetimeIsNullWhenARangeIsGiven) {
  std::string text = mlm_item("https://stac-extensions.github.io/mlm/v1.5.1/schema.json", "",
                              R"("start_datetime": "2019-01-01T00:00:00Z", "end_datetime": "2020-01-01T00:00:00Z",)");
  const MigrationResult r = migrate_text(text);
  EXPECT_EQ(json_at(r.text, "/properties/datetime"), "null");
  const MigrationNote* n = note_at(r, "/properties/datetime");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->original, "\"2020-01-01T00:00:00Z\"");
}

// --- DLM (T12) -------------------------------------------------------------------------------------

TEST(MigrateDlm, ArchitectureRuntimeAndOutputs) {
  const MigrationResult r = migrate_text(R"({"type": "Feature", "stac_version": "1.0.0", "id": "dlm-model",
    "stac_extensions": ["dl-model"], "geometry": null, "links": [], "assets": {},
    "properties": {"datetime": "2020-01-01T00:00:00Z",
      "dlm:architecture": {"total_nb_parameters": 1000, "estimated_total_size_mb": 2, "type": "UNet",
                           "pretrained": "imagenet"},
      "dlm:runtime": {"framework": "pytorch", "version": 1.5, "model_src_url": "https://github.com/org/repo",
                      "model_commit_hash": "abc123", "model_handler": "pkg.infer"},
      "dlm:outputs": {"task": "object segmentation", "final_layer_size": [1, 2, 64, 64], "dont_care_index": 0,
                      "class_name_mapping": {"0": "background", "1": "building"}}}})");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.source, "DLM (dl-model)");
  EXPECT_EQ(json_at(r.text, "/stac_extensions"), "[\"" + std::string(kTarget) + "\"]");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:total_parameters"), "1000");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:memory_size"), "2097152");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:architecture"), "\"UNet\"");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:pretrained"), "true");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:pretrained_source"), "\"imagenet\"");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:framework"), "\"PyTorch\"");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:framework_version"), "\"1.5.0\"");
  EXPECT_EQ(json_at(r.text, "/assets/source_code"),
            R"({"href": "https://github.com/org/repo/tree/abc123", "type": "text/html", "title": "Source code", )"
            R"("roles": ["mlm:source_code", "code"], "mlm:entrypoint": "pkg.infer"})");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:tasks"), "[\"instance-segmentation\"]");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:output/0/result"),
            R"({"shape": [1, 2, 64, 64], "dim_order": ["batch", "class", "height", "width"], "data_type": "float32"})");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:output/0/classification:classes"),
            R"([{"value": 0, "name": "background", "description": "background", "nodata": true}, )"
            R"({"value": 1, "name": "building", "description": "building"}])");
  // float32 is a placeholder for the unknown result data type: manual work.
  const MigrationNote* data_type = note_at(r, "/properties/mlm:output/0/result/data_type");
  ASSERT_NE(data_type, nullptr);
  EXPECT_EQ(data_type->kind, MigrationNoteKind::kManual);
  EXPECT_EQ(r.text.find("dlm:"), std::string::npos);
  EXPECT_THAT(errors_of("item.json", r.text), ::testing::IsEmpty());
}

TEST(MigrateDlm, InputsWithBandsAndNormalisation) {
  const MigrationResult r = migrate_text(R"({"type": "Feature", "stac_version": "1.0.0", "id": "d",
    "stac_extensions": ["dl-model"], "geometry": null, "links": [], "assets": {},
    "properties": {"datetime": "2020-01-01T00:00:00Z",
      "eo:bands": [{"name": "blue"}, {"name": "green"}, {"name": "red"}],
      "dlm:data": {"dtype": "uint16", "nodata_value": 0},
      "dlm:inputs": {"name": "data", "input_tensors": {"batch": 1, "channels": 2, "height": 32, "width": 32},
                     "selected_bands": [2, 0], "normalization:mean": [0.5, 0.4], "normalization:std": [0.1, 0.2],
                     "scaling_factor": 0.0039}}})");
  EXPECT_EQ(json_at(r.text, "/properties/mlm:input/0"),
            R"({"name": "data", "bands": ["red", "blue"], "input": {"shape": [1, 2, 32, 32], "dim_order": )"
            R"(["batch", "bands", "height", "width"], "data_type": "uint16"}, "value_scaling": [{"type": "z-score", )"
            R"("mean": 0.5, "stddev": 0.1}, {"type": "z-score", "mean": 0.4, "stddev": 0.2}]})");
  const MigrationNote* factor = note_at(r, "/properties/dlm:inputs/scaling_factor");
  ASSERT_NE(factor, nullptr);
  EXPECT_EQ(factor->kind, MigrationNoteKind::kManual);
  EXPECT_EQ(factor->original, "0.0039");
  const MigrationNote* nodata = note_at(r, "/properties/dlm:data/nodata_value");
  ASSERT_NE(nodata, nullptr);
  EXPECT_EQ(nodata->original, "0");
}

}  // namespace
}  // namespace mlmlint

namespace mlmlint {
namespace {

// Bad input never crashes: every value of a few legacy documents, replaced in turn by each JSON type, still
// migrates (to a document that parses) and a second migration is stable.
void collect_pointers(const JsonValue& value, const std::string& base, std::vector<std::string>& out) {
  out.push_back(base);
  if (const auto* items = value.array()) {
    for (std::size_t i = 0; i < items->size() && i < 3; ++i) collect_pointers((*items)[i], pointer_append(base, i), out);
  } else if (const auto* members = value.object()) {
    for (const auto& [key, child] : *members) collect_pointers(child, pointer_append(base, key), out);
  }
}

JsonValue* locate(JsonValue& root, std::string_view pointer) {
  JsonValue* v = &root;
  for (const auto& token : split_pointer(pointer)) {
    if (v->object()) {
      v = v->find(token);
    } else if (v->array()) {
      v = &(*v->array())[std::stoul(token)];
    }
    if (!v) return nullptr;
  }
  return v;
}

TEST(MigrateRobustness, EveryValueReplacedByEveryTypeStillMigrates) {
  const std::vector<JsonValue> replacements = {JsonValue(), JsonValue(std::int64_t{-1}), JsonValue(std::string("x")),
                                               JsonValue(JsonValue::Array{}), JsonValue(JsonValue::Object{})};
  std::size_t variants = 0;
  for (const char* file : {"ml-model/v1.0.0/cyclone-wind-speed/item.json", "mlm/v1.0.0-beta.3/item.json",
                           "mlm/v1.0.0/item_multi_io.json", "mlm/v1.5.1/item_datacube_variables.json"}) {
    const auto original = JsonValue::parse(read_text(kExamples / file));
    ASSERT_TRUE(original);
    std::vector<std::string> pointers;
    collect_pointers(*original, "", pointers);
    for (const auto& pointer : pointers) {
      for (const auto& replacement : replacements) {
        JsonValue doc = *original;
        *locate(doc, pointer) = replacement;
        const std::string text = doc.dump(2);
        const MigrationResult first = migrate_text(text);
        ASSERT_TRUE(first.ok) << file << " " << pointer << " = " << replacement.dump(0);
        ASSERT_TRUE(JsonValue::parse(first.text).has_value()) << file << " " << pointer;
        const MigrationResult second = migrate_text(first.text);
        EXPECT_EQ(second.text, first.text) << file << " " << pointer << " = " << replacement.dump(0);
        ++variants;
      }
    }
  }
  EXPECT_GT(variants, 3000u);
}

}  // namespace
}  // namespace mlmlint

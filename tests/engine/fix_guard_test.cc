// The re-check of --fix (a safe fix never makes a document worse) and the fixes withdrawn because another
// finding of the same document contradicts them (MLM506 vs MLM701 / MLM402), on the documents of issue #14.
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlmlint/engine/fix.h"
#include "rule_harness.h"
#include "test_files.h"

namespace mlmlint {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

const Linter& linter() {
  static const Linter kLinter{LintOptions{}};
  return kLinter;
}

std::string example(const std::string& relative) {
  std::ifstream in(std::filesystem::path(MLMLINT_TESTDATA_DIR) / "examples" / relative, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::size_t count_code(const FileReport& report, std::string_view code) {
  std::size_t n = 0;
  for (const auto& d : report.diagnostics) n += d.code == code;
  return n;
}

bool applied(const FixOutcome& outcome, std::string_view code) {
  for (const auto& a : outcome.applied) {
    if (a.code == code) return true;
  }
  return false;
}

const WithheldFix* withheld(const FixOutcome& outcome, std::string_view code) {
  for (const auto& w : outcome.withheld) {
    if (w.code == code) return &w;
  }
  return nullptr;
}

const Diagnostic* finding(const FileReport& report, std::string_view code) {
  for (const auto& d : report.diagnostics) {
    if (d.code == code) return &d;
  }
  return nullptr;
}

// --- the re-check ----------------------------------------------------------------------------------------

TEST(FixGuard, AnOfficialExampleStaysSchemaValid) {
  // v1.5.2 item_raster_bands.json is schema-valid, with "classification_classes" (MLM208) whose classes have
  // "description": null. Renamed, the classes are checked by the MLM schema (classification v1.1.0), which
  // requires a string description: the rename would make the document invalid, so it is withheld and says why.
  const std::string doc = example("mlm/v1.5.2/item_raster_bands.json");
  ASSERT_EQ(count_code(linter().lint_buffer("d.json", doc), "MLM000"), 0u);
  const FixOutcome outcome = fix_text(linter(), "d.json", doc, false, {});
  EXPECT_EQ(count_code(outcome.report, "MLM000"), 0u) << outcome.text;
  EXPECT_FALSE(applied(outcome, "MLM208"));
  const WithheldFix* refused = withheld(outcome, "MLM208");
  ASSERT_NE(refused, nullptr);
  EXPECT_EQ(refused->reason,
            "not applied: it would make the document invalid against "
            "https://stac-extensions.github.io/mlm/v1.5.2/schema.json at "
            "/properties/mlm:output/0/classification:classes/0/description: expected string, got null");
  // Reported as a suggestion that says why, and not applied by the next run either.
  const Diagnostic* d = finding(outcome.report, "MLM208");
  ASSERT_NE(d, nullptr);
  ASSERT_TRUE(d->fix.has_value());
  EXPECT_FALSE(d->fix->safe);
  EXPECT_EQ(d->fix->withheld, refused->reason);
  EXPECT_FALSE(fix_text(linter(), "d.json", outcome.text, false, {}).changed());
}

TEST(FixGuard, ALegacyOnlyDocumentIsNotRenamedIntoAnInvalidMlmDocument) {
  // ml-model dummy/item.json has no error. Renaming its "ml-model:inference-runtime" role would make the
  // document an MLM one, which then lacks a model asset (MLM301). On a document without an MLM URI, MLM603
  // offers no fix at all (#15: MLM601 carries the migration), so --fix leaves the roles and adds no error.
  const std::string doc = example("ml-model/v1.0.0/dummy/item.json");
  const FixOutcome outcome = fix_text(linter(), "d.json", doc, false, {});
  EXPECT_FALSE(applied(outcome, "MLM603"));
  EXPECT_NE(outcome.text.find("ml-model:inference-runtime"), std::string::npos);
  EXPECT_EQ(count_code(outcome.report, "MLM301"), 0u);
}

TEST(FixGuard, AnExtensionIsNotDeclaredWhenItsSchemaWouldRejectTheDocument) {
  // The TrainingDML-AI example uses label:* fields without declaring the label extension (MLM505); the label
  // schema requires label:type, label:properties and label:description, which the document does not have.
  const std::string doc = example("trainingdml-ai/v1.0.0/DOTA-1.5_Dataset/dota_1.5_trainingdata_0000.json");
  const FileReport before = linter().lint_buffer("d.json", doc);
  const FixOutcome outcome = fix_text(linter(), "d.json", doc, false, {});
  EXPECT_FALSE(applied(outcome, "MLM505"));
  const WithheldFix* refused = withheld(outcome, "MLM505");
  ASSERT_NE(refused, nullptr);
  EXPECT_THAT(refused->reason, StartsWith("not applied: it would add a schema error against "
                                          "https://stac-extensions.github.io/label/v1.0.1/schema.json at /properties"));
  EXPECT_EQ(count_code(outcome.report, "MLM000"), count_code(before, "MLM000"));
}

TEST(FixGuard, SuggestionsAreTheUsersCall) {
  // With --fix=unsafe nothing is withheld: the user asked for every fix (and a withheld safe fix is a
  // suggestion).
  const std::string doc = example("trainingdml-ai/v1.0.0/DOTA-1.5_Dataset/dota_1.5_trainingdata_0000.json");
  const FixOutcome outcome = fix_text(linter(), "d.json", doc, true, {});
  EXPECT_TRUE(applied(outcome, "MLM505"));
  EXPECT_TRUE(outcome.withheld.empty());
}

TEST(FixGuard, TheDiffOnlyShowsWhatIsApplied) {
  // fix_file without writing is --diff: the text it returns is what --fix writes.
  const std::string doc = example("mlm/v1.5.2/item_raster_bands.json");
  const FixOutcome outcome = fix_text(linter(), "d.json", doc, false, {});
  EXPECT_EQ(outcome.text.find("https://stac-extensions.github.io/classification/v1.1.0/schema.json"),
            std::string::npos);
}

TEST(FixGuard, FeaturesOfACollectionAreJudgedOneByOne) {
  // Three copies of the v1.5.2 example and one of B with an unrelated safe fix (an unused eo
  // extension, MLM506): each copy keeps its harmless fixes and withholds its own MLM208 rename (which would
  // expose its null class descriptions); B's fix is applied; the collection stays schema-valid.
  const std::string item = example("mlm/v1.5.2/item_raster_bands.json");
  const std::string b = test::patched_b(test::patch({
      R"({"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/eo/v1.1.0/schema.json"})",
  }));
  const std::string doc =
      R"({"type": "FeatureCollection", "features": [)" + item + "," + b + "," + item + "," + item + "]}";
  ASSERT_EQ(count_code(linter().lint_buffer("d.json", doc), "MLM000"), 0u);
  const FixOutcome outcome = fix_text(linter(), "d.json", doc, false, {});
  EXPECT_EQ(count_code(outcome.report, "MLM000"), 0u);
  EXPECT_EQ(count_code(outcome.report, "MLM207"), 0u);
  std::size_t refused = 0;
  for (const auto& w : outcome.withheld) {
    EXPECT_EQ(w.code, "MLM208");
    EXPECT_THAT(w.reason, HasSubstr("classification:classes/0/description"));
    ++refused;
  }
  EXPECT_EQ(refused, 3u) << "one withheld declaration per copy of the example";
  bool eo_removed = false;
  for (const auto& a : outcome.applied) {
    eo_removed = eo_removed || (a.code == "MLM506" && a.pointer.starts_with("/features/1/"));
  }
  EXPECT_TRUE(eo_removed);
  EXPECT_FALSE(fix_text(linter(), "d.json", outcome.text, false, {}).changed());
}

// --- fixes withdrawn because another finding asks for the extension's fields -----------------------------

TEST(FixWithdraw, AFileExtensionAnotherFindingAsksToFillIsKept) {
  // B without the model asset's file:size / file:checksum: the file extension is declared and unused (MLM506),
  // and MLM701 asks for exactly those fields.
  const std::string doc = test::patched_b(test::patch({
      R"({"op": "remove", "path": "/assets/model/file:size"})",
      R"({"op": "remove", "path": "/assets/model/file:checksum"})",
  }));
  const FileReport report = linter().lint_buffer("d.json", doc);
  const Diagnostic* unused = finding(report, "MLM506");
  ASSERT_NE(unused, nullptr);
  EXPECT_EQ(unused->pointer, "/stac_extensions/2");
  EXPECT_FALSE(unused->fix.has_value()) << "MLM506 proposes removing the file extension that MLM701 asks to fill";
  EXPECT_THAT(unused->hint, HasSubstr("MLM701 at /assets/model asks for file:* fields"));
  const FixOutcome outcome = fix_text(linter(), "d.json", doc, true, {});
  EXPECT_NE(outcome.text.find("https://stac-extensions.github.io/file/v2.1.0/schema.json"), std::string::npos);

  // Without MLM701 nothing asks for the fields: the unused declaration is removed as before.
  RuleSelection no_companions;
  no_companions.ignore = {"MLM701"};
  const FileReport alone = linter().lint_buffer("d.json", doc, no_companions);
  const Diagnostic* plain = finding(alone, "MLM506");
  ASSERT_NE(plain, nullptr);
  ASSERT_TRUE(plain->fix.has_value());
  EXPECT_TRUE(plain->fix->safe);
}

TEST(FixWithdraw, ARasterExtensionWhoseBandsAreMissingIsKept) {
  // B without raster:bands: the inputs still reference bands, MLM402 asks for raster:bands on the model asset,
  // and the raster extension is declared but unused (MLM506).
  const std::string doc = test::patched_b(R"([{"op": "remove", "path": "/assets/model/raster:bands"}])");
  const FileReport report = linter().lint_buffer("d.json", doc);
  const Diagnostic* missing = finding(report, "MLM402");
  ASSERT_NE(missing, nullptr);
  const Diagnostic* unused = finding(report, "MLM506");
  ASSERT_NE(unused, nullptr);
  EXPECT_EQ(unused->pointer, "/stac_extensions/1");
  EXPECT_FALSE(unused->fix.has_value());
  EXPECT_THAT(unused->hint, HasSubstr("MLM402"));
}

TEST(FixWithdraw, ADuplicateDeclarationIsNotProtected) {
  // Only the last declaration of an extension is protected: MLM507 removing a duplicate keeps the extension.
  const std::string doc = test::patched_b(test::patch({
      R"({"op": "remove", "path": "/assets/model/file:size"})",
      R"({"op": "remove", "path": "/assets/model/file:checksum"})",
      R"({"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/file/v2.1.0/schema.json"})",
  }));
  const FileReport report = linter().lint_buffer("d.json", doc);
  const Diagnostic* duplicate = finding(report, "MLM507");
  ASSERT_NE(duplicate, nullptr);
  EXPECT_TRUE(duplicate->fix.has_value());
}

}  // namespace
}  // namespace mlmlint

namespace mlmlint {
namespace {

// Whether `text` names a field with this prefix ("file:" in "no file:checksum").
bool mentions_field(const std::string& text, const std::string& prefix) {
  for (std::size_t at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at + 1)) {
    const bool word = at == 0 || !(std::isalnum(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == '_');
    const std::size_t next = at + prefix.size();
    if (word && next < text.size() && std::isalpha(static_cast<unsigned char>(text[next]))) return true;
  }
  return false;
}

TEST(FixWithdraw, NoFixtureOrExampleIsToldToRemoveAnExtensionAnotherFindingAsksToFill) {
  // #15: over every official example and every rule fixture, an MLM506 that offers to remove an extension never
  // stands next to a finding asking for that extension's fields; where one does, the hint says to keep it.
  std::size_t documents = 0;
  std::size_t kept = 0;
  for (const char* folder : {"examples", "rules"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::filesystem::path(MLMLINT_TESTDATA_DIR) / folder)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
      const std::string path = entry.path().string();
      SCOPED_TRACE(path);
      const FileReport report = linter().lint_buffer(path, test::read_text(entry.path()));
      ++documents;
      for (const Diagnostic& unused : report.diagnostics) {
        if (unused.code != "MLM506") continue;
        const auto open = unused.message.find("fields (");
        ASSERT_NE(open, std::string::npos) << unused.message;
        const std::string prefix = unused.message.substr(open + 8, unused.message.find('*', open) - open - 8);
        for (const Diagnostic& other : report.diagnostics) {
          if (&other == &unused || other.pointer.starts_with("/stac_extensions")) continue;
          if (!mentions_field(other.message, prefix) && !mentions_field(other.hint, prefix)) continue;
          EXPECT_FALSE(unused.fix.has_value()) << "MLM506 at " << unused.pointer << " removes " << prefix << "* while "
                                               << other.code << " at " << other.pointer << " asks for it";
          EXPECT_THAT(unused.hint, HasSubstr("Keep the declaration"));
          ++kept;
        }
      }
    }
  }
  EXPECT_GT(documents, 90u);
  RecordProperty("kept", static_cast<int>(kept));
}

}  // namespace
}  // namespace mlmlint

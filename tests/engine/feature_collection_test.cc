// ItemCollections / GeoJSON FeatureCollections: every feature is checked as a document of its own, and its
// findings point into the collection (/features/K/...) at the feature's line:column in the file.
#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlmlint/engine/linter.h"
#include "rule_harness.h"
#include "lint_helpers.h"

namespace mlmlint {
namespace {

using test::default_linter;
using test::render;

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// A collection whose features each start at column 1 of a line; the header takes one line.
std::string collection_of(const std::vector<std::string>& features) {
  std::string text = "{\"type\": \"FeatureCollection\", \"features\": [\n";
  for (std::size_t i = 0; i < features.size(); ++i) text += features[i] + (i + 1 < features.size() ? ",\n" : "\n");
  return text + "]}\n";
}

std::uint32_t line_count(const std::string& text) {
  return static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n'));
}

const std::string kBadBands = R"([{"op": "replace", "path": "/properties/mlm:input/0/input/shape/1", "value": 4}])";
const std::string kCpu = R"([{"op": "replace", "path": "/properties/mlm:accelerator", "value": "cpu"}])";

// A plain STAC Item without MLM: only the generic checks apply to it, also inside a collection of MLM items.
const std::string kPlainItem = R"({
  "type": "Feature", "stac_version": "1.0.0", "id": "plain",
  "geometry": {"type": "Point", "coordinates": [1, 2]}, "bbox": [1, 2, 1, 2],
  "properties": {"datetime": "2020-01-01T00:00:00Z"}, "assets": {}, "links": []
})";

TEST(FeatureCollection, EachFeatureIsCheckedAsOnItsOwn) {
  const std::vector<std::string> features = {test::baseline_b(), test::patched_b(kBadBands), kPlainItem,
                                             test::patched_b(kCpu), "[1, 2]"};
  const FileReport report = default_linter().lint_buffer("c.json", collection_of(features));
  // Expected: each feature's own findings, its pointers under /features/K, its lines shifted to where it starts.
  std::vector<std::string> expected;
  std::uint32_t first_line = 2;
  for (std::size_t k = 0; k < features.size(); ++k) {
    for (Diagnostic d : default_linter().lint_buffer("f.json", features[k]).diagnostics) {
      d.pointer = fmt::format("/features/{}{}", k, d.pointer);
      d.line += first_line - 1;
      expected.push_back(render(d));
    }
    first_line += line_count(features[k]) + 1;
  }
  ASSERT_EQ(expected.size(), 3u) << "MLM102, MLM309 and MLM001 (the array)";
  EXPECT_EQ(render(report), expected);
}

TEST(FeatureCollection, FixesEditTheFeatureInTheCollection) {
  const FileReport report =
      default_linter().lint_buffer("c.json", collection_of({test::baseline_b(), test::patched_b(kCpu)}));
  ASSERT_EQ(report.diagnostics.size(), 1u);
  const Diagnostic& d = report.diagnostics[0];
  EXPECT_EQ(d.pointer, "/features/1/properties/mlm:accelerator");
  ASSERT_TRUE(d.fix.has_value());
  ASSERT_EQ(d.fix->edits.size(), 1u);
  EXPECT_EQ(d.fix->edits[0].path, "/features/1/properties/mlm:accelerator");
}

TEST(FeatureCollection, SourceLinesComeFromTheCollection) {
  const std::string text = collection_of({test::patched_b(kBadBands)});
  const FileReport report = default_linter().lint_buffer("c.json", text);
  ASSERT_EQ(report.diagnostics.size(), 1u);
  const SourceLine* line = report.source_line(report.diagnostics[0].line, report.diagnostics[0].column);
  ASSERT_NE(line, nullptr);
  EXPECT_EQ(line->text, "            4,");
}

TEST(FeatureCollection, DuplicateKeysOfAFeatureAreFound) {
  const std::string text = R"({"type": "FeatureCollection", "features": [{"type": "Feature", "id": "a", "id": "b"}]})";
  EXPECT_THAT(render(default_linter().lint_buffer("c.json", text)),
              ::testing::Contains("1:75 MLM903 /features/0/id: the key \"id\" appears more than once in this object; "
                                  "JSON readers disagree on which value wins (mlm-lint checks the first)"));
}

TEST(FeatureCollection, FeaturesMustBeAnArray) {
  EXPECT_THAT(render(default_linter().lint_buffer("c.json", R"({"type": "FeatureCollection", "features": {}})")),
              ElementsAre("1:43 MLM000 /features: a FeatureCollection must have a \"features\" array of STAC Items"));
  EXPECT_THAT(render(default_linter().lint_buffer("c.json", R"({"type": "FeatureCollection"})")),
              ElementsAre("1:1 MLM000 /features: a FeatureCollection must have a \"features\" array of STAC Items"));
}

TEST(FeatureCollection, AnEmptyCollectionIsClean) {
  EXPECT_THAT(render(default_linter().lint_buffer("c.json", R"({"type": "FeatureCollection", "features": []})")),
              IsEmpty());
}

TEST(FeatureCollection, MaxDocumentsStopsWithMlm906) {
  LintOptions options;
  options.max_documents = 2;
  const Linter linter(options);
  const std::string text =
      collection_of({test::baseline_b(), test::baseline_b(), test::patched_b(kBadBands), test::patched_b(kBadBands)});
  const FileReport report = linter.lint_buffer("c.json", text);
  ASSERT_EQ(report.diagnostics.size(), 1u);
  EXPECT_EQ(report.diagnostics[0].code, "MLM906");
  EXPECT_EQ(report.diagnostics[0].pointer, "/features/2");
  EXPECT_EQ(report.diagnostics[0].message,
            "the collection has 4 features, more than the limit of 2 documents per file; the features from here on "
            "were not checked");
  EXPECT_EQ(report.diagnostics[0].line, 2 + 2 * (line_count(test::baseline_b()) + 1));
  // At the limit exactly, everything is checked.
  options.max_documents = 4;
  EXPECT_EQ(Linter(options).lint_buffer("c.json", text).diagnostics.size(), 2u);
}

TEST(FeatureCollection, SelectionAppliesToEveryFeature) {
  RuleSelection rules;
  rules.ignore = {"MLM102"};
  const FileReport report = default_linter().lint_buffer(
      "c.json", collection_of({test::patched_b(kBadBands), test::patched_b(kBadBands)}), rules);
  EXPECT_THAT(render(report), IsEmpty());
}

}  // namespace
}  // namespace mlmlint

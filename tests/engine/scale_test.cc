// Large documents through the full engine (parse, positions, schema stage, rules, explain mode). Each test
// grows one dimension of baseline document B far beyond real-world sizes and asserts what is reported, so
// that a linear-time regression shows up as a wrong finding and a quadratic one as a test that does not
// finish. Wall times are printed for the record (never asserted: the machines running the suite vary).
#include <algorithm>
#include <chrono>
#include <iostream>
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

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Lints `document` and prints the elapsed wall time under `label`.
FileReport timed_lint(std::string_view label, const std::string& document) {
  const auto start = std::chrono::steady_clock::now();
  FileReport report = default_linter().lint_buffer("scale.json", document);
  const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  std::cout << fmt::format("[ scale ] {} ({:.1f} MB): {} ms\n", label, static_cast<double>(document.size()) / 1e6,
                           elapsed.count());
  return report;
}

// "CODE pointer: message" for every finding, the form the assertions compare.
std::vector<std::string> findings(const FileReport& report) {
  std::vector<std::string> out;
  for (const auto& d : report.diagnostics) out.push_back(d.code + " " + d.pointer + ": " + d.message);
  return out;
}

// A one-operation JSON Patch that sets `path` to the JSON text `value`.
std::string patch_op(std::string_view op, std::string_view path, std::string_view value) {
  return fmt::format(R"([{{"op": "{}", "path": "{}", "value": {}}}])", op, path, value);
}

TEST(Scale, FiftyThousandClassesWithOneDuplicateValue) {
  constexpr int kClasses = 50'000;
  constexpr int kDuplicateAt = kClasses - 1;
  constexpr int kDuplicatedValue = 12'345;
  std::string classes = "[";
  for (int i = 0; i < kClasses; ++i) {
    const int value = i == kDuplicateAt ? kDuplicatedValue : i;
    classes += fmt::format(R"({}{{"value": {}, "name": "class-{}", "description": "Class {}"}})", i ? ", " : "",
                           value, i, i);
  }
  classes += "]";
  std::string doc = test::patched_b(patch_op("replace", "/properties/mlm:output/0/classification:classes", classes));
  doc = test::apply_patch(
      doc, patch_op("replace", "/properties/mlm:output/0/result/shape", fmt::format("[-1, {}]", kClasses)));

  const FileReport report = timed_lint(fmt::format("{} classes", kClasses), doc);
  EXPECT_THAT(findings(report),
              ElementsAre(fmt::format("MLM204 /properties/mlm:output/0/classification:classes/{}/value: class value "
                                      "{} is already used by classification:classes/{} (\"class-{}\"); class values "
                                      "must be unique.",
                                      kDuplicateAt, kDuplicatedValue, kDuplicatedValue, kDuplicatedValue)));
  ASSERT_EQ(report.diagnostics.size(), 1u);
  EXPECT_GT(report.diagnostics[0].line, 1000u);  // positioned in the file, not at the root
}

TEST(Scale, TwentyThousandInputs) {
  constexpr int kInputs = 20'000;
  constexpr int kWrongAt = kInputs - 1;  // one input whose "bands" dimension does not match its 3 bands
  std::string inputs = "[";
  for (int i = 0; i < kInputs; ++i) {
    inputs += fmt::format(
        R"({}{{"name": "input-{}", "bands": ["B04", "B03", "B02"],
              "input": {{"shape": [-1, {}, 64, 64], "dim_order": ["batch", "bands", "height", "width"],
                         "data_type": "float32"}},
              "value_scaling": [{{"type": "z-score", "mean": 1000, "stddev": 500}}],
              "resize_type": null, "pre_processing_function": null}})",
        i ? ", " : "", i, i == kWrongAt ? 4 : 3);
  }
  inputs += "]";
  const std::string doc = test::patched_b(patch_op("replace", "/properties/mlm:input", inputs));

  const FileReport report = timed_lint(fmt::format("{} inputs", kInputs), doc);
  EXPECT_THAT(findings(report),
              ElementsAre(fmt::format("MLM102 /properties/mlm:input/{}/input/shape/1: 3 bands are listed (B04, B03, "
                                      "B02) but the \"bands\" dimension has size 4.",
                                      kWrongAt)));
}

TEST(Scale, HundredThousandAssets) {
  constexpr int kAssets = 100'000;
  // B has 3 assets; the added ones are plain data assets, one of them with an unparseable media type.
  constexpr int kAdded = kAssets - 3;
  constexpr int kWrongAt = kAdded / 2;
  // Spliced into B's text: a JSON Patch with one "add" per asset would mostly measure the patch helper.
  std::string added;
  for (int i = 0; i < kAdded; ++i) {
    added += fmt::format(R"(
    "tile-{}": {{"href": "tiles/{}.tif", "type": "{}", "roles": ["data"]}},)",
                         i, i, i == kWrongAt ? "image/tiff application=geotiff" : "image/tiff; application=geotiff");
  }
  std::string doc = test::baseline_b();
  const std::size_t assets = doc.find("\"assets\": {");
  ASSERT_NE(assets, std::string::npos);
  doc.insert(assets + 11, added);

  const FileReport report = timed_lint(fmt::format("{} assets", kAssets), doc);
  EXPECT_THAT(findings(report),
              ElementsAre(fmt::format("MLM308 /assets/tile-{}/type: \"image/tiff application=geotiff\" is not a valid "
                                      "media type (unexpected character \"a\" after \"image/tiff \"); expected "
                                      "\"type/subtype\", optionally followed by \"; name=value\" parameters.",
                                      kWrongAt)));
}

// Many findings in one large file: every finding is positioned (line:column) and every rule finding may
// claim raw schema errors (explain mode). Both were once done per finding over the whole file or the whole
// list of findings, which took minutes here.
TEST(Scale, FortyThousandFindings) {
  constexpr int kAssets = 20'000;
  std::string added;
  for (int i = 0; i < kAssets; ++i) {
    // "title": 5 is a raw schema error (STAC core); the media type is an MLM308 finding.
    added += fmt::format(R"(
    "tile-{}": {{"href": "tiles/{}.tif", "title": 5, "type": "image/tiff application=geotiff", "roles": ["data"]}},)",
                         i, i);
  }
  std::string doc = test::baseline_b();
  const std::size_t assets = doc.find("\"assets\": {");
  ASSERT_NE(assets, std::string::npos);
  doc.insert(assets + 11, added);

  const FileReport report = timed_lint(fmt::format("{} assets with 2 findings each", kAssets), doc);
  ASSERT_EQ(report.diagnostics.size(), 2u * kAssets);
  std::size_t schema = 0, media_type = 0;
  for (const auto& d : report.diagnostics) {
    schema += d.code == "MLM000" && d.message == "expected string, got an integer";
    media_type += d.code == "MLM308";
  }
  EXPECT_EQ(schema, static_cast<std::size_t>(kAssets));
  EXPECT_EQ(media_type, static_cast<std::size_t>(kAssets));
  // Sorted by position: tile-0 is on the line after `"assets": {`, the last tile on the last added line.
  const std::size_t assets_line = static_cast<std::size_t>(std::count(doc.begin(), doc.begin() + assets, '\n')) + 1;
  EXPECT_EQ(report.diagnostics.front().pointer, "/assets/tile-0/title");
  EXPECT_EQ(report.diagnostics.front().line, assets_line + 1);
  EXPECT_EQ(report.diagnostics.back().pointer, fmt::format("/assets/tile-{}/type", kAssets - 1));
  EXPECT_EQ(report.diagnostics.back().line, assets_line + kAssets);
}

TEST(Scale, FiveMegabyteStringValue) {
  const std::string big(5u << 20, 'x');
  const std::string doc = test::patched_b(patch_op("add", "/properties/description", "\"" + big + "\""));
  const FileReport report = timed_lint("5 MB description", doc);
  EXPECT_THAT(findings(report), IsEmpty());

  // The same string where rules look for near-misses of known names (edit distance against a table).
  const std::string accelerator_doc =
      test::patched_b(patch_op("replace", "/properties/mlm:accelerator", "\"" + big + "\""));
  const FileReport accelerator = timed_lint("5 MB mlm:accelerator", accelerator_doc);
  ASSERT_EQ(accelerator.diagnostics.size(), 1u) << ::testing::PrintToString(findings(accelerator)).substr(0, 2000);
  EXPECT_EQ(accelerator.diagnostics[0].code, "MLM309");
  EXPECT_EQ(accelerator.diagnostics[0].pointer, "/properties/mlm:accelerator");
}

}  // namespace
}  // namespace mlmlint

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fix_check.h"
#include "rule_harness.h"
#include "rule_list.h"

namespace mlmlint::rules {
namespace {

using test::rendered_findings_of;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(Mlm102, FailsWhenBandsDimensionIsLargerThanTheBandList) {
  const auto doc = test::patched_b(
      R"([{"op": "replace", "path": "/properties/mlm:input/0/input/shape", "value": [-1, 4, 64, 64]}])");
  EXPECT_THAT(rendered_findings_of(kMlm102, doc),
              ElementsAre("/properties/mlm:input/0/input/shape/1: 3 bands are listed (B04, B03, B02) but the "
                          "\"bands\" dimension has size 4."));
}

TEST(Mlm102, VariableSizeIsNotChecked) {
  const auto doc = test::patched_b(
      R"([{"op": "replace", "path": "/properties/mlm:input/0/input/shape", "value": [-1, -1, 64, 64]}])");
  EXPECT_THAT(rendered_findings_of(kMlm102, doc), IsEmpty());
}

TEST(Mlm102, SuppressedByAPreProcessingFunction) {
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/properties/mlm:input/0/input/shape", "value": [-1, 1, 64, 64]},
    {"op": "replace", "path": "/properties/mlm:input/0/pre_processing_function",
     "value": {"format": "python", "expression": "ndvi:compute"}}])");
  EXPECT_THAT(rendered_findings_of(kMlm102, doc), IsEmpty());
}

TEST(Mlm102, ChannelDimensionStandsInBeforeV150) {
  const auto doc = test::patched_b(R"([
    {"op": "replace", "path": "/stac_extensions/0", "value": "https://stac-extensions.github.io/mlm/v1.4.0/schema.json"},
    {"op": "replace", "path": "/properties/mlm:input/0/input/dim_order", "value": ["batch", "channel", "height", "width"]},
    {"op": "replace", "path": "/properties/mlm:input/0/input/shape", "value": [-1, 1, 64, 64]}])");
  EXPECT_THAT(rendered_findings_of(kMlm102, doc),
              ElementsAre("/properties/mlm:input/0/input/shape/1: 3 bands are listed (B04, B03, B02) but the "
                          "\"channel\" dimension has size 1."));
}

}  // namespace
}  // namespace mlmlint::rules

// ---------------------------------------------------------------------------------------------------------
// MLM101, MLM103–MLM109
// ---------------------------------------------------------------------------------------------------------

namespace mlmlint::rules {
namespace {

using test::apply_fix;
using test::describe_fix;
using test::findings_of;
using test::patched_b;
using test::rendered_findings_of;
using ::testing::Contains;
using ::testing::SizeIs;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

constexpr const char* kV140 =
    R"({"op": "replace", "path": "/stac_extensions/0", "value": "https://stac-extensions.github.io/mlm/v1.4.0/schema.json"})";

// Baseline B with its first occurrence of `from` replaced by `to` (for number spellings a patch cannot keep).
std::string b_with(std::string_view from, std::string_view to) {
  std::string doc = test::baseline_b();
  const auto at = doc.find(from);
  EXPECT_NE(at, std::string::npos) << "baseline B does not contain " << from;
  if (at != std::string::npos) doc.replace(at, from.size(), to);
  return doc;
}

// --- MLM101 input-shape-invalid ---------------------------------------------------------------------------

TEST(Mlm101, FailsWhenShapeIsShorterThanDimOrder) {
  const auto doc =
      patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/input/shape", "value": [-1, 3, 64]}])");
  EXPECT_THAT(rendered_findings_of(kMlm101, doc),
              ElementsAre("/properties/mlm:input/0/input: shape has 3 entries but dim_order has 4 ([\"batch\", "
                          "\"bands\", \"height\", \"width\"]); every dimension needs exactly one size."));
}

TEST(Mlm101, FailsWhenShapeIsLongerThanDimOrder) {
  const auto doc = patched_b(
      R"([{"op": "replace", "path": "/properties/mlm:input/0/input/dim_order", "value": ["batch"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm101, doc),
              ElementsAre("/properties/mlm:input/0/input: shape has 4 entries but dim_order has 1 ([\"batch\"]); "
                          "every dimension needs exactly one size."));
}

TEST(Mlm101, VariableSizeIsValidInAnyPosition) {
  const auto doc = patched_b(
      R"([{"op": "replace", "path": "/properties/mlm:input/0/input/shape", "value": [-1, -1, -1, -1]}])");
  EXPECT_THAT(rendered_findings_of(kMlm101, doc), IsEmpty());
}

TEST(Mlm101, FailsOnSizeZero) {
  const auto doc = patched_b(
      R"([{"op": "replace", "path": "/properties/mlm:input/0/input/shape", "value": [-1, 3, 0, 64]}])");
  EXPECT_THAT(rendered_findings_of(kMlm101, doc),
              ElementsAre("/properties/mlm:input/0/input/shape/2: dimension size 0 is invalid; use a positive size "
                          "or -1 for a variable size."));
}

TEST(Mlm101, FailsOnSizeBelowMinusOne) {
  const auto doc = patched_b(
      R"([{"op": "replace", "path": "/properties/mlm:input/0/input/shape", "value": [-2, 3, 64, 64]}])");
  EXPECT_THAT(rendered_findings_of(kMlm101, doc),
              ElementsAre("/properties/mlm:input/0/input/shape/0: dimension size -2 is invalid; use a positive "
                          "size or -1 for a variable size."));
}

TEST(Mlm101, FailsOnNonIntegerSizes) {
  const auto doc = patched_b(
      R"([{"op": "replace", "path": "/properties/mlm:input/0/input/shape", "value": [-1, 3.5, "64", 64]}])");
  EXPECT_THAT(rendered_findings_of(kMlm101, doc),
              ElementsAre("/properties/mlm:input/0/input/shape/1: dimension size 3.5 is not an integer; use a "
                          "positive integer size or -1 for a variable size.",
                          "/properties/mlm:input/0/input/shape/2: dimension size \"64\" is not an integer; use a "
                          "positive integer size or -1 for a variable size."));
}

TEST(Mlm101, IntegralFloatIsAnInteger) {
  EXPECT_THAT(rendered_findings_of(kMlm101, b_with("[-1, 3, 64, 64]", "[-1, 3.0, 64, 64]")), IsEmpty());
}

TEST(Mlm101, ToleratesWrongTypes) {
  const auto doc = patched_b(R"([
    {"op": "replace", "path": "/properties/mlm:input/0/input/shape", "value": "3x64x64"},
    {"op": "add", "path": "/properties/mlm:input/-", "value": 42},
    {"op": "add", "path": "/properties/mlm:input/-", "value": {"name": "x", "input": []}}])");
  EXPECT_THAT(rendered_findings_of(kMlm101, doc), IsEmpty());
}

// --- MLM103 reserved-dimension-mismatch -------------------------------------------------------------------

TEST(Mlm103, FailsWhenBandsAreListedAndChannelIsUsed) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/input/dim_order",
                                  "value": ["batch", "channel", "height", "width"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm103, doc),
              ElementsAre("/properties/mlm:input/0/input/dim_order: bands are listed for this input, so dim_order "
                          "must contain the reserved dimension \"bands\" (a \"channel\" dimension is present — "
                          "rename it to \"bands\")."));
}

TEST(Mlm103, FailsWhenBandsAreListedWithoutAnyStackingDimension) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/input/dim_order",
                                  "value": ["batch", "c", "height", "width"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm103, doc),
              ElementsAre("/properties/mlm:input/0/input/dim_order: bands are listed for this input, so dim_order "
                          "must contain the reserved dimension \"bands\"."));
}

TEST(Mlm103, FailsWhenBandsDimensionHasNoList) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/bands", "value": []}])");
  EXPECT_THAT(rendered_findings_of(kMlm103, doc),
              ElementsAre("/properties/mlm:input/0/input/dim_order/1: dim_order uses the reserved dimension "
                          "\"bands\" but this input lists no bands; list the bands in \"bands\" or rename the "
                          "dimension (e.g. \"channel\")."));
}

TEST(Mlm103, ChecksVariablesOfOutputs) {
  const auto doc = patched_b(R"([{"op": "add", "path": "/properties/mlm:output/-", "value":
      {"name": "weather", "tasks": ["regression"], "variables": ["t2m"],
       "result": {"shape": [-1, 1], "dim_order": ["batch", "channel"], "data_type": "float32"}}},
    {"op": "replace", "path": "/properties/mlm:output/0/result/dim_order", "value": ["batch", "variables"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm103, doc),
              ElementsAre("/properties/mlm:output/0/result/dim_order/1: dim_order uses the reserved dimension "
                          "\"variables\" but this output lists no variables; list the variables in \"variables\" "
                          "or rename the dimension.",
                          "/properties/mlm:output/1/result/dim_order: variables are listed for this output, so "
                          "dim_order must contain the reserved dimension \"variables\"."));
}

TEST(Mlm103, FixRenamesTheChannelDimension) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/input/dim_order",
                                  "value": ["batch", "channel", "height", "width"]}])");
  const auto findings = findings_of(kMlm103, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "suggest: rename the dimension \"channel\" to \"bands\" | replace "
            "/properties/mlm:input/0/input/dim_order/1 \"bands\"");
  EXPECT_EQ(apply_fix(doc, *findings[0].fix), patched_b("[]"));
  // A variable size fits any number of bands.
  const auto variable = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/input/dim_order",
      "value": ["batch", "channel", "height", "width"]},
    {"op": "replace", "path": "/properties/mlm:input/0/input/shape", "value": [-1, -1, 64, 64]}])");
  EXPECT_NE(describe_fix(findings_of(kMlm103, variable).at(0).fix), "none");
}

TEST(Mlm103, NoFixWhenTheChannelDimensionDoesNotFitTheBands) {
  // Size 4 for 3 bands: renaming would only trade this error for MLM102.
  const auto wrong_size = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/input/dim_order",
      "value": ["batch", "channel", "height", "width"]},
    {"op": "replace", "path": "/properties/mlm:input/0/input/shape", "value": [-1, 4, 64, 64]}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm103, wrong_size).at(0).fix), "none");
  // Two "channel" dimensions: which one holds the bands is unclear.
  const auto two = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/input/dim_order",
      "value": ["batch", "channel", "channel", "width"]}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm103, two).at(0).fix), "none");
  // No "channel" dimension at all, or a missing shape size.
  const auto none = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/input/dim_order",
      "value": ["batch", "c", "height", "width"]}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm103, none).at(0).fix), "none");
  const auto short_shape = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/input/dim_order",
      "value": ["batch", "height", "width", "channel"]},
    {"op": "replace", "path": "/properties/mlm:input/0/input/shape", "value": [-1, 64, 64]}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm103, short_shape).at(0).fix), "none");
}

TEST(Mlm103, NamesWereNotReservedBeforeV150) {
  const auto doc = patched_b(std::string("[") + kV140 + R"(,
    {"op": "replace", "path": "/properties/mlm:input/0/input/dim_order", "value": ["batch", "channel", "height", "width"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm103, doc), IsEmpty());
}

// --- MLM104 value-scaling-count-mismatch ------------------------------------------------------------------

TEST(Mlm104, FailsWithTwoObjectsForThreeBands) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/value_scaling", "value":
      [{"type": "z-score", "mean": 1000, "stddev": 500}, {"type": "z-score", "mean": 900, "stddev": 450}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm104, doc),
              ElementsAre("/properties/mlm:input/0/value_scaling: 2 scaling objects are given; use 1 (applied to "
                          "every band) or exactly one per band/channel (3)."));
}

TEST(Mlm104, OneObjectPerBandIsValid) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/value_scaling", "value":
      [{"type": "scale", "value": 10000}, {"type": "scale", "value": 10000}, {"type": "scale", "value": 10000}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm104, doc), IsEmpty());
}

TEST(Mlm104, AcceptsTheSizeOfAChannelDimension) {
  // Without a bands list, a "channel" dimension of size 2 gives the expected count.
  const auto doc = patched_b(R"([
    {"op": "remove", "path": "/properties/mlm:input/0/bands"},
    {"op": "replace", "path": "/properties/mlm:input/0/input", "value":
      {"shape": [-1, 2, 64, 64], "dim_order": ["batch", "channel", "height", "width"], "data_type": "float32"}},
    {"op": "replace", "path": "/properties/mlm:input/0/value_scaling", "value":
      [{"type": "scale", "value": 2}, {"type": "scale", "value": 3}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm104, doc), IsEmpty());
}

TEST(Mlm104, ListsEveryCandidateCount) {
  const auto doc = patched_b(R"([
    {"op": "replace", "path": "/properties/mlm:input/0/input/shape", "value": [-1, 4, 64, 64]},
    {"op": "replace", "path": "/properties/mlm:input/0/value_scaling", "value":
      [{"type": "scale", "value": 2}, {"type": "scale", "value": 3}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm104, doc),
              ElementsAre("/properties/mlm:input/0/value_scaling: 2 scaling objects are given; use 1 (applied to "
                          "every band) or exactly one per band/channel (3 or 4)."));
}

TEST(Mlm104, NothingToVerifyWithoutListsOrFixedSizes) {
  const auto doc = patched_b(R"([
    {"op": "remove", "path": "/properties/mlm:input/0/bands"},
    {"op": "replace", "path": "/properties/mlm:input/0/input", "value":
      {"shape": [-1, -1, 64, 64], "dim_order": ["batch", "channel", "height", "width"], "data_type": "float32"}},
    {"op": "replace", "path": "/properties/mlm:input/0/value_scaling", "value":
      [{"type": "scale", "value": 2}, {"type": "scale", "value": 3}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm104, doc), IsEmpty());
}

TEST(Mlm104, ChecksEveryInput) {
  const auto doc = patched_b(R"([
    {"op": "copy", "from": "/properties/mlm:input/0", "path": "/properties/mlm:input/-"},
    {"op": "replace", "path": "/properties/mlm:input/1/value_scaling", "value":
      [{"type": "scale", "value": 2}, {"type": "scale", "value": 3}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm104, doc),
              ElementsAre("/properties/mlm:input/1/value_scaling: 2 scaling objects are given; use 1 (applied to "
                          "every band) or exactly one per band/channel (3)."));
}

// --- MLM105 value-scaling-degenerate ----------------------------------------------------------------------

TEST(Mlm105, FailsOnZeroStddev) {
  const auto doc =
      patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/value_scaling/0/stddev", "value": 0}])");
  EXPECT_THAT(rendered_findings_of(kMlm105, doc),
              ElementsAre("/properties/mlm:input/0/value_scaling/0/stddev: z-score scaling with stddev 0 divides by "
                          "zero; stddev must be > 0."));
}

TEST(Mlm105, FailsOnNegativeStddev) {
  const auto doc =
      patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/value_scaling/0/stddev", "value": -2.5}])");
  EXPECT_THAT(rendered_findings_of(kMlm105, doc),
              ElementsAre("/properties/mlm:input/0/value_scaling/0/stddev: z-score scaling with stddev -2.5 is "
                          "invalid, a standard deviation cannot be negative; stddev must be > 0."));
}

TEST(Mlm105, SmallPositiveStddevIsValid) {
  const auto doc =
      patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/value_scaling/0/stddev", "value": 0.001}])");
  EXPECT_THAT(rendered_findings_of(kMlm105, doc), IsEmpty());
}

TEST(Mlm105, MinMaxNeedsMaximumAboveMinimum) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/value_scaling", "value": [
      {"type": "min-max", "minimum": 0, "maximum": 0},
      {"type": "min-max", "minimum": 255, "maximum": 0},
      {"type": "min-max", "minimum": 0, "maximum": 255}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm105, doc),
              ElementsAre("/properties/mlm:input/0/value_scaling/0/maximum: min-max scaling with minimum 0 and "
                          "maximum 0 divides by zero (maximum - minimum is 0); maximum must be > minimum.",
                          "/properties/mlm:input/0/value_scaling/1/maximum: min-max scaling with minimum 255 and "
                          "maximum 0 has an inverted range; maximum must be > minimum."));
}

TEST(Mlm105, ClipAllowsEqualBoundsButNotAnInvertedRange) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/value_scaling", "value": [
      {"type": "clip", "minimum": 5, "maximum": 5},
      {"type": "clip", "minimum": 10, "maximum": 0}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm105, doc),
              ElementsAre("/properties/mlm:input/0/value_scaling/1/maximum: clip scaling with minimum 10 and maximum "
                          "0 has an inverted range; maximum must be >= minimum."));
}

TEST(Mlm105, ScaleByZeroFailsButOffsetZeroDoesNot) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/value_scaling", "value": [
      {"type": "offset", "value": 0}, {"type": "scale", "value": 0}, {"type": "clip-min", "minimum": 0}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm105, doc),
              ElementsAre("/properties/mlm:input/0/value_scaling/1/value: scale scaling with value 0 divides by "
                          "zero; value must be non-zero."));
}

TEST(Mlm105, IgnoresNonNumericParameters) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/value_scaling", "value": [
      {"type": "z-score", "mean": 0, "stddev": "0"}, {"type": "min-max", "minimum": 0}, null, 7]}])");
  EXPECT_THAT(rendered_findings_of(kMlm105, doc), IsEmpty());
}

// --- MLM106 value-scaling-null-entry ----------------------------------------------------------------------

TEST(Mlm106, FailsOnTypeNull) {
  const auto doc =
      patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/value_scaling", "value": [{"type": null}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm106, doc),
              ElementsAre("/properties/mlm:input/0/value_scaling/0: \"type\": null is described in the MLM README "
                          "but rejected by the MLM JSON schema; use {\"type\": \"scale\", \"value\": 1} for an "
                          "unscaled dimension, or set value_scaling to null when no dimension is scaled."));
}

TEST(Mlm106, FailsOnNullEntriesAndNoneStrings) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/value_scaling", "value":
      [{"type": "scale", "value": 1}, null, {"type": "None"}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm106, doc),
              ElementsAre("/properties/mlm:input/0/value_scaling/1: a null entry is accepted by stac-model but "
                          "rejected by the MLM JSON schema; use {\"type\": \"scale\", \"value\": 1} for an unscaled "
                          "dimension, or set value_scaling to null when no dimension is scaled.",
                          "/properties/mlm:input/0/value_scaling/2: \"type\": \"None\" is not a value-scaling type "
                          "(it means no scaling); use {\"type\": \"scale\", \"value\": 1} for an unscaled "
                          "dimension, or set value_scaling to null when no dimension is scaled."));
}

TEST(Mlm106, IdentityScalingAndNullListAreValid) {
  EXPECT_THAT(rendered_findings_of(kMlm106, patched_b(R"([{"op": "replace", "path":
      "/properties/mlm:input/0/value_scaling", "value": [{"type": "scale", "value": 1}]}])")),
              IsEmpty());
  EXPECT_THAT(rendered_findings_of(kMlm106, patched_b(R"([{"op": "replace", "path":
      "/properties/mlm:input/0/value_scaling", "value": null}])")),
              IsEmpty());
}

TEST(Mlm106, FixReplacesAllNullLikeEntriesByNull) {
  const auto doc =
      patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/value_scaling", "value": [{"type": null}]}])");
  const auto findings = findings_of(kMlm106, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: set value_scaling to null | replace /properties/mlm:input/0/value_scaling null");
  EXPECT_EQ(apply_fix(doc, *findings[0].fix),
            patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/value_scaling", "value": null}])"));
}

TEST(Mlm106, FixReplacesEachNullLikeEntryByTheIdentityAmongRealScalings) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/value_scaling", "value":
      [{"type": "z-score", "mean": 1000, "stddev": 500}, null, {"type": "None"}]}])");
  const auto findings = findings_of(kMlm106, doc);
  ASSERT_THAT(findings, SizeIs(2));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "safe: replace the entry with the identity {\"type\": \"scale\", \"value\": 1} | replace "
            "/properties/mlm:input/0/value_scaling/1 {\"type\": \"scale\", \"value\": 1}");
  EXPECT_EQ(describe_fix(findings[1].fix),
            "safe: replace the entry with the identity {\"type\": \"scale\", \"value\": 1} | replace "
            "/properties/mlm:input/0/value_scaling/2 {\"type\": \"scale\", \"value\": 1}");
  const auto fixed = apply_fix(apply_fix(doc, *findings[0].fix), *findings[1].fix);
  EXPECT_THAT(findings_of(kMlm106, fixed), IsEmpty());
  EXPECT_EQ(fixed, patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/value_scaling", "value":
      [{"type": "z-score", "mean": 1000, "stddev": 500}, {"type": "scale", "value": 1}, {"type": "scale", "value": 1}]}])"));
}

// --- MLM107 input-data-type-vs-scaling --------------------------------------------------------------------

TEST(Mlm107, FailsOnIntegerTypeWithZScore) {
  const auto doc =
      patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/input/data_type", "value": "uint16"}])");
  EXPECT_THAT(rendered_findings_of(kMlm107, doc),
              ElementsAre("/properties/mlm:input/0/input/data_type: \"uint16\" looks like the source band type, but "
                          "z-score scaling produces fractional values; data_type must describe the tensor passed to "
                          "the model (e.g. \"float32\")."));
}

TEST(Mlm107, ClipKeepsIntegerValues) {
  const auto doc = patched_b(R"([
    {"op": "replace", "path": "/properties/mlm:input/0/input/data_type", "value": "uint16"},
    {"op": "replace", "path": "/properties/mlm:input/0/value_scaling", "value": [{"type": "clip", "minimum": 0, "maximum": 10000}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm107, doc), IsEmpty());
}

TEST(Mlm107, NamesEveryFractionalScalingType) {
  const auto doc = patched_b(R"([
    {"op": "replace", "path": "/properties/mlm:input/0/input/data_type", "value": "int8"},
    {"op": "replace", "path": "/properties/mlm:input/0/value_scaling", "value": [
      {"type": "min-max", "minimum": 0, "maximum": 10}, {"type": "z-score", "mean": 1, "stddev": 2},
      {"type": "min-max", "minimum": 0, "maximum": 20}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm107, doc),
              ElementsAre("/properties/mlm:input/0/input/data_type: \"int8\" looks like the source band type, but "
                          "min-max and z-score scaling produce fractional values; data_type must describe the tensor "
                          "passed to the model (e.g. \"float32\")."));
}

TEST(Mlm107, FloatTypesAreNotReported) {
  const auto doc =
      patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/input/data_type", "value": "float16"}])");
  EXPECT_THAT(rendered_findings_of(kMlm107, doc), IsEmpty());
}

// --- MLM108 ambiguous-io-names ----------------------------------------------------------------------------

TEST(Mlm108, FailsOnRepeatedInputName) {
  const auto doc = patched_b(R"([{"op": "copy", "from": "/properties/mlm:input/0", "path": "/properties/mlm:input/-"}])");
  EXPECT_THAT(rendered_findings_of(kMlm108, doc),
              ElementsAre("/properties/mlm:input/1/name: input name \"RGB\" is already used by "
                          "/properties/mlm:input/0; input names should be unique."));
}

TEST(Mlm108, NamesAreCompared) {
  // Case differs: different names (exact match only).
  const auto doc = patched_b(R"([
    {"op": "copy", "from": "/properties/mlm:input/0", "path": "/properties/mlm:input/-"},
    {"op": "replace", "path": "/properties/mlm:input/1/name", "value": "rgb"}])");
  EXPECT_THAT(rendered_findings_of(kMlm108, doc), IsEmpty());
}

TEST(Mlm108, FailsOnRepeatedOutputNameEachTimeAgainstTheFirst) {
  const auto doc = patched_b(R"([
    {"op": "copy", "from": "/properties/mlm:output/0", "path": "/properties/mlm:output/-"},
    {"op": "copy", "from": "/properties/mlm:output/0", "path": "/properties/mlm:output/-"}])");
  EXPECT_THAT(rendered_findings_of(kMlm108, doc),
              ElementsAre("/properties/mlm:output/1/name: output name \"scene-class\" is already used by "
                          "/properties/mlm:output/0; output names should be unique.",
                          "/properties/mlm:output/2/name: output name \"scene-class\" is already used by "
                          "/properties/mlm:output/0; output names should be unique."));
}

TEST(Mlm108, FailsOnNameUsedAsBandAndVariable) {
  const auto doc = patched_b(R"([{"op": "add", "path": "/properties/mlm:input/0/variables", "value": ["t2m", {"name": "B03"}]}])");
  EXPECT_THAT(rendered_findings_of(kMlm108, doc),
              ElementsAre("/properties/mlm:input/0/variables/1: \"B03\" is listed both as a band (bands/1) and as a "
                          "variable; use distinct names so that band and variable references can be told apart."));
}

TEST(Mlm108, BandVariableOverlapIsOnlyCheckedFromV150) {
  const auto doc = patched_b(std::string("[") + kV140 +
                             R"(, {"op": "add", "path": "/properties/mlm:input/0/variables", "value": ["B03"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm108, doc), IsEmpty());
}

// --- MLM109 non-standard-dimension-name -------------------------------------------------------------------

TEST(Mlm109, FailsOnPluralOfClass) {
  const auto doc = patched_b(
      R"([{"op": "replace", "path": "/properties/mlm:output/0/result/dim_order", "value": ["batch", "classes"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm109, doc),
              ElementsAre("/properties/mlm:output/0/result/dim_order/1: \"classes\" is not a recommended dimension "
                          "name; did you mean \"class\"?"));
}

TEST(Mlm109, FarCustomNamesAreNotReported) {
  const auto doc = patched_b(
      R"([{"op": "replace", "path": "/properties/mlm:output/0/result/dim_order", "value": ["batch", "spectrum"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm109, doc), IsEmpty());
}

TEST(Mlm109, SuggestsForMisspelledInputDimensions) {
  const auto doc = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/input/dim_order",
                                  "value": ["Batch", "bands", "hieght", "widht"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm109, doc),
              ElementsAre("/properties/mlm:input/0/input/dim_order/0: \"Batch\" is not a recommended dimension name; "
                          "did you mean \"batch\"?",
                          "/properties/mlm:input/0/input/dim_order/2: \"hieght\" is not a recommended dimension "
                          "name; did you mean \"height\"?",
                          "/properties/mlm:input/0/input/dim_order/3: \"widht\" is not a recommended dimension name; "
                          "did you mean \"width\"?"));
}

TEST(Mlm109, FixRenamesTheDimension) {
  const auto doc = patched_b(
      R"([{"op": "replace", "path": "/properties/mlm:output/0/result/dim_order", "value": ["batch", "classes"]}])");
  const auto findings = findings_of(kMlm109, doc);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix),
            "suggest: rename the dimension \"classes\" to \"class\" | replace "
            "/properties/mlm:output/0/result/dim_order/1 \"class\"");
  EXPECT_EQ(apply_fix(doc, *findings[0].fix), patched_b("[]"));
  const auto band = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/input/dim_order",
                                   "value": ["batch", "band", "height", "width"]}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm109, band).at(0).fix),
            "suggest: rename the dimension \"band\" to \"bands\" | replace /properties/mlm:input/0/input/dim_order/1 "
            "\"bands\"");
}

TEST(Mlm109, NoFixWhenTheRenameWouldCollideOrMisfitTheBands) {
  // "class" is already a dimension: two dimensions of one name cannot be told apart.
  const auto twice = patched_b(R"([{"op": "replace", "path": "/properties/mlm:output/0/result/dim_order",
      "value": ["class", "classes"]}])");
  const auto findings = findings_of(kMlm109, twice);
  ASSERT_THAT(findings, SizeIs(1));
  EXPECT_EQ(describe_fix(findings[0].fix), "none");
  // "band" of size 4 for 3 listed bands: "bands" would not match the list (MLM102).
  const auto misfit = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/input/dim_order",
      "value": ["batch", "band", "height", "width"]},
    {"op": "replace", "path": "/properties/mlm:input/0/input/shape", "value": [-1, 4, 64, 64]}])");
  EXPECT_EQ(describe_fix(findings_of(kMlm109, misfit).at(0).fix), "none");
}

TEST(Mlm109, SuggestsReservedNamesOnlyWithTheirList) {
  const auto with_list = patched_b(R"([{"op": "replace", "path": "/properties/mlm:input/0/input/dim_order",
                                        "value": ["batch", "band", "height", "width"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm109, with_list),
              ElementsAre("/properties/mlm:input/0/input/dim_order/1: \"band\" is not a recommended dimension name; "
                          "did you mean \"bands\"?"));
  const auto without_list = patched_b(R"([
    {"op": "remove", "path": "/properties/mlm:input/0/bands"},
    {"op": "replace", "path": "/properties/mlm:input/0/input/dim_order", "value": ["batch", "band", "height", "width"]}])");
  EXPECT_THAT(rendered_findings_of(kMlm109, without_list), IsEmpty());
}

// --- MLM110 misspelled-input-key ---------------------------------------------------------------------------

TEST(Mlm110, FailsOnAMisspelledValueScaling) {
  const auto doc = test::patched_b(R"([{"op": "move", "from": "/properties/mlm:input/0/value_scaling",
    "path": "/properties/mlm:input/0/value_scalling"}])");
  EXPECT_THAT(rendered_findings_of(kMlm110, doc),
              ElementsAre("/properties/mlm:input/0/value_scalling: \"value_scalling\" is not a key of a Model Input "
                          "object, so MLM tools ignore it; did you mean \"value_scaling\"?"));
}

TEST(Mlm110, ChecksTheStructureAndTheScalingObjects) {
  const auto doc = test::patched_b(R"([
    {"op": "move", "from": "/properties/mlm:input/0/input/dim_order", "path": "/properties/mlm:input/0/input/dim_oder"},
    {"op": "move", "from": "/properties/mlm:input/0/input/data_type", "path": "/properties/mlm:input/0/input/dataType"},
    {"op": "replace", "path": "/properties/mlm:input/0/value_scaling", "value": [{"type": "z-score", "mean": 1, "std_dev": 2}]},
    {"op": "move", "from": "/properties/mlm:input/0/resize_type", "path": "/properties/mlm:input/0/resize"}])");
  EXPECT_THAT(rendered_findings_of(kMlm110, doc),
              ElementsAre("/properties/mlm:input/0/resize: \"resize\" is not a key of a Model Input object, so MLM "
                          "tools ignore it; did you mean \"resize_type\"?",
                          "/properties/mlm:input/0/input/dim_oder: \"dim_oder\" is not a key of an Input Structure "
                          "object, so MLM tools ignore it; did you mean \"dim_order\"?",
                          "/properties/mlm:input/0/input/dataType: \"dataType\" is not a key of an Input Structure "
                          "object, so MLM tools ignore it; did you mean \"data_type\"?",
                          "/properties/mlm:input/0/value_scaling/0/std_dev: \"std_dev\" is not a key of a Value "
                          "Scaling object, so MLM tools ignore it; did you mean \"stddev\"?"));
}

TEST(Mlm110, CustomExtensionAndRenamedKeysPass) {
  // Custom metadata (the objects are open), extension fields, and keys of other versions or renamed ones, which
  // MLM508/MLM509/MLM510 explain.
  const auto doc = test::patched_b(R"([
    {"op": "add", "path": "/properties/mlm:input/0/sensor_notes", "value": "L2A"},
    {"op": "add", "path": "/properties/mlm:input/0/raster:bands", "value": []},
    {"op": "add", "path": "/properties/mlm:input/0/norm_type", "value": "z-score"},
    {"op": "add", "path": "/properties/mlm:input/0/statistics", "value": []},
    {"op": "add", "path": "/properties/mlm:input/0/input/dtype", "value": "float32"}])");
  EXPECT_THAT(rendered_findings_of(kMlm110, doc), IsEmpty());
}

}  // namespace
}  // namespace mlmlint::rules

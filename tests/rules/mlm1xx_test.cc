#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rule_harness.h"
#include "rule_list.h"

namespace mlmlint::rules {
namespace {

using test::rendered_findings_of;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(Mlm102, BaselineIsClean) { EXPECT_THAT(rendered_findings_of(kMlm102, test::baseline_b()), IsEmpty()); }

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

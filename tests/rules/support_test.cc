// The shared helpers of rules/support/support.h that several rules rely on for near-miss suggestions
// (MLM003, MLM109, MLM309, MLM315): RULES.md §2.2 "String distance".
#include <string>

#include <gtest/gtest.h>

#include "support/support.h"

namespace mlmlint::rules {
namespace {

TEST(IsClose, WithinTwoEditsWhenBothHaveFourCharacters) {
  EXPECT_TRUE(is_close("amd64", "amd46"));
  EXPECT_TRUE(is_close("height", "heigth"));
  EXPECT_TRUE(is_close("cuda", "cudaxy"));   // length difference 2: still compared
  EXPECT_FALSE(is_close("cuda", "cudaxyz"));  // length difference 3
  EXPECT_FALSE(is_close("tpu", "gpu"));       // too short
  EXPECT_FALSE(is_close("batch", "width"));
}

TEST(IsClose, SingularPluralVariant) {
  EXPECT_TRUE(is_close("band", "bands"));
  EXPECT_TRUE(is_close("Bands", "band"));
  EXPECT_TRUE(is_close("x", "xs"));  // the plural case has no minimum length
  EXPECT_FALSE(is_close("x", "xy"));
}

TEST(IsClose, ReturnsEarlyForVeryDifferentLengths) {
  // A 5 MB value against a short known name: the length difference alone decides, without an
  // edit-distance matrix of 5 million rows (which took seconds and hundreds of MB before the early exit).
  // (Speed itself is measured by scripts/bench, never asserted by a timed test.)
  const std::string huge(5u << 20, 'x');
  EXPECT_FALSE(is_close(huge, "cuda"));
  EXPECT_FALSE(is_close("cuda", huge));
  EXPECT_TRUE(is_close(huge.substr(0, 1000) + "s", huge.substr(0, 1000)));  // plural of a long string
}

}  // namespace
}  // namespace mlmlint::rules

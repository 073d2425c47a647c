// edit_distance: the near-miss measure of rules (RULES.md §2.2) and of the command line's "did you mean".
#include "mlmlint/core/edit_distance.h"

#include <gtest/gtest.h>

namespace mlmlint {
namespace {

TEST(EditDistance, IsDamerauLevenshteinOnLowerCase) {
  EXPECT_EQ(edit_distance("", ""), 0u);
  EXPECT_EQ(edit_distance("abc", ""), 3u);
  EXPECT_EQ(edit_distance("CUDA", "cuda"), 0u);
  EXPECT_EQ(edit_distance("cdua", "cuda"), 1u);  // one transposition
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
}

TEST(EditDistance, CountsCaseFreeEditsOfCodesAndOptions) {
  EXPECT_EQ(edit_distance("mlm102", "MLM102"), 0u);
  EXPECT_EQ(edit_distance("MLM1O2", "MLM102"), 1u);
  EXPECT_EQ(edit_distance("--selcet", "--select"), 1u);
}

TEST(ClosestMatch, SuggestsOnlyPlausibleTypos) {
  const std::vector<std::string_view> codes = {"MLM101", "MLM102", "MLM201"};
  EXPECT_EQ(closest_match("MLM1O2", codes), "MLM102");
  EXPECT_EQ(closest_match("mlm102", codes), "MLM102");
  EXPECT_EQ(closest_match("MLM999", codes), "");  // three edits in six characters: not a typo
  EXPECT_EQ(closest_match("", codes), "");
  EXPECT_EQ(closest_match("--selcet", {"--select", "--ignore"}), "--select");
}

}  // namespace
}  // namespace mlmlint

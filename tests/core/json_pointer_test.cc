// RFC 6901 pointers: every diagnostic carries one, and position lookup and explain mode compare them,
// so escaping and the ancestor test must be exact.
#include "mlmlint/core/json_pointer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace mlmlint {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(EscapePointerToken, EscapesTildeBeforeSlash) {
  EXPECT_EQ(escape_pointer_token(""), "");
  EXPECT_EQ(escape_pointer_token("plain"), "plain");
  EXPECT_EQ(escape_pointer_token("a/b"), "a~1b");
  EXPECT_EQ(escape_pointer_token("a~b"), "a~0b");
  // "~1" must become "~01" (escape "~" first), or it would read back as "/".
  EXPECT_EQ(escape_pointer_token("~1"), "~01");
  EXPECT_EQ(escape_pointer_token("/~"), "~1~0");
  EXPECT_EQ(escape_pointer_token("mlm:input"), "mlm:input");
}

TEST(SplitPointer, RootHasNoTokens) { EXPECT_THAT(split_pointer(""), IsEmpty()); }

TEST(SplitPointer, UnescapesTokens) {
  EXPECT_THAT(split_pointer("/a/b"), ElementsAre("a", "b"));
  EXPECT_THAT(split_pointer("/a~1b/c~0d"), ElementsAre("a/b", "c~d"));
  // "~01" is "~" followed by "1", not "/".
  EXPECT_THAT(split_pointer("/~01"), ElementsAre("~1"));
  EXPECT_THAT(split_pointer("/~10"), ElementsAre("/0"));
  EXPECT_THAT(split_pointer("/0/12"), ElementsAre("0", "12"));
}

TEST(SplitPointer, KeepsEmptyTokens) {
  EXPECT_THAT(split_pointer("/"), ElementsAre(""));
  EXPECT_THAT(split_pointer("//"), ElementsAre("", ""));
  EXPECT_THAT(split_pointer("/a//b/"), ElementsAre("a", "", "b", ""));
}

TEST(SplitPointer, RoundTripsWithEscape) {
  const std::vector<std::string> tokens = {"a/b", "~", "~1", "", "x~0y", "mlm:input"};
  std::string pointer;
  for (const auto& t : tokens) pointer = pointer_append(pointer, t);
  EXPECT_EQ(pointer, "/a~1b/~0/~01//x~00y/mlm:input");
  EXPECT_EQ(split_pointer(pointer), tokens);
}

TEST(PointerAppend, EscapesKeysAndFormatsIndices) {
  EXPECT_EQ(pointer_append("", "properties"), "/properties");
  EXPECT_EQ(pointer_append("/properties", "a/b~c"), "/properties/a~1b~0c");
  EXPECT_EQ(pointer_append("/x", ""), "/x/");
  EXPECT_EQ(pointer_append("", std::size_t{0}), "/0");
  EXPECT_EQ(pointer_append("/properties/mlm:input", std::size_t{12}), "/properties/mlm:input/12");
}

TEST(PointerParent, DropsTheLastToken) {
  EXPECT_EQ(pointer_parent("/a/b"), "/a");
  EXPECT_EQ(pointer_parent("/a"), "");
  EXPECT_EQ(pointer_parent(""), "");
  EXPECT_EQ(pointer_parent("/a~1b"), "");  // an escaped slash is not a separator
  EXPECT_EQ(pointer_parent("/a/"), "/a");  // the empty last token
  EXPECT_EQ(pointer_parent("//"), "/");
}

TEST(PointerIsAncestorOrSelf, RespectsTokenBoundaries) {
  EXPECT_TRUE(pointer_is_ancestor_or_self("", ""));
  EXPECT_TRUE(pointer_is_ancestor_or_self("", "/a"));
  EXPECT_TRUE(pointer_is_ancestor_or_self("/a", "/a"));
  EXPECT_TRUE(pointer_is_ancestor_or_self("/a", "/a/b/c"));
  EXPECT_TRUE(pointer_is_ancestor_or_self("/a", "/a/"));  // child with an empty name
  EXPECT_FALSE(pointer_is_ancestor_or_self("/a", "/ab"));
  EXPECT_FALSE(pointer_is_ancestor_or_self("/a/b", "/a"));
  EXPECT_FALSE(pointer_is_ancestor_or_self("/a", ""));
  EXPECT_FALSE(pointer_is_ancestor_or_self("/a~1b", "/a/b"));
  EXPECT_TRUE(pointer_is_ancestor_or_self("/a~1b", "/a~1b/c"));
  EXPECT_FALSE(pointer_is_ancestor_or_self("/a~0", "/a~01"));
}

}  // namespace
}  // namespace mlmlint

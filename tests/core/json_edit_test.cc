// render_preserving: edits show only where the document changed; unified_diff: the diff -u format.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "mlmlint/core/json_edit.h"
#include "mlmlint/core/unified_diff.h"

namespace mlmlint {
namespace {

JsonValue parse(std::string_view text) {
  auto v = JsonValue::parse(text);
  EXPECT_TRUE(v.has_value()) << text;
  return v ? *v : JsonValue();
}

// A value from JSON text (keeps the tests readable, and GCC 12 from false maybe-uninitialized warnings
// on nested std::variant initialisers).
JsonValue json(std::string_view text) { return parse(text); }

std::string edit(std::string_view text, void (*change)(JsonValue&)) {
  JsonValue value = parse(text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text);
  change(value);
  auto out = render_preserving(text, value);
  EXPECT_TRUE(out.has_value());
  return out.value_or("");
}

TEST(RenderPreserving, UnchangedDocumentsKeepEveryByte) {
  int checked = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(MLMLINT_TESTDATA_DIR "/examples")) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    auto value = JsonValue::parse(text);
    if (!value) continue;  // the invalid-JSON examples
    EXPECT_EQ(render_preserving(text, *value), text) << entry.path();
    ++checked;
  }
  EXPECT_GT(checked, 70);
}

TEST(RenderPreserving, InvalidOriginalIsRejected) {
  EXPECT_FALSE(render_preserving("{\"a\": 1,}", JsonValue()).has_value());
}

TEST(RenderPreserving, ReplacedScalarChangesOnlyItself) {
  const std::string text = "{\n  \"a\": 1.50,\n  \"b\": \"x\\u0041\",\n  \"c\": 1e3\n}\n";
  EXPECT_EQ(edit(text, [](JsonValue& v) { *v.find("b") = json(R"("y")"); }),
            "{\n  \"a\": 1.50,\n  \"b\": \"y\",\n  \"c\": 1e3\n}\n");
}

TEST(RenderPreserving, NewMemberIsLaidOutLikeItsSiblings) {
  const std::string text = "{\n    \"a\": 1,\n    \"b\": {\n        \"c\": true\n    }\n}";
  EXPECT_EQ(edit(text,
                 [](JsonValue& v) {
                   v.find("b")->object()->emplace_back("d", json(R"({"e": null})"));
                 }),
            "{\n    \"a\": 1,\n    \"b\": {\n        \"c\": true,\n        \"d\": {\n            \"e\": null\n"
            "        }\n    }\n}");
}

TEST(RenderPreserving, RemovingMembersKeepsTheRest) {
  const std::string text = "{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": [1, 2]\n}\n";
  EXPECT_EQ(edit(text, [](JsonValue& v) { v.object()->erase(v.object()->begin() + 1); }),
            "{\n  \"a\": 1,\n  \"c\": [1, 2]\n}\n");
  EXPECT_EQ(edit(text, [](JsonValue& v) { v.object()->pop_back(); }), "{\n  \"a\": 1,\n  \"b\": 2\n}\n");
  EXPECT_EQ(edit(text, [](JsonValue& v) { v.object()->clear(); }), "{}\n");
}

TEST(RenderPreserving, RenamedKeyKeepsItsPlace) {
  const std::string text = "{\n  \"a\": 1,\n  \"old\": [\n    1\n  ],\n  \"z\": 0\n}";
  EXPECT_EQ(edit(text, [](JsonValue& v) { (*v.object())[1].first = "new"; }),
            "{\n  \"a\": 1,\n  \"new\": [\n    1\n  ],\n  \"z\": 0\n}");
}

TEST(RenderPreserving, ArraysKeepTheirLayout) {
  const std::string inline_array = "{\n  \"shape\": [1, 3, 64]\n}";
  EXPECT_EQ(edit(inline_array, [](JsonValue& v) { v.find("shape")->array()->push_back(json("64")); }),
            "{\n  \"shape\": [1, 3, 64, 64]\n}");
  const std::string multiline = "{\n  \"roles\": [\n    \"a\",\n    \"b\"\n  ]\n}";
  EXPECT_EQ(edit(multiline, [](JsonValue& v) { v.find("roles")->array()->push_back(json(R"("c")")); }),
            "{\n  \"roles\": [\n    \"a\",\n    \"b\",\n    \"c\"\n  ]\n}");
  // Removing an element in the middle keeps the others' bytes (the 1.0 stays 1.0).
  const std::string numbers = "[\n  1.0,\n  2,\n  3e0\n]";
  EXPECT_EQ(edit(numbers, [](JsonValue& v) { v.array()->erase(v.array()->begin() + 1); }), "[\n  1.0,\n  3e0\n]");
}

TEST(RenderPreserving, EditedObjectInsideArrayKeepsItsSiblings) {
  const std::string text = "[\n  {\"a\": 1},\n  {\n    \"b\": 2\n  }\n]";
  EXPECT_EQ(edit(text, [](JsonValue& v) { (*v.array())[1].object()->emplace_back("c", json("true")); }),
            "[\n  {\"a\": 1},\n  {\n    \"b\": 2,\n    \"c\": true\n  }\n]");
}

TEST(RenderPreserving, EmptyContainerGetsOneMoreIndentationUnit) {
  const std::string text = "{\n  \"assets\": {}\n}";
  EXPECT_EQ(edit(text, [](JsonValue& v) { v.find("assets")->object()->emplace_back("m", json("1")); }),
            "{\n  \"assets\": {\n    \"m\": 1\n  }\n}");
}

TEST(RenderPreserving, OneLineDocumentsStayOnOneLine) {
  const std::string text = "{\"a\":[1,2],\"b\":{}}";
  EXPECT_EQ(edit(text,
                 [](JsonValue& v) {
                   v.find("a")->array()->push_back(json("3"));
                   v.object()->emplace_back("c", json(R"({"d": false})"));
                 }),
            "{\"a\":[1,2,3],\"b\":{},\"c\":{\"d\":false}}");
}

TEST(RenderPreserving, TabsAndByteOrderMarkAreKept) {
  const std::string text = "\xEF\xBB\xBF{\n\t\"a\": {\n\t\t\"b\": 1\n\t}\n}\r\n";
  EXPECT_EQ(edit(text, [](JsonValue& v) { v.find("a")->object()->emplace_back("c", json("2")); }),
            "\xEF\xBB\xBF{\n\t\"a\": {\n\t\t\"b\": 1,\n\t\t\"c\": 2\n\t}\n}\r\n");
}

TEST(DetectIndentUnit, FindsTheFirstIndentation) {
  EXPECT_EQ(detect_indent_unit("{\n    \"a\": 1\n}"), "    ");
  EXPECT_EQ(detect_indent_unit("{\n\t\"a\": 1\n}"), "\t");
  EXPECT_EQ(detect_indent_unit("{\"a\": 1}"), "");
}

TEST(UnifiedDiff, EqualTextsGiveNothing) { EXPECT_EQ(unified_diff("a\n", "a\n", "x", "y"), ""); }

TEST(UnifiedDiff, OneChangedLineWithContext) {
  const std::string a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
  const std::string b = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
  EXPECT_EQ(unified_diff(a, b, "a/f.json", "b/f.json"),
            "--- a/f.json\n+++ b/f.json\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
}

TEST(UnifiedDiff, InsertionsDeletionsAndSeparateHunks) {
  const std::string a = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n";
  const std::string b = "a\nB\nb\nc\nd\ne\nf\ng\nh\ni\nj\nl\n";
  EXPECT_EQ(unified_diff(a, b, "x", "y", 1), "--- x\n+++ y\n@@ -1,2 +1,3 @@\n a\n+B\n b\n@@ -10,3 +11,2 @@\n j\n-k\n l\n");
}

TEST(UnifiedDiff, InsertionIntoAnEmptyTextAndMissingFinalNewline) {
  EXPECT_EQ(unified_diff("", "x\n", "a", "b"), "--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n");
  EXPECT_EQ(unified_diff("x", "y", "a", "b"),
            "--- a\n+++ b\n@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+y\n\\ No newline at end of file\n");
}

}  // namespace
}  // namespace mlmlint

// Nesting at the deepest level mlm-lint accepts (kMaxDepthLimit) goes through every stage — the syntax
// scanner, the duplicate-key walk, valijson (also on the recursive draft-07 meta-schema), the rules and the
// position finder — without overflowing the stack, even when the caller runs on a small thread stack. The
// sanitizer build runs this too, where frames are several times larger. Also: deep_stack.h's helpers and
// the byte-size syntax of --max-file-size.
#include <pthread.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include <fmt/format.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlmlint/engine/config.h"
#include "mlmlint/core/deep_stack.h"
#include "mlmlint/engine/linter.h"
#include "rule_harness.h"

namespace mlmlint {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;

constexpr std::size_t kSmallStack = 256u << 10;  // far below any default thread stack

// Runs `work` on a thread of our own with a small stack: lint_buffer must not depend on its caller's.
void on_small_stack(const std::function<void()>& work) {
  pthread_attr_t attr;
  ASSERT_EQ(pthread_attr_init(&attr), 0);
  ASSERT_EQ(pthread_attr_setstacksize(&attr, kSmallStack), 0);
  pthread_t thread;
  auto run = [](void* w) -> void* {
    (*static_cast<const std::function<void()>*>(w))();
    return nullptr;
  };
  ASSERT_EQ(pthread_create(&thread, &attr, run, const_cast<std::function<void()>*>(&work)), 0);
  pthread_attr_destroy(&attr);
  pthread_join(thread, nullptr);
}

// B with a member added at the root (the text is built directly: a 2,048-level value through a JSON
// library would itself recurse). `"mlm:accelerator": "cpu"` gives the rules something to find (MLM309).
std::string b_with_root_member(std::string_view name, std::string_view value) {
  std::string text = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:accelerator", "value": "cpu"}])");
  const std::size_t end = text.rfind('}');
  return text.substr(0, end) + fmt::format(", \"{}\": {}", name, value) + text.substr(end);
}

// `text` with `item` (JSON text) first in stac_extensions.
std::string with_extension(std::string text, std::string_view item) {
  const std::size_t bracket = text.find('[', text.find("\"stac_extensions\""));
  return text.insert(bracket + 1, std::string(item) + ", ");
}

// `levels` levels of nesting: levels - 1 arrays around a number ("[[1]]" is 3 levels).
std::string nested_arrays(std::size_t levels) {
  return std::string(levels - 1, '[') + "1" + std::string(levels - 1, ']');
}
// {"a": {"a": ... {"k": 1, "k": 2}}}: `levels` levels, the innermost object with a duplicate key.
std::string nested_objects_with_duplicate(std::size_t levels) {
  std::string out;
  for (std::size_t i = 2; i < levels; ++i) out += "{\"a\":";
  out += "{\"k\": 1, \"k\": 2}";
  out += std::string(levels - 2, '}');
  return out;
}

std::vector<std::string> codes(const FileReport& report) {
  std::vector<std::string> out;
  for (const auto& d : report.diagnostics) out.push_back(d.code);
  return out;
}

const Linter& deepest_linter() {
  static const Linter linter([] {
    LintOptions options;
    options.max_depth = kMaxDepthLimit;
    return options;
  }());
  return linter;
}

FileReport lint_on_small_stack(const std::string& text) {
  FileReport report;
  on_small_stack([&] { report = deepest_linter().lint_buffer("deep.json", text); });
  return report;
}

// The root object is level 1, so a member's value may nest kMaxDepthLimit - 1 levels.
constexpr std::size_t kMemberLevels = kMaxDepthLimit - 1;

TEST(DeepNesting, ArraysAtTheLimitAreChecked) {
  const FileReport report = lint_on_small_stack(b_with_root_member("deep", nested_arrays(kMemberLevels)));
  EXPECT_THAT(codes(report), Contains("MLM309"));  // schema and rules ran to the end
  EXPECT_THAT(codes(report), Not(Contains("MLM906")));
}

TEST(DeepNesting, OneLevelMoreIsALimitFinding) {
  const FileReport report = lint_on_small_stack(b_with_root_member("deep", nested_arrays(kMemberLevels + 1)));
  ASSERT_THAT(codes(report), ElementsAre("MLM906"));
  EXPECT_EQ(report.diagnostics[0].message,
            fmt::format("nesting deeper than {} levels; the document was not checked", kMaxDepthLimit));
}

TEST(DeepNesting, DuplicateKeyAtTheBottomIsLocated) {
  const std::string text = b_with_root_member("deep", nested_objects_with_duplicate(kMemberLevels));
  const FileReport report = lint_on_small_stack(text);
  ASSERT_THAT(codes(report), Contains("MLM903"));
  for (const auto& d : report.diagnostics) {
    if (d.code != "MLM903") continue;
    EXPECT_EQ(d.pointer.size(), std::string("/deep").size() + (kMemberLevels - 2) * 2 + 2);  // "/a" per level, "/k"
    const std::size_t offset = text.rfind("\"k\": 2");  // at the repeated key
    const std::size_t line_start = text.rfind('\n', offset) + 1;
    EXPECT_EQ(d.column, offset - line_start + 1);
  }
}

// The draft-07 meta-schema is recursive ("not": {"$ref": "#"}): validating a document that declares it
// recurses in valijson once per level of the document.
TEST(DeepNesting, RecursiveSchemaAtTheLimit) {
  // {"not": {"not": ... {}}}: kMemberLevels objects.
  std::string chain;
  for (std::size_t i = 1; i < kMemberLevels; ++i) chain += "{\"not\":";
  chain += "{}" + std::string(kMemberLevels - 1, '}');
  const std::string text =
      with_extension(b_with_root_member("not", chain), "\"http://json-schema.org/draft-07/schema#\"");
  const FileReport report = lint_on_small_stack(text);
  EXPECT_THAT(codes(report), Contains("MLM000"));  // the meta-schema rejects B's fields: it did run
  EXPECT_THAT(codes(report), Contains("MLM309"));
  EXPECT_THAT(codes(report), Not(Contains("MLM906")));
}

TEST(DeepNesting, SyntaxErrorAtTheBottom) {
  std::string deep = nested_arrays(kMemberLevels);
  deep.insert(deep.find('1') + 1, ",");  // [[[1,]]]: the scanner must descend all the way to find it
  const FileReport report = lint_on_small_stack(b_with_root_member("deep", deep));
  ASSERT_THAT(codes(report), ElementsAre("MLM901"));
  EXPECT_EQ(report.diagnostics[0].message, "trailing comma before ']'");
}

// Up to kInlineDepth levels a document is checked on the caller's stack, deeper ones on a stack of their own
// (simdjson's depth limit decides, deep_stack.h): the verdict is the same on both sides of the boundary.
TEST(DeepNesting, AroundTheInlineDepthTheVerdictIsTheSame) {
  const Linter linter{LintOptions{}};
  for (std::size_t levels = kInlineDepth - 3; levels <= kInlineDepth + 3; ++levels) {
    const FileReport valid = linter.lint_buffer("deep.json", b_with_root_member("deep", nested_arrays(levels)));
    EXPECT_THAT(codes(valid), Contains("MLM309")) << levels;
    EXPECT_THAT(codes(valid), Not(Contains("MLM906"))) << levels;
    std::string broken = nested_arrays(levels);
    broken.insert(broken.find('1') + 1, ",");
    const FileReport invalid = linter.lint_buffer("deep.json", b_with_root_member("deep", broken));
    ASSERT_THAT(codes(invalid), ElementsAre("MLM901")) << levels;
    EXPECT_EQ(invalid.diagnostics[0].message, "trailing comma before ']'") << levels;
  }
}

// uniqueItems hashes and compares items recursively.
TEST(DeepNesting, EqualDeepItemsInAUniqueArray) {
  const std::string deep = nested_arrays(kMemberLevels - 1);
  const std::string text = with_extension(with_extension(b_with_root_member("x", "0"), deep), deep);
  const FileReport report = lint_on_small_stack(text);
  EXPECT_THAT(codes(report), Contains("MLM000"));
  EXPECT_THAT(codes(report), Not(Contains("MLM906")));
}

// Schemas recurse while they compile (bundling, valijson's parser), and a mapped or downloaded one may be as
// deep as simdjson parses: 500 nested "properties" are 1,000 levels.
TEST(DeepNesting, DeepMappedSchemaCompilesOnASmallStack) {
  std::string dir = (std::filesystem::temp_directory_path() / "mlmlint-deep-schema-XXXXXX").string();
  ASSERT_NE(::mkdtemp(dir.data()), nullptr);
  std::string schema;
  for (int i = 0; i < 500; ++i) schema += R"({"properties": {"a": )";
  schema += "{}" + std::string(1000, '}');
  const std::string path = dir + "/deep.json";
  std::ofstream(path) << schema;
  const std::string url = "https://example.com/deep/v1.0.0/schema.json";
  LintOptions options;
  options.schemas.map.push_back({url, path});
  const Linter linter(options);
  const std::string text = with_extension(b_with_root_member("x", "0"), "\"" + url + "\"");
  FileReport report;
  on_small_stack([&] { report = linter.lint_buffer("b.json", text); });
  std::filesystem::remove_all(dir);
  EXPECT_THAT(codes(report), Contains("MLM309"));
  EXPECT_THAT(codes(report), Not(Contains("MLM902")));
}

TEST(DeepNesting, LimitsAreClampedToTheSafeRange) {
  LintOptions options;
  options.max_depth = kMaxDepthLimit * 100;
  options.max_file_size = 0;
  const Linter linter(options);
  EXPECT_EQ(linter.options().max_depth, kMaxDepthLimit);
  EXPECT_EQ(linter.options().max_file_size, 1u);
}

TEST(DeepStack, NestingDepthCountsBracketsOutsideStrings) {
  EXPECT_EQ(nesting_depth("", 100), 0u);
  EXPECT_EQ(nesting_depth("1", 100), 0u);
  EXPECT_EQ(nesting_depth(R"({"a": [1, {"b": []}]})", 100), 4u);
  EXPECT_EQ(nesting_depth(R"(["[[[", "\"[[", {}])", 100), 2u);
  EXPECT_EQ(nesting_depth("[[[[[[", 100), 6u);     // unbalanced text counts too
  EXPECT_EQ(nesting_depth("]]]][[", 100), 2u);
  EXPECT_EQ(nesting_depth(std::string(1000, '['), 10), 10u);  // stops counting at `stop`
}

TEST(DeepStack, RunWithStackRunsTheWork) {
  int ran = 0;
  EXPECT_TRUE(run_with_stack(stack_for_depth(kMaxDepthLimit), [&] { ++ran; }));
  EXPECT_EQ(ran, 1);
  EXPECT_GT(stack_for_depth(kMaxDepthLimit), stack_for_depth(kInlineDepth));
}

TEST(ByteSize, Syntax) {
  EXPECT_EQ(parse_byte_size("0"), 0u);
  EXPECT_EQ(parse_byte_size("1048576"), 1048576u);
  EXPECT_EQ(parse_byte_size("512K"), 512u << 10);
  EXPECT_EQ(parse_byte_size("64M"), 64u << 20);
  EXPECT_EQ(parse_byte_size("64MiB"), 64u << 20);
  EXPECT_EQ(parse_byte_size("2G"), std::size_t{2} << 30);
  for (const char* bad : {"", "M", "-1", "1.5M", "64MB", "64 M", "64m", "1T", "99999999999999999999999"}) {
    EXPECT_EQ(parse_byte_size(bad), std::nullopt) << bad;
  }
}

}  // namespace
}  // namespace mlmlint

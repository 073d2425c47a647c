// fix_text / fix_file: the fix loop itself (rounds, conflicts, unparseable input, writes).
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "mlmlint/engine/fix.h"
#include "rule_harness.h"
#include "lint_helpers.h"
#include "test_files.h"

namespace mlmlint {
namespace {

using test::default_linter;
using test::read_text;

std::size_t count_code(const FileReport& report, std::string_view code) {
  std::size_t n = 0;
  for (const auto& d : report.diagnostics) n += d.code == code;
  return n;
}

TEST(FixText, SeveralFixesOnOneArrayTakeSeveralRounds) {
  // Two unused extensions (MLM506): removing both by index in one round would remove the wrong entry.
  const std::string doc = test::patched_b(test::patch({
      R"({"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/eo/v1.1.0/schema.json"})",
      R"({"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/sat/v1.0.0/schema.json"})",
  }));
  ASSERT_EQ(count_code(default_linter().lint_buffer("d.json", doc), "MLM506"), 2u);
  const FixOutcome outcome = fix_text(default_linter(), "d.json", doc, false, {});
  EXPECT_EQ(outcome.applied.size(), 2u);
  EXPECT_EQ(count_code(outcome.report, "MLM506"), 0u);
  EXPECT_EQ(outcome.text, test::patched_b("[]"));  // the document before the additions, byte for byte
}

TEST(FixText, SuggestionsNeedUnsafe) {
  // MLM304 (a model sub-role without "mlm:model") has only a suggested fix: add "mlm:model".
  const std::string doc = test::patched_b(test::patch({
      R"({"op": "add", "path": "/assets/ckpt", "value": {"href": "https://example.com/m.ckpt", "roles": ["mlm:weights"]}})",
  }));
  ASSERT_EQ(count_code(default_linter().lint_buffer("d.json", doc), "MLM304"), 1u);
  const FixOutcome safe_only = fix_text(default_linter(), "d.json", doc, false, {});
  for (const auto& a : safe_only.applied) EXPECT_NE(a.code, "MLM304");
  EXPECT_EQ(count_code(safe_only.report, "MLM304"), 1u);
  const FixOutcome unsafe = fix_text(default_linter(), "d.json", doc, true, {});
  EXPECT_EQ(count_code(unsafe.report, "MLM304"), 0u);
}

TEST(FixText, UnparseableDocumentsAreLeftAlone) {
  const std::string doc = "{\"type\": \"Feature\",}";
  const FixOutcome outcome = fix_text(default_linter(), "d.json", doc, true, {});
  EXPECT_FALSE(outcome.changed());
  EXPECT_EQ(outcome.text, doc);
  EXPECT_EQ(count_code(outcome.report, "MLM901"), 1u);
}

TEST(FixText, DisabledRulesAreNotFixed) {
  const std::string doc = test::patched_b(test::patch({
      R"({"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/eo/v1.1.0/schema.json"})",
  }));
  RuleSelection selection;
  selection.ignore = {"MLM506"};
  EXPECT_FALSE(fix_text(default_linter(), "d.json", doc, false, selection).changed());
}

class FixFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("mlmlint-fix-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override {
    std::filesystem::permissions(dir_, std::filesystem::perms::owner_all, std::filesystem::perm_options::add);
    std::filesystem::remove_all(dir_);
  }
  std::string write(const std::string& name, const std::string& text) {
    const auto path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  std::filesystem::path dir_;
};

TEST_F(FixFile, WritesTheFixedDocumentAndKeepsPermissions) {
  const std::string doc = test::patched_b(test::patch({
      R"({"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/eo/v1.1.0/schema.json"})",
  }));
  const std::string path = write("item.json", doc);
  std::filesystem::permissions(path, std::filesystem::perms(0640));
  const FileFix fixed = fix_file(default_linter(), path, false, true, {});
  EXPECT_TRUE(fixed.written);
  EXPECT_EQ(fixed.original, doc);
  EXPECT_EQ(read_text(path), test::patched_b("[]"));
  EXPECT_EQ(std::filesystem::status(path).permissions() & std::filesystem::perms::all, std::filesystem::perms(0640));
  // Nothing left to do: a second run does not write.
  EXPECT_FALSE(fix_file(default_linter(), path, false, true, {}).written);
}

TEST_F(FixFile, DryRunWritesNothing) {
  const std::string doc = test::patched_b(test::patch({
      R"({"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/eo/v1.1.0/schema.json"})",
  }));
  const std::string path = write("item.json", doc);
  const FileFix fixed = fix_file(default_linter(), path, false, false, {});
  EXPECT_FALSE(fixed.written);
  EXPECT_TRUE(fixed.outcome.changed());
  EXPECT_EQ(read_text(path), doc);
}

TEST_F(FixFile, ReadOnlyFolderLeavesTheOriginalAndSaysWhy) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: a read-only folder is still writable";
  const std::string doc = test::patched_b(test::patch({
      R"({"op": "add", "path": "/stac_extensions/-", "value": "https://stac-extensions.github.io/eo/v1.1.0/schema.json"})",
  }));
  const std::string path = write("item.json", doc);
  std::filesystem::permissions(dir_, std::filesystem::perms(0555));
  const FileFix fixed = fix_file(default_linter(), path, false, true, {});
  EXPECT_FALSE(fixed.written);
  EXPECT_EQ(read_text(path), doc);
  ASSERT_FALSE(fixed.outcome.report.diagnostics.empty());
  EXPECT_EQ(fixed.outcome.report.diagnostics.front().code, "MLM900");
  EXPECT_EQ(count_code(fixed.outcome.report, "MLM506"), 1u);  // the finding is still reported
}

TEST_F(FixFile, UnreadableInputIsReportedNotWritten) {
  const FileFix fixed = fix_file(default_linter(), (dir_ / "missing.json").string(), false, true, {});
  EXPECT_FALSE(fixed.written);
  EXPECT_EQ(count_code(fixed.outcome.report, "MLM900"), 1u);
  EXPECT_FALSE(std::filesystem::exists(dir_ / "missing.json"));
}

}  // namespace
}  // namespace mlmlint

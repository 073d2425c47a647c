// LintOptions::locate_infos: the text report without --show-infos does not show infos, so their positions are
// not looked up; every other finding, and everything else about an info, is exactly as with positions.
#include <string>

#include <gtest/gtest.h>

#include "mlmlint/engine/linter.h"
#include "rule_harness.h"

namespace mlmlint {
namespace {

TEST(LocateInfos, OnlyInfosLoseTheirPositions) {
  // An error (MLM309: an accelerator the schema does not know) and an info (MLM704: "pytorch", not "PyTorch").
  const std::string text = test::patched_b(R"([{"op": "replace", "path": "/properties/mlm:accelerator", "value": "tpu2"},
                                                    {"op": "replace", "path": "/properties/mlm:framework", "value": "pytorch"}])");
  const FileReport located = Linter(LintOptions{}).lint_buffer("b.json", text);
  LintOptions options;
  options.locate_infos = false;
  const FileReport unlocated = Linter(options).lint_buffer("b.json", text);

  std::size_t infos = 0, others = 0;
  ASSERT_EQ(located.diagnostics.size(), unlocated.diagnostics.size());
  for (const Diagnostic& d : located.diagnostics) {
    bool found = false;
    for (const Diagnostic& u : unlocated.diagnostics) {
      if (u.code != d.code || u.pointer != d.pointer || u.message != d.message) continue;
      found = true;
      if (d.severity == Severity::kInfo) {
        EXPECT_EQ(u.line, 1u) << d.code;
        EXPECT_EQ(u.column, 1u) << d.code;
        ++infos;
      } else {
        EXPECT_EQ(u.line, d.line) << d.code;
        EXPECT_EQ(u.column, d.column) << d.code;
        EXPECT_GT(d.line, 1u) << d.code;
        ++others;
      }
    }
    EXPECT_TRUE(found) << d.code << " " << d.pointer;
  }
  EXPECT_GT(infos, 0u);
  EXPECT_GT(others, 0u);
}

}  // namespace
}  // namespace mlmlint

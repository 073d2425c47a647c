// A near miss of the MLM URI (#14 item 4) is validated with the version it names (RULES.md §2.1), through the
// whole engine: the MLM schema still checks the document, and the one finding about the URI is MLM502 — not
// also MLM501 "not declared" and MLM902 "not bundled", which contradicted it.
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlmlint/engine/linter.h"
#include "rule_harness.h"

namespace mlmlint {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;

struct NearMiss {
  std::string uri;
  std::string checked_with;  // the schema the document must be validated with
};

class NearMissUri : public ::testing::TestWithParam<NearMiss> {};

std::string document(const std::string& uri) {
  // The official v1.5.2 basic Item with its MLM URI mistyped and a schema error the MLM schema must still find.
  std::string doc = test::read_testdata("examples/mlm/v1.5.2/item_basic.json");
  const std::string canonical = "https://stac-extensions.github.io/mlm/v1.5.2/schema.json";
  doc.replace(doc.find(canonical), canonical.size(), uri);
  const std::string field = "\"mlm:architecture\": \"ResNet\"";
  EXPECT_NE(doc.find(field), std::string::npos);
  doc.replace(doc.find(field), field.size(), "\"mlm:architecture\": 5");
  return doc;
}

TEST_P(NearMissUri, IsValidatedWithTheVersionItNames) {
  static const Linter kLinter{LintOptions{}};
  const FileReport report = kLinter.lint_buffer("item.json", document(GetParam().uri));
  std::vector<std::string> codes;
  bool framework_checked = false;
  for (const auto& d : report.diagnostics) {
    codes.push_back(d.code);
    if (d.code == "MLM000" && d.pointer == "/properties/mlm:architecture") {
      framework_checked = true;
      EXPECT_THAT(d.hint, HasSubstr(GetParam().checked_with));
    }
  }
  EXPECT_TRUE(framework_checked) << "the MLM schema did not check the document";
  EXPECT_THAT(codes, Contains("MLM502"));
  EXPECT_THAT(codes, Not(Contains("MLM501")));
  EXPECT_THAT(codes, Not(Contains("MLM902")));
}

INSTANTIATE_TEST_SUITE_P(
    Variants, NearMissUri,
    ::testing::Values(
        NearMiss{"https://stac-extensions.github.io/mlm/1.5.2/schema.json",
                 "https://stac-extensions.github.io/mlm/v1.5.2/schema.json"},
        NearMiss{"https://stac-extensions.github.io/mlm/v1.5.2/", "https://stac-extensions.github.io/mlm/v1.5.2/schema.json"},
        NearMiss{"https://stac-extensions.github.io/mlm/v1.5.2/schema.jsn",
                 "https://stac-extensions.github.io/mlm/v1.5.2/schema.json"},
        NearMiss{"https://STAC-extensions.github.io/mlm/v1.5.2/schema.json",
                 "https://stac-extensions.github.io/mlm/v1.5.2/schema.json"},
        NearMiss{"https://stac-extensions.github.io/mlm/v1.4.0/schema.json/",
                 "https://stac-extensions.github.io/mlm/v1.4.0/schema.json"}));

}  // namespace
}  // namespace mlmlint

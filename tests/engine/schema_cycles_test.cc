// Schemas that apply themselves to the same value without end are refused before valijson (which would
// overflow the stack on them); recursive schemas that descend into the value are fine.
#include "schema_cycles.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlmlint/engine/linter.h"
#include "rule_harness.h"

namespace mlmlint {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;

std::string cycle_of(const std::string& schema) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  EXPECT_EQ(parser.parse(schema).get(root), simdjson::SUCCESS) << schema;
  return find_same_value_cycle(root);
}

TEST(SchemaCycles, SelfApplyingSchemasAreFound) {
  EXPECT_EQ(cycle_of(R"({"$ref": "#"})"), "# -> #");
  EXPECT_EQ(cycle_of(R"({"allOf": [{"$ref": "#"}]})"), "# -> #/allOf/0 -> #");
  EXPECT_EQ(cycle_of(R"({"properties": {"a": {"$ref": "#/properties/a"}}})"), "#/properties/a -> #/properties/a");
  EXPECT_EQ(cycle_of(R"({"not": {"anyOf": [{"type": "string"}, {"$ref": "#/definitions/x"}]},
                         "definitions": {"x": {"oneOf": [{"$ref": "#/definitions/y"}]},
                                         "y": {"if": {"$ref": "#/definitions/x"}}}})"),
            "#/definitions/x -> #/definitions/x/oneOf/0 -> #/definitions/y -> #/definitions/y/if -> #/definitions/x");
  EXPECT_EQ(cycle_of(R"({"items": {"dependencies": {"a": {"$ref": "#/items"}}}})"),
            "#/items -> #/items/dependencies/a -> #/items");
  EXPECT_EQ(cycle_of(R"({"definitions": {"a~b/c": {"$ref": "#/definitions/a~0b~1c"}},
                         "$ref": "#/definitions/a~0b~1c"})"),
            "#/definitions/a~0b~1c -> #/definitions/a~0b~1c");
}

TEST(SchemaCycles, RecursionThatDescendsIsFine) {
  EXPECT_EQ(cycle_of(R"({"properties": {"a": {"$ref": "#"}}, "items": {"$ref": "#"}})"), "");
  EXPECT_EQ(cycle_of(R"({"properties": {"not": {"$ref": "#"}, "allOf": {"$ref": "#"}}})"), "");  // names, not keywords
  EXPECT_EQ(cycle_of(R"({"definitions": {"x": {"$ref": "#/definitions/x"}}})"), "");  // never applied
  EXPECT_EQ(cycle_of(R"({"allOf": [{"$ref": "#/definitions/a"}, {"$ref": "#/definitions/a"}],
                         "definitions": {"a": {"anyOf": [true, {"items": {"$ref": "#"}}]}}})"),
            "");
  EXPECT_EQ(cycle_of(R"({"$ref": "#/nowhere"})"), "");
  EXPECT_EQ(cycle_of("true"), "");
}

TEST(SchemaCycles, BundledSchemasHaveNone) {
  // The draft-07 meta-schema is recursive through "properties", "items", "additionalProperties", ...; a
  // document declaring it is validated (and was, before this check, by valijson).
  const std::string text = test::patched_b(
      R"([{"op": "add", "path": "/stac_extensions/-", "value": "http://json-schema.org/draft-07/schema#"}])");
  const Linter linter{LintOptions{}};
  const FileReport report = linter.lint_buffer("b.json", text);
  ASSERT_FALSE(report.diagnostics.empty());
  for (const auto& d : report.diagnostics) EXPECT_NE(d.code, "MLM902") << d.message;
}

// Through the whole engine: a mapped schema that refers to itself is an MLM902, not a crash.
TEST(SchemaCycles, MappedSelfReferenceIsReportedNotFollowed) {
  std::string dir = (fs::temp_directory_path() / "mlmlint-cycles-XXXXXX").string();
  ASSERT_NE(::mkdtemp(dir.data()), nullptr);
  const std::string path = dir + "/self.json";
  std::ofstream(path) << R"({"allOf": [{"$ref": "#"}]})";
  const std::string url = "https://example.com/self/v1.0.0/schema.json";
  LintOptions options;
  options.run_rules = false;
  options.schemas.map.push_back({url, path});
  const Linter linter(options);
  const FileReport report = linter.lint_buffer(
      "b.json", test::patched_b(R"([{"op": "add", "path": "/stac_extensions/-", "value": ")" + url + R"("}])"));
  fs::remove_all(dir);
  ASSERT_EQ(report.diagnostics.size(), 1u);
  EXPECT_EQ(report.diagnostics[0].code, "MLM902");
  EXPECT_EQ(report.diagnostics[0].message,
            "schema " + url + " cannot be used: it applies itself to the same value without end "
            "(#/definitions/__bundle__/0 -> #/definitions/__bundle__/0/allOf/0 -> #/definitions/__bundle__/0), so the "
            "fields it describes were not checked");
}

}  // namespace
}  // namespace mlmlint

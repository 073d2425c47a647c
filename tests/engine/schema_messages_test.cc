// Schema messages a person can act on (#14 item 3), through the schema stage only (what --no-rules does), on
// official v1.5.2 examples with one mistake each: the finding names the reason, at the value that has it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "lint_helpers.h"
#include "mlmlint/engine/linter.h"
#include "test_files.h"

namespace mlmlint {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

std::vector<std::string> findings(const std::string& text) {
  const FileReport report = test::schema_only_linter().lint_buffer("item.json", text);
  std::vector<std::string> out;
  for (const auto& d : report.diagnostics) out.push_back(fmt::format("{} {}: {}", d.code, d.pointer, d.message));
  return out;
}

// An official example with every `from` replaced by `to` (each must occur).
std::string example(std::string_view name, const std::vector<std::pair<std::string, std::string>>& edits) {
  std::string text = test::read_text(std::string(MLMLINT_TESTDATA_DIR) + "/examples/mlm/v1.5.2/" + std::string(name));
  for (const auto& [from, to] : edits) {
    std::size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    while (at != std::string::npos) {
      text.replace(at, from.size(), to);
      at = text.find(from, at + to.size());
    }
  }
  return text;
}

TEST(SchemaMessages, ClassesWithoutDescriptionNameTheMissingFieldNotTheEmptyForm) {
  // classification v1.1.0: `oneOf` of a list of classes (each with "description") or `maxItems: 0`.
  const std::string text = example("item_pytorch_geo_unet.json", {{",\n            \"description\": \"Auto-generated class 0\"", ""},
                                                                {",\n            \"description\": \"Auto-generated class 1\"", ""}});
  EXPECT_THAT(findings(text),
              ElementsAre("MLM000 /properties/mlm:output/0/classification:classes/0: required property \"description\" is missing",
                          "MLM000 /properties/mlm:output/0/classification:classes/1: required property \"description\" is missing"));
}

TEST(SchemaMessages, AnInvalidGeometryTypeNamesEveryGeoJsonType) {
  EXPECT_THAT(findings(example("item_basic.json", {{"\"type\": \"Polygon\"", "\"type\": \"Polygone\""}})),
              ElementsAre("MLM000 /geometry/type: \"Polygone\" is not one of the allowed values: \"Point\", "
                          "\"LineString\", \"Polygon\", \"MultiPoint\", \"MultiLineString\", \"MultiPolygon\""));
}

TEST(SchemaMessages, AMissingExtensionUriInStacExtensionsIsNamed) {
  // MLM requires the EO extension for eo:bands: `contains: {"type": "string", "pattern": ...}`.
  const std::string text = example("item_eo_bands.json", {{"\"https://stac-extensions.github.io/eo/v1.1.0/schema.json\"", "7"}});
  EXPECT_THAT(findings(text),
              UnorderedElementsAre("MLM000 /stac_extensions: must contain a string matching the pattern "
                                   "https://stac-extensions\\.github\\.io/eo/v1(\\.[0-9]+){2}/schema\\.json",
                                   "MLM000 /stac_extensions/1: expected string, got an integer"));
}

TEST(SchemaMessages, AMissingRoleInRolesIsNamed) {
  // MLM v1.1.0 (crim-ca): `contains: {"type": "string", "const": "mlm:model"}` on the model asset's roles.
  std::string text = test::read_text(std::string(MLMLINT_TESTDATA_DIR) + "/examples/mlm/v1.1.0/item_raster_bands.json");
  const std::size_t at = text.find("\"mlm:model\"");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 11, "\"model\"");
  EXPECT_THAT(findings(text), ElementsAre("MLM000 /assets/weights/roles: must contain \"mlm:model\""));
}

TEST(SchemaMessages, AMissingRangeEndIsOneRequiredFindingNotTheNullDatetime) {
  // STAC item: anyOf of "datetime is not null" or "start_datetime and end_datetime are required".
  EXPECT_THAT(findings(example("item_basic.json", {{"\"start_datetime\": \"1900-01-01T00:00:00Z\",", ""}})),
              ElementsAre("MLM000 /properties: required property \"start_datetime\" is missing"));
}

TEST(SchemaMessages, AWrongTypeIsNotAlsoAnAmbiguousForm) {
  // GeoJSON bbox: `type: array` beside a oneOf of 4 or 6 items, which null passes twice.
  EXPECT_THAT(findings(example("item_basic.json", {{"\"bbox\": [", "\"bbox\": null, \"x-bbox\": ["}})),
              ElementsAre("MLM000 /bbox: expected array, got null"));
}

TEST(SchemaMessages, SiblingRequiredErrorsAreOneFindingListingTheFields) {
  const std::string text = example("item_basic.json", {{"\"mlm:name\"", "\"x-name\""}, {"\"mlm:architecture\"", "\"x-arch\""}});
  EXPECT_THAT(findings(text), ElementsAre("MLM000 /properties: required properties \"mlm:architecture\" and "
                                          "\"mlm:name\" are missing"));
}

}  // namespace
}  // namespace mlmlint

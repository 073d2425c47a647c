// `false` subschemas in the bundled schemas, through the schema stage only (what --no-rules does): STAC
// 1.1.0's item schema forbids "bands" in Item properties unless an asset has bands, and EO v1.0/v1.1 do the
// same for "eo:bands", both with `"properties": {"...": false}`. valijson rejects such a value without a
// message, and the rejection used to shape to no finding at all, i.e. the Item passed.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "lint_helpers.h"
#include "mlmlint/engine/linter.h"

namespace mlmlint {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;


// "pointer: message (hint)" of every finding.
std::vector<std::string> findings(const std::string& text) {
  const FileReport report = test::schema_only_linter().lint_buffer("item.json", text);
  std::vector<std::string> out;
  for (const auto& d : report.diagnostics) out.push_back(fmt::format("{} {}: {} ({})", d.code, d.pointer, d.message, d.hint));
  return out;
}

// A valid Item but for what `properties` and `asset` add.
std::string item(std::string_view stac_version, std::string_view extensions, std::string_view properties,
                 std::string_view asset = R"({"href": "data.tif"})") {
  return fmt::format(R"({{"type": "Feature", "stac_version": "{}", "stac_extensions": [{}], "id": "x",
    "geometry": null, "properties": {{"datetime": "2020-01-01T00:00:00Z"{}}},
    "assets": {{"data": {}}}, "links": []}})",
                     stac_version, extensions, properties, asset);
}

constexpr std::string_view kCore110 = "https://schemas.stacspec.org/v1.1.0/item-spec/json-schema/item.json";
constexpr std::string_view kEo10 = "https://stac-extensions.github.io/eo/v1.0.0/schema.json";
constexpr std::string_view kEo11 = "https://stac-extensions.github.io/eo/v1.1.0/schema.json";

TEST(FalseSubschema, Stac110BandsInPropertiesWithoutAssetBandsIsRejected) {
  EXPECT_THAT(findings(item("1.1.0", "", R"(, "bands": [{"name": "b1"}])")),
              ElementsAre(fmt::format("MLM000 /properties/bands: \"bands\" is not allowed in Item properties "
                                      "(checked against {})",
                                      kCore110)));
}

TEST(FalseSubschema, Stac110BandsInPropertiesAndOnAnAssetIsValid) {
  EXPECT_THAT(findings(item("1.1.0", "", R"(, "bands": [{"name": "b1"}])",
                            R"({"href": "data.tif", "bands": [{"name": "b1"}]})")),
              IsEmpty());
  EXPECT_THAT(findings(item("1.1.0", "", "")), IsEmpty());
}

TEST(FalseSubschema, EoBandsInPropertiesWithoutAssetEoBandsIsRejected) {
  for (const std::string_view url : {kEo10, kEo11}) {
    SCOPED_TRACE(url);
    EXPECT_THAT(findings(item("1.0.0", fmt::format("\"{}\"", url), R"(, "eo:bands": [{"name": "b1"}])")),
                ElementsAre(fmt::format("MLM000 /properties/eo:bands: \"eo:bands\" is not allowed in Item properties "
                                        "(checked against {})",
                                        url)));
  }
}

TEST(FalseSubschema, EoBandsInPropertiesAndOnAnAssetIsValid) {
  for (const std::string_view url : {kEo10, kEo11}) {
    SCOPED_TRACE(url);
    EXPECT_THAT(findings(item("1.0.0", fmt::format("\"{}\"", url), R"(, "eo:bands": [{"name": "b1"}])",
                              R"({"href": "data.tif", "eo:bands": [{"name": "b1"}]})")),
                IsEmpty());
  }
}

}  // namespace
}  // namespace mlmlint

// One mistake, one finding (#15), through the whole engine (schema stage, rules, explain mode): documents with a
// single common mistake get a single error or warning for it, not one per consequence or per repeated value.
// Fixtures: testdata/rules/one_mistake/, each an official v1.5.2 example with one mistake made.
#include <algorithm>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlmlint/engine/linter.h"
#include "lint_helpers.h"
#include "rule_harness.h"

namespace mlmlint {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

FileReport lint(std::string_view fixture) {
  const std::string name = "rules/one_mistake/" + std::string(fixture);
  return test::default_linter().lint_buffer(name, test::read_testdata(name));
}

// "CODE pointer" of the errors and warnings that the unmodified example (`original`) does not have already.
std::vector<std::string> new_problems(const FileReport& report, std::string_view original) {
  const std::string name = "examples/mlm/v1.5.2/" + std::string(original);
  const std::vector<std::string> before =
      test::problems(test::default_linter().lint_buffer(name, test::read_testdata(name)));
  std::vector<std::string> out;
  for (const auto& p : test::problems(report)) {
    if (std::find(before.begin(), before.end(), p) == before.end()) out.push_back(p);
  }
  return out;
}

TEST(OneMistake, AMissingModelRoleIsOneRootFinding) {
  // Was: MLM301 at /assets, MLM304, MLM303, MLM402 and a raw MLM000 at the document root.
  const FileReport report = lint("missing_model_role.json");
  EXPECT_THAT(new_problems(report, "item_raster_bands.json"), ElementsAre("MLM301 /assets/weights"));
  EXPECT_THAT(test::first_with_code(report, "MLM301").message, HasSubstr("asset \"weights\" (it has the role \"mlm:weights\""));
  EXPECT_EQ(test::first_with_code(report, "MLM301").hint, "add \"mlm:model\" to the roles of \"weights\"");
}

TEST(OneMistake, BandNamesInTheWrongCaseAreOneFinding) {
  // Was: 13 MLM401 errors, one per band, without a suggestion.
  const FileReport report = lint("band_case.json");
  EXPECT_THAT(new_problems(report, "item_raster_bands.json"), ElementsAre("MLM401 /properties/mlm:input/0/bands"));
  EXPECT_THAT(test::first_with_code(report, "MLM401").message,
              HasSubstr("13 bands of this input are not defined in any band list of this Item (eo:bands, "
                        "raster:bands or bands): \"b01\" (did you mean \"B01\"?)"));
  EXPECT_THAT(test::first_with_code(report, "MLM401").message, HasSubstr(" and 8 more."));
}

TEST(OneMistake, ProjectedCoordinatesAreOneFinding) {
  // Was: the first bad position, the bbox latitudes and the bbox longitudes (3 errors).
  const FileReport report = lint("projected_coordinates.json");
  EXPECT_THAT(new_problems(report, "item_basic.json"), ElementsAre("MLM006 /bbox"));
  EXPECT_THAT(test::first_with_code(report, "MLM006").message,
              HasSubstr("coordinates look projected (e.g. -877441.3859763029), not WGS 84 longitude/latitude (bbox "
                        "and 5 geometry positions out of range)"));
  EXPECT_THAT(test::first_with_code(report, "MLM006").hint, HasSubstr("proj:bbox"));
}

TEST(OneMistake, SwappedLongitudeAndLatitudeAreOneFinding) {
  // The MLM best practices' own world bbox [-90, -180, 90, 180], with a geometry written the same way.
  const FileReport report = lint("swapped_world_bbox.json");
  EXPECT_THAT(new_problems(report, "item_basic.json"), ElementsAre("MLM006 /bbox"));
  EXPECT_THAT(test::first_with_code(report, "MLM006").message,
              HasSubstr("latitudes must lie in [-90, 90] with south <= north (got south=-180, north=180); bbox "
                        "order is [west, south, east, north]; the geometry's position [-90, -180] and 4 more "
                        "positions are out of range too; the values would be valid with longitude and latitude "
                        "swapped."));
}

TEST(OneMistake, BadColoursUnderAMisspelledKeyAreJudgedWithTheKey) {
  // Was: MLM208 plus one MLM207 error per class (10 on item_raster_bands.json, a schema-valid file).
  const FileReport report = lint("band_case.json");
  int mlm207 = 0, mlm208 = 0;
  for (const auto& d : report.diagnostics) {
    mlm207 += d.code == "MLM207";
    mlm208 += d.code == "MLM208";
  }
  EXPECT_EQ(mlm207, 0);
  EXPECT_EQ(mlm208, 1);
  EXPECT_THAT(test::first_with_code(report, "MLM208").message, HasSubstr("(classes 0 to 9: null)"));
}

}  // namespace
}  // namespace mlmlint

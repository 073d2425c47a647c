// `mlm-lint new` (lib/migrate/skeleton.cc): every skeleton passes the whole engine without errors, and options
// that cannot make a valid Item are refused with a reason.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlmlint/core/json_value.h"
#include "mlmlint/engine/linter.h"
#include "mlmlint/migrate/migrate.h"
#include "mlmlint/migrate/skeleton.h"

namespace mlmlint {
namespace {

using ::testing::HasSubstr;

std::vector<std::string> errors_of(const std::string& text) {
  static const Linter linter{LintOptions{}};
  std::vector<std::string> out;
  for (const auto& d : linter.lint_buffer("new.json", text).diagnostics) {
    if (d.severity == Severity::kError) out.push_back(d.code + " " + d.pointer + ": " + d.message);
  }
  return out;
}

SkeletonOptions options(std::vector<std::string> tasks) {
  SkeletonOptions o;
  o.name = "Sentinel-2 land cover";
  o.framework = "PyTorch";
  o.tasks = std::move(tasks);
  return o;
}

TEST(Skeleton, EveryTaskGivesAnItemWithoutErrors) {
  for (auto task : mlm_task_names()) {
    SCOPED_TRACE(task);
    const SkeletonResult r = make_skeleton(options({std::string(task)}));
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_THAT(errors_of(r.text), ::testing::IsEmpty());
  }
}

TEST(Skeleton, BandsShapesAndClassesGiveItemsWithoutErrors) {
  struct Case {
    std::vector<std::string> bands;
    std::string shape;
    std::vector<std::string> classes;
    std::vector<std::string> tasks;
  };
  const std::vector<Case> cases = {
      {{}, "", {}, {"classification"}},
      {{"B04", "B03", "B02"}, "", {}, {"classification"}},
      {{"B04", "B03", "B02"}, "-1,3,64,64", {"water", "land"}, {"semantic-segmentation"}},
      {{"B04", "B03", "B02"}, "-1,-1,64,64", {"a", "b", "c"}, {"classification", "scene-classification"}},
      {{}, "-1,12", {}, {"regression"}},
      {{"B02"}, "1,64,64", {"cloud"}, {"segmentation"}},
      {{}, "-1,6,3,32,32", {}, {"object-detection"}},
  };
  for (const auto& c : cases) {
    SkeletonOptions o = options(c.tasks);
    o.bands = c.bands;
    o.shape = c.shape;
    o.classes = c.classes;
    SCOPED_TRACE(c.shape + " / " + std::to_string(c.bands.size()) + " bands / " +
                 std::to_string(c.classes.size()) + " classes");
    const SkeletonResult r = make_skeleton(o);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_THAT(errors_of(r.text), ::testing::IsEmpty());
  }
}

TEST(Skeleton, PlaceholdersAreMarkedAndOptionsAreUsed) {
  SkeletonOptions o = options({"semantic-segmentation"});
  o.framework = "pytorch";
  o.bands = {"B04", "B03", "B02"};
  o.shape = "-1,3,64,64";
  o.classes = {"water", "land"};
  const SkeletonResult r = make_skeleton(o);
  ASSERT_TRUE(r.ok);
  auto item = JsonValue::parse(r.text);
  ASSERT_TRUE(item);
  EXPECT_EQ(item->find("id")->dump(0), "\"sentinel-2-land-cover\"");
  JsonValue& props = *item->find("properties");
  EXPECT_EQ(props.find("mlm:framework")->dump(0), "\"PyTorch\"");  // the canonical name of the alias
  EXPECT_THAT(props.find("mlm:architecture")->dump(0), HasSubstr("TODO:"));
  JsonValue& input = (*props.find("mlm:input")->array())[0];
  EXPECT_EQ(input.find("bands")->dump(0), "[\"B04\", \"B03\", \"B02\"]");
  EXPECT_EQ(input.find("input")->dump(0),
            R"({"shape": [-1, 3, 64, 64], "dim_order": ["batch", "bands", "height", "width"], "data_type": "float32"})");
  JsonValue& output = (*props.find("mlm:output")->array())[0];
  EXPECT_EQ((*output.find("classification:classes")->array())[1].find("name")->dump(0), "\"land\"");
  JsonValue& model = *item->find("assets")->find("model");
  EXPECT_THAT(model.find("href")->dump(0), HasSubstr("TODO:"));
  EXPECT_THAT(model.find("mlm:artifact_type")->dump(0), HasSubstr("TODO:"));
  EXPECT_EQ(model.find("eo:bands")->dump(0), R"([{"name": "B04"}, {"name": "B03"}, {"name": "B02"}])");
  EXPECT_TRUE(r.text.ends_with("}\n"));
  // A skeleton is current MLM: migrate has nothing to do.
  const MigrationResult migrated = migrate_text(r.text);
  EXPECT_FALSE(migrated.changed);
}

TEST(Skeleton, InvalidOptionsAreRefusedWithAReason) {
  SkeletonOptions o = options({"clasification"});
  EXPECT_THAT(make_skeleton(o).error, HasSubstr("not an MLM task; use one of: regression, classification"));
  o = options({"classification"});
  o.name = "x";
  EXPECT_THAT(make_skeleton(o).error, HasSubstr("not a valid mlm:name"));
  o = options({"classification"});
  o.framework = " torch.";
  EXPECT_THAT(make_skeleton(o).error, HasSubstr("not a valid mlm:framework"));
  o = options({"classification"});
  o.bands = {"B04", "B03"};
  o.shape = "-1,3,64,64";
  EXPECT_EQ(make_skeleton(o).error, "--shape gives the bands dimension size 3 but 2 bands are listed");
  o.shape = "-1,0,64";
  EXPECT_THAT(make_skeleton(o).error, HasSubstr("\"0\" is not a dimension size"));
  o.shape = "-1,2,x";
  EXPECT_THAT(make_skeleton(o).error, HasSubstr("\"x\" is not a dimension size"));
  o.shape = "1,1,1,1,1,1";
  EXPECT_EQ(make_skeleton(o).error, "--shape has 6 dimensions; give 1 to 5");
  o = options({});
  EXPECT_EQ(make_skeleton(o).error, "--task: give at least one task");
}

}  // namespace
}  // namespace mlmlint

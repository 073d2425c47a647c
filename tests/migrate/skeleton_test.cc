// `mlm-lint new` (lib/migrate/skeleton.cc): every skeleton passes the whole engine without errors, and options
// that cannot make a valid Item are refused with a reason.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlmlint/core/json_text.h"
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

// `new` and MLM004 apply one definition of mlm:name and mlm:framework (the schema's ECMAScript patterns, whose
// `\s` includes Unicode spaces such as U+00A0): what `new` accepts MLM004 accepts, what it refuses MLM004 flags.
// (The schema pass runs std::regex on bytes, whose \s is ASCII only, so it still reports the Unicode-space names
// as MLM000: a separate disagreement with ECMA-262.)
struct FieldCase {
  std::string text;
  bool valid;
};

void expect_agreement(const std::string& key, const std::vector<FieldCase>& cases,
                      void (*set)(SkeletonOptions&, const std::string&)) {
  const SkeletonResult base = make_skeleton(options({"classification"}));
  const std::string pointer = "/properties/" + key;
  auto mlm004_on = [&](const std::string& text) {
    for (const auto& e : errors_of(text)) {
      if (e.starts_with("MLM004 " + pointer + ":")) return true;
    }
    return false;
  };
  const std::string member = json_quote(key) + ": ";
  const std::size_t at = base.text.find(member);
  ASSERT_NE(at, std::string::npos);
  const std::size_t value_end = base.text.find('"', base.text.find('"', at + member.size()) + 1) + 1;
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    SkeletonOptions o = options({"classification"});
    set(o, c.text);
    const SkeletonResult r = make_skeleton(o);
    EXPECT_EQ(r.ok, c.valid) << r.error;
    std::string edited = base.text;
    edited.replace(at, value_end - at, member + json_quote(c.text));
    EXPECT_EQ(mlm004_on(edited), !c.valid);
    if (r.ok) {
      EXPECT_FALSE(mlm004_on(r.text));
    }
  }
}

TEST(Skeleton, NameCheckAgreesWithMlm004) {
  expect_agreement("mlm:name",
                   {
                       {"Land\xC2\xA0" "cover", true},         // U+00A0 NO-BREAK SPACE is ECMAScript \s
                       {"Land\xE3\x80\x80" "cover", true},     // U+3000 IDEOGRAPHIC SPACE
                       {"Land\xE2\x80\x89" "cover v2", true},  // U+2009 THIN SPACE
                       {"Land\xE2\x80\x8B" "cover", false},    // U+200B ZERO WIDTH SPACE is not \s
                       {"Land\xC3\xA9" "cover", false},         // a letter, but not [a-zA-Z]
                       {"Land cover\xC2\xA0", false},          // must end with a letter or digit
                       {"ab", false},
                   },
                   [](SkeletonOptions& o, const std::string& text) { o.name = text; });
}

TEST(Skeleton, FrameworkCheckAgreesWithMlm004) {
  expect_agreement("mlm:framework",
                   {
                       {"My\xC2\xA0" "Framework", true},
                       {"My Framework\xC2\xA0", false},       // trailing U+00A0
                       {"\xE2\x80\x80" "MyFramework", false},  // leading U+2000
                       {"My\nFramework", false},               // "." does not match a line terminator
                       {"-MyFramework", false},
                   },
                   [](SkeletonOptions& o, const std::string& text) { o.framework = text; });
}

}  // namespace
}  // namespace mlmlint

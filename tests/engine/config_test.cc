// The configuration file (parser, errors with their location, walking up, patterns), the glob matcher
// and baselines.
#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlmlint/engine/baseline.h"
#include "mlmlint/engine/config.h"
#include "mlmlint/engine/glob.h"

namespace mlmlint {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// ---------------------------------------------------------------------------------------------------
// glob_match / path_matches

TEST(GlobTest, LiteralsAndQuestionMark) {
  EXPECT_TRUE(glob_match("a.json", "a.json"));
  EXPECT_FALSE(glob_match("a.json", "b.json"));
  EXPECT_FALSE(glob_match("a.json", "a.jsonx"));
  EXPECT_TRUE(glob_match("?.json", "a.json"));
  EXPECT_FALSE(glob_match("?.json", "ab.json"));
  EXPECT_FALSE(glob_match("a?b", "a/b"));  // ? never matches '/'
  EXPECT_TRUE(glob_match("", ""));
  EXPECT_FALSE(glob_match("", "a"));
  EXPECT_TRUE(glob_match("[ab].json", "[ab].json"));  // no character classes: '[' is literal
}

TEST(GlobTest, StarStaysInOneFolder) {
  EXPECT_TRUE(glob_match("*.json", "item.json"));
  EXPECT_TRUE(glob_match("*.json", ".json"));
  EXPECT_FALSE(glob_match("*.json", "dir/item.json"));
  EXPECT_TRUE(glob_match("dir/*.json", "dir/item.json"));
  EXPECT_FALSE(glob_match("dir/*.json", "dir/sub/item.json"));
  EXPECT_TRUE(glob_match("*/*", "a/b"));
  EXPECT_TRUE(glob_match("a*b*c", "aXXbYYc"));
  EXPECT_FALSE(glob_match("a*b*c", "aXXbYY"));
}

TEST(GlobTest, DoubleStarCrossesFolders) {
  EXPECT_TRUE(glob_match("**/*.json", "a.json"));  // "**/" may match no folder
  EXPECT_TRUE(glob_match("**/*.json", "x/y/a.json"));
  EXPECT_FALSE(glob_match("**/*.json", "x/y/a.geojson"));
  EXPECT_TRUE(glob_match("build/**", "build/a.json"));
  EXPECT_TRUE(glob_match("build/**", "build/x/y/a.json"));
  EXPECT_FALSE(glob_match("build/**", "builder/a.json"));
  EXPECT_TRUE(glob_match("a/**/b.json", "a/b.json"));
  EXPECT_TRUE(glob_match("a/**/b.json", "a/x/y/b.json"));
  EXPECT_FALSE(glob_match("a/**/b.json", "a/x/yb.json"));
  EXPECT_TRUE(glob_match("a**z", "a/b/z"));  // "**" inside a name: any run, '/' included
  EXPECT_TRUE(glob_match("***/a", "x/a"));
}

TEST(GlobTest, HostilePatternIsFast) {
  // Exponential for a naive backtracking matcher; the memo table keeps it at pattern × path steps.
  const std::string path(2000, 'a');
  EXPECT_FALSE(glob_match("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b", path));
  EXPECT_FALSE(glob_match("**a**a**a**a**a**a**a**a**a**b", path));
}

TEST(GlobTest, PathMatchesLikeGitignore) {
  EXPECT_TRUE(path_matches("*.draft.json", "a/b/item.draft.json"));  // no '/': any folder
  EXPECT_TRUE(path_matches("*.draft.json", "item.draft.json"));
  EXPECT_FALSE(path_matches("x/*.draft.json", "a/x/item.draft.json"));  // with '/': anchored
  EXPECT_TRUE(path_matches("build", "build/a.json"));                  // a folder matches what is below it
  EXPECT_TRUE(path_matches("build/", "build/x/a.json"));
  EXPECT_TRUE(path_matches("catalog/legacy", "catalog/legacy/x/a.json"));
  EXPECT_FALSE(path_matches("catalog/legacy", "catalog/legacy2/a.json"));
  EXPECT_TRUE(path_matches("catalog/legacy/**", "catalog/legacy/a.json"));
  EXPECT_TRUE(path_matches("./catalog/*.json", "catalog/a.json"));
  EXPECT_TRUE(path_matches("node_modules", "a/node_modules/b/c.json"));
  EXPECT_FALSE(path_matches("", "a.json"));
}

// ---------------------------------------------------------------------------------------------------
// parse_config

std::optional<Config> parse(std::string_view text, std::string& error) {
  return parse_config("mlm-lint.json", "/repo", text, error);
}

std::string error_of(std::string_view text) {
  std::string error;
  EXPECT_FALSE(parse(text, error).has_value()) << text;
  return error;
}

TEST(ConfigParseTest, FullExample) {
  std::string error;
  const auto config = parse(R"({
  "select": ["MLM1", "MLM2", "MLM3", "invalid-accelerator"],
  "ignore": ["MLM109"],
  "rules": {"MLM703": "off", "datetime-with-range": "warning", "MLM902": "info"},
  "per-file-ignores": {"catalog/legacy/**": ["MLM6", "MLM5"], "*.draft.json": ["MLM000"]},
  "fail-on": "warning",
  "jobs": 4,
  "include": ["**/*.json"],
  "exclude": ["build/**"]
})", error);
  ASSERT_TRUE(config) << error;
  EXPECT_EQ(config->path, "mlm-lint.json");
  EXPECT_THAT(*config->select, ElementsAre("MLM1", "MLM2", "MLM3", "MLM309"));  // names become codes
  EXPECT_THAT(config->ignore, ElementsAre("MLM109"));
  ASSERT_EQ(config->rules.size(), 2u);  // "datetime-with-range" is MLM703: the later entry wins
  EXPECT_EQ(config->rules.at("MLM703"), Severity::kWarning);
  EXPECT_EQ(config->rules.at("MLM902"), Severity::kInfo);
  ASSERT_EQ(config->per_file_ignores.size(), 2u);
  EXPECT_EQ(config->per_file_ignores[0].first, "catalog/legacy/**");
  EXPECT_THAT(config->per_file_ignores[0].second, ElementsAre("MLM6", "MLM5"));
  EXPECT_EQ(config->fail_on, Severity::kWarning);
  EXPECT_EQ(config->jobs, 4u);
  EXPECT_THAT(config->include, ElementsAre("**/*.json"));
  EXPECT_THAT(config->exclude, ElementsAre("build/**"));
}

TEST(ConfigParseTest, EmptyObjectChangesNothing) {
  std::string error;
  const auto config = parse("{}", error);
  ASSERT_TRUE(config) << error;
  EXPECT_FALSE(config->select);
  EXPECT_FALSE(config->fail_on);
  EXPECT_FALSE(config->jobs);
  EXPECT_THAT(config->ignore, IsEmpty());
}

TEST(ConfigParseTest, OffSwitchesARuleOff) {
  std::string error;
  const auto config = parse(R"({"rules": {"MLM703": "off"}})", error);
  ASSERT_TRUE(config) << error;
  EXPECT_EQ(config->rules.at("MLM703"), std::nullopt);
}

TEST(ConfigParseTest, SchemaMapPathsAreRelativeToTheConfigFolder) {
  std::string error;
  const auto config = parse_config("mlm-lint.json", "/repo",
                                   R"({"schema-map": {"https://example.com/ext/v1.0.0/schema.json": "schemas/ext.json",
                                                      "https://example.com/other/": "vendor/other/"}})",
                                   error);
  ASSERT_TRUE(config) << error;
  EXPECT_THAT(config->schema_map,
              ::testing::ElementsAre(
                  std::pair<std::string, std::string>("https://example.com/ext/v1.0.0/schema.json", "/repo/schemas/ext.json"),
                  std::pair<std::string, std::string>("https://example.com/other/", "/repo/vendor/other/")));
  EXPECT_EQ(error_of(R"({"schema-map": {"https://example.com/x.json": 3}})"),
            "mlm-lint.json:1:47: /schema-map/https:~1~1example.com~1x.json: expected a file or folder path (a "
            "non-empty string), got a number");
  EXPECT_EQ(error_of(R"({"schema-map": []})"),
            "mlm-lint.json:1:16: /schema-map: expected an object of schema URL -> local file or folder, got an array");
}

TEST(ConfigParseTest, Limits) {
  std::string error;
  auto config = parse_config("mlm-lint.json", "/repo", R"({"max-file-size": 1048576, "max-depth": 64})", error);
  ASSERT_TRUE(config) << error;
  EXPECT_EQ(config->max_file_size, 1048576u);
  EXPECT_EQ(config->max_depth, 64u);
  config = parse_config("mlm-lint.json", "/repo", R"({"max-file-size": "512K"})", error);
  ASSERT_TRUE(config) << error;
  EXPECT_EQ(config->max_file_size, 512u << 10);
  EXPECT_EQ(config->max_depth, std::nullopt);
  EXPECT_EQ(error_of(R"({"max-file-size": "64MB"})"),
            "mlm-lint.json:1:19: /max-file-size: expected a size in bytes from 1 to 4294967295 (a number, or a string "
            "such as \"64M\"), got \"64MB\"");
  EXPECT_EQ(error_of(R"({"max-file-size": 0})"),
            "mlm-lint.json:1:19: /max-file-size: expected a size in bytes from 1 to 4294967295 (a number, or a string "
            "such as \"64M\"), got 0");
  EXPECT_EQ(error_of(R"({"max-file-size": "5G"})"),
            "mlm-lint.json:1:19: /max-file-size: expected a size in bytes from 1 to 4294967295 (a number, or a string "
            "such as \"64M\"), got \"5G\"");
  EXPECT_EQ(error_of(R"({"max-depth": 2049})"),
            "mlm-lint.json:1:15: /max-depth: expected a whole number from 1 to 2048, got 2049");
  EXPECT_EQ(error_of(R"({"max-depth": "64"})"),
            "mlm-lint.json:1:15: /max-depth: expected a whole number from 1 to 2048, got \"64\"");
  EXPECT_EQ(error_of(R"({"max-depth": -1})"),
            "mlm-lint.json:1:15: /max-depth: expected a whole number from 1 to 2048, got -1");
}

TEST(ConfigParseTest, ErrorsSayWhatAndWhere) {
  EXPECT_EQ(error_of("{\n  \"select\": [\"MLM1\"],\n  \"selct\": []\n}"),
            "mlm-lint.json:3:3: /selct: unknown key \"selct\"; the keys are select, ignore, rules, per-file-ignores, "
            "fail-on, jobs, include, exclude, schema-map, max-file-size, max-depth");
  EXPECT_EQ(error_of("{\"select\": [\"MLM1\", \"MLMX\"]}"),
            "mlm-lint.json:1:21: /select/1: unknown rule code, prefix or name \"MLMX\" (see `mlm-lint rules`)");
  EXPECT_EQ(error_of("{\"select\": \"MLM1\"}"),
            "mlm-lint.json:1:12: /select: expected an array of rule codes, prefixes or names, got a string");
  EXPECT_EQ(error_of("{\"ignore\": [3]}"),
            "mlm-lint.json:1:13: /ignore/0: expected rule codes, prefixes or names, got a number");
  EXPECT_EQ(error_of("{\"rules\": {\"MLM703\": \"fatal\"}}"),
            "mlm-lint.json:1:22: /rules/MLM703: expected \"error\", \"warning\", \"info\" or \"off\", got \"fatal\"");
  EXPECT_EQ(error_of("{\"rules\": {\"MLM7\": \"off\"}}"),
            "mlm-lint.json:1:12: /rules/MLM7: unknown rule \"MLM7\" (a code such as MLM703 or a name; see `mlm-lint "
            "rules`)");
  EXPECT_EQ(error_of("{\"rules\": []}"),
            "mlm-lint.json:1:11: /rules: expected an object of rule code -> \"error\", \"warning\", \"info\" or \"off\", "
            "got an array");
  EXPECT_EQ(error_of("{\"per-file-ignores\": {\"a/**\": [\"MLM6\", \"nope\"]}}"),
            "mlm-lint.json:1:40: /per-file-ignores/a~1**/1: unknown rule code, prefix or name \"nope\" (see `mlm-lint "
            "rules`)");
  EXPECT_EQ(error_of("{\"per-file-ignores\": {\"a/**\": \"MLM6\"}}"),
            "mlm-lint.json:1:31: /per-file-ignores/a~1**: expected an array of rule codes, prefixes or names, got a "
            "string");
  EXPECT_EQ(error_of("{\"fail-on\": \"never\"}"),
            "mlm-lint.json:1:13: /fail-on: expected \"error\", \"warning\" or \"info\", got \"never\"");
  EXPECT_EQ(error_of("{\"jobs\": -1}"),
            "mlm-lint.json:1:10: /jobs: expected a whole number from 0 (all cores) to 1024, got -1");
  EXPECT_EQ(error_of("{\"jobs\": 2.5}"),
            "mlm-lint.json:1:10: /jobs: expected a whole number from 0 (all cores) to 1024, got 2.5");
  EXPECT_EQ(error_of("{\"exclude\": [\"\"]}"), "mlm-lint.json:1:14: /exclude/0: the path pattern is empty");
  EXPECT_EQ(error_of("{\"jobs\": 1, \"jobs\": 2}"), "mlm-lint.json:1:13: /jobs: the key \"jobs\" appears twice");
  EXPECT_EQ(error_of("[]"),
            "mlm-lint.json:1:1: (root): expected an object with the keys select, ignore, rules, per-file-ignores, "
            "fail-on, jobs, include, exclude, schema-map, max-file-size, max-depth");
  EXPECT_EQ(error_of("{\"jobs\": 1,}"), "mlm-lint.json:1:12: invalid JSON: trailing comma before '}'");
}

TEST(ConfigParseTest, NormalizeCode) {
  EXPECT_EQ(normalize_code("MLM102", true), "MLM102");
  EXPECT_EQ(normalize_code("input-stacked-count-mismatch", true), "MLM102");
  EXPECT_EQ(normalize_code("MLM902", true), "MLM902");  // pipeline codes are not rules but can be set
  EXPECT_EQ(normalize_code("MLM1", false), "MLM1");
  EXPECT_EQ(normalize_code("MLM", false), "MLM");
  EXPECT_EQ(normalize_code("MLM1", true), std::nullopt);
  EXPECT_EQ(normalize_code("MLM1000", false), std::nullopt);
  EXPECT_EQ(normalize_code("E501", false), std::nullopt);
  EXPECT_EQ(normalize_code("MLM8", false), std::nullopt);    // no code starts with it
  EXPECT_EQ(normalize_code("MLM999", false), std::nullopt);  // looks like a code, names none
}

TEST(ConfigParseTest, NormalizeCodeIgnoresCase) {
  EXPECT_EQ(normalize_code("mlm102", false), "MLM102");
  EXPECT_EQ(normalize_code("Input-Stacked-Count-Mismatch", true), "MLM102");
  EXPECT_EQ(normalize_code("mlm1", false), "MLM1");
  EXPECT_EQ(normalize_code("mlm9", false), "MLM9");  // the pipeline codes MLM900-MLM906
  EXPECT_EQ(normalize_code("schema-unavailable", true), "MLM902");
}

TEST(ConfigParseTest, SuggestCode) {
  EXPECT_EQ(suggest_code("MLM1O2"), "MLM102");
  EXPECT_EQ(suggest_code("input-shap-invalid"), "input-shape-invalid");
  EXPECT_EQ(suggest_code("E501"), "");
}

// ---------------------------------------------------------------------------------------------------
// Patterns relative to the configuration's folder

TEST(ConfigPatternsTest, WantsAndPerFileIgnores) {
  std::string error;
  auto config = parse(R"({"include": ["data/**/*.json", "*.stac"], "exclude": ["build", "*.draft.json"],
                          "per-file-ignores": {"catalog/legacy/**": ["MLM6"], "**/*.geojson": ["MLM7", "MLM000"]}})",
                      error);
  ASSERT_TRUE(config) << error;
  EXPECT_TRUE(config->wants("/repo/data/x/a.json", false));
  EXPECT_TRUE(config->wants("/repo/x/model.stac", false));
  EXPECT_FALSE(config->wants("/repo/other/a.json", false));      // not included
  EXPECT_TRUE(config->wants("/repo/other/a.json", true));        // ... but named on the command line
  EXPECT_FALSE(config->wants("/repo/build/data/a.json", true));  // excluded even when named (pre-commit)
  EXPECT_FALSE(config->wants("/repo/data/a.draft.json", false));
  EXPECT_EQ(config->relative("/repo/data/../x.json"), "x.json");
  EXPECT_THAT(config->ignores_for("/repo/catalog/legacy/old/a.json"), ElementsAre("MLM6"));
  EXPECT_THAT(config->ignores_for("/repo/catalog/legacy/a.geojson"), ElementsAre("MLM6", "MLM7", "MLM000"));
  EXPECT_THAT(config->ignores_for("/repo/catalog/new/a.json"), IsEmpty());
  EXPECT_THAT(config->ignores_for("/elsewhere/catalog/legacy/a.json"), IsEmpty());  // outside /repo

  auto plain = parse("{}", error);
  ASSERT_TRUE(plain);
  EXPECT_TRUE(plain->wants("/repo/a.geojson", false));
  EXPECT_FALSE(plain->wants("/repo/a.txt", false));
  EXPECT_TRUE(plain->wants("/repo/a.txt", true));
}

TEST(ConfigPatternsTest, PerFileIgnoresWinOverSeverities) {
  RuleSelection selection;
  selection.severity["MLM703"] = Severity::kError;
  selection.severity["MLM102"] = Severity::kWarning;
  ignore_codes(selection, {"MLM7"});
  EXPECT_EQ(selection.effective("MLM703", Severity::kWarning), std::nullopt);
  EXPECT_EQ(selection.effective("MLM102", Severity::kError), Severity::kWarning);
  EXPECT_EQ(selection.effective("MLM701", Severity::kWarning), std::nullopt);
}

// ---------------------------------------------------------------------------------------------------
// Walking up

class ConfigWalkTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("mlmlint-config-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                         "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_ / "a" / "b" / "c");
    fs::create_directories(root_ / "d");
  }
  void TearDown() override { fs::remove_all(root_); }
  void write(const fs::path& path, std::string_view text) { std::ofstream(path) << text; }
  fs::path root_;
};

TEST_F(ConfigWalkTest, NearestFileWins) {
  write(root_ / "mlm-lint.json", R"({"ignore": ["MLM1"]})");
  write(root_ / "a" / "b" / ".mlm-lint.json", R"({"ignore": ["MLM2"]})");
  auto resolver = ConfigResolver::discovering();
  std::string error;
  const Config* deep = resolver.lookup((root_ / "a" / "b" / "c" / "x.json").string(), false, error);
  ASSERT_TRUE(deep) << error;
  EXPECT_THAT(deep->ignore, ElementsAre("MLM2"));
  EXPECT_EQ(deep->dir, root_ / "a" / "b");
  const Config* top = resolver.lookup((root_ / "a" / "x.json").string(), false, error);
  ASSERT_TRUE(top) << error;
  EXPECT_THAT(top->ignore, ElementsAre("MLM1"));
  EXPECT_EQ(resolver.lookup((root_ / "d").string(), true, error), top);  // cached per folder: same object
  EXPECT_EQ(resolver.lookup((root_ / "d" / "y.json").string(), false, error), top);
}

TEST_F(ConfigWalkTest, PlainNameBeforeDotName) {
  write(root_ / "mlm-lint.json", R"({"ignore": ["MLM1"]})");
  write(root_ / ".mlm-lint.json", R"({"ignore": ["MLM2"]})");
  auto resolver = ConfigResolver::discovering();
  std::string error;
  const Config* config = resolver.lookup((root_ / "x.json").string(), false, error);
  ASSERT_TRUE(config) << error;
  EXPECT_THAT(config->ignore, ElementsAre("MLM1"));
}

TEST_F(ConfigWalkTest, InvalidFileIsAnError) {
  write(root_ / "a" / "mlm-lint.json", "{\"jobs\": \"4\"}");
  auto resolver = ConfigResolver::discovering();
  std::string error;
  EXPECT_EQ(resolver.lookup((root_ / "a" / "b" / "x.json").string(), false, error), nullptr);
  EXPECT_THAT(error, ::testing::EndsWith("mlm-lint.json:1:10: /jobs: expected a whole number from 0 (all cores) to "
                                         "1024, got \"4\""));
}

TEST_F(ConfigWalkTest, IsolatedAndFixed) {
  write(root_ / "mlm-lint.json", R"({"ignore": ["MLM1"]})");
  write(root_ / "d" / "custom.json", R"({"ignore": ["MLM3"]})");
  std::string error;
  auto isolated = ConfigResolver::isolated();
  EXPECT_EQ(isolated.lookup((root_ / "x.json").string(), false, error), nullptr);
  auto fixed = ConfigResolver::fixed((root_ / "d" / "custom.json").string(), error);
  ASSERT_TRUE(fixed) << error;
  const Config* config = fixed->lookup((root_ / "a" / "x.json").string(), false, error);
  ASSERT_TRUE(config);
  EXPECT_THAT(config->ignore, ElementsAre("MLM3"));
  EXPECT_FALSE(ConfigResolver::fixed((root_ / "missing.json").string(), error));
  EXPECT_THAT(error, ::testing::HasSubstr("cannot read the configuration file: no such file"));
}

// ---------------------------------------------------------------------------------------------------
// Baselines

Diagnostic finding(std::string code, std::string pointer, std::string message, std::uint32_t line) {
  return {std::move(code), "name", Severity::kError, std::move(pointer), line, 1, std::move(message), ""};
}

TEST_F(ConfigWalkTest, BaselineRoundTrip) {
  const std::string path = (root_ / "baseline.json").string();
  Baseline recorded(path);
  FileReport report{(root_ / "a" / "item.json").string(),
                    {finding("MLM102", "/p/0", "three bands", 10), finding("MLM204", "/c/1", "duplicate", 20),
                     finding("MLM204", "/c/1", "duplicate", 20)}};
  recorded.add(report);
  std::string error;
  ASSERT_TRUE(recorded.write(path, error)) << error;

  auto loaded = Baseline::load(path, error);
  ASSERT_TRUE(loaded) << error;
  EXPECT_EQ(loaded->size(), 3u);
  // Lines moved, one duplicate more, one new finding and one with a changed message.
  FileReport later{report.path,
                   {finding("MLM102", "/p/0", "three bands", 14), finding("MLM204", "/c/1", "duplicate", 24),
                    finding("MLM204", "/c/1", "duplicate", 24), finding("MLM204", "/c/1", "duplicate", 24),
                    finding("MLM309", "/x", "new", 30), finding("MLM102", "/p/0", "four bands", 14)}};
  EXPECT_EQ(loaded->suppress(later), 3u);
  std::vector<std::string> left;
  for (const auto& d : later.diagnostics) left.push_back(d.code + " " + d.message);
  EXPECT_THAT(left, ElementsAre("MLM204 duplicate", "MLM309 new", "MLM102 four bands"));

  // Keys are relative to the baseline's folder, whatever the path looked like.
  EXPECT_EQ(loaded->key((root_ / "a" / "." / "item.json").string(), report.diagnostics[0]).path, "a/item.json");
  EXPECT_EQ(loaded->key("-", report.diagnostics[0]).path, "-");
}

TEST_F(ConfigWalkTest, BaselineRejectsOtherFiles) {
  std::string error;
  write(root_ / "b.json", R"({"findings": []})");
  EXPECT_FALSE(Baseline::load((root_ / "b.json").string(), error));
  EXPECT_THAT(error, ::testing::HasSubstr("not a mlm-lint baseline: \"version\" must be 1"));
  write(root_ / "b.json", R"({"version": 1, "findings": [{"path": "a.json", "code": "MLM102"}]})");
  EXPECT_FALSE(Baseline::load((root_ / "b.json").string(), error));
  EXPECT_THAT(error, ::testing::HasSubstr("findings/0 needs"));
  EXPECT_FALSE(Baseline::load((root_ / "none.json").string(), error));
  EXPECT_THAT(error, ::testing::HasSubstr("cannot read the baseline"));
}

TEST(BaselineTest, MessageHashIsStable) {
  EXPECT_EQ(message_hash(""), "cbf29ce484222325");  // the FNV-1a 64 offset basis
  EXPECT_EQ(message_hash("a"), "af63dc4c8601ec8c");
}

}  // namespace
}  // namespace mlmlint

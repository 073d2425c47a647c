// The registry must agree with the normative index of RULES.md §4.0 (read from testdata/RULES.md at test
// time, so the two cannot drift apart), every rule must carry its documentation page in the template of
// rules/docs/MLM102.md, and every rule must be exercised by the rule tests in tests/rules/.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "mlmlint/rules/registry.h"
#include "test_files.h"

namespace mlmlint {
namespace {

using test::read_text;

namespace fs = std::filesystem;

std::string trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

std::vector<std::string> split(std::string_view s, std::string_view separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t at; (at = s.find(separator, start)) != std::string_view::npos; start = at + separator.size()) {
    parts.push_back(trim(s.substr(start, at - start)));
  }
  parts.push_back(trim(s.substr(start)));
  return parts;
}

struct IndexRow {
  std::string code;
  std::string name;
  std::string severity;
  std::string schema;
  std::string versions;
  std::string fix;
};

void PrintTo(const IndexRow& row, std::ostream* os) { *os << row.code << " " << row.name; }

// The rows of the table under "### 4.0 Index", in file order.
std::vector<IndexRow> load_index() {
  const std::string text = read_text(fs::path(MLMLINT_TESTDATA_DIR) / "RULES.md");
  const std::size_t start = text.find("\n### 4.0 Index");
  const std::size_t end = text.find("\n### ", start + 1);
  if (start == std::string::npos || end == std::string::npos) return {};
  std::istringstream section(text.substr(start, end - start));
  std::vector<IndexRow> rows;
  for (std::string line; std::getline(section, line);) {
    if (line.rfind("| MLM", 0) != 0) continue;
    // "| MLM001 | `name` | error | partial | all | no |" -> "", code, name, ..., fix, ""
    const std::vector<std::string> cells = split(line, "|");
    if (cells.size() != 8) continue;  // a malformed row shows up as a wrong count in HasExactly79Rules
    IndexRow row{cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]};
    if (row.name.size() >= 2 && row.name.front() == '`' && row.name.back() == '`') {
      row.name = row.name.substr(1, row.name.size() - 2);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

const std::vector<IndexRow>& index_rows() {
  static const std::vector<IndexRow> kRows = load_index();
  return kRows;
}

std::string_view schema_relation_name(SchemaRelation relation) {
  switch (relation) {
    case SchemaRelation::kYes: return "yes";
    case SchemaRelation::kPartial: return "partial";
    case SchemaRelation::kNo: return "no";
  }
  return "?";
}

// RULES.md §1.5 notation: "all" (and "n/a", for the rule that runs whatever the version), "≥ vX", "vA – vB".
std::optional<VersionRange> parse_versions(std::string_view text) {
  if (text == "all" || text == "n/a") return kAllVersions;
  constexpr std::string_view kAtLeast = "≥ ";
  if (text.substr(0, kAtLeast.size()) == kAtLeast) {
    auto min = parse_version(text.substr(kAtLeast.size()));
    if (!min) return std::nullopt;
    return VersionRange{*min, kLatestMlm};
  }
  const std::vector<std::string> bounds = split(text, "–");  // en dash
  if (bounds.size() != 2) return std::nullopt;
  auto min = parse_version(bounds[0]);
  auto max = parse_version(bounds[1]);
  if (!min || !max) return std::nullopt;
  return VersionRange{*min, *max};
}

// Lower-case words joined by single hyphens. A dot is allowed between two digits only, for version numbers
// in names (MLM406 core-bands-with-stac-1.0).
bool is_kebab_case(std::string_view name) {
  if (name.empty() || name.front() == '-' || name.back() == '-') return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const auto digit = [](char d) { return d >= '0' && d <= '9'; };
    if ((c >= 'a' && c <= 'z') || digit(c)) continue;
    if (c == '-' && name[i - 1] != '-') continue;
    if (c == '.' && i > 0 && i + 1 < name.size() && digit(name[i - 1]) && digit(name[i + 1])) continue;
    return false;
  }
  return true;
}

std::string rule_label(const RuleInfo& rule) { return std::string(rule.code) + " " + std::string(rule.name); }

// --- the registry as a whole ----------------------------------------------------------------------------

TEST(Registry, HasExactly79Rules) {
  EXPECT_EQ(all_rules().size(), 79u);
  EXPECT_EQ(index_rows().size(), 79u);
}

TEST(Registry, IsSortedByCodeLikeTheIndex) {
  const auto rules = all_rules();
  for (std::size_t i = 1; i < rules.size(); ++i) {
    EXPECT_LT(rules[i - 1]->code, rules[i]->code) << "registry order at position " << i;
  }
  const auto& rows = index_rows();
  for (std::size_t i = 1; i < rows.size(); ++i) {
    EXPECT_LT(rows[i - 1].code, rows[i].code) << "RULES.md §4.0 order at row " << i;
  }
}

TEST(Registry, CodesAndNamesAreUnique) {
  std::set<std::string_view> codes;
  std::set<std::string_view> names;
  for (const RuleInfo* rule : all_rules()) {
    EXPECT_TRUE(codes.insert(rule->code).second) << "duplicate code " << rule->code;
    EXPECT_TRUE(names.insert(rule->name).second) << "duplicate name " << rule->name;
  }
  // A name must not shadow a code either: find_rule accepts both.
  for (std::string_view name : names) EXPECT_EQ(codes.count(name), 0u) << name;
}

TEST(Registry, ContainsNoRuleMissingFromTheIndex) {
  std::set<std::string> indexed;
  for (const auto& row : index_rows()) indexed.insert(row.code);
  for (const RuleInfo* rule : all_rules()) {
    EXPECT_EQ(indexed.count(std::string(rule->code)), 1u) << rule_label(*rule) << " is not in RULES.md §4.0";
  }
}

TEST(Registry, EveryRuleHasAKebabCaseNameAndASummary) {
  for (const RuleInfo* rule : all_rules()) {
    EXPECT_TRUE(is_kebab_case(rule->name)) << rule_label(*rule);
    EXPECT_FALSE(trim(rule->summary).empty()) << rule_label(*rule) << " has no summary";
    EXPECT_NE(rule->check, nullptr) << rule_label(*rule) << " has no check function";
  }
}

// Structure, version and legacy rules (MLM0xx, MLM5xx, MLM6xx) and the generic STAC checks among the
// others (media types, band placement) also run on documents without MLM; model rules do not.
TEST(Registry, OnlyStructureVersionLegacyAndGenericStacRulesApplyWithoutMlm) {
  for (const RuleInfo* rule : all_rules()) {
    const char family = rule->code[3];
    const bool generic = rule->code == "MLM308" || rule->code == "MLM405" || rule->code == "MLM406";
    EXPECT_EQ(rule->any_stac_document, family == '0' || family == '5' || family == '6' || generic) << rule->code;
  }
}

TEST(Registry, FindRuleAcceptsCodeAndName) {
  for (const RuleInfo* rule : all_rules()) {
    EXPECT_EQ(find_rule(rule->code), rule);
    EXPECT_EQ(find_rule(rule->name), rule);
  }
  EXPECT_EQ(find_rule("MLM999"), nullptr);
}

TEST(Registry, FindRuleIgnoresCase) {
  EXPECT_EQ(find_rule("mlm102"), find_rule("MLM102"));
  EXPECT_EQ(find_rule("Input-Stacked-Count-Mismatch"), find_rule("MLM102"));
  EXPECT_NE(find_rule("mlm102"), nullptr);
}

// --- one test per index row -------------------------------------------------------------------------------

class IndexedRule : public ::testing::TestWithParam<IndexRow> {};

TEST_P(IndexedRule, MatchesTheIndex) {
  const IndexRow& row = GetParam();
  const RuleInfo* rule = find_rule(row.code);
  ASSERT_NE(rule, nullptr) << row.code << " is not registered";
  EXPECT_EQ(rule->name, row.name);
  EXPECT_EQ(severity_name(rule->severity), row.severity);
  EXPECT_EQ(fix_class_name(rule->fix), row.fix);
  EXPECT_EQ(schema_relation_name(rule->schema), row.schema);
  const auto versions = parse_versions(row.versions);
  ASSERT_TRUE(versions.has_value()) << "unparseable Versions cell: " << row.versions;
  EXPECT_EQ(rule->versions.min.str(), versions->min.str()) << "Versions: " << row.versions;
  EXPECT_EQ(rule->versions.max.str(), versions->max.str()) << "Versions: " << row.versions;
}

TEST_P(IndexedRule, HasItsDocumentationPage) {
  const IndexRow& row = GetParam();
  const RuleInfo* rule = find_rule(row.code);
  ASSERT_NE(rule, nullptr);
  const std::string_view doc = rule_doc(rule->code);
  ASSERT_FALSE(doc.empty()) << "no embedded rules/docs/" << row.code << ".md";

  std::istringstream lines{std::string(doc)};
  std::string first;
  std::getline(lines, first);
  EXPECT_EQ(first, "# " + row.code + " " + row.name);

  // The metadata line, e.g. "Severity: error · Fix: no · Versions: all · Schema: no", checked field by field
  // against the registry (not the index) so that the page, the registry and the index all agree.
  std::string metadata;
  while (metadata.empty() && std::getline(lines, metadata)) metadata = trim(metadata);
  std::map<std::string, std::string> fields;
  for (const std::string& part : split(metadata, "·")) {
    const std::size_t colon = part.find(": ");
    ASSERT_NE(colon, std::string::npos) << "malformed metadata line: " << metadata;
    fields[part.substr(0, colon)] = part.substr(colon + 2);
  }
  EXPECT_EQ(fields.size(), 4u) << metadata;
  EXPECT_EQ(fields["Severity"], severity_name(rule->severity)) << metadata;
  EXPECT_EQ(fields["Fix"], fix_class_name(rule->fix)) << metadata;
  EXPECT_EQ(fields["Schema"], schema_relation_name(rule->schema)) << metadata;
  const auto versions = parse_versions(fields["Versions"]);
  ASSERT_TRUE(versions.has_value()) << metadata;
  EXPECT_EQ(versions->min.str(), rule->versions.min.str()) << metadata;
  EXPECT_EQ(versions->max.str(), rule->versions.max.str()) << metadata;

  // The six headings of the template, in order (other "## " lines would break the page layout).
  const std::vector<std::string> expected = {"## What it checks", "## Why it matters", "## Example",
                                             "## Use instead",     "## When to ignore",  "## References"};
  std::vector<std::string> headings;
  bool in_code_block = false;  // a "## " line inside a fenced example is not a heading
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("```", 0) == 0) in_code_block = !in_code_block;
    if (!in_code_block && line.rfind("## ", 0) == 0) headings.push_back(trim(line));
  }
  EXPECT_EQ(headings, expected);
}

// The rule tests, concatenated once. A rule counts as tested when a test suite carries its code (the
// convention is TEST(Mlm102, ...), or TEST_P/TEST_F) and its RuleInfo symbol (kMlm102, what the tests hand
// to the harness) is used there.
const std::string& rule_test_sources() {
  static const std::string kSources = [] {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fs::path(MLMLINT_SOURCE_DIR) / "tests" / "rules")) {
      const std::string name = entry.path().filename().string();
      if (name.size() > 8 && name.ends_with("_test.cc")) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::string all;
    for (const auto& f : files) all += read_text(f);
    return all;
  }();
  return kSources;
}

bool names_test_suite(const std::string& sources, const std::string& suite) {
  for (const char* macro : {"TEST(", "TEST_P(", "TEST_F("}) {
    if (sources.find(macro + suite + ",") != std::string::npos) return true;
  }
  return false;
}

TEST_P(IndexedRule, HasRuleTests) {
  const IndexRow& row = GetParam();
  const std::string& sources = rule_test_sources();
  ASSERT_FALSE(sources.empty()) << "no tests/rules/*_test.cc under " << MLMLINT_SOURCE_DIR;
  const std::string suite = "Mlm" + row.code.substr(3);  // MLM102 -> Mlm102
  EXPECT_TRUE(names_test_suite(sources, suite)) << "no TEST(" << suite << ", ...) in tests/rules/";
  EXPECT_NE(sources.find("k" + suite), std::string::npos) << "k" << suite << " is not used in tests/rules/";
}

INSTANTIATE_TEST_SUITE_P(RulesMdIndex, IndexedRule, ::testing::ValuesIn(index_rows()),
                         [](const auto& info) { return info.param.code; });

}  // namespace
}  // namespace mlmlint

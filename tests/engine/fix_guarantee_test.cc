// "A safe fix never makes a file worse" (README, Fixes), over every document the repository holds: the
// official examples, the rule fixtures and baseline B, the --fix fixture, the fuzz regressions, the JSON files
// of the CLI goldens, and every Fails case of RULES.md. For each, plain --fix (safe fixes only):
//   (a) a document without MLM000 before has none after (a schema-valid document stays schema-valid);
//   (b) no code has more error findings after than before, so neither has the total;
//   (c) a second --fix changes nothing;
// and every safe fix the re-check refused is left as a suggestion that says why.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "catalogue_cases.h"
#include "mlmlint/engine/fix.h"

namespace mlmlint {
namespace {

namespace fs = std::filesystem;

const Linter& linter() {
  static const Linter kLinter{LintOptions{}};
  return kLinter;
}

struct Document {
  std::string name;  // where it comes from: a path relative to the source tree, or "RULES.md MLMnnn"
  std::string text;
};

void PrintTo(const Document& d, std::ostream* os) { *os << d.name; }

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Every fixture folder: all JSON files, and every file of the fuzz regressions (named by their hash).
std::vector<Document> documents() {
  const fs::path root = MLMLINT_SOURCE_DIR;
  std::vector<Document> out;
  for (const char* folder : {"testdata/examples", "testdata/rules", "testdata/fix", "testdata/fuzz-regressions",
                             "tests/cli/cases"}) {
    std::vector<fs::path> paths;
    for (const auto& entry : fs::recursive_directory_iterator(root / folder)) {
      if (!entry.is_regular_file()) continue;
      const bool fuzz = std::string_view(folder) == "testdata/fuzz-regressions";
      const std::string name = entry.path().filename().string();
      if (entry.path().extension() == ".json" || (fuzz && name != "README.md")) paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) out.push_back({p.lexically_relative(root).generic_string(), read_text(p)});
  }
  for (const auto& c : test::load_catalogue_cases()) out.push_back({"RULES.md " + c.code, c.document()});
  return out;
}

std::map<std::string, std::size_t> error_counts(const FileReport& report) {
  std::map<std::string, std::size_t> counts;
  for (const auto& d : report.diagnostics) {
    if (d.severity == Severity::kError) ++counts[d.code];
  }
  return counts;
}

std::string render(const FileReport& report) {
  std::string out;
  for (const auto& d : report.diagnostics) out += "\n  " + d.code + " " + d.pointer + ": " + d.message;
  return out;
}

class SafeFix : public ::testing::TestWithParam<Document> {};

TEST_P(SafeFix, NeverMakesTheDocumentWorseAndIsIdempotent) {
  const Document& doc = GetParam();
  const FileReport before = linter().lint_buffer("doc.json", doc.text);
  const FixOutcome fixed = fix_text(linter(), "doc.json", doc.text, false, {});
  const auto old_counts = error_counts(before);
  const auto new_counts = error_counts(fixed.report);

  // (a) schema-valid stays schema-valid.
  if (!old_counts.contains("MLM000")) {
    EXPECT_FALSE(new_counts.contains("MLM000")) << "--fix made a schema-valid document invalid:" << render(fixed.report)
                                                << "\nfixed document:\n" << fixed.text;
  }
  // (b) no code gains error findings.
  std::size_t old_total = 0;
  std::size_t new_total = 0;
  for (const auto& [code, n] : old_counts) old_total += n;
  for (const auto& [code, n] : new_counts) {
    new_total += n;
    const std::size_t was = old_counts.contains(code) ? old_counts.at(code) : 0;
    EXPECT_LE(n, was) << "--fix added " << code << " errors:" << render(fixed.report);
  }
  EXPECT_LE(new_total, old_total);
  // The report fix_text returns is the report of the text it returns.
  EXPECT_EQ(render(linter().lint_buffer("doc.json", fixed.text)), render(fixed.report));

  // (c) idempotence: nothing left for a second run, which also withholds the same fixes.
  const FixOutcome again = fix_text(linter(), "doc.json", fixed.text, false, {});
  EXPECT_FALSE(again.changed()) << "a second --fix changed the document again:\n" << fixed.text;
  EXPECT_EQ(again.text, fixed.text);

  // Every refused fix is explained, and is a suggestion in the report.
  for (const auto& w : fixed.withheld) {
    EXPECT_TRUE(w.reason.starts_with("not applied: it would ")) << w.reason;
  }
  for (const auto& d : fixed.report.diagnostics) {
    if (d.fix && !d.fix->withheld.empty()) {
      EXPECT_FALSE(d.fix->safe) << d.code << " " << d.pointer;
    }
  }
}

std::string test_name(const ::testing::TestParamInfo<Document>& info) {
  std::string name = std::to_string(info.index) + "_";
  for (char c : info.param.name) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(EveryFixture, SafeFix, ::testing::ValuesIn(documents()), test_name);

TEST(SafeFix, CoversTheFixtureFolders) {
  // A folder that moved would silently shrink the test to nothing.
  std::map<std::string, std::size_t> per_folder;
  for (const auto& d : documents()) per_folder[d.name.substr(0, d.name.find('/', d.name.find('/') + 1))]++;
  EXPECT_GE(per_folder["testdata/examples"], 80u);
  EXPECT_GE(per_folder["testdata/rules"], 1u);
  EXPECT_GE(per_folder["testdata/fix"], 1u);
  EXPECT_GE(per_folder["testdata/fuzz-regressions"], 10u);
  EXPECT_GE(per_folder["tests/cli"], 20u);
}

}  // namespace
}  // namespace mlmlint

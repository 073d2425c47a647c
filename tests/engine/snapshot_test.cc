// Snapshots of the full engine over the official examples: every JSON file under testdata/examples/ is
// linted with the default options and its findings are compared with testdata/snapshots/<path>.txt. Any
// change in what mlm-lint reports on real-world documents therefore shows up as a reviewable diff
// (testdata/snapshots/REVIEW.md explains every finding). Regenerate with MLMLINT_UPDATE_SNAPSHOTS=1.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "mlmlint/engine/linter.h"
#include "test_files.h"
#include "lint_helpers.h"

namespace mlmlint {
namespace {

using test::read_text;

namespace fs = std::filesystem;
const fs::path kExamples = fs::path(MLMLINT_TESTDATA_DIR) / "examples";
const fs::path kSnapshots = fs::path(MLMLINT_TESTDATA_DIR) / "snapshots";

// Example paths relative to testdata/examples/, sorted. validation_baseline.json is the reference
// validator's output, not an example.
std::vector<std::string> example_files() {
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(kExamples)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
    const std::string relative = entry.path().lexically_relative(kExamples).generic_string();
    if (relative == "validation_baseline.json") continue;
    files.push_back(relative);
  }
  std::sort(files.begin(), files.end());
  return files;
}

fs::path snapshot_path(const std::string& example) { return kSnapshots / (example + ".txt"); }

bool updating() {
  const char* value = std::getenv("MLMLINT_UPDATE_SNAPSHOTS");
  return value != nullptr && std::string_view(value) == "1";
}

// One finding per line: "line:col: severity CODE name: pointer: message". The root pointer is written "/",
// as RULES.md does, so that the field is never empty.
std::string render(const FileReport& report) {
  std::string out;
  for (const auto& d : report.diagnostics) {
    out += fmt::format("{}:{}: {} {} {}: {}: {}\n", d.line, d.column, severity_name(d.severity), d.code, d.name,
                       d.pointer.empty() ? "/" : d.pointer, d.message);
  }
  return out;
}

class OfficialExampleSnapshot : public ::testing::TestWithParam<std::string> {};

TEST_P(OfficialExampleSnapshot, MatchesTheRecordedFindings) {
  const std::string& example = GetParam();
  const std::string actual = render(test::default_linter().lint_file((kExamples / example).string()));
  const fs::path snapshot = snapshot_path(example);
  if (updating()) {
    fs::create_directories(snapshot.parent_path());
    std::ofstream(snapshot, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(fs::exists(snapshot)) << snapshot << " is missing; run with MLMLINT_UPDATE_SNAPSHOTS=1";
  EXPECT_EQ(actual, read_text(snapshot)) << example;
}

INSTANTIATE_TEST_SUITE_P(Examples, OfficialExampleSnapshot, ::testing::ValuesIn(example_files()),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

TEST(OfficialExampleSnapshots, CoverEveryExampleAndNothingElse) {
  const auto examples = example_files();
  EXPECT_EQ(examples.size(), 84u);  // the files validation_baseline.json describes
  if (updating() || !fs::exists(kSnapshots)) return;
  // A snapshot whose example was removed or renamed would never be compared again.
  for (const auto& entry : fs::recursive_directory_iterator(kSnapshots)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
    std::string relative = entry.path().lexically_relative(kSnapshots).generic_string();
    relative.resize(relative.size() - 4);  // strip ".txt"
    EXPECT_TRUE(std::binary_search(examples.begin(), examples.end(), relative)) << "stale snapshot " << entry.path();
  }
}

}  // namespace
}  // namespace mlmlint

// The official JSON-Schema-Test-Suite (draft-07, required tests) through mlm-lint's schema stage:
// bundler + custom constraints + simdjson adapter + both passes of check_document + error shaping (the
// command line's run of the same suite is tests/cli/draft7_suite.sh). Known failures are listed, each with its
// reason, in testdata/draft7_expected_failures.txt; the test fails on any unexpected failure AND on any
// listed failure that now passes (so the list can only shrink deliberately).
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <simdjson.h>
#include <valijson/validator.hpp>

#include "schema_passes.h"
#include "embedded_index.h"
#include "mlmlint/schema/schema_registry.h"
#include "test_files.h"

namespace mlmlint {
namespace {

using test::read_text;

namespace fs = std::filesystem;
const fs::path kSuite = fs::path(MLMLINT_TESTDATA_DIR) / "json-schema-test-suite";

// Remote refs of the suite point at http://localhost:1234/, served from remotes/.
std::optional<std::string> suite_loader(const std::string& url) {
  const std::string prefix = "http://localhost:1234/";
  if (url.rfind(prefix, 0) == 0) {
    const fs::path file = kSuite / "remotes" / url.substr(prefix.size());
    if (fs::is_regular_file(file)) return read_text(file);
    return std::nullopt;
  }
  return embedded_schema_text(url);
}

std::set<std::string> expected_failures() {
  std::set<std::string> out;
  std::istringstream in(read_text(fs::path(MLMLINT_TESTDATA_DIR) / "draft7_expected_failures.txt"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    out.insert(line.substr(0, line.find("  #")));
  }
  return out;
}

TEST(Draft7Suite, RequiredTestsMatchTheExpectedFailureList) {
  SchemaRegistry registry(&suite_loader);
  valijson::Validator validator(valijson::Validator::kStrongTypes);
  simdjson::dom::parser suite_parser;
  simdjson::dom::parser data_parser;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(kSuite / "tests" / "draft7")) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_GT(files.size(), 30u);

  const std::set<std::string> expected = expected_failures();
  std::set<std::string> failed;
  std::vector<std::string> verdicts_differ;
  std::size_t total = 0;
  for (const auto& file : files) {
    const std::string text = read_text(file);
    simdjson::dom::array groups;
    ASSERT_EQ(suite_parser.parse(simdjson::padded_string(text)).get(groups), simdjson::SUCCESS) << file;
    std::size_t group_index = 0;
    for (auto group : groups) {
      const std::string group_desc(group["description"].get_string().value());
      const std::string schema_url =
          "http://localhost:1234/__suite__/" + file.stem().string() + "/" + std::to_string(group_index++) + ".json";
      const std::string schema_text = simdjson::minify(group["schema"].value());
      std::string error;
      const CompiledSchema* schema = registry.add_and_get(schema_url, schema_text, &error);
      simdjson::dom::array tests = group["tests"].get_array().value();
      for (auto test : tests) {
        ++total;
        const std::string id =
            file.filename().string() + "|" + group_desc + "|" + std::string(test["description"].get_string().value());
        const bool valid = test["valid"].get_bool().value();
        bool ok = false;
        if (schema) {
          const std::string data = simdjson::minify(test["data"].value());
          simdjson::dom::element doc;
          if (data_parser.parse(simdjson::padded_string(data)).get(doc) == simdjson::SUCCESS) {
            // The verdict a user gets: check_document's two passes and error shaping. A rejection that
            // shapes to no error would read as valid (that hid `false` subschemas).
            const SchemaVerdict verdict = check_document(*schema, doc, false);
            ok = verdict.failure.empty() && verdict.errors.empty() == valid;
            try {
              // The fast first pass must reach valijson's verdict on every test, passing or not.
              const bool accepted = schema_accepts(*schema, doc, validator);
              if (fast_schema_accepts(*schema, doc) != accepted) verdicts_differ.push_back(id);
            } catch (const std::exception&) {
              ok = false;
            }
          }
        }
        if (!ok) failed.insert(id);
      }
    }
  }
  std::vector<std::string> unexpected, fixed;
  for (const auto& f : failed) {
    if (!expected.count(f)) unexpected.push_back(f);
  }
  for (const auto& e : expected) {
    if (!failed.count(e)) fixed.push_back(e);
  }
  std::cout << "[ draft-07 ] " << (total - failed.size()) << " of " << total << " required tests pass\n";
  for (const auto& u : unexpected) ADD_FAILURE() << "unexpected failure: " << u;
  for (const auto& d : verdicts_differ) ADD_FAILURE() << "fast pass and valijson disagree: " << d;
  for (const auto& f : fixed) ADD_FAILURE() << "now passes, remove from draft7_expected_failures.txt: " << f;
  EXPECT_GE(total - failed.size(), 900u);
}

}  // namespace
}  // namespace mlmlint

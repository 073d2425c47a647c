// RULES.md is the normative catalogue: every rule's Fails block, applied to baseline document B, must
// make the full engine (schema stage + rules + explain mode) report that rule at the stated pointer with
// the stated message. And B itself must be clean. The cases are read from testdata/RULES.md, a verbatim
// copy of the catalogue, so the tests cannot drift from it.
#include <fstream>
#include <regex>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "mlmlint/linter.h"
#include "registry.h"
#include "rule_harness.h"

namespace mlmlint {
namespace {

struct Case {
  std::string code;
  std::string fails;    // a JSON Patch (array) or a whole document (object)
  std::string pointer;
  std::string message;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.code << " " << c.pointer; }

std::vector<Case> load_cases() {
  std::ifstream in(MLMLINT_TESTDATA_DIR "/RULES.md");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  std::vector<Case> cases;
  const std::regex heading(R"(\n#### (MLM\d{3}) `)");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), heading); it != std::sregex_iterator(); ++it) {
    const std::size_t start = static_cast<std::size_t>(it->position());
    std::size_t end = text.find("\n#### ", start + 1);
    end = std::min(end, text.find("\n### ", start + 1));
    const std::string section = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    Case c;
    c.code = (*it)[1];
    const std::size_t fails = section.find("- **Fails:**");
    const std::size_t block = section.find("```json\n", fails);
    const std::size_t block_end = section.find("\n```", block + 8);
    const std::size_t message = section.find("- **Message:** `");
    if (fails == std::string::npos || block == std::string::npos || message == std::string::npos) continue;
    c.fails = section.substr(block + 8, block_end - block - 8);
    const std::size_t m_start = message + 16;
    const std::string rendered = section.substr(m_start, section.find("`\n", m_start) - m_start);
    const std::size_t colon = rendered.find(": ");
    c.pointer = rendered.substr(0, colon);
    if (c.pointer == "/") c.pointer = "";  // RULES.md writes the document root as "/"
    c.message = rendered.substr(colon + 2);
    cases.push_back(std::move(c));
  }
  return cases;
}

const Linter& linter() {
  static const Linter kLinter{LintOptions{}};
  return kLinter;
}

std::string render(const FileReport& report) {
  std::string out;
  for (const auto& d : report.diagnostics) out += "\n  " + d.code + " " + d.pointer + ": " + d.message;
  return out;
}

TEST(Catalogue, EveryIndexedRuleHasAFailsCase) {
  EXPECT_EQ(load_cases().size(), 76u);
}

TEST(Catalogue, BaselineDocumentBIsClean) {
  const FileReport report = linter().lint_buffer("B.json", test::baseline_b());
  EXPECT_TRUE(report.diagnostics.empty()) << render(report);
}

class FailsBlock : public ::testing::TestWithParam<Case> {};

TEST_P(FailsBlock, FiresAtThePointerWithTheMessage) {
  const Case& c = GetParam();
  ASSERT_NE(find_rule(c.code), nullptr) << c.code << " is not in the registry";
  const std::string doc = c.fails.front() == '[' ? test::patched_b(c.fails) : c.fails;
  const FileReport report = linter().lint_buffer("case.json", doc);
  bool found = false;
  for (const auto& d : report.diagnostics) {
    if (d.code == c.code && d.pointer == c.pointer && d.message == c.message) found = true;
  }
  EXPECT_TRUE(found) << "expected " << c.code << " " << c.pointer << ": " << c.message << "\ngot:" << render(report);
  // Explain mode: no raw schema error may remain at the rule's location (one line per problem).
  for (const auto& d : report.diagnostics) {
    EXPECT_FALSE(d.code == "MLM000" && d.pointer == c.pointer) << "raw schema error not claimed: " << d.message;
  }
}

INSTANTIATE_TEST_SUITE_P(RulesMd, FailsBlock, ::testing::ValuesIn(load_cases()),
                         [](const auto& info) { return info.param.code; });

}  // namespace
}  // namespace mlmlint

#include "catalogue_cases.h"

#include <fstream>
#include <regex>
#include <sstream>

#include "rule_harness.h"

namespace mlmlint::test {

std::string CatalogueCase::document() const { return fails.front() == '[' ? patched_b(fails) : fails; }

std::vector<CatalogueCase> load_catalogue_cases() {
  std::ifstream in(MLMLINT_TESTDATA_DIR "/RULES.md");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  std::vector<CatalogueCase> cases;
  const std::regex heading(R"(\n#### (MLM\d{3}) `)");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), heading); it != std::sregex_iterator(); ++it) {
    const std::size_t start = static_cast<std::size_t>(it->position());
    std::size_t end = text.find("\n#### ", start + 1);
    end = std::min(end, text.find("\n### ", start + 1));
    const std::string section = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    CatalogueCase c;
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
    const std::size_t fix = section.find("- **Fix:** ");
    if (fix != std::string::npos) c.fix_line = section.substr(fix + 11, section.find('\n', fix) - fix - 11);
    cases.push_back(std::move(c));
  }
  return cases;
}

}  // namespace mlmlint::test

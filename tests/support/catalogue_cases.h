// The Fails cases of RULES.md (testdata/RULES.md, a verbatim copy of the catalogue): per rule, the
// failing document (a JSON Patch over B or a whole document) and the finding it must produce.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace mlmlint::test {

struct CatalogueCase {
  std::string code;
  std::string fails;    // a JSON Patch (array) or a whole document (object)
  std::string pointer;  // "" = the document root
  std::string message;
  std::string fix_line;  // the rule's "Fix:" line, e.g. "safe — append `\"code\"` to `roles`."
  std::string document() const;  // the failing document itself
};

inline void PrintTo(const CatalogueCase& c, std::ostream* os) { *os << c.code << " " << c.pointer; }

std::vector<CatalogueCase> load_catalogue_cases();

}  // namespace mlmlint::test

// Fixes that another finding of the same document contradicts, withdrawn before anything is reported.
// MLM506 removes a declared extension none of whose fields is used; when another finding asks for fields of
// that very extension (MLM701: "no file:checksum"; MLM402: "define raster:bands on the model asset"), removing
// the declaration is the wrong way round: the finding stays, its fix goes, and its hint says why.
#pragma once

#include <utility>
#include <vector>

#include <simdjson.h>

#include "mlmlint/rules/rule.h"

namespace mlmlint {

// `found`: every rule finding of one document (root `root`), as the linter collects them.
void withdraw_contradicted_fixes(simdjson::dom::element root, std::vector<std::pair<const RuleInfo*, Finding>>& found);

}  // namespace mlmlint

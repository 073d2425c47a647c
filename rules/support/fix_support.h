// Building the fixes rules attach to findings (RULES.md §1.6). A fix is a list of JSON Patch operations
// on the document; values are JSON text (use render() for a DOM value, quote() for a string).
#pragma once

#include <string>
#include <vector>

#include "mlmlint/core/diagnostic.h"

namespace mlmlint::rules {

FixEdit add_edit(std::string path, std::string value_json);          // "-" as last token appends to an array
FixEdit replace_edit(std::string path, std::string value_json);
FixEdit remove_edit(std::string path);
// Renames the member `from` to the last token of `path` (same object): the member keeps its place.
FixEdit rename_edit(std::string from, std::string path);
// Moves the member or element at `from` to `path`, anywhere in the document (RFC 6902 "move").
FixEdit move_edit(std::string from, std::string path);

Fix safe_fix(std::string description, std::vector<FixEdit> edits);
Fix suggested_fix(std::string description, std::vector<FixEdit> edits);

}  // namespace mlmlint::rules

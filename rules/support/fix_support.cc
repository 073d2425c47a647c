#include "fix_support.h"

namespace mlmlint::rules {

FixEdit add_edit(std::string path, std::string value_json) {
  return {.op = "add", .path = std::move(path), .from = {}, .value = std::move(value_json)};
}

FixEdit replace_edit(std::string path, std::string value_json) {
  return {.op = "replace", .path = std::move(path), .from = {}, .value = std::move(value_json)};
}

FixEdit remove_edit(std::string path) { return {.op = "remove", .path = std::move(path), .from = {}, .value = {}}; }

FixEdit rename_edit(std::string from, std::string path) {
  return {.op = "move", .path = std::move(path), .from = std::move(from), .value = {}};
}

FixEdit move_edit(std::string from, std::string path) {
  return {.op = "move", .path = std::move(path), .from = std::move(from), .value = {}};
}

Fix safe_fix(std::string description, std::vector<FixEdit> edits) {
  return {.safe = true, .description = std::move(description), .edits = std::move(edits)};
}

Fix suggested_fix(std::string description, std::vector<FixEdit> edits) {
  return {.safe = false, .description = std::move(description), .edits = std::move(edits)};
}

}  // namespace mlmlint::rules

// Test support for the fixes rules attach to findings: a one-line rendering to compare against, and applying
// a fix to a document to see what it leaves behind.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "mlmlint/core/diagnostic.h"
#include "mlmlint/core/json_patch.h"
#include "mlmlint/core/json_value.h"

namespace mlmlint::test {

// "safe: <description> | add /path <value> | remove /path | move /from -> /path | replace /path <value>";
// "none" without a fix. Values are shown as the rule wrote them.
inline std::string describe_fix(const std::optional<Fix>& fix) {
  if (!fix) return "none";
  std::string out = (fix->safe ? "safe: " : "suggest: ") + fix->description;
  for (const auto& e : fix->edits) {
    out += " | " + e.op + " ";
    if (e.op == "move") out += e.from + " -> ";
    out += e.path;
    if (e.op == "add" || e.op == "replace") out += " " + e.value;
  }
  return out;
}

// The document with the fix's edits applied, as JSON text (indented); adds a test failure when an edit does
// not apply.
inline std::string apply_fix(std::string_view document, const Fix& fix) {
  auto doc = JsonValue::parse(document);
  if (!doc) {
    ADD_FAILURE() << "the document is not valid JSON";
    return std::string(document);
  }
  JsonValue::Array ops;
  for (const auto& e : fix.edits) {
    JsonValue::Object op;
    op.emplace_back("op", JsonValue(e.op));
    op.emplace_back("path", JsonValue(e.path));
    if (e.op == "move") op.emplace_back("from", JsonValue(e.from));
    if (e.op == "add" || e.op == "replace") {
      auto value = JsonValue::parse(e.value);
      if (!value) {
        ADD_FAILURE() << "the fix's value is not JSON: " << e.value;
        return std::string(document);
      }
      op.emplace_back("value", std::move(*value));
    }
    ops.push_back(JsonValue(std::move(op)));
  }
  const std::string error = apply_json_patch(*doc, JsonValue(std::move(ops)));
  if (!error.empty()) ADD_FAILURE() << "the fix does not apply: " << error;
  return doc->dump(2);
}

}  // namespace mlmlint::test

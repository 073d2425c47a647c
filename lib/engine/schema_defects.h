// Known defects of official schemas (RULES.md §6): errors an official schema reports on documents that are
// right by the specification it belongs to. They are still reported, so that nobody is surprised when a validator
// that uses the schema rejects the document, but at info (kSchemaDefect), naming the defect, not as errors of the
// document.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "mlmlint/schema/schema_check.h"

namespace mlmlint {

struct SchemaDefect {
  std::string note;   // what is wrong with the schema, appended to the error's message
  bool whole = true;  // the whole error is the defect (reported at info); false: only part of it (stays an error)
};

// What is wrong with the schema at `schema_url` when it reports `error`, or nullopt when the error is the
// document's.
std::optional<SchemaDefect> known_schema_defect(std::string_view schema_url, const SchemaError& error);

}  // namespace mlmlint

// Validating a document against a compiled schema: the verdict and, for a rejected document, one finding
// per independent problem, at the most specific location, in words a person understands. valijson stays
// behind this header (schema_passes.h): nothing above the schema layer sees it.
#pragma once

#include <string>
#include <vector>

#include <simdjson.h>

#include "mlmlint/schema/schema_registry.h"

namespace mlmlint {

// What made a constraint fail, as far as the finding's wording and the rules' claims need to know.
enum class ErrorKind { kOther, kType, kConst, kEnum, kPattern, kFormat, kForbidden, kContains, kBranch };

struct SchemaError {
  std::string pointer;
  std::string message;
  ErrorKind kind = ErrorKind::kOther;
  // The message cannot be understood without the schema ("has a form the schema forbids here"): a rule
  // reporting at a child location may explain it (explain mode).
  bool generic = false;
};

struct SchemaVerdict {
  std::vector<SchemaError> errors;  // empty: the document is valid against the schema
  std::string failure;              // non-empty: the schema could not be evaluated (errors is then empty)
};

// Two passes: a fail-fast one (fast_accept.h; valijson's own for documents with repeated keys, which
// valijson matches differently, and when the fast one throws), then, only for rejected documents,
// valijson's exhaustive one that collects the errors. Never throws.
SchemaVerdict check_document(const CompiledSchema& schema, simdjson::dom::element document, bool has_duplicate_keys);

}  // namespace mlmlint

// The two passes behind check_document (schema_check.h), for the schema layer and its white-box tests and
// fuzz target: valijson's fail-fast verdict, the allocation-free fast verdict (fast_accept.h), and
// valijson's exhaustive error list shaped into one finding per independent problem.
#pragma once

#include <string>
#include <vector>

#include <simdjson.h>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "compiled_schema.h"
#include "mlmlint/schema/schema_check.h"
#include "schema_constraints.h"

namespace mlmlint {

// Fail-fast validation (no error collection: the fast path for valid documents). May throw.
bool schema_accepts(const CompiledSchema& schema, simdjson::dom::element document, valijson::Validator& validator);

// The same verdict without valijson's per-node allocations (fast_accept.h); only for documents without
// duplicate keys. May throw.
bool fast_schema_accepts(const CompiledSchema& schema, simdjson::dom::element document);

// Exhaustive validation, shaped. May throw (valijson reports some schema problems lazily).
std::vector<SchemaError> schema_errors(const CompiledSchema& schema, simdjson::dom::element document,
                                       valijson::Validator& validator);

// --- exposed for unit tests -------------------------------------------------------------------

// valijson context ("<root>", "[properties]", "[0]") -> RFC 6901 pointer, resolving "[0]" against the
// document (array index or member named "0").
std::string context_to_pointer(const std::vector<std::string>& context, simdjson::dom::element document);

// The shaping step over raw (context-converted) errors in valijson's post-order.
struct RawError {
  std::string pointer;
  std::string description;  // possibly tagged (schema_constraints.h)
};
std::vector<SchemaError> shape_errors(const std::vector<RawError>& raw);

}  // namespace mlmlint

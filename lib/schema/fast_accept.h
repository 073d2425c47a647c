// The fast first pass of schema validation: does the document satisfy the compiled schema, yes or no?
//
// valijson's own fail-fast pass copies the error context (a std::vector<std::string>) into every nested
// visitor, copies every member name into a std::string, collects matched names in a std::set and
// compiles each patternProperties regex anew for every object it visits, even when nobody will read an
// error. That was half of the CPU time of checking a valid Item. This visitor walks the same compiled
// valijson schema with the same semantics (each visit mirrors valijson 1.0's ValidationVisitor in
// fail-fast mode) but allocates nothing per node: it works on simdjson elements, marks matched members
// by index, and keeps compiled regexes per schema node. Constraints that are rare in the bundled schemas
// (const, enum, format, multipleOf, propertyNames, type, uniqueItems and valijson's own pattern — the
// bundler turns most of these into mlm-lint's x- constraints) are handed to valijson's visitor as they are.
//
// Precondition: no object in the document repeats a key. valijson matches "properties" by the first
// member with a name but "patternProperties" and "additionalProperties" by every member, and counts
// distinct names; documents with duplicate keys (MLM903) keep valijson's pass.
//
// Only the verdict comes from here: a document it rejects is validated again by valijson, which
// collects the errors. tests/schema/fast_accept_test.cc and the fuzz_lint target compare the two verdicts.
#pragma once

#include <simdjson.h>
#include <valijson/subschema.hpp>

namespace mlmlint {

// May throw what valijson's visitor throws (the caller falls back to valijson, which reports it).
bool fast_accepts(const valijson::Subschema& schema, simdjson::dom::element document);

}  // namespace mlmlint

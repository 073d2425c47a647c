// A schema that applies itself to the same value without ever descending into it ({"$ref": "#"},
// {"allOf": [{"$ref": "#"}]}, a $ref to itself) sends valijson 1.0 into endless recursion, while parsing
// or while validating: a stack overflow. Such a schema can only come from outside the bundle (a mapped
// file, a downloaded schema in the cache), so it is refused before valijson sees it.
#pragma once

#include <string>

#include <simdjson.h>

namespace mlmlint {

// "" if no subschema of the bundled document `root` reaches itself through keywords that apply to the
// same value ($ref, allOf, anyOf, oneOf, not, if/then/else, schema dependencies); otherwise a description
// of one such cycle ("#/allOf/0 -> # -> #/allOf/0"). Iterative: the schema's own depth cannot overflow.
std::string find_same_value_cycle(simdjson::dom::element root);

}  // namespace mlmlint

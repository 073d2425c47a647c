// mlm-lint's own implementations of some draft-07 keywords, plugged into valijson as custom
// constraints. The bundler (schema_bundle.h) renames the keywords to these "x-" names.
//
// Why: valijson 1.0's messages carry no values ("Failed to match against any enum values."), its
// "format" check runs on non-strings (rejecting every "datetime": null) and compiles its date-time
// regex on every call, and its "pattern" regexes compile lazily during validation. Ours say what was
// expected and what was found, treat 1.0 as an integer, precompile every regex at load time, and check
// formats on strings only.
//
// Messages carry a kind tag (see tagged_message) so that error shaping can tell a discriminator
// mismatch ("type"/"const"/"enum" — weak evidence about which oneOf branch was meant) from a real
// problem inside the intended branch.
#pragma once

#include <string>
#include <string_view>

#include <simdjson.h>
#include <valijson/schema_parser.hpp>

#include "mlmlint/schema/schema_check.h"

namespace mlmlint {

std::string tagged_message(ErrorKind kind, std::string_view message);
// Splits a message produced by tagged_message; untagged messages (valijson's own) are kOther.
ErrorKind message_kind(std::string_view message, std::string_view* text);

// What a `false` subschema (x-false) says about a value that is not a member named in "properties".
inline constexpr std::string_view kFalseSchemaMessage =
    "is not allowed here (the schema accepts no value at this location)";

// Registers x-type, x-enum, x-const, x-pattern, x-format, x-forbidden, x-forbidden-any, x-contains-const,
// x-not-contains-const, x-branch (the oneOf/anyOf branch marker; it never fails), x-false (a `false`
// subschema, with a message) and x-unique-items (uniqueItems in linear expected time; valijson's is quadratic).
void register_custom_constraints(valijson::SchemaParser& parser);

// JSON equality: numbers compare by value (1 == 1.0), objects ignore member order.
bool json_equal(simdjson::dom::element a, simdjson::dom::element b);

// "a string", "an integer", "null", ... for messages.
std::string_view describe_type(simdjson::dom::element value);

}  // namespace mlmlint

// RFC 6902 JSON Patch over JsonValue.
#pragma once

#include <string>

#include "mlmlint/core/json_value.h"

namespace mlmlint {

// Applies `patch` (an array of operations) to `document`. Returns an empty string on success, else
// a description of the first failing operation (the document is then partially patched).
std::string apply_json_patch(JsonValue& document, const JsonValue& patch);

}  // namespace mlmlint

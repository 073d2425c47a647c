// JSON text helpers shared by every writer of JSON (reports, bundled schemas, messages, JsonValue).
#pragma once

#include <string>
#include <string_view>

namespace mlmlint {

// Appends `text` as a JSON string literal: quoted, with '"', '\\' and control characters escaped, and
// bytes that are not valid UTF-8 replaced by U+FFFD, so that the result is always valid JSON.
void append_json_string(std::string& out, std::string_view text);
// The same, returned.
std::string json_quote(std::string_view text);

}  // namespace mlmlint

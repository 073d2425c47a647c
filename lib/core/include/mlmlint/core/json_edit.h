// Writing an edited document back as text while keeping the author's formatting. Fixes and migrations
// edit a JsonValue (member order kept); render_preserving() then prints it so that every part that did
// not change keeps its original bytes, and new or changed parts follow the style of their surroundings
// (indentation unit, separators, one member per line or inline). Only what changed shows in a diff.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "mlmlint/core/json_value.h"

namespace mlmlint {

// `original` must be valid JSON (as accepted by JsonValue::parse); returns nullopt otherwise.
// Unchanged values are copied byte for byte (numbers keep their spelling, strings their escapes); a
// changed object or array keeps the whitespace of its unchanged members; new members are laid out like
// their siblings (or, in an empty container, one indentation unit deeper than the container's line).
std::optional<std::string> render_preserving(std::string_view original, const JsonValue& edited);

// The indentation unit of a document ("  ", "    ", "\t"), "" when it is on one line.
std::string detect_indent_unit(std::string_view text);

}  // namespace mlmlint

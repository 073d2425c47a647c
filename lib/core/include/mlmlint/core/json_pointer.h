// RFC 6901 JSON pointers: building, escaping and splitting.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mlmlint {

// Escapes one reference token ("~" -> "~0", "/" -> "~1").
std::string escape_pointer_token(std::string_view token);
// Appends the escaped token to `out` (no temporary string).
void append_pointer_token(std::string& out, std::string_view token);
// Splits a pointer into unescaped tokens; "" yields no tokens.
std::vector<std::string> split_pointer(std::string_view pointer);

// Appends "/" + escaped token.
std::string pointer_append(std::string_view base, std::string_view token);
std::string pointer_append(std::string_view base, std::size_t index);

// The parent pointer ("/a/b" -> "/a", "/a" -> "", "" -> "").
std::string_view pointer_parent(std::string_view pointer);
// True if `ancestor` equals `pointer` or is a proper prefix of it on a token boundary.
bool pointer_is_ancestor_or_self(std::string_view ancestor, std::string_view pointer);

}  // namespace mlmlint

// A small strict JSON scanner over the raw text. simdjson's DOM parses far faster but reports errors
// without a location and keeps no source offsets, so this scanner runs only on the slow paths:
//   - after simdjson rejected a document: find the first error, its line:column and a plain message;
//   - after findings were made: map their JSON pointers to line:column in one pass.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mlmlint {

struct LineColumn {
  std::uint32_t line = 0;    // 1-based; 0 = unknown
  std::uint32_t column = 0;  // 1-based, in bytes
};

LineColumn line_column_at(std::string_view text, std::size_t offset);

enum class SyntaxProblem { kNone, kInvalidJson, kNumberOutOfRange, kTooDeep };

struct SyntaxError {
  SyntaxProblem problem = SyntaxProblem::kNone;
  std::size_t offset = 0;
  std::string message;  // "trailing comma before '}'", "invalid UTF-8 byte 0xff in string", ...
};

// Finds the first syntax error in `text` (RFC 8259, UTF-8). Numbers that are valid JSON but beyond
// 64-bit integers / doubles are reported as kNumberOutOfRange (simdjson rejects them too).
SyntaxError find_syntax_error(std::string_view text, std::size_t max_depth);

// Maps each pointer to the offset of its value (first occurrence of a key). Pointers that do not
// resolve map to the nearest existing ancestor. One pass over the text for all pointers.
struct PointerLocations {
  // pointer -> offsets of every occurrence (more than one when an object repeats a key)
  std::unordered_map<std::string, std::vector<std::size_t>> offsets;
  // pointer -> offsets of the opening quote of its key, per occurrence; only for object members that exist
  // (no ancestor fallback: a member that is not there has no key to point at).
  std::unordered_map<std::string, std::vector<std::size_t>> key_offsets;
};
PointerLocations locate_pointers(std::string_view text, const std::vector<std::string>& pointers);

}  // namespace mlmlint

// The text formats of mlm:name and mlm:framework, shared by MLM004 (which restates the schema's pattern
// errors in words) and `mlm-lint new` (which refuses options that could not make a valid Item), so that the
// two agree on every input.
#pragma once

#include <string_view>

namespace mlmlint {

// The schema's ECMAScript pattern ^[a-zA-Z][a-zA-Z0-9_.\-\s]+[a-zA-Z0-9]$ on UTF-8 text: `\s` includes the
// Unicode spaces (U+00A0, U+2000..U+200A, U+3000, ...), as in a JSON Schema validator, not just ASCII.
bool is_valid_mlm_name(std::string_view text);

// The schema's pattern ^(?=[^\s._\-]).*[^\s._\-]$ for a framework that is not in the enum: no leading or
// trailing whitespace, ".", "_" or "-", and no line terminator ("." does not match one).
bool is_valid_framework_text(std::string_view text);

}  // namespace mlmlint

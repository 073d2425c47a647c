// Unified diffs (as `diff -u` / `git diff` print them) for --diff of fixes and migrations.
#pragma once

#include <string>
#include <string_view>

namespace mlmlint {

// The diff from `old_text` to `new_text` with `context` lines around each change, headed by
// "--- old_label" / "+++ new_label"; "" when the texts are equal. A last line without a newline is
// marked "\ No newline at end of file".
std::string unified_diff(std::string_view old_text, std::string_view new_text, std::string_view old_label,
                         std::string_view new_label, int context = 3);

}  // namespace mlmlint

// Replacing a file without ever leaving it truncated: the bytes go to a temporary file in the same
// folder, are flushed to disk, take the original's permission bits, and a rename() swaps them in. A
// symlink is followed so that the link stays a link. Used by --fix, migrate --in-place and baselines.
#pragma once

#include <string>
#include <string_view>

namespace mlmlint {

// Writes `bytes` to `path` atomically. On failure returns false, sets `error` ("cannot create a temporary
// file in DIR: Permission denied") and leaves `path` untouched.
bool write_file_atomically(const std::string& path, std::string_view bytes, std::string& error);

}  // namespace mlmlint

// A small glob matcher for the paths of the configuration file (include, exclude, per-file-ignores).
#pragma once

#include <string_view>

namespace mlmlint {

// Matches a '/'-separated relative path against a pattern:
//   *    any run of characters except '/'
//   ?    one character except '/'
//   **   any run of characters including '/'; "**/" also matches no folder at all, so "**/*.json"
//        matches "a.json" and "x/y/a.json"
// Everything else matches itself. Character classes are not supported ('[' is literal). Runs in
// O(pattern × path) time, so hostile patterns cannot make it exponential.
bool glob_match(std::string_view pattern, std::string_view path);

// glob_match as configuration files use it, .gitignore style: a pattern without '/' matches the file
// name in any folder ("*.draft.json"), and a pattern matching a folder matches everything below it
// ("build" and "build/**" both match "build/x/a.json").
bool path_matches(std::string_view pattern, std::string_view path);

}  // namespace mlmlint

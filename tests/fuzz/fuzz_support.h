// What the fuzz harnesses share: the linter options of a fuzz run, the report of a broken promise, and the
// "is this JSON" check of a rewritten document.
#pragma once

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <simdjson.h>

#include "mlmlint/engine/linter.h"

namespace fuzz {

// Never the user's schema cache: a run must depend on the input bytes only.
inline mlmlint::LintOptions lint_options(std::size_t max_depth = mlmlint::LintOptions{}.max_depth) {
  mlmlint::LintOptions options;
  options.max_depth = max_depth;
  options.schemas.cache_dir = "/nonexistent/mlm-lint-fuzz-cache";
  return options;
}

// Prints which promise `target` broke, with the input and output that show it, and aborts (libFuzzer then
// keeps the input as a crash artifact).
[[noreturn]] inline void fail(std::string_view target, std::string_view what, std::string_view input,
                              std::string_view output) {
  std::fprintf(stderr, "%.*s: %.*s\n--- input ---\n%.*s\n--- output ---\n%.*s\n", static_cast<int>(target.size()),
               target.data(), static_cast<int>(what.size()), what.data(), static_cast<int>(input.size()), input.data(),
               static_cast<int>(output.size()), output.data());
  std::abort();
}

// Whether `text` (after a UTF-8 byte order mark, which the rewriters keep) is one valid JSON document.
inline bool is_json(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  return parser.parse(text.data(), text.size()).get(root) == simdjson::SUCCESS;
}

}  // namespace fuzz

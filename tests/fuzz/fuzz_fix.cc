// libFuzzer target for --fix: arbitrary bytes through fix_text (safe fixes, then also suggested ones).
// Whatever the input, the fixed text of a document that changed must be valid JSON that lints again
// without crashing, to the very findings fix_text reports as remaining; an unchanged outcome keeps the
// input byte for byte.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

#include "mlmlint/engine/fix.h"
#include "mlmlint/engine/linter.h"

namespace {

using mlmlint::Diagnostic;
using mlmlint::FixOutcome;
using mlmlint::LintOptions;
using mlmlint::Linter;

[[noreturn]] void fail(std::string_view what, std::string_view input, std::string_view output) {
  std::fprintf(stderr, "fuzz_fix: %.*s\n--- input ---\n%.*s\n--- output ---\n%.*s\n", static_cast<int>(what.size()),
               what.data(), static_cast<int>(input.size()), input.data(), static_cast<int>(output.size()),
               output.data());
  std::abort();
}

std::string render(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) {
    out += d.code + " " + d.pointer + " " + std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.message +
           "\n";
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Linter linter([] {
    LintOptions options;
    options.schemas.cache_dir = "/nonexistent/mlm-lint-fuzz-cache";  // never the user's cache
    return options;
  }());
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  for (const bool unsafe : {false, true}) {
    const FixOutcome outcome = mlmlint::fix_text(linter, "fuzz/input.json", input, unsafe, linter.options().rules);
    if (!outcome.changed()) {
      if (outcome.text != input) fail("nothing was applied but the text changed", input, outcome.text);
      continue;
    }
    std::string_view body = outcome.text;
    if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(body.data(), body.size()).get(root) != simdjson::SUCCESS) {
      fail("the fixed text is not valid JSON", input, outcome.text);
    }
    const auto again = linter.lint_buffer("fuzz/input.json", outcome.text);
    if (render(again.diagnostics) != render(outcome.report.diagnostics)) {
      fail("re-linting the fixed text gives other findings than fix_text reported",
           render(outcome.report.diagnostics), render(again.diagnostics));
    }
  }
  return 0;
}

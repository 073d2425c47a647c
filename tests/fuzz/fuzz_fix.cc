// libFuzzer target for --fix: arbitrary bytes through fix_text (safe fixes, then also suggested ones).
// Whatever the input, the fixed text of a document that changed must be valid JSON that lints again
// without crashing, to the very findings fix_text reports as remaining; an unchanged outcome keeps the
// input byte for byte.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.h"
#include "mlmlint/engine/fix.h"
#include "mlmlint/engine/linter.h"

namespace {

using mlmlint::Diagnostic;
using mlmlint::FixOutcome;
using mlmlint::Linter;

[[noreturn]] void fail(std::string_view what, std::string_view input, std::string_view output) {
  fuzz::fail("fuzz_fix", what, input, output);
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
  static const Linter linter(fuzz::lint_options());
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  for (const bool unsafe : {false, true}) {
    const FixOutcome outcome = mlmlint::fix_text(linter, "fuzz/input.json", input, unsafe, linter.options().rules);
    if (!outcome.changed()) {
      if (outcome.text != input) fail("nothing was applied but the text changed", input, outcome.text);
      continue;
    }
    if (!fuzz::is_json(outcome.text)) fail("the fixed text is not valid JSON", input, outcome.text);
    const auto again = linter.lint_buffer("fuzz/input.json", outcome.text);
    if (render(again.diagnostics) != render(outcome.report.diagnostics)) {
      fail("re-linting the fixed text gives other findings than fix_text reported",
           render(outcome.report.diagnostics), render(again.diagnostics));
    }
  }
  return 0;
}

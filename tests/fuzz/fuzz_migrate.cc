// libFuzzer target for `mlm-lint migrate`: arbitrary bytes through migrate_text. Whatever the input, a
// migrated document must be valid JSON that lints without crashing, migrating it again must change
// nothing (migrate.h promises idempotence), and an input that needed nothing must come back byte for byte.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.h"
#include "mlmlint/engine/linter.h"
#include "mlmlint/migrate/migrate.h"

namespace {

[[noreturn]] void fail(std::string_view what, std::string_view input, std::string_view output) {
  fuzz::fail("fuzz_migrate", what, input, output);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const mlmlint::Linter linter(fuzz::lint_options());
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const mlmlint::MigrationResult result = mlmlint::migrate_text(input);
  if (!result.ok) return 0;
  if (!result.changed) {
    if (result.text != input) fail("nothing changed but the text differs", input, result.text);
    return 0;
  }
  if (!fuzz::is_json(result.text)) fail("the migrated text is not valid JSON", input, result.text);
  const mlmlint::MigrationResult again = mlmlint::migrate_text(result.text);
  if (!again.ok || again.changed || again.text != result.text) {
    fail("migrating the migrated text changed it again", result.text, again.text);
  }
  linter.lint_buffer("fuzz/migrated.json", result.text);
  return 0;
}

// libFuzzer target for `mlm-lint migrate`: arbitrary bytes through migrate_text. Whatever the input, a
// migrated document must be valid JSON that lints without crashing, migrating it again must change
// nothing (migrate.h promises idempotence), and an input that needed nothing must come back byte for byte.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <simdjson.h>

#include "mlmlint/engine/linter.h"
#include "mlmlint/migrate/migrate.h"

namespace {

[[noreturn]] void fail(std::string_view what, std::string_view input, std::string_view output) {
  std::fprintf(stderr, "fuzz_migrate: %.*s\n--- input ---\n%.*s\n--- output ---\n%.*s\n",
               static_cast<int>(what.size()), what.data(), static_cast<int>(input.size()), input.data(),
               static_cast<int>(output.size()), output.data());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const mlmlint::Linter linter([] {
    mlmlint::LintOptions options;
    options.schemas.cache_dir = "/nonexistent/mlm-lint-fuzz-cache";  // never the user's cache
    return options;
  }());
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const mlmlint::MigrationResult result = mlmlint::migrate_text(input);
  if (!result.ok) return 0;
  if (!result.changed) {
    if (result.text != input) fail("nothing changed but the text differs", input, result.text);
    return 0;
  }
  std::string_view body = result.text;
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(body.data(), body.size()).get(root) != simdjson::SUCCESS) {
    fail("the migrated text is not valid JSON", input, result.text);
  }
  const mlmlint::MigrationResult again = mlmlint::migrate_text(result.text);
  if (!again.ok || again.changed || again.text != result.text) {
    fail("migrating the migrated text changed it again", result.text, again.text);
  }
  linter.lint_buffer("fuzz/migrated.json", result.text);
  return 0;
}

// CLI11's parse errors in mlm-lint's words: the user never sees "Could not convert: --jobs = x".
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace mlmlint::app {

// What went wrong, without the "mlm-lint: error: " prefix. `command` is the (sub)command that was being
// parsed when CLI11 gave up: it names the options that exist (for "did you mean").
std::string parse_error_text(const CLI::ParseError& error, const CLI::App& command);

// Every option takes one value per occurrence ("--select MLM1 item.json" checks item.json); several values
// are comma-separated or the option repeated, as in ruff. CLI11's vector options would otherwise swallow
// every word up to the next option. Applies to `app` and its subcommands.
void one_value_per_occurrence(CLI::App& app);

}  // namespace mlmlint::app

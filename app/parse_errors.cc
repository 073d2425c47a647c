#include "parse_errors.h"

#include <cctype>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "mlmlint/core/edit_distance.h"

namespace mlmlint::app {

namespace {

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// The option of `command` that CLI11 calls `name` ("--jobs", "-j", "PATH"), or nullptr.
const CLI::Option* find_option(const CLI::App& command, std::string_view name) {
  for (const CLI::Option* option : command.get_options()) {
    if (option->check_name(std::string(name))) return option;
  }
  return nullptr;
}

std::string unknown_option(const CLI::App& command, std::string_view word) {
  // "--select=MLM1" was meant as --select; compare the name only.
  const std::string_view name = word.substr(0, word.find('='));
  std::vector<std::string> names;
  for (const CLI::Option* option : command.get_options()) {
    for (const auto& long_name : option->get_lnames()) names.push_back("--" + long_name);
  }
  const std::vector<std::string_view> candidates(names.begin(), names.end());
  const std::string_view suggestion = closest_match(name, candidates);
  std::string text = fmt::format("unknown option '{}'", name);
  if (!suggestion.empty()) text += fmt::format(" (did you mean '{}'?)", suggestion);
  return text;
}

// "Could not convert: --jobs = x": a flag given a value (--diff=unsafe) or a word where a number belongs.
std::string conversion(const CLI::App& command, std::string_view message) {
  message.remove_prefix(std::string_view("Could not convert: ").size());
  const auto eq = message.find(" = ");
  if (eq == std::string_view::npos) return std::string(message);
  const std::string_view name = message.substr(0, eq);
  const std::string_view value = message.substr(eq + 3);
  const CLI::Option* option = find_option(command, name);
  if (option && option->get_expected_max() == 0) return fmt::format("{} takes no value, got '{}'", name, value);
  // Only numbers are converted by CLI11 (main.cc names them N): everything else is text mlm-lint checks itself.
  return fmt::format("{} expects a whole number{}, got '{}'", name, value.substr(0, 1) == "-" ? " >= 0" : "", value);
}

}  // namespace

std::string parse_error_text(const CLI::ParseError& error, const CLI::App& command) {
  const std::string_view message = error.what();
  // By type: CLI11 names some errors after the subcommand that raised them.
  auto is = [&](auto* type) { return dynamic_cast<decltype(type)>(&error) != nullptr; };
  if (is(static_cast<const CLI::ExtrasError*>(nullptr))) {
    // "The following argument(s) were not expected: A B"
    const auto colon = message.find(": ");
    std::string_view rest = colon == std::string_view::npos ? message : message.substr(colon + 2);
    const std::string_view first = rest.substr(0, rest.find(' '));
    if (starts_with(first, "-") && first != "-") return unknown_option(command, first);
    return fmt::format("unexpected argument '{}'", first);
  }
  if (is(static_cast<const CLI::ConversionError*>(nullptr))) {
    if (starts_with(message, "Could not convert: ")) return conversion(command, message);
    if (const auto colon = message.find(": too many inputs for a flag"); colon != std::string_view::npos) {
      return fmt::format("{} takes no value", message.substr(0, colon));
    }
  }
  if (is(static_cast<const CLI::ArgumentMismatch*>(nullptr))) {
    const std::string_view name = message.substr(0, message.find(':'));
    if (message.find("At Most") != std::string_view::npos) {
      return fmt::format("{} was given more than once; give it once", name);
    }
    if (message.find("required") != std::string_view::npos || message.find("Expected") != std::string_view::npos) {
      const CLI::Option* option = find_option(command, name);
      const std::string type = option ? option->get_type_name() : "";
      return fmt::format("{} expects a value{}", name, type.empty() ? "" : " (" + type + ")");
    }
  }
  if (is(static_cast<const CLI::RequiredError*>(nullptr)) && message.size() > 12 && message.substr(message.size() - 12) == " is required") {
    const std::string_view name = message.substr(0, message.size() - 12);
    return starts_with(name, "-") ? fmt::format("{} is required", name) : fmt::format("missing {}", name);
  }
  // Anything else (CLI11 grows new errors): its own text, in the same form.
  std::string text(message);
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

void one_value_per_occurrence(CLI::App& app) {
  for (CLI::Option* option : app.get_options()) {
    if (!option->get_positional()) option->allow_extra_args(false);
  }
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) one_value_per_occurrence(*sub);
}

}  // namespace mlmlint::app

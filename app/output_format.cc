#include "output_format.h"

#include <spdlog/spdlog.h>

namespace mlmlint::app {

namespace {

constexpr std::string_view kNames = "full, concise, json, json-lines, sarif, github or junit";

// A name's report and, for the text report, its layout (nullopt: "text", which leaves the layout open).
struct Parsed {
  ReportFormat format;
  std::optional<bool> concise;
};

std::optional<Parsed> parse(std::string_view name) {
  if (name == "full") return Parsed{ReportFormat::kText, false};
  if (name == "concise") return Parsed{ReportFormat::kText, true};
  if (auto format = parse_report_format(name)) return Parsed{*format, std::nullopt};
  return std::nullopt;
}

}  // namespace

std::optional<OutputFormat> resolve_output_format(std::string_view output_format, std::string_view format) {
  std::optional<Parsed> chosen;
  for (const auto& [option, value] : {std::pair{"--output-format", output_format}, std::pair{"--format", format}}) {
    if (value.empty()) continue;
    const auto parsed = parse(value);
    if (!parsed) {
      spdlog::error("{} expects {}, got '{}'", option, kNames, value);
      return std::nullopt;
    }
    if (!chosen) {
      chosen = parsed;
      continue;
    }
    // Both given: `--format text --output-format concise` is one text report; two reports are a contradiction.
    const bool same_report = chosen->format == parsed->format;
    const bool same_layout = !chosen->concise || !parsed->concise || *chosen->concise == *parsed->concise;
    if (!same_report || !same_layout) {
      spdlog::error("--output-format {} and --format {} contradict each other: give one (--format is the former "
                    "spelling of --output-format)",
                    output_format, format);
      return std::nullopt;
    }
    if (!chosen->concise) chosen->concise = parsed->concise;
  }
  if (!chosen) return OutputFormat{};
  return OutputFormat{chosen->format, chosen->concise.value_or(false)};
}

}  // namespace mlmlint::app

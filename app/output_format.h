// --output-format (ruff's switch) and --format (mlm-lint's former spelling, kept as an alias).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "mlmlint/engine/report.h"

namespace mlmlint::app {

struct OutputFormat {
  ReportFormat format = ReportFormat::kText;
  bool concise = false;  // text: one line per finding
};

// `output_format` and `format` are the two options' values ("" = not given). Names: full (the text report,
// the default), concise, text (the text report, full unless the other option says concise), json,
// json-lines, sarif, github, junit. nullopt after logging why on an unknown name or when the two disagree.
std::optional<OutputFormat> resolve_output_format(std::string_view output_format, std::string_view format);

}  // namespace mlmlint::app

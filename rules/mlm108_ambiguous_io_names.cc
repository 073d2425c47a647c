// MLM108: names that do not identify one thing — two inputs (or two outputs) with the same name, or one
// reference name used both as a band and as a variable of the same input/output.
#include <unordered_map>

#include <fmt/format.h>

#include "support/io_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"

namespace mlmlint::rules {

namespace {

void check_unique_names(const std::vector<Located>& ios, std::string_view io_word, RuleSink& sink) {
  std::unordered_map<std::string_view, const Located*> first_by_name;
  for (const auto& io : ios) {
    auto name = string_member(io.value, "name");
    if (!name) continue;
    auto [it, inserted] = first_by_name.emplace(*name, &io);
    if (inserted) continue;
    sink.report(pointer_append(io.pointer, "name"),
                fmt::format("{} name {} is already used by {}; {} names should be unique.", io_word, quote(*name),
                            it->second->pointer, io_word));
  }
}

// Case 3 (v1.5.0+): a reference name listed in both `bands` and `variables` of one input/output.
void check_band_variable_overlap(const Located& io, RuleSink& sink) {
  auto bands = member(io.value, "bands");
  auto variables = member(io.value, "variables");
  if (!bands || !variables) return;
  std::unordered_map<std::string_view, std::size_t> band_index;
  for (const auto& entry : array_entries(*bands, {})) {
    if (auto name = reference_name(entry.value)) band_index.emplace(*name, entry.index);
  }
  if (band_index.empty()) return;
  for (const auto& entry : array_entries(*variables, pointer_append(io.pointer, "variables"))) {
    auto name = reference_name(entry.value);
    if (!name) continue;
    auto it = band_index.find(*name);
    if (it == band_index.end()) continue;
    sink.report(entry.pointer,
                fmt::format("{} is listed both as a band (bands/{}) and as a variable; use distinct names so "
                            "that band and variable references can be told apart.",
                            quote(*name), it->second));
  }
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  const auto inputs = mlm_inputs(ctx);
  const auto outputs = mlm_outputs(ctx);
  check_unique_names(inputs, "input", sink);
  check_unique_names(outputs, "output", sink);
  if (ctx.mlm.version < Version{1, 5, 0}) return;  // `variables` exist since v1.5.0
  for (const auto& input : inputs) check_band_variable_overlap(input, sink);
  for (const auto& output : outputs) check_band_variable_overlap(output, sink);
}

const RuleInfo kMlm108 = {
    .code = "MLM108",
    .name = "ambiguous-io-names",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "input names, output names, and the band/variable names of one input/output are distinct",
    .check = &check,
    .version_dependent = true,
};

}  // namespace mlmlint::rules

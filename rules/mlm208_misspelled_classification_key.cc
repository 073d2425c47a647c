// MLM208: an output carries its classes under a key other than "classification:classes"; the schema ignores
// such keys, so the classes are neither validated nor found by tools.
#include <algorithm>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "support/class_support.h"
#include "support/fix_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"

namespace mlmlint::rules {

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& output : mlm_outputs(ctx)) {
    const bool has_proper_key = has_member(output.value, "classification:classes");
    for (std::string_view key : kMisspelledClassKeys) {
      if (!has_member(output.value, key)) continue;
      std::string message = fmt::format(
          "unrecognised key {}; the classes of a model output belong in \"classification:classes\"", quote(key));
      message += has_proper_key ? fmt::format(" (also present here — merge the two lists and remove {}).",
                                              quote(key))
                                : ".";
      // What is wrong inside is part of this one finding (MLM207 judges only lists under the proper key): once
      // renamed, the schema checks these classes, so the rename also writes their colours in the right form.
      const std::string pointer = pointer_append(output.pointer, key);
      const std::string renamed = pointer_append(output.pointer, "classification:classes");
      std::vector<ColorHintProblem> colors;
      if (auto classes = member(output.value, key)) colors = color_hint_problems(*classes);
      std::vector<FixEdit> edits = {rename_edit(pointer, renamed)};
      if (!colors.empty()) {
        for (const auto& p : colors) {
          const std::string color = pointer_append(pointer_append(renamed, p.index), "color_hint");
          if (p.replacement) edits.push_back(replace_edit(color, *p.replacement));
          if (p.remove_value) edits.push_back(remove_edit(color));
        }
        message += fmt::format(" Its classes also need color_hint as a 6-digit hex RGB string without \"#\" ({}).",
                               describe_color_hint_problems(colors));
      }
      // A rename only when the proper key is free; merging two lists is for a person. Of several look-alike
      // keys, the first renamed wins and the others are then reported as to be merged. Colours that cannot be
      // recovered (a colour name, a malformed array) leave the rename to a person too.
      std::optional<Fix> fix;
      const bool colors_recoverable =
          std::all_of(colors.begin(), colors.end(), [](const ColorHintProblem& p) { return p.fixable(); });
      if (!has_proper_key && colors_recoverable) {
        fix = safe_fix(colors.empty() ? fmt::format("rename {} to \"classification:classes\"", quote(key))
                                      : fmt::format("rename {} to \"classification:classes\" and write its "
                                                    "color_hint values as hex RRGGBB",
                                                    quote(key)),
                       std::move(edits));
      }
      sink.report(pointer, std::move(message), {}, std::move(fix));
    }
  }
}

const RuleInfo kMlm208 = {
    .code = "MLM208",
    .name = "misspelled-classification-key",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSafe,
    .summary = "output classes are stored under \"classification:classes\", not a look-alike key",
    .check = &check,
};

}  // namespace mlmlint::rules

// MLM207: a class color_hint is six hexadecimal digits without "#" — the classification extension's format.
// One finding per class list: colours written the wrong way are written so throughout a list. Lists under the
// misspelled keys of MLM208 are judged there, with the key (they escape schema validation until renamed).
#include <optional>

#include <fmt/format.h>

#include "support/class_support.h"
#include "support/fix_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"

namespace mlmlint::rules {

namespace {

std::string color_pointer(const std::string& classes_pointer, std::size_t index) {
  return pointer_append(pointer_append(classes_pointer, index), "color_hint");
}

void check_classes(const Located& classes, RuleSink& sink) {
  const std::vector<ColorHintProblem> problems = color_hint_problems(classes.value);
  if (problems.empty()) return;
  std::vector<FixEdit> edits;
  for (const auto& p : problems) {
    if (p.replacement) edits.push_back(replace_edit(color_pointer(classes.pointer, p.index), *p.replacement));
    if (p.remove_value) edits.push_back(remove_edit(color_pointer(classes.pointer, p.index)));
  }
  if (problems.size() == 1) {
    const ColorHintProblem& p = problems.front();
    std::optional<Fix> fix;
    if (p.remove_value) fix = safe_fix("remove the null color_hint", std::move(edits));
    if (p.replacement) {
      fix = safe_fix(p.got.front() == '"' ? "remove the \"#\" from color_hint" : "write color_hint as " + *p.replacement,
                     std::move(edits));
    }
    sink.report(color_pointer(classes.pointer, p.index),
                fmt::format("color_hint must be a 6-digit hex RGB string without \"#\" (e.g. {}); got {}.",
                            quote(p.example), p.got),
                {}, std::move(fix));
    return;
  }
  std::optional<Fix> fix;
  if (!edits.empty()) {
    // Described before the edits are moved: the order in which arguments are evaluated is unspecified.
    std::string description =
        edits.size() == problems.size()
            ? std::string("write every color_hint as hex RRGGBB (null ones removed)")
            : fmt::format("write {} of the {} color_hint values as hex RRGGBB (null ones removed)", edits.size(),
                          problems.size());
    fix = safe_fix(std::move(description), std::move(edits));
  }
  sink.report(classes.pointer,
              fmt::format("{} classes have a color_hint that is not a 6-digit hex RGB string without \"#\" (e.g. "
                          "{}): {}.",
                          problems.size(), quote(problems.front().example), describe_color_hint_problems(problems)),
              {}, std::move(fix));
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& classes : class_arrays(ctx)) check_classes(classes, sink);
}

const RuleInfo kMlm207 = {
    .code = "MLM207",
    .name = "invalid-color-hint",
    .severity = Severity::kError,
    .schema = SchemaRelation::kPartial,
    .versions = kAllVersions,
    .fix = FixClass::kSafe,
    .summary = "class color_hint values are 6-digit hex RGB strings without \"#\"",
    .check = &check,
};

}  // namespace mlmlint::rules

// MLM208: an output carries its classes under a key other than "classification:classes"; the schema ignores
// such keys, so the classes are neither validated nor found by tools.
#include <optional>

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
      // A rename only when the proper key is free; merging two lists is for a person. Of several look-alike
      // keys, the first renamed wins and the others are then reported as to be merged.
      std::optional<Fix> fix;
      const std::string pointer = pointer_append(output.pointer, key);
      if (!has_proper_key) {
        fix = safe_fix(fmt::format("rename {} to \"classification:classes\"", quote(key)),
                       {rename_edit(pointer, pointer_append(output.pointer, "classification:classes"))});
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

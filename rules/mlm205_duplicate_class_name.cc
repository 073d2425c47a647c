// MLM205: within one classification:classes array, class names are unique ignoring case — the name is the
// machine-readable identifier of a class.
#include <cctype>
#include <unordered_map>

#include <fmt/format.h>

#include "support/class_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"

namespace mlmlint::rules {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

void check_array(const Located& classes, RuleSink& sink) {
  const auto items = elements_of(classes.value);
  std::unordered_map<std::string, std::size_t> first_by_name;  // lower-cased name -> first index; linear
  first_by_name.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto name = string_member(items[i], "name");
    if (!name) continue;
    const std::size_t first = first_by_name.emplace(lower(*name), i).first->second;
    if (first == i) continue;
    // An exact copy is MLM204's finding (with a safe fix); repeating it here would only add noise.
    if (canonical_json(items[first]) == canonical_json(items[i])) continue;
    sink.report(pointer_append(pointer_append(classes.pointer, i), "name"),
                fmt::format("class name {} is already used by {}; class names should be unique.", quote(*name),
                            class_label(classes.key, first, items[first])));
  }
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& classes : class_arrays(ctx)) check_array(classes, sink);
}

const RuleInfo kMlm205 = {
    .code = "MLM205",
    .name = "duplicate-class-name",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "class names within one classification:classes array are unique (ignoring case)",
    .check = &check,
};

}  // namespace mlmlint::rules

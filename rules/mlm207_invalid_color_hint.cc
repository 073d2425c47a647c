// MLM207: a class color_hint is six hexadecimal digits without "#" — the classification extension's format.
// Also checked under the misspelled class keys of MLM208, which escape schema validation.
#include <cctype>
#include <optional>

#include <fmt/format.h>

#include "support/class_support.h"
#include "support/fix_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"

namespace mlmlint::rules {

namespace {

bool is_hex6(std::string_view text) {
  if (text.size() != 6) return false;
  for (char c : text) {
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// "FF0000" for an array of exactly three integers in [0, 255].
std::optional<std::string> rgb_to_hex(element value) {
  auto arr = as_array(value);
  if (!arr || arr->size() != 3) return std::nullopt;
  std::string out;
  for (auto component : *arr) {
    auto n = as_integer(component);
    if (!n || *n < 0 || *n > 255) return std::nullopt;
    out += fmt::format("{:02X}", *n);
  }
  return out;
}

// `index` is the class's position in the array at `classes_pointer`; the pointer is built only on a finding.
// The safe fixes keep the colour: an RGB array or "#RRGGBB" is rewritten, a null (no colour) is removed.
void check_color(element color, const std::string& classes_pointer, std::size_t index, RuleSink& sink) {
  const auto pointer = [&] { return pointer_append(pointer_append(classes_pointer, index), "color_hint"); };
  std::string example = "FF0000";
  std::string got;
  std::optional<Fix> fix;
  if (auto text = as_string(color)) {
    if (is_hex6(*text)) return;
    if (text->size() == 7 && text->front() == '#' && is_hex6(text->substr(1))) {
      example = text->substr(1);
      fix = safe_fix("remove the \"#\" from color_hint", {replace_edit(pointer(), quote(example))});
    }
    got = quote(*text);
  } else if (auto hex = rgb_to_hex(color)) {
    example = *hex;
    got = "the RGB array " + render(color);
    fix = safe_fix("write color_hint as " + quote(example), {replace_edit(pointer(), quote(example))});
  } else if (as_array(color)) {
    got = "the array " + render(color);
  } else {
    got = render(color);
    if (is_null(color)) fix = safe_fix("remove the null color_hint", {remove_edit(pointer())});
  }
  sink.report(pointer(),
              fmt::format("color_hint must be a 6-digit hex RGB string without \"#\" (e.g. {}); got {}.",
                          rules::quote(example), got),
              {}, std::move(fix));
}

void check_classes(const Located& classes, RuleSink& sink) {
  const auto items = elements_of(classes.value);
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto color = member(items[i], "color_hint");
    if (color) check_color(*color, classes.pointer, i, sink);
  }
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& classes : class_arrays(ctx)) check_classes(classes, sink);
  for (const auto& classes : misspelled_class_arrays(ctx)) check_classes(classes, sink);
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

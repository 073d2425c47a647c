// MLM109: a dim_order entry that is not a recommended dimension name (T8) but close to one — most likely a
// variant spelling ("classes", "Width", "chanel") that scripts resolving dimensions by name will miss.
#include <cstdint>

#include <fmt/format.h>

#include "support/fix_support.h"
#include "support/io_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"
#include "mlmlint/core/tables_dimensions.h"

namespace mlmlint::rules {

namespace {

bool non_empty_list(element io, std::string_view key) {
  auto list = array_member(io, key);
  return list && list->size() > 0;
}

std::optional<std::string_view> closest_recommended(std::string_view name, bool allow_bands, bool allow_variables) {
  std::optional<std::string_view> best;
  std::size_t best_distance = 0;
  for (std::string_view candidate : kRecommendedDimensions) {
    // "bands"/"variables" are reserved: suggesting them without a list would trade this finding for MLM103.
    if ((candidate == "bands" && !allow_bands) || (candidate == "variables" && !allow_variables)) continue;
    // A close name differs in length by at most 2; skipping the rest also bounds the cost for huge strings.
    const std::size_t diff = name.size() > candidate.size() ? name.size() - candidate.size()
                                                            : candidate.size() - name.size();
    if (diff > 2 || !is_close(name, candidate)) continue;
    const std::size_t distance = edit_distance(name, candidate);
    if (!best || distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

// Whether renaming dimension `index` to `suggestion` is a plain rename: no other dimension has that name, and a
// reserved "bands"/"variables" dimension gets a size (-1 or the list's length) that already fits its list.
bool rename_fits(element io, element structure, element dim_order, std::size_t index, std::string_view suggestion) {
  if (dimension_index(dim_order, suggestion)) return false;
  if (suggestion != "bands" && suggestion != "variables") return true;
  auto list = array_member(io, suggestion);
  auto shape = array_member(structure, "shape");
  element size_value;
  if (!list || !shape || shape->at(index).get(size_value) != simdjson::SUCCESS) return false;
  auto size = as_integer(size_value);
  return size && (*size == -1 || *size == static_cast<std::int64_t>(list->size()));
}

void check_io(const Located& io, std::string_view structure_key, RuleSink& sink) {
  auto structure = member(io.value, structure_key);
  if (!structure) return;
  auto dim_order = member(*structure, "dim_order");
  if (!dim_order) return;
  const bool allow_bands = non_empty_list(io.value, "bands");
  const bool allow_variables = non_empty_list(io.value, "variables");
  const std::string pointer = pointer_append(pointer_append(io.pointer, structure_key), "dim_order");
  for (const auto& entry : array_entries(*dim_order, pointer)) {
    auto name = as_string(entry.value);
    if (!name || is_recommended_dimension(*name)) continue;
    auto suggestion = closest_recommended(*name, allow_bands, allow_variables);
    if (!suggestion) continue;  // far from every recommended name: a deliberate custom name
    std::optional<Fix> fix;
    if (rename_fits(io.value, *structure, *dim_order, entry.index, *suggestion)) {
      fix = suggested_fix(fmt::format("rename the dimension {} to {}", quote(*name), quote(*suggestion)),
                          {replace_edit(entry.pointer, quote(*suggestion))});
    }
    sink.report(entry.pointer,
                fmt::format("{} is not a recommended dimension name; did you mean {}?", quote(*name),
                            quote(*suggestion)),
                {}, std::move(fix));
  }
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& input : mlm_inputs(ctx)) check_io(input, "input", sink);
  for (const auto& output : mlm_outputs(ctx)) check_io(output, "result", sink);
}

const RuleInfo kMlm109 = {
    .code = "MLM109",
    .name = "non-standard-dimension-name",
    .severity = Severity::kInfo,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSuggest,
    .summary = "dim_order entries close to a recommended dimension name use that name",
    .check = &check,
};

}  // namespace mlmlint::rules

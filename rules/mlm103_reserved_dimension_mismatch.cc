// MLM103: since v1.5.0 "bands" and "variables" are reserved dimension names: a non-empty bands/variables
// list requires the dimension, and the dimension requires the list (inputs and outputs alike).
#include <cstdint>
#include <optional>

#include <fmt/format.h>

#include "support/fix_support.h"
#include "support/io_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"

namespace mlmlint::rules {

namespace {

struct Reserved {
  std::string_view list_key;   // "bands"
  std::string_view dimension;  // "bands"
};
constexpr Reserved kReserved[] = {{"bands", "bands"}, {"variables", "variables"}};

// The suggested rename of the "channel" dimension to "bands": only when it is the one "channel" dimension and
// its size (-1 or the number of bands) already fits the list, so that MLM102 has nothing to say afterwards.
std::optional<Fix> channel_rename_fix(element structure, element dim_order, const std::string& dim_pointer,
                                      std::size_t band_count) {
  auto dims = as_array(dim_order);
  if (!dims) return std::nullopt;
  std::optional<std::size_t> channel;
  std::size_t index = 0;
  for (auto entry : *dims) {
    if (as_string(entry) == "channel") {
      if (channel) return std::nullopt;
      channel = index;
    }
    ++index;
  }
  if (!channel) return std::nullopt;
  auto shape = array_member(structure, "shape");
  element size_value;
  if (!shape || shape->at(*channel).get(size_value) != simdjson::SUCCESS) return std::nullopt;
  auto size = as_integer(size_value);
  if (!size || (*size != -1 && *size != static_cast<std::int64_t>(band_count))) return std::nullopt;
  return suggested_fix("rename the dimension \"channel\" to \"bands\"",
                       {replace_edit(pointer_append(dim_pointer, *channel), "\"bands\"")});
}

void check_io(const Located& io, std::string_view structure_key, std::string_view io_word, RuleSink& sink) {
  auto structure = member(io.value, structure_key);
  if (!structure) return;
  auto dim_order = member(*structure, "dim_order");
  if (!dim_order || !as_array(*dim_order)) return;  // missing dim_order is a schema error of its own
  const std::string dim_pointer = pointer_append(pointer_append(io.pointer, structure_key), "dim_order");

  for (const auto& reserved : kReserved) {
    auto list = array_member(io.value, reserved.list_key);
    const bool listed = list && list->size() > 0;
    auto k = dimension_index(*dim_order, reserved.dimension);
    if (listed && !k) {
      std::string message = fmt::format(
          "{} are listed for this {}, so dim_order must contain the reserved dimension \"{}\"", reserved.list_key,
          io_word, reserved.dimension);
      std::string hint;
      std::optional<Fix> fix;
      if (reserved.dimension == "bands" && dimension_index(*dim_order, "channel")) {
        message += " (a \"channel\" dimension is present — rename it to \"bands\").";
        fix = channel_rename_fix(*structure, *dim_order, dim_pointer, list->size());
      } else {
        message += ".";
        hint = fmt::format("Add \"{}\" at the position where the {} are stacked.", reserved.dimension,
                           reserved.list_key);
      }
      sink.report(dim_pointer, std::move(message), std::move(hint), std::move(fix));
    } else if (!listed && k) {
      const std::string message =
          reserved.dimension == "bands"
              ? fmt::format("dim_order uses the reserved dimension \"bands\" but this {} lists no bands; list "
                            "the bands in \"bands\" or rename the dimension (e.g. \"channel\").",
                            io_word)
              : fmt::format("dim_order uses the reserved dimension \"variables\" but this {} lists no "
                            "variables; list the variables in \"variables\" or rename the dimension.",
                            io_word);
      sink.report(pointer_append(dim_pointer, *k), message);
    }
  }
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& input : mlm_inputs(ctx)) check_io(input, "input", "input", sink);
  for (const auto& output : mlm_outputs(ctx)) check_io(output, "result", "output", sink);
}

const RuleInfo kMlm103 = {
    .code = "MLM103",
    .name = "reserved-dimension-mismatch",
    .severity = Severity::kError,
    .schema = SchemaRelation::kYes,
    .versions = {.min = Version{1, 5, 0}, .max = kLatestMlm},
    .fix = FixClass::kSuggest,
    .summary = "a non-empty bands/variables list and the reserved \"bands\"/\"variables\" dimension go together",
    .check = &check,
};

}  // namespace mlmlint::rules

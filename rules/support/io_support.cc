#include "io_support.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "mlmlint/core/json_pointer.h"
#include "mlmlint/core/tables_dimensions.h"
#include "mlmlint/core/tables_fields.h"

namespace mlmlint::rules {

std::optional<std::string_view> reference_name(element entry) {
  if (auto s = as_string(entry)) return s;
  return string_member(entry, "name");
}

bool is_virtual(element entry) { return as_object(entry) && has_member(entry, "expression"); }

bool processing_function_present(element io, std::string_view key) {
  auto fn = member(io, key);
  if (!fn) return false;
  if (as_object(*fn)) return true;
  auto arr = as_array(*fn);
  return arr && arr->size() > 0;
}

std::optional<std::size_t> dimension_index(element dim_order, std::string_view name) {
  auto arr = as_array(dim_order);
  if (!arr) return std::nullopt;
  std::size_t k = 0;
  for (auto d : *arr) {
    if (auto s = as_string(d); s && *s == name) return k;
    ++k;
  }
  return std::nullopt;
}

std::optional<std::pair<std::string_view, std::string_view>> find_spatial_pair(element dim_order) {
  for (const auto& pair : kSpatialPairs) {
    if (dimension_index(dim_order, pair.first) && dimension_index(dim_order, pair.second)) return pair;
  }
  return std::nullopt;
}

namespace {

void check_one_list(const Located& io, element structure, std::string_view structure_pointer,
                    std::string_view list_key, std::string_view dimension, std::string_view fallback_dimension,
                    std::string_view singular, std::string_view plural, RuleSink& sink) {
  auto list = array_member(io.value, list_key);
  if (!list || list->size() == 0) return;
  auto dim_order = member(structure, "dim_order");
  auto shape = array_member(structure, "shape");
  if (!dim_order || !shape) return;
  auto k = dimension_index(*dim_order, dimension);
  std::string_view used_dimension = dimension;
  if (!k && !fallback_dimension.empty()) {
    k = dimension_index(*dim_order, fallback_dimension);
    used_dimension = fallback_dimension;
  }
  if (!k || *k >= shape->size()) return;
  auto size = as_integer(shape->at(*k).value_unsafe());
  if (!size || *size <= 0) return;
  const std::size_t count = list->size();
  if (static_cast<std::int64_t>(count) == *size) return;

  std::string names;
  for (auto entry : *list) {
    if (!names.empty()) names += ", ";
    auto name = reference_name(entry);
    names += name ? std::string(*name) : render(entry);
  }
  sink.report(pointer_append(pointer_append(structure_pointer, "shape"), *k),
              fmt::format("{} {} {} listed ({}) but the \"{}\" dimension has size {}.", count,
                          count == 1 ? singular : plural, count == 1 ? "is" : "are", names, used_dimension, *size));
}

}  // namespace

void check_stacked_count(const RuleContext& ctx, const Located& io, std::string_view structure_key,
                         std::string_view processing_key, RuleSink& sink) {
  if (processing_function_present(io.value, processing_key)) return;  // it may change the stacked size
  auto structure = member(io.value, structure_key);
  if (!structure || !as_object(*structure)) return;
  const std::string structure_pointer = pointer_append(io.pointer, structure_key);
  // Before v1.5.0 the "bands" dimension was not reserved; "channel" played its part.
  const std::string_view fallback = ctx.mlm.version < Version{1, 5, 0} ? "channel" : "";
  check_one_list(io, *structure, structure_pointer, "bands", "bands", fallback, "band", "bands", sink);
  check_one_list(io, *structure, structure_pointer, "variables", "variables", "", "variable", "variables", sink);
}

void check_structure_shape(const Located& io, std::string_view structure_key, RuleSink& sink) {
  auto structure = member(io.value, structure_key);
  if (!structure || !as_object(*structure)) return;
  const std::string structure_pointer = pointer_append(io.pointer, structure_key);
  auto shape = array_member(*structure, "shape");
  auto dim_order = member(*structure, "dim_order");
  auto dims = dim_order ? as_array(*dim_order) : std::nullopt;
  if (shape && dims && shape->size() != dims->size()) {
    sink.report(structure_pointer,
                fmt::format("shape has {} but dim_order has {} ({}); every dimension needs exactly one size.",
                            counted(shape->size(), "entry", "entries"), dims->size(), render(*dim_order)));
  }
  if (!shape) return;
  const std::string shape_pointer = pointer_append(structure_pointer, "shape");
  std::size_t k = 0;
  for (auto size : *shape) {
    auto number = as_number(size);
    // 3.0 is an integer for JSON Schema (draft 6+); 3.5, "3" or null are not.
    if (!number || std::trunc(*number) != *number) {
      sink.report(pointer_append(shape_pointer, k),
                  fmt::format("dimension size {} is not an integer; use a positive integer size or -1 for a "
                              "variable size.",
                              render(size)));
    } else if (*number == 0 || *number < -1) {
      sink.report(pointer_append(shape_pointer, k),
                  fmt::format("dimension size {} is invalid; use a positive size or -1 for a variable size.",
                              render(size)));
    }
    ++k;
  }
}

std::string counted(std::size_t count, std::string_view singular, std::string_view plural) {
  return fmt::format("{} {}", count, count == 1 ? singular : plural);
}

namespace {

// Lower case without '_', '-' and ' ': "dataType", "data-type" and "data_type" are one spelling.
std::string folded(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  for (char c : key) {
    if (c == '_' || c == '-' || c == ' ') continue;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return out;
}

// The known key `key` most plausibly meant, or nullopt.
std::optional<std::string_view> meant_key(std::string_view key, std::span<const std::string_view> known) {
  const std::string fold = folded(key);
  std::optional<std::string_view> best;
  std::size_t best_distance = 3;
  for (std::string_view candidate : known) {
    const std::string candidate_fold = folded(candidate);
    if (fold == candidate_fold) return candidate;
    // A truncated key ("resize" for "resize_type"), long enough not to be a coincidence.
    if (fold.size() >= 5 && candidate_fold.starts_with(fold)) return candidate;
    if (key.size() > candidate.size() + 2 || candidate.size() > key.size() + 2) continue;
    if (!is_close(key, candidate)) continue;
    const std::size_t distance = edit_distance(key, candidate);
    if (distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace

void report_misspelled_keys(element object, const std::string& pointer, std::span<const std::string_view> known,
                            std::string_view object_name, RuleSink& sink) {
  for (const auto& e : object_entries(object, pointer)) {
    if (e.key.find(':') != std::string_view::npos || find_renamed(e.key)) continue;
    if (std::find(known.begin(), known.end(), e.key) != known.end()) continue;
    // Hostile documents may hold huge keys: no real misspelling is that long.
    if (e.key.size() > 64) continue;
    const auto meant = meant_key(e.key, known);
    if (!meant) continue;
    sink.report_key(e.pointer, fmt::format("{} is not a key of {}, so MLM tools ignore it; did you mean {}?",
                                       quote(e.key), object_name, quote(*meant)));
  }
}

}  // namespace mlmlint::rules

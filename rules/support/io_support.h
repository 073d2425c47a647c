// Helpers shared by the rules about model inputs and outputs (MLM1xx, MLM2xx).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "support.h"

namespace mlmlint::rules {

// Reference name of a bands/variables entry: the string itself or the object's "name".
std::optional<std::string_view> reference_name(element entry);
// RULES.md §2.2 virtual entry: an object with an "expression".
bool is_virtual(element entry);

// "pre_processing_function" / "post_processing_function" is an object or a non-empty array.
bool processing_function_present(element io, std::string_view key);

// Index of `name` in a dim_order array, if present.
std::optional<std::size_t> dimension_index(element dim_order, std::string_view name);

// The first spatial pair (kSpatialPairs, in table order) whose two names both appear in `dim_order`.
std::optional<std::pair<std::string_view, std::string_view>> find_spatial_pair(element dim_order);

// The MLM102/MLM202 check: a stacked list (bands/variables of an input or output) must match the size
// of its dimension in `structure_key` ("input" or "result").
void check_stacked_count(const RuleContext& ctx, const Located& io, std::string_view structure_key,
                         std::string_view processing_key, RuleSink& sink);

// The MLM101/MLM201 check on `structure_key` ("input" or "result") of an input/output: shape and dim_order
// have the same length, and every size is an integer > 0 or -1.
void check_structure_shape(const Located& io, std::string_view structure_key, RuleSink& sink);

// MLM110/MLM210: keys of an open MLM object (a Model Input or Output, its structure, a value-scaling object)
// that look like a misspelling of one of `known` ("value_scalling", "dim_oder", "dataType", "resize") are
// reported with "did you mean"; MLM tooling ignores them. Keys with a ':' (extension fields) and keys that T10
// lists as renamed or removed (MLM208, MLM508, MLM509 explain those) are left alone, and so are keys that
// resemble no known key: the objects are open, and custom metadata is allowed there.
void report_misspelled_keys(element object, const std::string& pointer, std::span<const std::string_view> known,
                            std::string_view object_name, RuleSink& sink);

// "1 band" / "3 bands": a count with the noun in singular or plural.
std::string counted(std::size_t count, std::string_view singular, std::string_view plural);

}  // namespace mlmlint::rules

// Small, shared accessors over the simdjson DOM for rules. Everything here is total: a missing member or
// a value of the wrong type yields std::nullopt / an empty list, never an exception.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

#include "mlmlint/core/edit_distance.h"
#include "mlmlint/rules/rule.h"

namespace mlmlint::rules {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

// First member with this key (simdjson keeps duplicates; MLM903 reports them separately).
std::optional<element> member(element value, std::string_view key);
std::optional<object> as_object(element value);
std::optional<array> as_array(element value);
std::optional<std::string_view> as_string(element value);
std::optional<double> as_number(element value);       // any JSON number
std::optional<std::int64_t> as_integer(element value);  // int64 only (uint64 beyond int64 -> nullopt)
std::optional<bool> as_bool(element value);
bool is_null(element value);

std::optional<std::string_view> string_member(element value, std::string_view key);
std::optional<object> object_member(element value, std::string_view key);
std::optional<array> array_member(element value, std::string_view key);
bool has_member(element value, std::string_view key);

// Rendering for messages: compact JSON with ", " and ": " separators; numbers in shortest form
// (-10.0 renders as -10).
std::string render(element value);
std::string render_number(double value);
// JSON string literal, escaped.
std::string quote(std::string_view text);
// The same under the name `quoted`. ADL also finds std::quoted (a template) for std::string and
// std::string_view arguments; these exact-match non-template overloads win overload resolution.
inline std::string quoted(std::string_view text) { return quote(text); }
inline std::string quoted(const std::string& text) { return quote(text); }
inline std::string quoted(const char* text) { return quote(text); }
// "a", "a and b", "a, b and c" (items already formatted).
std::string join_with_and(const std::vector<std::string>& items);
// The same with every item quoted: "\"a\", \"b\" and \"c\"".
std::string join_quoted_with_and(const std::vector<std::string_view>& items);

// An entry of an array or object together with its pointer.
struct Located {
  element value;
  std::string pointer;
  std::string_view key;   // object member key; empty for array entries
  std::size_t index = 0;  // array index or member position
};

std::vector<Located> array_entries(element value, std::string_view pointer);
std::vector<Located> object_entries(element value, std::string_view pointer);

// Item structure (empty when the document lacks the part or it has the wrong type).
std::optional<element> properties(const RuleContext& ctx);
const std::vector<Located>& mlm_inputs(const RuleContext& ctx);   // /properties/mlm:input/K
const std::vector<Located>& mlm_outputs(const RuleContext& ctx);  // /properties/mlm:output/K
const std::vector<Located>& assets(const RuleContext& ctx);       // /assets/KEY
bool has_role(element asset, std::string_view role);
const std::vector<Located>& model_assets(const RuleContext& ctx); // assets whose roles contain "mlm:model"

// RULES.md §2.2: distance <= 2 with both strings >= 4 chars, or a singular/plural variant.
bool is_close(std::string_view a, std::string_view b);

}  // namespace mlmlint::rules

#include "support.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "mlmlint/core/json_pointer.h"
#include "mlmlint/core/json_text.h"

namespace mlmlint::rules {

std::optional<element> member(element value, std::string_view key) {
  object obj;
  if (value.get(obj) != simdjson::SUCCESS) return std::nullopt;
  for (auto field : obj) {
    if (field.key == key) return field.value;
  }
  return std::nullopt;
}

std::optional<object> as_object(element value) {
  object obj;
  if (value.get(obj) != simdjson::SUCCESS) return std::nullopt;
  return obj;
}

std::optional<array> as_array(element value) {
  array arr;
  if (value.get(arr) != simdjson::SUCCESS) return std::nullopt;
  return arr;
}

std::optional<std::string_view> as_string(element value) {
  std::string_view s;
  if (value.get(s) != simdjson::SUCCESS) return std::nullopt;
  return s;
}

std::optional<double> as_number(element value) {
  switch (value.type()) {
    case simdjson::dom::element_type::INT64: return static_cast<double>(value.get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64: return static_cast<double>(value.get_uint64().value_unsafe());
    case simdjson::dom::element_type::DOUBLE: return value.get_double().value_unsafe();
    default: return std::nullopt;
  }
}

std::optional<std::int64_t> as_integer(element value) {
  if (value.type() != simdjson::dom::element_type::INT64) return std::nullopt;
  return value.get_int64().value_unsafe();
}

std::optional<bool> as_bool(element value) {
  bool b;
  if (value.get(b) != simdjson::SUCCESS) return std::nullopt;
  return b;
}

bool is_null(element value) { return value.is_null(); }

std::optional<std::string_view> string_member(element value, std::string_view key) {
  auto m = member(value, key);
  return m ? as_string(*m) : std::nullopt;
}

std::optional<object> object_member(element value, std::string_view key) {
  auto m = member(value, key);
  return m ? as_object(*m) : std::nullopt;
}

std::optional<array> array_member(element value, std::string_view key) {
  auto m = member(value, key);
  return m ? as_array(*m) : std::nullopt;
}

bool has_member(element value, std::string_view key) { return member(value, key).has_value(); }

std::string render_number(double value) { return fmt::format("{}", value); }

std::string quote(std::string_view text) { return json_quote(text); }

std::string join_with_and(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
  return out;
}

std::string join_quoted_with_and(const std::vector<std::string_view>& items) {
  std::vector<std::string> quoted_items;
  quoted_items.reserve(items.size());
  for (std::string_view item : items) quoted_items.push_back(quote(item));
  return join_with_and(quoted_items);
}

namespace {
void render_into(element value, std::string& out) {
  switch (value.type()) {
    case simdjson::dom::element_type::ARRAY: {
      out += '[';
      bool first = true;
      const array arr = value.get_array().value_unsafe();
      for (auto child : arr) {
        if (!first) out += ", ";
        first = false;
        render_into(child, out);
      }
      out += ']';
      break;
    }
    case simdjson::dom::element_type::OBJECT: {
      out += '{';
      bool first = true;
      const object obj = value.get_object().value_unsafe();
      for (auto field : obj) {
        if (!first) out += ", ";
        first = false;
        out += quote(field.key);
        out += ": ";
        render_into(field.value, out);
      }
      out += '}';
      break;
    }
    case simdjson::dom::element_type::STRING: out += quote(value.get_string().value_unsafe()); break;
    case simdjson::dom::element_type::INT64: out += std::to_string(value.get_int64().value_unsafe()); break;
    case simdjson::dom::element_type::UINT64: out += std::to_string(value.get_uint64().value_unsafe()); break;
    case simdjson::dom::element_type::DOUBLE: out += render_number(value.get_double().value_unsafe()); break;
    case simdjson::dom::element_type::BOOL: out += value.get_bool().value_unsafe() ? "true" : "false"; break;
    case simdjson::dom::element_type::NULL_VALUE: out += "null"; break;
  }
}
}  // namespace

std::string render(element value) {
  std::string out;
  render_into(value, out);
  return out;
}

std::vector<Located> array_entries(element value, std::string_view pointer) {
  std::vector<Located> out;
  auto arr = as_array(value);
  if (!arr) return out;
  out.reserve(arr->size());
  std::size_t i = 0;
  for (auto child : *arr) {
    out.push_back({child, pointer_append(pointer, i), {}, i});
    ++i;
  }
  return out;
}

std::vector<Located> object_entries(element value, std::string_view pointer) {
  std::vector<Located> out;
  auto obj = as_object(value);
  if (!obj) return out;
  out.reserve(obj->size());
  std::size_t i = 0;
  for (auto field : *obj) {
    out.push_back({field.value, pointer_append(pointer, field.key), field.key, i});
    ++i;
  }
  return out;
}

std::optional<element> properties(const RuleContext& ctx) {
  auto p = member(ctx.root, "properties");
  if (!p || !as_object(*p)) return std::nullopt;
  return p;
}

}  // namespace mlmlint::rules

namespace mlmlint {
struct RuleMemo {
  std::optional<std::vector<rules::Located>> inputs, outputs, assets, model_assets;
};
}  // namespace mlmlint

namespace mlmlint::rules {

namespace {

RuleMemo& memo_of(const RuleContext& ctx) {
  if (!ctx.memo) ctx.memo = std::make_shared<RuleMemo>();
  return *ctx.memo;
}

std::vector<Located> property_array(const RuleContext& ctx, std::string_view key, std::string_view pointer) {
  auto props = properties(ctx);
  if (!props) return {};
  auto list = member(*props, key);
  return list ? array_entries(*list, pointer) : std::vector<Located>{};
}

}  // namespace

const std::vector<Located>& mlm_inputs(const RuleContext& ctx) {
  auto& m = memo_of(ctx).inputs;
  if (!m) m = property_array(ctx, "mlm:input", "/properties/mlm:input");
  return *m;
}

const std::vector<Located>& mlm_outputs(const RuleContext& ctx) {
  auto& m = memo_of(ctx).outputs;
  if (!m) m = property_array(ctx, "mlm:output", "/properties/mlm:output");
  return *m;
}

const std::vector<Located>& assets(const RuleContext& ctx) {
  auto& m = memo_of(ctx).assets;
  if (!m) {
    auto a = member(ctx.root, "assets");
    m = a ? object_entries(*a, "/assets") : std::vector<Located>{};
  }
  return *m;
}

bool has_role(element asset, std::string_view role) {
  auto roles = array_member(asset, "roles");
  if (!roles) return false;
  for (auto r : *roles) {
    auto s = as_string(r);
    if (s && *s == role) return true;
  }
  return false;
}

const std::vector<Located>& model_assets(const RuleContext& ctx) {
  auto& m = memo_of(ctx).model_assets;
  if (!m) {
    m.emplace();
    for (const auto& a : assets(ctx)) {
      if (has_role(a.value, "mlm:model")) m->push_back(a);
    }
  }
  return *m;
}

bool is_close(std::string_view a, std::string_view b) {
  // The distance is at least the length difference, so beyond 2 nothing can be close (the singular/plural
  // variant differs by exactly 1). Exiting here keeps a huge value (a 5 MB string compared against a table
  // of known names) from allocating a full edit-distance matrix per comparison.
  const std::size_t length_difference = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (length_difference > 2) return false;
  auto lower_eq = [](std::string_view x, std::string_view y) { return edit_distance(x, y) == 0; };
  if (a.size() + 1 == b.size() && (b.back() == 's' || b.back() == 'S') && lower_eq(a, b.substr(0, a.size())))
    return true;
  if (b.size() + 1 == a.size() && (a.back() == 's' || a.back() == 'S') && lower_eq(b, a.substr(0, b.size())))
    return true;
  return a.size() >= 4 && b.size() >= 4 && edit_distance(a, b) <= 2;
}

}  // namespace mlmlint::rules

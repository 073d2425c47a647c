#include "mlmlint/core/json_value.h"

#include <cstdint>

#include <fmt/format.h>

#include "mlmlint/core/json_text.h"

namespace mlmlint {

JsonValue JsonValue::from_dom(simdjson::dom::element element) {
  using simdjson::dom::element_type;
  switch (element.type()) {
    case element_type::ARRAY: {
      Array out;
      const simdjson::dom::array arr = element.get_array().value_unsafe();
      for (auto child : arr) out.push_back(from_dom(child));
      return JsonValue(std::move(out));
    }
    case element_type::OBJECT: {
      Object out;
      const simdjson::dom::object obj = element.get_object().value_unsafe();
      for (auto field : obj) {
        out.emplace_back(std::string(field.key), from_dom(field.value));
      }
      return JsonValue(std::move(out));
    }
    case element_type::STRING: return JsonValue(std::string(element.get_string().value_unsafe()));
    case element_type::INT64: return JsonValue(element.get_int64().value_unsafe());
    case element_type::UINT64: return JsonValue(element.get_uint64().value_unsafe());
    case element_type::DOUBLE: return JsonValue(element.get_double().value_unsafe());
    case element_type::BOOL: return JsonValue(element.get_bool().value_unsafe());
    case element_type::NULL_VALUE: return JsonValue();
  }
  return JsonValue();
}

std::optional<JsonValue> JsonValue::parse(std::string_view text) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(simdjson::padded_string(text)).get(root) != simdjson::SUCCESS) return std::nullopt;
  return from_dom(root);
}

JsonValue* JsonValue::find(std::string_view key) {
  if (auto* obj = object()) {
    for (auto& [k, v] : *obj) {
      if (k == key) return &v;
    }
  }
  return nullptr;
}

namespace {

void dump_string(std::string_view s, std::string& out) { append_json_string(out, s); }

void newline(std::string& out, int indent, int depth) {
  if (indent == 0) return;
  out += '\n';
  out.append(static_cast<std::size_t>(indent * depth), ' ');
}

void dump_value(const JsonValue& v, int indent, int depth, std::string& out);

}  // namespace

std::string JsonValue::dump(int indent) const {
  std::string out;
  dump_value(*this, indent, 0, out);
  return out;
}

void JsonValue::dump_scalar(std::string& out) const {
  if (std::holds_alternative<std::monostate>(value_)) {
    out += "null";
  } else if (auto* b = std::get_if<bool>(&value_)) {
    out += *b ? "true" : "false";
  } else if (auto* i = std::get_if<std::int64_t>(&value_)) {
    out += std::to_string(*i);
  } else if (auto* u = std::get_if<std::uint64_t>(&value_)) {
    out += std::to_string(*u);
  } else if (auto* d = std::get_if<double>(&value_)) {
    // Keep doubles recognisable as such (1.0 stays 1.0) so that a round trip keeps the number type.
    std::string text = fmt::format("{}", *d);
    if (text.find_first_of(".eEn") == std::string::npos) text += ".0";
    out += text;
  } else if (auto* s = std::get_if<std::string>(&value_)) {
    dump_string(*s, out);
  }
}

namespace {

void dump_value(const JsonValue& v, int indent, int depth, std::string& out) {
  const char* separator = indent ? "," : ", ";
  if (const auto* arr = v.array()) {
    if (arr->empty()) {
      out += "[]";
      return;
    }
    out += '[';
    for (std::size_t i = 0; i < arr->size(); ++i) {
      if (i) out += separator;
      newline(out, indent, depth + 1);
      dump_value((*arr)[i], indent, depth + 1, out);
    }
    newline(out, indent, depth);
    out += ']';
  } else if (const auto* obj = v.object()) {
    if (obj->empty()) {
      out += "{}";
      return;
    }
    out += '{';
    for (std::size_t i = 0; i < obj->size(); ++i) {
      if (i) out += separator;
      newline(out, indent, depth + 1);
      dump_string((*obj)[i].first, out);
      out += ": ";
      dump_value((*obj)[i].second, indent, depth + 1, out);
    }
    newline(out, indent, depth);
    out += '}';
  } else {
    v.dump_scalar(out);
  }
}

}  // namespace

std::optional<double> JsonValue::number_value() const {
  if (auto* i = std::get_if<std::int64_t>(&value_)) return static_cast<double>(*i);
  if (auto* u = std::get_if<std::uint64_t>(&value_)) return static_cast<double>(*u);
  if (auto* d = std::get_if<double>(&value_)) return *d;
  return std::nullopt;
}

std::optional<std::int64_t> JsonValue::integer_value() const {
  if (auto* i = std::get_if<std::int64_t>(&value_)) return *i;
  if (auto* u = std::get_if<std::uint64_t>(&value_)) {
    if (*u <= static_cast<std::uint64_t>(INT64_MAX)) return static_cast<std::int64_t>(*u);
    return std::nullopt;
  }
  if (auto* d = std::get_if<double>(&value_)) {
    // Range first: converting a double outside int64 is undefined behaviour.
    if (*d > -9.2e18 && *d < 9.2e18 && *d == static_cast<double>(static_cast<std::int64_t>(*d))) {
      return static_cast<std::int64_t>(*d);
    }
  }
  return std::nullopt;
}

bool JsonValue::operator==(const JsonValue& other) const {
  // JSON equality: numbers compare by value whatever their representation.
  auto number = [](const JsonValue& v) -> std::optional<double> {
    if (auto* i = std::get_if<std::int64_t>(&v.value_)) return static_cast<double>(*i);
    if (auto* u = std::get_if<std::uint64_t>(&v.value_)) return static_cast<double>(*u);
    if (auto* d = std::get_if<double>(&v.value_)) return *d;
    return std::nullopt;
  };
  auto a = number(*this);
  auto b = number(other);
  if (a || b) return a && b && *a == *b;
  return value_ == other.value_;
}

}  // namespace mlmlint

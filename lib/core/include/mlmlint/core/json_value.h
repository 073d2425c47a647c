// A small mutable JSON value that keeps object member order. Used where documents are edited
// (JSON Patch in tests, fixes, migration); linting itself works on the immutable simdjson DOM.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include <simdjson.h>

namespace mlmlint {

class JsonValue {
 public:
  using Array = std::vector<JsonValue>;
  using Object = std::vector<std::pair<std::string, JsonValue>>;

  JsonValue() = default;  // null
  explicit JsonValue(bool b) : value_(b) {}
  explicit JsonValue(std::int64_t i) : value_(i) {}
  explicit JsonValue(std::uint64_t u) : value_(u) {}
  explicit JsonValue(double d) : value_(d) {}
  explicit JsonValue(std::string s) : value_(std::move(s)) {}
  explicit JsonValue(Array a) : value_(std::move(a)) {}
  explicit JsonValue(Object o) : value_(std::move(o)) {}

  static JsonValue from_dom(simdjson::dom::element element);
  // Parses JSON text; nullopt when it is not valid JSON.
  static std::optional<JsonValue> parse(std::string_view text);

  bool is_null() const { return std::holds_alternative<std::monostate>(value_); }
  Array* array() { return std::get_if<Array>(&value_); }
  Object* object() { return std::get_if<Object>(&value_); }
  const Array* array() const { return std::get_if<Array>(&value_); }
  const Object* object() const { return std::get_if<Object>(&value_); }

  // First member with this key, or nullptr.
  JsonValue* find(std::string_view key);

  // Serialises with `indent` spaces per level (0 = compact, one line).
  std::string dump(int indent = 2) const;

  bool operator==(const JsonValue& other) const;

  // The string payload, or nullptr when the value is not a string.
  const std::string* string_value() const { return std::get_if<std::string>(&value_); }
  // The boolean payload, or nullptr when the value is not a boolean.
  const bool* bool_value() const { return std::get_if<bool>(&value_); }
  // Any number as a double (integers may lose precision beyond 2^53); nullopt for other values.
  std::optional<double> number_value() const;
  // An integer (or a double with an integral value) that fits in int64; nullopt otherwise.
  std::optional<std::int64_t> integer_value() const;

  // Appends a scalar's JSON text (used by dump()); no-op for arrays and objects.
  void dump_scalar(std::string& out) const;

 private:
  std::variant<std::monostate, bool, std::int64_t, std::uint64_t, double, std::string, Array, Object> value_;
};

}  // namespace mlmlint

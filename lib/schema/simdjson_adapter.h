// A valijson adapter over simdjson's DOM (valijson 1.0 ships none). Documents are parsed once, by
// simdjson, and validated in place: every wrapper holds a 16-byte dom::element/array/object by value.
//
// Lifetimes: a wrapper is valid only while the dom::document (or the dom::parser that owns it) lives.
// Schemas are parsed through this adapter too; their documents live as long as the SchemaRegistry.
//
// Number mapping: simdjson yields INT64, UINT64 (only above INT64_MAX) and DOUBLE. UINT64 counts as an
// integer (so "type": "integer" accepts 2^64-1) and exposes a double (so minimum/maximum work);
// getInteger() refuses it because it does not fit int64_t.
#pragma once

#include <cstdint>
#include <iterator>
#include <string>
#include <utility>

#include <simdjson.h>

#include <valijson/exceptions.hpp>
#include <valijson/internal/adapter.hpp>
#include <valijson/internal/basic_adapter.hpp>
#include <valijson/internal/frozen_value.hpp>
#include <valijson/internal/optional.hpp>

namespace mlmlint {

class SimdjsonAdapter;
class SimdjsonArrayIterator;
class SimdjsonObjectIterator;

using SimdjsonObjectMember = std::pair<std::string, SimdjsonAdapter>;

namespace simdjson_adapter_detail {
// Shared empty containers for default-constructed wrappers (valijson constructs some).
simdjson::dom::element empty_object();
simdjson::dom::element empty_array();
// The number of distinct member names. simdjson keeps repeated keys (reported as MLM903); valijson
// compares the object size with the set of names it matched, so counting a repeat would make
// `additionalProperties: false` fail on a phantom member named "".
std::size_t distinct_member_count(simdjson::dom::object object);
}  // namespace simdjson_adapter_detail

class SimdjsonArray {
 public:
  using const_iterator = SimdjsonArrayIterator;
  using iterator = SimdjsonArrayIterator;

  SimdjsonArray() : array_(simdjson_adapter_detail::empty_array().get_array().value_unsafe()) {}
  explicit SimdjsonArray(simdjson::dom::element value) {
    if (value.get(array_) != simdjson::SUCCESS) valijson::throwRuntimeError("Value is not an array.");
  }

  SimdjsonArrayIterator begin() const;
  SimdjsonArrayIterator end() const;
  std::size_t size() const { return array_.size(); }

 private:
  simdjson::dom::array array_;
};

class SimdjsonObject {
 public:
  using const_iterator = SimdjsonObjectIterator;
  using iterator = SimdjsonObjectIterator;

  SimdjsonObject()
      : object_(simdjson_adapter_detail::empty_object().get_object().value_unsafe()), end_(object_.end()) {}
  explicit SimdjsonObject(simdjson::dom::element value) {
    if (value.get(object_) != simdjson::SUCCESS) valijson::throwRuntimeError("Value is not an object.");
    end_ = object_.end();
  }

  SimdjsonObjectIterator begin() const;
  SimdjsonObjectIterator end() const;
  // The first member with this name (simdjson keeps duplicate keys; MLM903 reports them).
  SimdjsonObjectIterator find(const std::string& name) const;
  std::size_t size() const { return simdjson_adapter_detail::distinct_member_count(object_); }

 private:
  simdjson::dom::object object_;
  // valijson's schema parser compares a find() for each of its ~60 keywords with end(): computed once.
  simdjson::dom::object::iterator end_;
};

// For enum/const: schema values stay valid as long as the schema document does.
class SimdjsonFrozenValue : public valijson::adapters::FrozenValue {
 public:
  explicit SimdjsonFrozenValue(simdjson::dom::element value) : value_(value) {}
  FrozenValue* clone() const override { return new SimdjsonFrozenValue(value_); }
  bool equalTo(const valijson::adapters::Adapter& other, bool strict) const override;

 private:
  simdjson::dom::element value_;
};

class SimdjsonValue {
 public:
  SimdjsonValue() : value_(simdjson_adapter_detail::empty_object()) {}
  explicit SimdjsonValue(simdjson::dom::element value) : value_(value) {}

  valijson::adapters::FrozenValue* freeze() const { return new SimdjsonFrozenValue(value_); }

  opt::optional<SimdjsonArray> getArrayOptional() const {
    if (isArray()) return opt::make_optional(SimdjsonArray(value_));
    return {};
  }
  bool getArraySize(std::size_t& result) const {
    simdjson::dom::array arr;
    if (value_.get(arr) != simdjson::SUCCESS) return false;
    result = arr.size();
    return true;
  }
  bool getBool(bool& result) const { return value_.get(result) == simdjson::SUCCESS; }
  bool getDouble(double& result) const {
    if (value_.type() == simdjson::dom::element_type::DOUBLE) {
      result = value_.get_double().value_unsafe();
      return true;
    }
    if (value_.type() == simdjson::dom::element_type::UINT64) {
      result = static_cast<double>(value_.get_uint64().value_unsafe());
      return true;
    }
    return false;
  }
  bool getInteger(int64_t& result) const {
    if (value_.type() != simdjson::dom::element_type::INT64) return false;
    result = value_.get_int64().value_unsafe();
    return true;
  }
  opt::optional<SimdjsonObject> getObjectOptional() const {
    if (isObject()) return opt::make_optional(SimdjsonObject(value_));
    return {};
  }
  bool getObjectSize(std::size_t& result) const {
    simdjson::dom::object obj;
    if (value_.get(obj) != simdjson::SUCCESS) return false;
    result = simdjson_adapter_detail::distinct_member_count(obj);
    return true;
  }
  bool getString(std::string& result) const {
    std::string_view s;
    if (value_.get(s) != simdjson::SUCCESS) return false;
    result.assign(s.data(), s.size());
    return true;
  }
  static bool hasStrictTypes() { return true; }
  bool isArray() const { return value_.type() == simdjson::dom::element_type::ARRAY; }
  bool isBool() const { return value_.type() == simdjson::dom::element_type::BOOL; }
  bool isDouble() const {
    return value_.type() == simdjson::dom::element_type::DOUBLE || value_.type() == simdjson::dom::element_type::UINT64;
  }
  bool isInteger() const {
    return value_.type() == simdjson::dom::element_type::INT64 || value_.type() == simdjson::dom::element_type::UINT64;
  }
  bool isNull() const { return value_.type() == simdjson::dom::element_type::NULL_VALUE; }
  bool isNumber() const { return value_.is_number(); }
  bool isObject() const { return value_.type() == simdjson::dom::element_type::OBJECT; }
  bool isString() const { return value_.type() == simdjson::dom::element_type::STRING; }

  simdjson::dom::element element() const { return value_; }

 private:
  simdjson::dom::element value_;
};

class SimdjsonAdapter final
    : public valijson::adapters::BasicAdapter<SimdjsonAdapter, SimdjsonArray, SimdjsonObjectMember,
                                              SimdjsonObject, SimdjsonValue> {
 public:
  SimdjsonAdapter() : BasicAdapter() {}
  explicit SimdjsonAdapter(simdjson::dom::element value) : BasicAdapter(SimdjsonValue{value}), value_(value) {}

  // Direct access for our custom constraints (no copies through the generic Adapter interface).
  simdjson::dom::element element() const { return value_; }

 private:
  simdjson::dom::element value_ = simdjson_adapter_detail::empty_object();
};

// dom::array::iterator is forward-only; valijson also needs operator-- and advance(n) (uniqueItems and
// tuple "items"). Those re-walk from the start: O(n), but rare and on small arrays.
class SimdjsonArrayIterator {
 public:
  using iterator_category = std::bidirectional_iterator_tag;
  using value_type = SimdjsonAdapter;
  using difference_type = SimdjsonAdapter;
  using pointer = SimdjsonAdapter*;
  using reference = SimdjsonAdapter&;

  SimdjsonArrayIterator(simdjson::dom::array array, simdjson::dom::array::iterator it, std::size_t index)
      : array_(array), it_(it), index_(index) {}

  SimdjsonAdapter operator*() const { return SimdjsonAdapter(*it_); }
  valijson::adapters::DerefProxy<SimdjsonAdapter> operator->() const {
    return valijson::adapters::DerefProxy<SimdjsonAdapter>(**this);
  }
  // Compare positions, not indices: simdjson's size() saturates at 0xFFFFFF children.
  bool operator==(const SimdjsonArrayIterator& other) const { return !(it_ != other.it_); }
  bool operator!=(const SimdjsonArrayIterator& other) const { return it_ != other.it_; }
  const SimdjsonArrayIterator& operator++() {
    ++it_;
    ++index_;
    return *this;
  }
  SimdjsonArrayIterator operator++(int) {
    SimdjsonArrayIterator before = *this;
    ++(*this);
    return before;
  }
  const SimdjsonArrayIterator& operator--() {
    seek(resolved_index() - 1);
    return *this;
  }
  void advance(std::ptrdiff_t n) {
    seek(static_cast<std::size_t>(static_cast<std::ptrdiff_t>(resolved_index()) + n));
  }

  static constexpr std::size_t kUnknownIndex = static_cast<std::size_t>(-1);

 private:
  // end() does not know its index up front (see operator==); count when needed.
  std::size_t resolved_index() {
    if (index_ == kUnknownIndex) {
      index_ = 0;
      for (auto it = array_.begin(); it != it_; ++it) ++index_;
    }
    return index_;
  }

  void seek(std::size_t target) {
    it_ = array_.begin();
    for (std::size_t i = 0; i < target; ++i) ++it_;
    index_ = target;
  }

  simdjson::dom::array array_;
  simdjson::dom::array::iterator it_;
  std::size_t index_;
};

class SimdjsonObjectIterator {
 public:
  using iterator_category = std::bidirectional_iterator_tag;
  using value_type = SimdjsonObjectMember;
  using difference_type = SimdjsonObjectMember;
  using pointer = SimdjsonObjectMember*;
  using reference = SimdjsonObjectMember&;

  SimdjsonObjectIterator(simdjson::dom::object object, simdjson::dom::object::iterator it, std::size_t index)
      : object_(object), it_(it), index_(index) {}

  SimdjsonObjectMember operator*() const {
    return SimdjsonObjectMember(std::string(it_.key()), SimdjsonAdapter(it_.value()));
  }
  valijson::adapters::DerefProxy<SimdjsonObjectMember> operator->() const {
    return valijson::adapters::DerefProxy<SimdjsonObjectMember>(**this);
  }
  bool operator==(const SimdjsonObjectIterator& other) const { return !(it_ != other.it_); }
  bool operator!=(const SimdjsonObjectIterator& other) const { return it_ != other.it_; }
  const SimdjsonObjectIterator& operator++() {
    ++it_;
    ++index_;
    return *this;
  }
  SimdjsonObjectIterator operator++(int) {
    SimdjsonObjectIterator before = *this;
    ++(*this);
    return before;
  }
  static constexpr std::size_t kUnknownIndex = static_cast<std::size_t>(-1);

  const SimdjsonObjectIterator& operator--() {
    if (index_ == kUnknownIndex) {
      index_ = 0;
      for (auto it = object_.begin(); it != it_; ++it) ++index_;
    }
    const std::size_t target = index_ - 1;
    it_ = object_.begin();
    for (std::size_t i = 0; i < target; ++i) ++it_;
    index_ = target;
    return *this;
  }

 private:
  simdjson::dom::object object_;
  simdjson::dom::object::iterator it_;
  std::size_t index_;
};

inline SimdjsonArrayIterator SimdjsonArray::begin() const { return {array_, array_.begin(), 0}; }
inline SimdjsonArrayIterator SimdjsonArray::end() const {
  return {array_, array_.end(), SimdjsonArrayIterator::kUnknownIndex};
}

inline SimdjsonObjectIterator SimdjsonObject::begin() const { return {object_, object_.begin(), 0}; }
inline SimdjsonObjectIterator SimdjsonObject::end() const {
  return {object_, end_, SimdjsonObjectIterator::kUnknownIndex};
}
inline SimdjsonObjectIterator SimdjsonObject::find(const std::string& name) const {
  std::size_t index = 0;
  for (auto it = object_.begin(); it != end_; ++it, ++index) {
    if (it.key_length() == name.size() && it.key() == name) return {object_, it, index};
  }
  return end();
}

inline bool SimdjsonFrozenValue::equalTo(const valijson::adapters::Adapter& other, bool strict) const {
  return SimdjsonAdapter(value_).equalTo(other, strict);
}

}  // namespace mlmlint

template <>
struct valijson::adapters::AdapterTraits<mlmlint::SimdjsonAdapter> {
  using DocumentType = simdjson::dom::element;  // only for fetchDoc, which mlm-lint never uses (bundling)
  static std::string adapterName() { return "SimdjsonAdapter"; }
};

#include "schema_constraints.h"

#include <cmath>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <regex>
#include <typeinfo>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <fmt/format.h>
#include <valijson/constraint_builder.hpp>
#include <valijson/constraints/concrete_constraints.hpp>
#include <valijson/validation_results.hpp>

#include "mlmlint/core/rfc3339.h"
#include "regex_shortcut.h"
#include "simdjson_adapter.h"

namespace mlmlint {

namespace {

constexpr char kTagStart = '\x01';
constexpr char kTagEnd = '\x02';

using simdjson::dom::element;
using simdjson::dom::element_type;

// Instances reach our constraints as SimdjsonAdapters, except property names ("propertyNames"),
// which valijson wraps in its string adapter. Those are re-parsed into a small per-thread document.
element element_of(const valijson::adapters::Adapter& adapter) {
  // typeid, not dynamic_cast: an exact type match is a pointer comparison, and this runs for every value a
  // custom constraint sees (SimdjsonAdapter is final).
  if (typeid(adapter) == typeid(SimdjsonAdapter)) return static_cast<const SimdjsonAdapter&>(adapter).element();
  thread_local simdjson::dom::parser parser;
  std::string json;
  std::string text;
  if (adapter.getString(text)) {
    json = "\"";
    for (char c : text) {
      if (c == '"' || c == '\\') json += '\\';
      if (static_cast<unsigned char>(c) < 0x20) {
        json += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        continue;
      }
      json += c;
    }
    json += "\"";
  } else {
    valijson::throwRuntimeError("mlm-lint constraints got a value they cannot read");
  }
  element result;
  if (parser.parse(json).get(result) != simdjson::SUCCESS) valijson::throwRuntimeError("unreadable property name");
  return result;
}

std::string render_short(element value) {
  std::string text = simdjson::minify(value);
  if (text.size() > 80) text = text.substr(0, 77) + "...";
  return text;
}

bool is_integral(element value) {
  switch (value.type()) {
    case element_type::INT64:
    case element_type::UINT64: return true;
    case element_type::DOUBLE: {
      const double d = value.get_double().value_unsafe();
      return std::isfinite(d) && std::floor(d) == d;
    }
    default: return false;
  }
}

bool has_type(element value, std::string_view type) {
  switch (value.type()) {
    case element_type::NULL_VALUE: return type == "null";
    case element_type::BOOL: return type == "boolean";
    case element_type::OBJECT: return type == "object";
    case element_type::ARRAY: return type == "array";
    case element_type::STRING: return type == "string";
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE: return type == "number" || (type == "integer" && is_integral(value));
  }
  return false;
}

void push(valijson::ValidationResults* results, const std::vector<std::string>& context, ErrorKind kind,
          const std::string& message) {
  if (results) results->pushError(context, tagged_message(kind, message));
}

// CRTP base: valijson clones constraints into raw memory it allocates.
template <typename Derived>
class Poly : public valijson::constraints::PolyConstraint {
 private:
  Constraint* cloneInto(void* memory) const override { return new (memory) Derived(static_cast<const Derived&>(*this)); }
  size_t sizeOf() const override { return sizeof(Derived); }
};

class TypeConstraint : public Poly<TypeConstraint> {
 public:
  explicit TypeConstraint(element node) {
    if (node.is_string()) {
      types_.emplace_back(node.get_string().value_unsafe());
    } else if (node.is_array()) {
      const simdjson::dom::array arr = node.get_array().value_unsafe();
      for (auto t : arr) {
        if (t.is_string()) types_.emplace_back(t.get_string().value_unsafe());
      }
    }
  }
  bool validate(const valijson::adapters::Adapter& target, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override {
    const element value = element_of(target);
    for (const auto& t : types_) {
      if (has_type(value, t)) return true;
    }
    if (!results) return false;  // the fast pass: no message to build
    std::string expected;
    for (std::size_t i = 0; i < types_.size(); ++i) {
      if (i) expected += i + 1 == types_.size() ? " or " : ", ";
      expected += types_[i];
    }
    push(results, context, ErrorKind::kType, fmt::format("expected {}, got {}", expected, describe_type(value)));
    return false;
  }

 private:
  std::vector<std::string> types_;
};

class EnumConstraint : public Poly<EnumConstraint> {
 public:
  explicit EnumConstraint(element node) : node_(node) {}
  bool validate(const valijson::adapters::Adapter& target, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override {
    const element value = element_of(target);
    simdjson::dom::array allowed;
    if (node_.get(allowed) != simdjson::SUCCESS) return true;
    for (auto a : allowed) {
      if (json_equal(a, value)) return true;
    }
    if (!results) return false;  // the fast pass: no message to build
    std::string list;
    std::size_t shown = 0;
    for (auto a : allowed) {
      if (shown < 12) {
        list += shown ? ", " : "";
        list += render_short(a);
      } else if (shown == 12) {
        list += ", ...";
      }
      ++shown;
    }
    push(results, context, ErrorKind::kEnum, fmt::format("{} is not one of the allowed values: {}", render_short(value), list));
    return false;
  }

 private:
  element node_;  // lives as long as the schema document
};

class ConstConstraint : public Poly<ConstConstraint> {
 public:
  explicit ConstConstraint(element node) : node_(node) {}
  bool validate(const valijson::adapters::Adapter& target, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override {
    const element value = element_of(target);
    if (json_equal(node_, value)) return true;
    if (!results) return false;
    push(results, context, ErrorKind::kConst, fmt::format("expected {}, got {}", render_short(node_), render_short(value)));
    return false;
  }

 private:
  element node_;
};

class PatternConstraint : public Poly<PatternConstraint> {
 public:
  explicit PatternConstraint(element node) {
    if (!node.is_string()) valijson::throwRuntimeError("'pattern' must be a string");
    pattern_ = std::string(node.get_string().value_unsafe());
    shortcut_ = RegexShortcut::recognize(pattern_);
    if (!shortcut_) regex_ = std::make_shared<LazyRegex>();
  }
  bool validate(const valijson::adapters::Adapter& target, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override {
    const element value = element_of(target);
    std::string_view s;
    if (value.get(s) != simdjson::SUCCESS) return true;  // pattern applies to strings only
    if (shortcut_ ? shortcut_->search(s) : std::regex_search(s.begin(), s.end(), regex())) return true;
    if (!results) return false;
    push(results, context, ErrorKind::kPattern,
         fmt::format("{} does not match the required pattern {}", render_short(value), pattern_));
    return false;
  }
  const std::string& pattern() const { return pattern_; }

 private:
  // Compiled on first use, once for all clones and threads: compiling the patterns of the schemas a run
  // needs was a fifth of the start-up of a one-file check, and most are never tried (a schema's pattern
  // for a field the document does not have). A bad pattern is reported when it is first used.
  struct LazyRegex {
    std::once_flag once;
    std::optional<std::regex> regex;
    std::string error;
  };
  const std::regex& regex() const {
    std::call_once(regex_->once, [this] {
      try {
        regex_->regex.emplace(pattern_, std::regex::ECMAScript);
      } catch (const std::regex_error& e) {
        regex_->error = "invalid 'pattern' regex " + pattern_ + ": " + e.what();
      }
    });
    if (!regex_->regex) valijson::throwRuntimeError(regex_->error);
    return *regex_->regex;
  }

  std::string pattern_;
  std::shared_ptr<LazyRegex> regex_;      // without a shortcut; shared by clones (std::regex is immutable)
  std::optional<RegexShortcut> shortcut_;  // the same answer without std::regex, for common shapes
};

class FormatConstraint : public Poly<FormatConstraint> {
 public:
  explicit FormatConstraint(element node) {
    if (node.is_string()) format_ = std::string(node.get_string().value_unsafe());
  }
  bool validate(const valijson::adapters::Adapter& target, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override {
    const element value = element_of(target);
    std::string_view s;
    if (value.get(s) != simdjson::SUCCESS) return true;  // formats apply to strings only
    bool ok = true;
    std::string_view what;
    if (format_ == "date-time") {
      ok = parse_rfc3339_date_time(s).has_value();
      what = "an RFC 3339 date-time (e.g. \"2024-01-31T12:00:00Z\")";
    } else if (format_ == "date") {
      ok = is_rfc3339_date(s);
      what = "an RFC 3339 full-date (e.g. \"2024-01-31\")";
    } else if (format_ == "time") {
      ok = is_rfc3339_time(s);
      what = "an RFC 3339 full-time (e.g. \"12:00:00Z\")";
    }
    // Other formats (uri, iri, email, ...) are annotations only, as in most validators.
    if (ok) return true;
    if (!results) return false;
    push(results, context, ErrorKind::kFormat, fmt::format("{} is not {}", render_short(value), what));
    return false;
  }

 private:
  std::string format_;
};

// `not: {"required": [a, b]}`: fails when all of the names are present.
class ForbiddenConstraint : public Poly<ForbiddenConstraint> {
 public:
  explicit ForbiddenConstraint(element node) {
    simdjson::dom::array arr;
    if (node.get(arr) != simdjson::SUCCESS) return;
    for (auto n : arr) {
      if (n.is_string()) names_.emplace_back(n.get_string().value_unsafe());
    }
  }
  bool validate(const valijson::adapters::Adapter& target, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override {
    const element value = element_of(target);
    simdjson::dom::object obj;
    if (value.get(obj) != simdjson::SUCCESS) return true;
    for (const auto& n : names_) {
      element ignored;
      if (obj[n].get(ignored) != simdjson::SUCCESS) return true;
    }
    if (!results) return false;
    if (names_.size() == 1) {
      // Reported at the member itself, which is where a reader looks.
      std::vector<std::string> at = context;
      at.push_back("[" + names_[0] + "]");
      push(results, at, ErrorKind::kForbidden, fmt::format("\"{}\" is not allowed here", names_[0]));
    } else {
      std::string list;
      for (std::size_t i = 0; i < names_.size(); ++i) list += (i ? ", \"" : "\"") + names_[i] + "\"";
      push(results, context, ErrorKind::kForbidden, fmt::format("{} must not all be present here", list));
    }
    return false;
  }

 private:
  std::vector<std::string> names_;
};

// `not: {anyOf: [{required: [a]}, ...]}`: each of these fields is forbidden; every one present is reported.
class ForbiddenAnyConstraint : public Poly<ForbiddenAnyConstraint> {
 public:
  explicit ForbiddenAnyConstraint(element node) : names_(ForbiddenConstraintNames(node)) {}
  bool validate(const valijson::adapters::Adapter& target, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override {
    const element value = element_of(target);
    simdjson::dom::object obj;
    if (value.get(obj) != simdjson::SUCCESS) return true;
    bool ok = true;
    for (const auto& n : names_) {
      element ignored;
      if (obj[n].get(ignored) != simdjson::SUCCESS) continue;
      ok = false;
      if (!results) break;
      std::vector<std::string> at = context;
      at.push_back("[" + n + "]");
      push(results, at, ErrorKind::kForbidden, fmt::format("\"{}\" is not allowed here", n));
    }
    return ok;
  }

 private:
  static std::vector<std::string> ForbiddenConstraintNames(element node) {
    std::vector<std::string> names;
    simdjson::dom::array arr;
    if (node.get(arr) != simdjson::SUCCESS) return names;
    for (auto n : arr) {
      if (n.is_string()) names.emplace_back(n.get_string().value_unsafe());
    }
    return names;
  }
  std::vector<std::string> names_;
};

// `not: {contains: {const: X}}`: the array must not contain X.
class NotContainsConstConstraint : public Poly<NotContainsConstConstraint> {
 public:
  explicit NotContainsConstConstraint(element node) : node_(node) {}
  bool validate(const valijson::adapters::Adapter& target, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override {
    const element value = element_of(target);
    simdjson::dom::array arr;
    if (value.get(arr) != simdjson::SUCCESS) return true;
    std::size_t index = 0;
    for (auto item : arr) {
      if (json_equal(item, node_)) {
        if (!results) return false;
        std::vector<std::string> at = context;
        at.push_back("[" + std::to_string(index) + "]");
        push(results, at, ErrorKind::kContains, fmt::format("{} is not allowed here", render_short(node_)));
        return false;
      }
      ++index;
    }
    return true;
  }

 private:
  element node_;
};

// Marks the start of a oneOf/anyOf branch in the error stream (exhaustive pass only). Never fails.
class BranchConstraint : public Poly<BranchConstraint> {
 public:
  explicit BranchConstraint(element node) {
    if (node.is_string()) id_ = std::string(node.get_string().value_unsafe());
  }
  bool validate(const valijson::adapters::Adapter&, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override {
    push(results, context, ErrorKind::kBranch, id_);
    return true;
  }

 private:
  std::string id_;
};

// A `false` subschema (schema_bundle.cc, emit_false_schema): fails for every value, with a message.
// "member": the value of a member the parent's "properties" names; the context's last entry is "[name]".
class FalseConstraint : public Poly<FalseConstraint> {
 public:
  explicit FalseConstraint(element node) {
    std::string_view kind;
    member_ = node.get(kind) == simdjson::SUCCESS && kind == "member";
    simdjson::dom::object obj;
    std::string_view unless;
    if (node.get(obj) == simdjson::SUCCESS) {
      member_ = true;
      if (obj["unless"].get(unless) == simdjson::SUCCESS) unless_ = std::string(unless);
    }
  }
  bool validate(const valijson::adapters::Adapter&, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override {
    if (!results) return false;
    const std::string_view last = context.empty() ? std::string_view() : std::string_view(context.back());
    if (member_ && last.size() >= 2 && last.front() == '[' && last.back() == ']') {
      push(results, context, ErrorKind::kForbidden,
           fmt::format("\"{}\" is not allowed here{}{}", last.substr(1, last.size() - 2), unless_.empty() ? "" : " ",
                       unless_));
    } else {
      push(results, context, ErrorKind::kForbidden, std::string(kFalseSchemaMessage));
    }
    return false;
  }

 private:
  bool member_ = false;
  std::string unless_;  // why the member is forbidden, e.g. unless "links" has an item with "rel": "collection"
};

// `contains: {"const": X}` (kList false: the node is X) or `contains: {"enum": [...]}` (kList true: the node is
// the list): the array must contain one of the values.
template <bool kList>
class ContainsValueConstraint : public Poly<ContainsValueConstraint<kList>> {
 public:
  explicit ContainsValueConstraint(element node) {
    if constexpr (kList) {
      simdjson::dom::array values;
      if (node.get(values) != simdjson::SUCCESS) valijson::throwRuntimeError("x-contains-enum takes an array");
      values_.assign(values.begin(), values.end());
    } else {
      values_.push_back(node);
    }
  }
  bool validate(const valijson::adapters::Adapter& target, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override {
    const element value = element_of(target);
    simdjson::dom::array arr;
    if (value.get(arr) != simdjson::SUCCESS) return true;  // contains applies to arrays only
    for (auto item : arr) {
      for (auto v : values_) {
        if (json_equal(item, v)) return true;
      }
    }
    if (!results) return false;  // the fast pass: no message to build
    std::string list;
    for (std::size_t i = 0; i < values_.size(); ++i) list += (i ? ", " : "") + render_short(values_[i]);
    push(results, context, ErrorKind::kContains,
         values_.size() == 1 ? fmt::format("must contain {}", list) : fmt::format("must contain one of {}", list));
    return false;
  }

 private:
  std::vector<element> values_;  // live as long as the schema document
};
using ContainsConstConstraint = ContainsValueConstraint<false>;
using ContainsEnumConstraint = ContainsValueConstraint<true>;

// `contains: {"type": "string", "pattern": P}` (the extension URIs MLM requires in stac_extensions): the array
// must contain a string matching P.
class ContainsPatternConstraint : public Poly<ContainsPatternConstraint> {
 public:
  explicit ContainsPatternConstraint(element node) : pattern_(node) {}
  bool validate(const valijson::adapters::Adapter& target, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override {
    const element value = element_of(target);
    simdjson::dom::array arr;
    if (value.get(arr) != simdjson::SUCCESS) return true;  // contains applies to arrays only
    for (auto item : arr) {
      if (item.is_string() && pattern_.validate(SimdjsonAdapter(item), context, nullptr)) return true;
    }
    if (!results) return false;
    push(results, context, ErrorKind::kContains,
         fmt::format("must contain a string matching the pattern {}", pattern_.pattern()));
    return false;
  }

 private:
  PatternConstraint pattern_;
};

// `uniqueItems: true`. valijson compares every pair of items, which is quadratic: 50,000 classes in one
// classification:classes array took minutes. Items are bucketed by a hash that agrees with json_equal
// (numbers by value, objects regardless of member order) and compared only within their bucket. Each
// repeated item is reported once, against the first item it equals, in valijson's wording (error shaping
// turns it into "/array/j: duplicates item i").
std::size_t json_hash(element value) {
  constexpr std::size_t kMix = 0x9e3779b97f4a7c15ull;
  auto combine = [](std::size_t seed, std::size_t h) { return seed ^ (h + kMix + (seed << 6) + (seed >> 2)); };
  switch (value.type()) {
    case element_type::NULL_VALUE: return 0x6e756c6c;
    case element_type::BOOL: return value.get_bool().value_unsafe() ? 0x74727565 : 0x66616c73;
    case element_type::STRING: return std::hash<std::string_view>{}(value.get_string().value_unsafe());
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE: {
      // json_equal falls back to comparing doubles, so equal numbers have equal doubles (-0 == 0).
      const double d = value.get_double().value_unsafe();
      return std::hash<double>{}(d == 0 ? 0.0 : d);
    }
    case element_type::ARRAY: {
      std::size_t h = 0x5b5d;
      const simdjson::dom::array arr = value.get_array().value_unsafe();
      for (auto item : arr) h = combine(h, json_hash(item));
      return h;
    }
    case element_type::OBJECT: {
      std::size_t h = 0x7b7d;  // a sum of per-member hashes: independent of member order
      const simdjson::dom::object obj = value.get_object().value_unsafe();
      for (auto field : obj) {
        h += combine(std::hash<std::string_view>{}(field.key), json_hash(field.value));
      }
      return h;
    }
  }
  return 0;
}

class UniqueItemsConstraint : public Poly<UniqueItemsConstraint> {
 public:
  explicit UniqueItemsConstraint(element) {}
  bool validate(const valijson::adapters::Adapter& target, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override {
    const element value = element_of(target);
    simdjson::dom::array arr;
    if (value.get(arr) != simdjson::SUCCESS) return true;  // uniqueItems applies to arrays only
    std::vector<element> items;
    items.reserve(arr.size());
    std::unordered_multimap<std::size_t, std::size_t> by_hash;  // hash -> index of an earlier item
    by_hash.reserve(arr.size());
    bool ok = true;
    for (auto item : arr) {
      const std::size_t index = items.size();
      const std::size_t hash = json_hash(item);
      std::optional<std::size_t> first;
      for (auto [it, end] = by_hash.equal_range(hash); it != end; ++it) {
        if (json_equal(items[it->second], item) && (!first || it->second < *first)) first = it->second;
      }
      items.push_back(item);
      if (!first) {
        by_hash.emplace(hash, index);  // only first occurrences: repeats never need to be compared again
        continue;
      }
      ok = false;
      if (!results) return false;
      results->pushError(context, "Elements at indexes #" + std::to_string(*first) + " and #" +
                                      std::to_string(index) + " violate uniqueness constraint.");
    }
    return ok;
  }
};

template <typename C>
class Builder : public valijson::ConstraintBuilder {
 public:
  valijson::constraints::Constraint* make(const valijson::adapters::Adapter& node) const override {
    return new C(element_of(node));
  }
};

}  // namespace

std::string tagged_message(ErrorKind kind, std::string_view message) {
  std::string out;
  out += kTagStart;
  out += static_cast<char>('0' + static_cast<int>(kind));
  out += kTagEnd;
  out += message;
  return out;
}

ErrorKind message_kind(std::string_view message, std::string_view* text) {
  if (message.size() >= 3 && message[0] == kTagStart && message[2] == kTagEnd) {
    if (text) *text = message.substr(3);
    return static_cast<ErrorKind>(message[1] - '0');
  }
  if (text) *text = message;
  return ErrorKind::kOther;
}

void register_custom_constraints(valijson::SchemaParser& parser) {
  // The parser owns (and deletes) its builders.
  parser.addConstraintBuilder("x-type", new Builder<TypeConstraint>);
  parser.addConstraintBuilder("x-enum", new Builder<EnumConstraint>);
  parser.addConstraintBuilder("x-const", new Builder<ConstConstraint>);
  parser.addConstraintBuilder("x-pattern", new Builder<PatternConstraint>);
  parser.addConstraintBuilder("x-format", new Builder<FormatConstraint>);
  parser.addConstraintBuilder("x-forbidden", new Builder<ForbiddenConstraint>);
  parser.addConstraintBuilder("x-contains-const", new Builder<ContainsConstConstraint>);
  parser.addConstraintBuilder("x-contains-enum", new Builder<ContainsEnumConstraint>);
  parser.addConstraintBuilder("x-contains-pattern", new Builder<ContainsPatternConstraint>);
  parser.addConstraintBuilder("x-forbidden-any", new Builder<ForbiddenAnyConstraint>);
  parser.addConstraintBuilder("x-not-contains-const", new Builder<NotContainsConstConstraint>);
  parser.addConstraintBuilder("x-branch", new Builder<BranchConstraint>);
  parser.addConstraintBuilder("x-false", new Builder<FalseConstraint>);
  parser.addConstraintBuilder("x-unique-items", new Builder<UniqueItemsConstraint>);
}

bool json_equal(element a, element b) {
  const bool a_num = a.is_number();
  const bool b_num = b.is_number();
  if (a_num || b_num) {
    if (!a_num || !b_num) return false;
    if (a.type() == element_type::UINT64 || b.type() == element_type::UINT64) {
      if (a.type() == b.type()) return a.get_uint64().value_unsafe() == b.get_uint64().value_unsafe();
    }
    if (a.type() == element_type::INT64 && b.type() == element_type::INT64) {
      return a.get_int64().value_unsafe() == b.get_int64().value_unsafe();
    }
    return a.get_double().value_unsafe() == b.get_double().value_unsafe();
  }
  if (a.type() != b.type()) return false;
  switch (a.type()) {
    case element_type::NULL_VALUE: return true;
    case element_type::BOOL: return a.get_bool().value_unsafe() == b.get_bool().value_unsafe();
    case element_type::STRING: return a.get_string().value_unsafe() == b.get_string().value_unsafe();
    case element_type::ARRAY: {
      const simdjson::dom::array x = a.get_array().value_unsafe();
      const simdjson::dom::array y = b.get_array().value_unsafe();
      auto i = x.begin();
      auto j = y.begin();
      for (; i != x.end() && j != y.end(); ++i, ++j) {
        if (!json_equal(*i, *j)) return false;
      }
      return !(i != x.end()) && !(j != y.end());
    }
    case element_type::OBJECT: {
      const simdjson::dom::object x = a.get_object().value_unsafe();
      const simdjson::dom::object y = b.get_object().value_unsafe();
      std::size_t count_x = 0, count_y = 0;
      for (auto field : x) {
        ++count_x;
        element other;
        if (y[field.key].get(other) != simdjson::SUCCESS || !json_equal(field.value, other)) return false;
      }
      for ([[maybe_unused]] auto field : y) ++count_y;
      return count_x == count_y;
    }
    default: return false;
  }
}

std::string_view describe_type(element value) {
  switch (value.type()) {
    case element_type::NULL_VALUE: return "null";
    case element_type::BOOL: return "a boolean";
    case element_type::OBJECT: return "an object";
    case element_type::ARRAY: return "an array";
    case element_type::STRING: return "a string";
    case element_type::INT64:
    case element_type::UINT64: return "an integer";
    case element_type::DOUBLE: return is_integral(value) ? "an integer" : "a number";
  }
  return "a value";
}

}  // namespace mlmlint

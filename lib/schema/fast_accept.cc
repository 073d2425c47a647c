#include "fast_accept.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <valijson/constraints/concrete_constraints.hpp>
#include <valijson/constraints/constraint_visitor.hpp>
#include <valijson/utils/utf8_utils.hpp>
#include <valijson/validation_visitor.hpp>

#include "regex_shortcut.h"
#include "simdjson_adapter.h"

namespace mlmlint {

namespace {

using simdjson::dom::element;
using valijson::Subschema;
namespace vc = valijson::constraints;

// One compiled regex per patternProperties entry, for the life of the thread. The key is the entry's
// subschema; the pattern is kept and compared so that a schema freed and another compiled at the same
// address (tests, the fuzzer) never sees a stale regex.
struct CachedRegex {
  std::string pattern;
  std::optional<RegexShortcut> shortcut;
  std::regex regex;  // only without a shortcut

  bool search(std::string_view text) const {
    return shortcut ? shortcut->search(text) : std::regex_search(text.begin(), text.end(), regex);
  }
};

const CachedRegex& regex_for(const void* key, const char* pattern) {
  thread_local std::unordered_map<const void*, CachedRegex> cache;
  auto it = cache.find(key);
  if (it == cache.end() || it->second.pattern != pattern) {
    CachedRegex entry{pattern, RegexShortcut::recognize(pattern), {}};
    // Same construction as valijson's patternProperties (ECMAScript); a bad pattern throws, as there.
    if (!entry.shortcut) entry.regex = std::regex(pattern);
    it = cache.insert_or_assign(key, std::move(entry)).first;
  }
  return it->second;
}

// valijson's cache for the constraints handed to its own visitor.
std::unordered_map<std::string, std::regex>& valijson_regex_cache() {
  thread_local std::unordered_map<std::string, std::regex> cache;
  return cache;
}

// valijson's Object::find: the first member with this name (at_key is simdjson's own linear look-up).
bool has_member(simdjson::dom::object object, std::string_view name) {
  return object.at_key(name).error() == simdjson::SUCCESS;
}

// The same, with the member's value and position.
bool find_member(simdjson::dom::object object, std::string_view name, element& value, std::size_t& index) {
  std::size_t i = 0;
  for (auto field : object) {
    if (field.key == name) {
      value = field.value;
      index = i;
      return true;
    }
    ++i;
  }
  return false;
}

// Which members of an object "properties"/"patternProperties" matched: on the stack for the objects
// STAC has, on the heap beyond.
class MemberMarks {
 public:
  explicit MemberMarks(std::size_t count) : count_(count) {
    if (count > kInline) heap_.assign(count, 0);
  }
  void mark(std::size_t i) {
    char& m = count_ > kInline ? heap_[i] : inline_[i];
    marked_ += m ? 0 : 1;
    m = 1;
  }
  bool marked(std::size_t i) const { return count_ > kInline ? heap_[i] != 0 : inline_[i] != 0; }
  std::size_t marked_count() const { return marked_; }

 private:
  static constexpr std::size_t kInline = 64;
  std::size_t count_;
  std::size_t marked_ = 0;
  std::array<char, kInline> inline_{};
  std::vector<char> heap_;
};

class FastVisitor final : public vc::ConstraintVisitor {
 public:
  explicit FastVisitor(element target) : target_(target) {}

  bool validate(const Subschema& schema) {
    if (schema.getAlwaysInvalid()) return false;
    return schema.applyStrict(apply_);
  }

  bool visit(const vc::AllOfConstraint& c) override {
    bool ok = true;
    c.applyToSubschemas([&](unsigned, const Subschema* s) { return ok = validate(*s); });
    return ok;
  }

  bool visit(const vc::AnyOfConstraint& c) override {
    bool any = false;
    c.applyToSubschemas([&](unsigned, const Subschema* s) { return !(any = validate(*s)); });
    return any;
  }

  bool visit(const vc::OneOfConstraint& c) override {
    unsigned matched = 0;
    c.applyToSubschemas([&](unsigned, const Subschema* s) {
      if (validate(*s)) ++matched;
      return matched < 2;  // valijson tries every branch; two matches already decide
    });
    return matched == 1;
  }

  bool visit(const vc::NotConstraint& c) override {
    const Subschema* s = c.getSubschema();
    return s && !validate(*s);
  }

  bool visit(const vc::ConditionalConstraint& c) override {
    const Subschema* branch = validate(*c.getIfSubschema()) ? c.getThenSubschema() : c.getElseSubschema();
    return branch == nullptr || validate(*branch);
  }

  bool visit(const vc::ContainsConstraint& c) override {
    simdjson::dom::array array;
    if (target_.get(array) != simdjson::SUCCESS) return true;
    for (element item : array) {
      if (validate_child(item, *c.getSubschema())) return true;
    }
    return false;
  }

  bool visit(const vc::DependenciesConstraint& c) override {
    simdjson::dom::object object;
    if (target_.get(object) != simdjson::SUCCESS) return true;
    bool ok = true;
    c.applyToPropertyDependencies([&](const auto& name, const auto& dependencies) {
      if (!has_member(object, name.c_str())) return true;
      for (const auto& dependency : dependencies) {
        if (!has_member(object, dependency.c_str())) return ok = false;
      }
      return true;
    });
    if (!ok) return false;
    c.applyToSchemaDependencies([&](const auto& name, const Subschema* s) {
      if (!has_member(object, name.c_str())) return true;
      return ok = validate(*s);
    });
    return ok;
  }

  bool visit(const vc::LinearItemsConstraint& c) override {
    simdjson::dom::array array;
    if (target_.get(array) != simdjson::SUCCESS) return true;
    const Subschema* additional = c.getAdditionalItemsSubschema();
    const std::size_t size = array.size();
    std::size_t validated = 0;
    auto it = array.begin();
    if (c.getItemSubschemaCount() > 0) {
      if (!additional && size > c.getItemSubschemaCount()) return false;
      bool ok = true;
      c.applyToItemSubschemas([&](unsigned index, const Subschema* s) {
        if (index >= size) return false;  // a shorter array is fine
        if (!validate_child(*it, *s)) return ok = false;
        ++it;
        ++validated;
        return true;
      });
      if (!ok) return false;
    }
    if (validated >= size) return true;
    if (!additional) return false;
    for (; it != array.end(); ++it) {
      if (!validate_child(*it, *additional)) return false;
    }
    return true;
  }

  bool visit(const vc::SingularItemsConstraint& c) override {
    simdjson::dom::array array;
    if (target_.get(array) != simdjson::SUCCESS) return true;
    const Subschema* items = c.getItemsSubschema();
    if (!items) return true;
    for (element item : array) {
      if (!validate_child(item, *items)) return false;
    }
    return true;
  }

  bool visit(const vc::MaximumConstraint& c) override {
    if (!target_.is_number()) return true;
    const double value = SimdjsonAdapter(target_).asDouble();
    return c.getExclusiveMaximum() ? value < c.getMaximum() : value <= c.getMaximum();
  }

  bool visit(const vc::MinimumConstraint& c) override {
    if (!target_.is_number()) return true;
    const double value = SimdjsonAdapter(target_).asDouble();
    return c.getExclusiveMinimum() ? value > c.getMinimum() : value >= c.getMinimum();
  }

  bool visit(const vc::MaxItemsConstraint& c) override {
    simdjson::dom::array array;
    return target_.get(array) != simdjson::SUCCESS || array.size() <= c.getMaxItems();
  }

  bool visit(const vc::MinItemsConstraint& c) override {
    simdjson::dom::array array;
    return target_.get(array) != simdjson::SUCCESS || array.size() >= c.getMinItems();
  }

  // Code points up to the first NUL, as valijson counts them (u8_strlen of the std::string's c_str()).
  // simdjson's strings are NUL-terminated in its string buffer.
  bool visit(const vc::MaxLengthConstraint& c) override {
    const char* text = nullptr;
    return target_.get_c_str().get(text) != simdjson::SUCCESS || valijson::utils::u8_strlen(text) <= c.getMaxLength();
  }

  bool visit(const vc::MinLengthConstraint& c) override {
    const char* text = nullptr;
    return target_.get_c_str().get(text) != simdjson::SUCCESS || valijson::utils::u8_strlen(text) >= c.getMinLength();
  }

  bool visit(const vc::MaxPropertiesConstraint& c) override {
    simdjson::dom::object object;
    return target_.get(object) != simdjson::SUCCESS ||
           simdjson_adapter_detail::distinct_member_count(object) <= c.getMaxProperties();
  }

  bool visit(const vc::MinPropertiesConstraint& c) override {
    simdjson::dom::object object;
    return target_.get(object) != simdjson::SUCCESS ||
           simdjson_adapter_detail::distinct_member_count(object) >= c.getMinProperties();
  }

  bool visit(const vc::RequiredConstraint& c) override {
    simdjson::dom::object object;
    if (target_.get(object) != simdjson::SUCCESS) return true;
    bool ok = true;
    c.applyToRequiredProperties([&](const auto& name) { return ok = has_member(object, name.c_str()); });
    return ok;
  }

  bool visit(const vc::PropertiesConstraint& c) override {
    simdjson::dom::object object;
    if (target_.get(object) != simdjson::SUCCESS) return true;
    std::size_t count = 0;
    for ([[maybe_unused]] auto field : object) ++count;
    MemberMarks marks(count);
    bool ok = true;
    c.applyToProperties([&](const auto& name, const Subschema* s) {
      element value;
      std::size_t index = 0;
      if (!find_member(object, name.c_str(), value, index)) return true;
      marks.mark(index);
      return ok = validate_child(value, *s);
    });
    if (!ok) return false;
    c.applyToPatternProperties([&](const auto& pattern, const Subschema* s) {
      const CachedRegex& regex = regex_for(s, pattern.c_str());
      std::size_t index = 0;
      for (auto field : object) {
        if (regex.search(field.key)) {
          marks.mark(index);
          if (!validate_child(field.value, *s)) return ok = false;
        }
        ++index;
      }
      return true;
    });
    if (!ok) return false;
    const Subschema* additional = c.getAdditionalPropertiesSubschema();
    if (!additional) return marks.marked_count() == count;  // "additionalProperties": false
    std::size_t index = 0;
    for (auto field : object) {
      if (!marks.marked(index++) && !validate_child(field.value, *additional)) return false;
    }
    return true;
  }

  bool visit(const vc::PolyConstraint& c) override {
    static const std::vector<std::string> kNoContext;
    return c.validate(SimdjsonAdapter(target_), kNoContext, nullptr);
  }

  // Rare in the bundled schemas: valijson's own visitor, with an empty context.
  bool visit(const vc::ConstConstraint& c) override { return delegate(c); }
  bool visit(const vc::EnumConstraint& c) override { return delegate(c); }
  bool visit(const vc::FormatConstraint& c) override { return delegate(c); }
  bool visit(const vc::MultipleOfDoubleConstraint& c) override { return delegate(c); }
  bool visit(const vc::MultipleOfIntConstraint& c) override { return delegate(c); }
  bool visit(const vc::PatternConstraint& c) override { return delegate(c); }
  bool visit(const vc::PropertyNamesConstraint& c) override { return delegate(c); }
  bool visit(const vc::TypeConstraint& c) override { return delegate(c); }
  bool visit(const vc::UniqueItemsConstraint& c) override { return delegate(c); }

 private:
  bool validate_child(element child, const Subschema& schema) {
    const element saved = target_;
    target_ = child;
    const bool ok = validate(schema);
    target_ = saved;
    return ok;
  }

  bool delegate(const vc::Constraint& c) {
    valijson::ValidationVisitor<SimdjsonAdapter> visitor(SimdjsonAdapter(target_), {}, true, nullptr,
                                                         valijson_regex_cache());
    return c.accept(visitor);
  }

  element target_;
  Subschema::ApplyFunction apply_ = [this](const vc::Constraint& c) { return c.accept(*this); };
};

}  // namespace

bool fast_accepts(const Subschema& schema, element document) { return FastVisitor(document).validate(schema); }

}  // namespace mlmlint

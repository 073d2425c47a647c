#include "schema_passes.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "fast_accept.h"
#include "mlmlint/core/json_pointer.h"
#include "simdjson_adapter.h"

namespace mlmlint {

bool schema_accepts(const CompiledSchema& schema, simdjson::dom::element document, valijson::Validator& validator) {
  return validator.validate(schema.parts->schema, SimdjsonAdapter(document), nullptr);
}

bool fast_schema_accepts(const CompiledSchema& schema, simdjson::dom::element document) {
  return fast_accepts(schema.parts->schema, document);
}

namespace {

// Turns valijson contexts into pointers for all errors of one validation. "[0]" is an index in an array
// and a key in an object, so the document is walked alongside. simdjson finds an object member by a
// linear scan; with one error per asset of 100,000 assets that scan made error reporting quadratic, so
// the walk is memoised per pointer prefix and objects get a member index on first use.
class ContextResolver {
 public:
  explicit ContextResolver(simdjson::dom::element document) : document_(document) {}

  std::string pointer_of(const std::vector<std::string>& context) {
    std::string pointer;
    std::optional<simdjson::dom::element> current = document_;
    for (const auto& raw : context) {
      if (raw == "<root>") continue;
      std::string_view token = raw;
      if (token.size() >= 2 && token.front() == '[' && token.back() == ']') token = token.substr(1, token.size() - 2);
      const std::string parent = pointer;
      pointer += '/';
      pointer += escape_pointer_token(token);
      if (current) current = child(parent, *current, token);
    }
    return pointer;
  }

 private:
  std::optional<simdjson::dom::element> child(const std::string& parent_pointer, simdjson::dom::element parent,
                                              std::string_view token) {
    simdjson::dom::element next;
    if (parent.is_array()) {
      char* end = nullptr;
      const std::string t(token);
      const unsigned long long index = std::strtoull(t.c_str(), &end, 10);
      if (t.empty() || *end != '\0' || parent.at(index).get(next) != simdjson::SUCCESS) return std::nullopt;
      return next;
    }
    simdjson::dom::object obj;
    if (parent.get(obj) != simdjson::SUCCESS) return std::nullopt;
    if (obj.size() < kIndexFrom) {
      if (obj[token].get(next) != simdjson::SUCCESS) return std::nullopt;
      return next;
    }
    auto [it, inserted] = members_.try_emplace(parent_pointer);
    if (inserted) {
      for (auto field : obj) it->second.try_emplace(field.key, field.value);  // first occurrence wins, as obj[]
    }
    auto member = it->second.find(token);
    if (member == it->second.end()) return std::nullopt;
    return member->second;
  }

  static constexpr std::size_t kIndexFrom = 32;  // smaller objects are scanned
  simdjson::dom::element document_;
  std::unordered_map<std::string, std::unordered_map<std::string_view, simdjson::dom::element>> members_;
};

}  // namespace

std::string context_to_pointer(const std::vector<std::string>& context, simdjson::dom::element document) {
  return ContextResolver(document).pointer_of(context);
}

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

enum class Role { kLeaf, kWrapper, kMarker, kSummary, kBegin };

Role role_of(std::string_view description) {
  const ErrorKind kind = message_kind(description, nullptr);
  if (kind == ErrorKind::kBranch) return Role::kBegin;
  if (kind != ErrorKind::kOther) return Role::kLeaf;
  if (starts_with(description, "Failed to validate against child schema #")) return Role::kMarker;
  if (starts_with(description, "Failed to validate against any child schemas allowed by oneOf") ||
      starts_with(description, "Failed to validate against any schemas allowed by anyOf")) {
    return Role::kSummary;
  }
  if (starts_with(description, "Failed to validate against a conditional schema") ||
      starts_with(description, "Failed to validate against schema associated with property name") ||
      starts_with(description, "Failed to validate against schema associated with pattern") ||
      starts_with(description, "Failed to validate item #") ||
      starts_with(description, "Failed to validate against additional properties schema") ||
      starts_with(description, "Failed to validate against dependent schema")) {
    return Role::kWrapper;
  }
  return Role::kLeaf;
}

struct Item {
  std::string pointer;
  std::string description;
  Role role = Role::kLeaf;
};

std::size_t depth_of(std::string_view pointer) { return static_cast<std::size_t>(std::count(pointer.begin(), pointer.end(), '/')); }

// "N/k" of a branch marker -> N.
std::string combinator_of(const Item& begin) {
  std::string_view id;
  message_kind(begin.description, &id);
  return std::string(id.substr(0, id.find('/')));
}

// "expected X, got Y" -> X (type and const messages).
std::optional<std::pair<std::string, std::string>> expected_got(std::string_view text) {
  const std::size_t got = text.rfind(", got ");
  if (!starts_with(text, "expected ") || got == std::string_view::npos) return std::nullopt;
  return std::make_pair(std::string(text.substr(9, got - 9)), std::string(text.substr(got + 6)));
}

std::string join_alternatives(const std::vector<std::string>& items, std::string_view last_separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += i + 1 == items.size() ? std::string(last_separator) : ", ";
    out += items[i];
  }
  return out;
}

SchemaError finish(const Item& item);

// `maxItems: 0` / `maxProperties: 0`: the branch for the empty form (classification's `oneOf` of a list of
// classes or none). For a value that is not empty this says which form was not meant, like a type mismatch,
// and is never the explanation of what is wrong inside the value.
bool rejects_non_empty(const Item& item) {
  return item.description == "Array should contain no more than 0 elements." ||
         item.description == "Object should have no more than 0 properties.";
}

// Drops the generic errors of `items` at a location that also has a specific one: a value of the wrong type
// passes every branch of an inner oneOf vacuously ("matches more than one of the alternative forms") or
// fails a `not`, and the type error already says what is wrong there.
void drop_redundant_generic(std::vector<Item>& items) {
  std::set<std::string> specific;
  std::vector<bool> generic(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].role != Role::kLeaf) continue;
    generic[i] = finish(items[i]).generic;
    if (!generic[i]) specific.insert(items[i].pointer);
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (generic[i] && specific.count(items[i].pointer)) continue;
    if (kept != i) items[kept] = std::move(items[i]);
    ++kept;
  }
  items.resize(kept);
}

constexpr std::string_view kAllowedValues = " is not one of the allowed values: ";

struct Score {
  std::size_t type_at_location = 0;  // the branch rejects the value's type outright
  std::size_t discriminators = 0;    // const/enum/type mismatches just below (e.g. {"type": {"const": ...}})
  std::size_t total = 0;
  // Errors only a reader of the schema understands ("has a form the schema forbids here"): between branches
  // with as many errors, one whose failure can be said in words is the better explanation (STAC's datetime
  // anyOf of "datetime is not null" or "start_datetime and end_datetime are required").
  std::size_t generic = 0;
  auto operator<=>(const Score&) const = default;
};

// Replaces the errors of a failed oneOf/anyOf at `at` (the tail of `out`, from its first branch marker
// on) by those of the branch the document most plausibly meant, or by one merged message when the
// value matches no branch's type or discriminator.
void collapse_combinator(std::vector<Item>& out, const std::string& at) {
  // Inner combinators were collapsed already (post-order), so the nearest branch marker is ours.
  auto last_begin = std::find_if(out.rbegin(), out.rend(), [](const Item& i) { return i.role == Role::kBegin; });
  if (last_begin == out.rend()) return;
  const std::string id = combinator_of(*last_begin);
  std::size_t start = out.size();
  for (std::size_t i = out.size(); i-- > 0;) {
    if (out[i].role == Role::kBegin && combinator_of(out[i]) == id) start = i;
  }
  std::vector<std::vector<Item>> branches;
  for (std::size_t i = start; i < out.size(); ++i) {
    if (out[i].role == Role::kBegin && combinator_of(out[i]) == id) {
      branches.emplace_back();
    } else if (out[i].role == Role::kLeaf) {
      branches.back().push_back(std::move(out[i]));
    }
  }
  out.erase(out.begin() + static_cast<std::ptrdiff_t>(start), out.end());
  if (branches.empty()) return;

  const std::size_t base_depth = depth_of(at);
  std::vector<Score> scores;
  for (auto& branch : branches) drop_redundant_generic(branch);
  for (const auto& branch : branches) {
    Score score;
    for (const auto& item : branch) {
      const ErrorKind kind = message_kind(item.description, nullptr);
      const bool mismatch = kind == ErrorKind::kType || kind == ErrorKind::kConst || kind == ErrorKind::kEnum;
      if (kind == ErrorKind::kType && item.pointer == at) ++score.type_at_location;
      else if (mismatch && depth_of(item.pointer) <= base_depth + 1) ++score.discriminators;
      else if (item.pointer == at && rejects_non_empty(item)) ++score.discriminators;
      if (finish(item).generic) ++score.generic;
      ++score.total;
    }
    scores.push_back(score);
  }
  const std::size_t best =
      static_cast<std::size_t>(std::min_element(scores.begin(), scores.end()) - scores.begin());

  // The value's type matches no branch: one message listing every accepted type.
  if (scores[best].type_at_location > 0) {
    std::vector<std::string> types;
    std::string got;
    for (const auto& branch : branches) {
      for (const auto& item : branch) {
        std::string_view text;
        if (item.pointer != at || message_kind(item.description, &text) != ErrorKind::kType) continue;
        auto eg = expected_got(text);
        if (!eg) continue;
        got = eg->second;
        std::string list = eg->first;
        for (std::size_t pos = 0; pos <= list.size();) {
          const std::size_t or_pos = list.find(" or ", pos);
          const std::size_t comma = list.find(", ", pos);
          const std::size_t next = std::min(or_pos, comma);
          const std::string t = list.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
          if (std::find(types.begin(), types.end(), t) == types.end()) types.push_back(t);
          if (next == std::string::npos) break;
          pos = next + (next == or_pos ? 4 : 2);
        }
      }
    }
    out.push_back({at, tagged_message(ErrorKind::kType, fmt::format("expected {}, got {}", join_alternatives(types, " or "), got)),
                   Role::kLeaf});
    return;
  }
  // Every branch rejects the same discriminator (e.g. value_scaling "type"): list the accepted values.
  if (scores[best].discriminators > 0) {
    std::optional<std::string> where;
    std::vector<std::string> values;
    std::string got;
    bool all_same = true;
    for (std::size_t b = 0; b < branches.size(); ++b) {
      const auto& branch = branches[b];
      bool found = false;
      for (const auto& item : branch) {
        std::string_view text;
        const ErrorKind kind = message_kind(item.description, &text);
        if ((kind != ErrorKind::kConst && kind != ErrorKind::kEnum) || depth_of(item.pointer) != base_depth + 1) continue;
        // "expected X, got Y" (const) or "Y is not one of the allowed values: X, ..." (enum, e.g. GeoJSON's
        // {"type": {"enum": ["Point"]}} per geometry).
        std::optional<std::pair<std::string, std::string>> eg;
        if (kind == ErrorKind::kConst) {
          eg = expected_got(text);
        } else if (const std::size_t colon = text.rfind(kAllowedValues); colon != std::string_view::npos) {
          eg = std::make_pair(std::string(text.substr(colon + kAllowedValues.size())), std::string(text.substr(0, colon)));
        }
        if (!eg || (where && *where != item.pointer)) continue;
        where = item.pointer;
        got = eg->second;
        if (std::find(values.begin(), values.end(), eg->first) == values.end()) values.push_back(eg->first);
        found = true;
      }
      // A branch of another type (GeoJSON's `null` geometry) was not meant either; it has no discriminator.
      all_same = all_same && (found || scores[b].type_at_location > 0);
    }
    if (all_same && where && values.size() > 1) {
      out.push_back({*where,
                     tagged_message(ErrorKind::kEnum, fmt::format("{} is not one of the allowed values: {}", got,
                                                                  join_alternatives(values, ", "))),
                     Role::kLeaf});
      return;
    }
  }
  // A nullable enum (`oneOf: [{enum: [...]}, {type: "null"}]`, e.g. mlm:accelerator): the enum's message,
  // with null among the allowed values.
  if (branches[best].size() == 1 && branches[best][0].pointer == at) {
    std::string_view enum_text;
    if (message_kind(branches[best][0].description, &enum_text) == ErrorKind::kEnum) {
      bool others_only_null = branches.size() > 1;
      for (std::size_t b = 0; b < branches.size(); ++b) {
        if (b == best) continue;
        std::string_view text;
        const bool null_only = branches[b].size() == 1 && branches[b][0].pointer == at &&
                               message_kind(branches[b][0].description, &text) == ErrorKind::kType &&
                               expected_got(text) && expected_got(text)->first == "null";
        others_only_null = others_only_null && null_only;
      }
      if (others_only_null) {
        out.push_back({at, tagged_message(ErrorKind::kEnum, std::string(enum_text) + ", null"), Role::kLeaf});
        return;
      }
    }
  }
  for (auto& item : branches[best]) out.push_back(std::move(item));
}

std::string number_text(std::string_view digits) {
  const double d = std::strtod(std::string(digits).c_str(), nullptr);
  return fmt::format("{}", d);
}

// Where a member lives, in words, for "not allowed" messages.
std::string place_of(std::string_view parent) {
  if (parent.empty()) return "at the document root";
  if (parent == "/properties") return "in Item properties";
  if (parent == "/summaries") return "in Collection summaries";
  const auto tokens = split_pointer(parent);
  if (tokens.size() == 2 && (tokens[0] == "assets" || tokens[0] == "item_assets")) {
    return fmt::format("in asset \"{}\"", tokens[1]);
  }
  return "here";
}

// Rewrites valijson's own (untagged) leaf messages; returns the final pointer and message.
SchemaError finish(const Item& item) {
  std::string_view text;
  const ErrorKind kind = message_kind(item.description, &text);
  SchemaError e{item.pointer, std::string(text), kind};
  if (kind == ErrorKind::kForbidden) {
    if (text == kFalseSchemaMessage) {
      e.generic = true;
      return e;
    }
    const std::string_view parent = pointer_parent(item.pointer);
    const auto quote = e.message.find("\" is not allowed here");
    constexpr std::string_view kHere = "\" is not allowed here";
    if (quote != std::string::npos) {
      e.message = e.message.substr(0, quote) + "\" is not allowed " + place_of(parent) + e.message.substr(quote + kHere.size());
    }
    return e;
  }
  if (kind != ErrorKind::kOther) return e;

  auto between = [&](std::string_view prefix, std::string_view suffix) -> std::optional<std::string> {
    if (!starts_with(text, prefix)) return std::nullopt;
    std::string_view rest = text.substr(prefix.size());
    const std::size_t end = suffix.empty() ? rest.size() : rest.find(suffix);
    if (end == std::string_view::npos) return std::nullopt;
    return std::string(rest.substr(0, end));
  };
  if (auto name = between("Missing required property '", "'.")) {
    e.message = fmt::format("required property \"{}\" is missing", *name);
  } else if (auto extra = between("Object contains a property that could not be validated using 'properties' or "
                                  "'additionalProperties' constraints: '", "'.")) {
    e.pointer = pointer_append(item.pointer, *extra);
    e.message = fmt::format("\"{}\" is not allowed {} (the schema does not define it)", *extra, place_of(item.pointer));
  } else if (auto v = between("Expected number greater than or equal to ", "")) {
    e.message = fmt::format("must be >= {}", number_text(*v));
  } else if (auto v2 = between("Expected number greater than ", "")) {
    e.message = fmt::format("must be > {}", number_text(*v2));
  } else if (auto v3 = between("Expected number less than or equal to ", "")) {
    e.message = fmt::format("must be <= {}", number_text(*v3));
  } else if (auto v4 = between("Expected number less than ", "")) {
    e.message = fmt::format("must be < {}", number_text(*v4));
  } else if (auto n = between("Array should contain no fewer than ", " elements")) {
    e.message = fmt::format("must have at least {} item{}", *n, *n == "1" ? "" : "s");
  } else if (auto n2 = between("Array should contain no more than ", " elements")) {
    e.message = fmt::format("must have at most {} item{}", *n2, *n2 == "1" ? "" : "s");
  } else if (auto n3 = between("String should be no fewer than ", " characters")) {
    e.message = fmt::format("must be at least {} character{} long", *n3, *n3 == "1" ? "" : "s");
  } else if (auto n4 = between("String should be no more than ", " characters")) {
    e.message = fmt::format("must be at most {} character{} long", *n4, *n4 == "1" ? "" : "s");
  } else if (auto n5 = between("Object should have no fewer than ", " properties")) {
    e.message = fmt::format("must have at least {} member{}", *n5, *n5 == "1" ? "" : "s");
  } else if (auto n6 = between("Object should have no more than ", " properties")) {
    e.message = fmt::format("must have at most {} member{}", *n6, *n6 == "1" ? "" : "s");
  } else if (auto pair = between("Elements at indexes #", " violate uniqueness constraint.")) {
    const std::size_t and_pos = pair->find(" and #");
    if (and_pos != std::string::npos) {
      e.pointer = item.pointer + "/" + pair->substr(and_pos + 6);
      e.message = fmt::format("duplicates item {}; the items must be unique", pair->substr(0, and_pos));
    }
  } else if (starts_with(text, "Target should not validate against schema specified in 'not'")) {
    e.message = "has a form the schema forbids here";
    e.generic = true;
  } else if (starts_with(text, "Failed to any values against subschema in 'contains'")) {
    e.message = "no item has the required form";
    e.generic = true;
  } else if (auto dep = between("Missing dependency '", "'.")) {
    e.message = fmt::format("\"{}\" is required because a member that depends on it is present", *dep);
  } else if (starts_with(text, "Failed to validate against exactly one child schema")) {
    e.message = "matches more than one of the alternative forms; it must match exactly one";
    e.generic = true;
  } else if (starts_with(text, "Value type not permitted")) {
    e.message = "has a type the schema does not allow here";
    e.generic = true;
  } else if (starts_with(text, "Array contains more items than allowed by items constraint") ||
             starts_with(text, "Cannot validate item #")) {
    // valijson reports `additionalItems: false` twice, the second time with the count of *passing*
    // items as "#N", which is no index a reader can use; one wording lets the de-duplication merge them.
    e.message = "has more items than the schema allows";
  }
  return e;
}

// Where valijson's first (innermost) message points; one level deeper for the wrapper of a member's value,
// whose own failure went unrecorded (valijson's propertyNames records none).
std::string innermost_pointer(const RawError& error) {
  constexpr std::string_view kMember = "Failed to validate against schema associated with property name '";
  const std::string_view text = error.description;
  if (starts_with(text, kMember) && text.size() > kMember.size() + 2 && text.substr(text.size() - 2) == "'.") {
    return pointer_append(error.pointer, text.substr(kMember.size(), text.size() - kMember.size() - 2));
  }
  return error.pointer;
}

// The members one object lacks are one problem ("fill in these fields"): sibling "required property" errors at
// one location become one finding that lists them, where the first of them was.
std::vector<SchemaError> merge_required(std::vector<SchemaError> errors) {
  constexpr std::string_view kPrefix = "required property \"";
  constexpr std::string_view kSuffix = "\" is missing";
  const auto name_of = [&](const SchemaError& e) -> std::optional<std::string> {
    const std::string_view m = e.message;
    if (!starts_with(m, kPrefix) || m.size() <= kPrefix.size() + kSuffix.size() ||
        m.substr(m.size() - kSuffix.size()) != kSuffix) {
      return std::nullopt;
    }
    return std::string(m.substr(kPrefix.size(), m.size() - kPrefix.size() - kSuffix.size()));
  };
  std::unordered_map<std::string, std::vector<std::size_t>> by_pointer;
  for (std::size_t i = 0; i < errors.size(); ++i) {
    if (name_of(errors[i])) by_pointer[errors[i].pointer].push_back(i);
  }
  std::vector<bool> drop(errors.size(), false);
  for (const auto& [pointer, indexes] : by_pointer) {
    if (indexes.size() < 2) continue;
    std::vector<std::string> names;
    for (std::size_t i : indexes) {
      names.push_back("\"" + *name_of(errors[i]) + "\"");
      drop[i] = i != indexes.front();
    }
    errors[indexes.front()].message = fmt::format("required properties {} are missing", join_alternatives(names, " and "));
  }
  std::vector<SchemaError> out;
  for (std::size_t i = 0; i < errors.size(); ++i) {
    if (!drop[i]) out.push_back(std::move(errors[i]));
  }
  return out;
}

}  // namespace

std::vector<SchemaError> shape_errors(const std::vector<RawError>& raw) {
  std::vector<Item> out;
  for (const auto& r : raw) {
    Item item{r.pointer, r.description, role_of(r.description)};
    switch (item.role) {
      case Role::kWrapper:
      case Role::kMarker: break;
      case Role::kSummary: collapse_combinator(out, item.pointer); break;
      case Role::kLeaf:
      case Role::kBegin: out.push_back(std::move(item)); break;
    }
  }
  drop_redundant_generic(out);
  // A format error says more than the pattern that approximates the same format.
  std::set<std::string> format_errors;
  for (const auto& item : out) {
    if (item.role == Role::kLeaf && message_kind(item.description, nullptr) == ErrorKind::kFormat) format_errors.insert(item.pointer);
  }
  // Two enums on one value (GeoJSON's geometry types through Feature.json and Geometry.json): the value must
  // be in both, so the smaller list is what is allowed, and one finding says it.
  std::set<std::size_t> wider_enums;
  const auto enum_values = [](const Item& item) -> std::optional<std::pair<std::string, std::set<std::string>>> {
    std::string_view text;
    if (item.role != Role::kLeaf || message_kind(item.description, &text) != ErrorKind::kEnum) return std::nullopt;
    const std::size_t at = text.find(kAllowedValues);
    if (at == std::string_view::npos) return std::nullopt;
    std::set<std::string> values;
    std::string_view list = text.substr(at + kAllowedValues.size());
    for (std::size_t pos = 0; pos <= list.size();) {
      const std::size_t comma = list.find(", ", pos);
      values.emplace(list.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos));
      if (comma == std::string_view::npos) break;
      pos = comma + 2;
    }
    return std::make_pair(std::string(text.substr(0, at)), std::move(values));
  };
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto a = enum_values(out[i]);
    for (std::size_t j = 0; a && j < out.size(); ++j) {
      if (i == j || out[i].pointer != out[j].pointer) continue;
      const auto b = enum_values(out[j]);
      if (!b || b->first != a->first || b->second.size() >= a->second.size()) continue;
      if (std::includes(a->second.begin(), a->second.end(), b->second.begin(), b->second.end())) wider_enums.insert(i);
    }
  }
  std::vector<SchemaError> result;
  std::set<std::pair<std::string, std::string>> seen;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const Item& item = out[i];
    if (item.role != Role::kLeaf || wider_enums.count(i)) continue;
    if (message_kind(item.description, nullptr) == ErrorKind::kPattern && format_errors.count(item.pointer)) continue;
    SchemaError e = finish(item);
    if (seen.insert({e.pointer, e.message}).second) result.push_back(std::move(e));
  }
  return merge_required(std::move(result));
}

std::vector<SchemaError> schema_errors(const CompiledSchema& schema, simdjson::dom::element document,
                                       valijson::Validator& validator) {
  valijson::ValidationResults results;
  const bool accepted = validator.validate(schema.parts->schema, SimdjsonAdapter(document), &results);
  std::vector<RawError> raw;
  valijson::ValidationResults::Error error;
  ContextResolver resolver(document);
  while (results.popError(error)) raw.push_back({resolver.pointer_of(error.context), error.description});
  std::vector<SchemaError> shaped = shape_errors(raw);
  if (!accepted && shaped.empty()) {
    // A rejection whose every message was shaping's to drop (wrappers, markers, a combinator without
    // leaves): an empty list would read as "valid". Report it where valijson's innermost message points.
    shaped.push_back({raw.empty() ? std::string() : innermost_pointer(raw.front()), "does not match the schema here",
                      ErrorKind::kOther, true});
  }
  return shaped;
}

SchemaVerdict check_document(const CompiledSchema& schema, simdjson::dom::element document, bool has_duplicate_keys) {
  // One validator per thread: valijson's keeps per-validation caches but no state between documents.
  thread_local valijson::Validator validator(valijson::Validator::kStrongTypes);
  SchemaVerdict verdict;
  try {
    bool accepted = false;
    bool decided = false;
    if (!has_duplicate_keys) {
      try {
        accepted = fast_schema_accepts(schema, document);
        decided = true;
      } catch (const std::exception&) {
        // valijson decides below, and its exception is what gets reported.
      }
    }
    if (!decided) accepted = schema_accepts(schema, document, validator);
    if (!accepted) verdict.errors = schema_errors(schema, document, validator);
  } catch (const std::exception& e) {
    verdict.errors.clear();
    verdict.failure = e.what();
  }
  return verdict;
}

}  // namespace mlmlint

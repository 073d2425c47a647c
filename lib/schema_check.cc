#include "schema_check.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <string_view>

#include <fmt/format.h>

#include "mlmlint/json_pointer.h"
#include "simdjson_adapter.h"

namespace mlmlint {

bool schema_accepts(const CompiledSchema& schema, simdjson::dom::element document, valijson::Validator& validator) {
  return validator.validate(schema.schema, SimdjsonAdapter(document), nullptr);
}

std::string context_to_pointer(const std::vector<std::string>& context, simdjson::dom::element document) {
  std::string pointer;
  simdjson::dom::element current = document;
  bool resolvable = true;
  for (const auto& raw : context) {
    if (raw == "<root>") continue;
    std::string_view token = raw;
    if (token.size() >= 2 && token.front() == '[' && token.back() == ']') token = token.substr(1, token.size() - 2);
    pointer += '/';
    pointer += escape_pointer_token(token);
    if (!resolvable) continue;
    // "[0]" is an index in an array and a key in an object; follow the document to keep walking.
    simdjson::dom::element next;
    if (current.is_array()) {
      char* end = nullptr;
      const std::string t(token);
      const unsigned long long index = std::strtoull(t.c_str(), &end, 10);
      resolvable = !t.empty() && *end == '\0' && current.at(index).get(next) == simdjson::SUCCESS;
    } else {
      resolvable = current[token].get(next) == simdjson::SUCCESS;
    }
    if (resolvable) current = next;
  }
  return pointer;
}

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

enum class Role { kLeaf, kWrapper, kMarker, kSummary };

Role role_of(std::string_view description, int* marker_index) {
  if (message_kind(description, nullptr) != ErrorKind::kOther) return Role::kLeaf;
  if (starts_with(description, "Failed to validate against child schema #")) {
    *marker_index = std::atoi(std::string(description.substr(41)).c_str());
    return Role::kMarker;
  }
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
  int marker_index = -1;
};

std::size_t depth_of(std::string_view pointer) { return static_cast<std::size_t>(std::count(pointer.begin(), pointer.end(), '/')); }

bool is_discriminator_mismatch(const Item& item, std::size_t base_depth) {
  const ErrorKind kind = message_kind(item.description, nullptr);
  return (kind == ErrorKind::kType || kind == ErrorKind::kConst || kind == ErrorKind::kEnum) &&
         depth_of(item.pointer) <= base_depth + 1;
}

// Replaces the errors of a failed oneOf/anyOf at `at` (the tail of `out`) by those of the branch the
// document most plausibly meant: the one with the fewest type/const/enum mismatches at or just below
// the combinator's location (a discriminator such as {"type": {"const": "z-score"}}), then the fewest
// errors overall.
void collapse_combinator(std::vector<Item>& out, const std::string& at) {
  std::vector<Item> block;
  while (!out.empty() && pointer_is_ancestor_or_self(at, out.back().pointer)) {
    block.push_back(std::move(out.back()));
    out.pop_back();
  }
  std::reverse(block.begin(), block.end());

  std::vector<std::vector<Item>> branches(1);
  int expected = 0;
  for (auto& item : block) {
    if (item.role == Role::kMarker && item.pointer == at && item.marker_index == expected) {
      ++expected;
      branches.emplace_back();
      continue;
    }
    if (item.role != Role::kMarker) branches.back().push_back(std::move(item));
  }
  if (branches.back().empty() && branches.size() > 1) branches.pop_back();

  const std::size_t base_depth = depth_of(at);
  std::size_t best = 0;
  std::pair<std::size_t, std::size_t> best_score{SIZE_MAX, SIZE_MAX};
  for (std::size_t b = 0; b < branches.size(); ++b) {
    std::size_t mismatches = 0;
    for (const auto& item : branches[b]) mismatches += is_discriminator_mismatch(item, base_depth) ? 1 : 0;
    const std::pair<std::size_t, std::size_t> score{mismatches, branches[b].size()};
    if (score < best_score) {
      best_score = score;
      best = b;
    }
  }

  // If no branch accepts the value's type at all, say so once, listing every accepted type.
  const bool all_type_at_location =
      !branches[best].empty() && std::all_of(branches[best].begin(), branches[best].end(), [&](const Item& i) {
        return i.pointer == at && message_kind(i.description, nullptr) == ErrorKind::kType;
      });
  if (all_type_at_location) {
    std::vector<std::string> expected_types;
    std::string got;
    for (const auto& branch : branches) {
      for (const auto& item : branch) {
        std::string_view text;
        if (item.pointer != at || message_kind(item.description, &text) != ErrorKind::kType) continue;
        // "expected X or Y, got Z"
        const std::size_t comma = text.rfind(", got ");
        if (comma == std::string_view::npos || !starts_with(text, "expected ")) continue;
        got = std::string(text.substr(comma + 6));
        std::string list(text.substr(9, comma - 9));
        std::size_t pos = 0;
        while (pos <= list.size()) {
          std::size_t sep = list.find(" or ", pos);
          std::size_t sep2 = list.find(", ", pos);
          std::size_t next = std::min(sep, sep2);
          const std::string t = list.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
          if (std::find(expected_types.begin(), expected_types.end(), t) == expected_types.end()) expected_types.push_back(t);
          if (next == std::string::npos) break;
          pos = next + (next == sep ? 4 : 2);
        }
      }
    }
    if (!expected_types.empty()) {
      std::string joined;
      for (std::size_t i = 0; i < expected_types.size(); ++i) {
        if (i) joined += i + 1 == expected_types.size() ? " or " : ", ";
        joined += expected_types[i];
      }
      out.push_back({at, tagged_message(ErrorKind::kType, fmt::format("expected {}, got {}", joined, got)), Role::kLeaf, -1});
      return;
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
    const std::string_view parent = pointer_parent(item.pointer);
    const auto quote = e.message.find("\" is not allowed here");
    if (quote != std::string::npos) e.message = e.message.substr(0, quote) + "\" is not allowed " + place_of(parent);
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
  } else if (starts_with(text, "Failed to any values against subschema in 'contains'")) {
    e.message = "no item has the required form";
  } else if (auto dep = between("Missing dependency '", "'.")) {
    e.message = fmt::format("\"{}\" is required because a member that depends on it is present", *dep);
  } else if (starts_with(text, "Failed to validate against exactly one child schema")) {
    e.message = "matches more than one of the alternative forms; it must match exactly one";
  } else if (starts_with(text, "Value type not permitted")) {
    e.message = "has a type the schema does not allow here";
  } else if (auto idx = between("Cannot validate item #", " in array due to additional items schema being 'false'")) {
    e.message = fmt::format("has more items than allowed (item {} is extra)", *idx);
  }
  return e;
}

}  // namespace

std::vector<SchemaError> shape_errors(const std::vector<RawError>& raw) {
  std::vector<Item> out;
  for (const auto& r : raw) {
    Item item{r.pointer, r.description, Role::kLeaf, -1};
    item.role = role_of(r.description, &item.marker_index);
    switch (item.role) {
      case Role::kWrapper: break;
      case Role::kSummary: collapse_combinator(out, item.pointer); break;
      case Role::kLeaf:
      case Role::kMarker: out.push_back(std::move(item)); break;
    }
  }
  std::vector<SchemaError> result;
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& item : out) {
    if (item.role == Role::kMarker) continue;
    SchemaError e = finish(item);
    if (seen.insert({e.pointer, e.message}).second) result.push_back(std::move(e));
  }
  return result;
}

std::vector<SchemaError> schema_errors(const CompiledSchema& schema, simdjson::dom::element document,
                                       valijson::Validator& validator) {
  valijson::ValidationResults results;
  validator.validate(schema.schema, SimdjsonAdapter(document), &results);
  std::vector<RawError> raw;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) raw.push_back({context_to_pointer(error.context, document), error.description});
  return shape_errors(raw);
}

}  // namespace mlmlint

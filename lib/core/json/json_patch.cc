#include "mlmlint/core/json_patch.h"

#include <algorithm>
#include <charconv>

#include "mlmlint/core/json_pointer.h"

namespace mlmlint {

namespace {

std::optional<std::size_t> parse_index(const std::string& token) {
  if (token.empty() || (token.size() > 1 && token[0] == '0')) return std::nullopt;
  std::size_t index = 0;
  auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), index);
  if (ec != std::errc{} || end != token.data() + token.size()) return std::nullopt;
  return index;
}

JsonValue* resolve(JsonValue& root, const std::vector<std::string>& tokens, std::size_t count) {
  JsonValue* current = &root;
  for (std::size_t i = 0; i < count; ++i) {
    if (current->object()) {
      current = current->find(tokens[i]);
    } else if (auto* arr = current->array()) {
      auto index = parse_index(tokens[i]);
      current = index && *index < arr->size() ? &(*arr)[*index] : nullptr;
    } else {
      current = nullptr;
    }
    if (!current) return nullptr;
  }
  return current;
}

std::string add_at(JsonValue& root, const std::string& path, JsonValue value) {
  const auto tokens = split_pointer(path);
  if (tokens.empty()) {
    root = std::move(value);
    return {};
  }
  JsonValue* parent = resolve(root, tokens, tokens.size() - 1);
  if (!parent) return "add: parent of " + path + " does not exist";
  const std::string& last = tokens.back();
  if (auto* obj = parent->object()) {
    if (JsonValue* existing = parent->find(last)) {
      *existing = std::move(value);
    } else {
      obj->emplace_back(last, std::move(value));
    }
    return {};
  }
  if (auto* arr = parent->array()) {
    if (last == "-") {
      arr->push_back(std::move(value));
      return {};
    }
    auto index = parse_index(last);
    if (!index || *index > arr->size()) return "add: bad array index in " + path;
    arr->insert(arr->begin() + static_cast<std::ptrdiff_t>(*index), std::move(value));
    return {};
  }
  return "add: parent of " + path + " is not a container";
}

std::string remove_at(JsonValue& root, const std::string& path, JsonValue* removed) {
  const auto tokens = split_pointer(path);
  if (tokens.empty()) return "remove: cannot remove the root";
  JsonValue* parent = resolve(root, tokens, tokens.size() - 1);
  if (!parent) return "remove: parent of " + path + " does not exist";
  if (auto* obj = parent->object()) {
    for (auto it = obj->begin(); it != obj->end(); ++it) {
      if (it->first == tokens.back()) {
        if (removed) *removed = std::move(it->second);
        obj->erase(it);
        return {};
      }
    }
    return "remove: " + path + " does not exist";
  }
  if (auto* arr = parent->array()) {
    auto index = parse_index(tokens.back());
    if (!index || *index >= arr->size()) return "remove: bad array index in " + path;
    if (removed) *removed = std::move((*arr)[*index]);
    arr->erase(arr->begin() + static_cast<std::ptrdiff_t>(*index));
    return {};
  }
  return "remove: parent of " + path + " is not a container";
}

// A move between two members of one object renames the member where it stands, so that fixes and
// migrations keep the author's member order. False when the move is anything else.
bool rename_in_place(JsonValue& root, const std::string& from, const std::string& path) {
  const auto from_tokens = split_pointer(from);
  const auto to_tokens = split_pointer(path);
  if (from_tokens.empty() || from_tokens.size() != to_tokens.size() ||
      !std::equal(from_tokens.begin(), from_tokens.end() - 1, to_tokens.begin())) {
    return false;
  }
  JsonValue* parent = resolve(root, from_tokens, from_tokens.size() - 1);
  auto* obj = parent ? parent->object() : nullptr;
  if (!obj || parent->find(to_tokens.back())) return false;
  for (auto& member : *obj) {
    if (member.first == from_tokens.back()) {
      member.first = to_tokens.back();
      return true;
    }
  }
  return false;
}

const std::string* string_field(const JsonValue& op, std::string_view key) {
  const auto* obj = op.object();
  if (!obj) return nullptr;
  for (const auto& [k, v] : *obj) {
    if (k == key) {
      // Re-dump is avoided: strings are the only payload we accept here.
      return v.string_value();
    }
  }
  return nullptr;
}

}  // namespace

std::string apply_json_patch(JsonValue& document, const JsonValue& patch) {
  const auto* ops = patch.array();
  if (!ops) return "a JSON Patch must be an array";
  for (const auto& op_value : *ops) {
    JsonValue op = op_value;
    const std::string* name = string_field(op, "op");
    const std::string* path = string_field(op, "path");
    if (!name || !path) return "patch operation without op/path";
    JsonValue* value = op.find("value");
    std::string error;
    if (*name == "add") {
      error = value ? add_at(document, *path, *value) : "add without value";
    } else if (*name == "remove") {
      error = remove_at(document, *path, nullptr);
    } else if (*name == "replace") {
      const auto tokens = split_pointer(*path);
      JsonValue* target = resolve(document, tokens, tokens.size());
      if (!target) {
        error = "replace: " + *path + " does not exist";
      } else if (!value) {
        error = "replace without value";
      } else {
        *target = *value;
      }
    } else if (*name == "move" || *name == "copy") {
      const std::string* from = string_field(op, "from");
      if (!from) return *name + " without from";
      JsonValue moved;
      if (*name == "move" && rename_in_place(document, *from, *path)) {
        continue;
      } else if (*name == "move") {
        error = remove_at(document, *from, &moved);
      } else {
        const auto tokens = split_pointer(*from);
        JsonValue* source = resolve(document, tokens, tokens.size());
        if (source) {
          moved = *source;
        } else {
          error = "copy: " + *from + " does not exist";
        }
      }
      if (error.empty()) error = add_at(document, *path, std::move(moved));
    } else if (*name == "test") {
      const auto tokens = split_pointer(*path);
      JsonValue* target = resolve(document, tokens, tokens.size());
      if (!target || !value || !(*target == *value)) error = "test failed at " + *path;
    } else {
      error = "unknown patch operation " + *name;
    }
    if (!error.empty()) return error;
  }
  return {};
}

}  // namespace mlmlint

#include <algorithm>

#include "migrate_internal.h"
#include "mlmlint/core/json_pointer.h"
#include "mlmlint/core/json_text.h"

namespace mlmlint::migrate {

Context::Context(JsonValue& document) : doc(document) {
  if (const auto* type = document.object() ? document.find("type") : nullptr) {
    if (const auto* s = type->string_value()) {
      is_item = *s == "Feature";
      is_collection = *s == "Collection";
    }
  }
}

JsonValue* Context::properties() {
  if (!is_item) return nullptr;
  JsonValue* p = doc.find("properties");
  return p && p->object() ? p : nullptr;
}

JsonValue* Context::assets() {
  JsonValue* a = doc.find("assets");
  return a && a->object() ? a : nullptr;
}

void Context::changed(std::string pointer, std::string message, std::optional<std::string> original) {
  notes.push_back({std::move(pointer), MigrationNoteKind::kChanged, std::move(message), "", std::move(original)});
}

void Context::review(std::string pointer, std::string message, std::string suggestion,
                     std::optional<std::string> original) {
  notes.push_back(
      {std::move(pointer), MigrationNoteKind::kReview, std::move(message), std::move(suggestion), std::move(original)});
}

void Context::manual(std::string pointer, std::string message, std::string suggestion,
                     std::optional<std::string> original) {
  notes.push_back(
      {std::move(pointer), MigrationNoteKind::kManual, std::move(message), std::move(suggestion), std::move(original)});
}

JsonValue str(std::string_view text) { return JsonValue(std::string(text)); }

std::string compact(const JsonValue& value) { return value.dump(0); }

std::string json_literal(std::string_view text) { return json_quote(text); }

std::optional<JsonValue> take(JsonValue& object, std::string_view key) {
  auto* members = object.object();
  if (!members) return std::nullopt;
  auto it = std::find_if(members->begin(), members->end(), [&](const auto& m) { return m.first == key; });
  if (it == members->end()) return std::nullopt;
  JsonValue value = std::move(it->second);
  members->erase(it);
  return value;
}

bool rename(JsonValue& object, std::string_view from, std::string_view to) {
  auto* members = object.object();
  if (!members || object.find(to)) return false;
  for (auto& member : *members) {
    if (member.first == from) {
      member.first = std::string(to);
      return true;
    }
  }
  return false;
}

void replace_with(JsonValue& object, std::string_view key, Object members) {
  auto* existing = object.object();
  if (!existing) return;
  auto it = std::find_if(existing->begin(), existing->end(), [&](const auto& m) { return m.first == key; });
  std::size_t at = static_cast<std::size_t>(it - existing->begin());
  if (it != existing->end()) existing->erase(it);
  for (auto& member : members) {
    if (object.find(member.first)) continue;
    existing->insert(existing->begin() + static_cast<std::ptrdiff_t>(at), std::move(member));
    ++at;
  }
}

void put_after(JsonValue& object, std::string_view after, std::string key, JsonValue value) {
  auto* members = object.object();
  if (!members) return;
  if (JsonValue* existing = object.find(key)) {
    *existing = std::move(value);
    return;
  }
  auto it = std::find_if(members->begin(), members->end(), [&](const auto& m) { return m.first == after; });
  if (it != members->end()) ++it;
  members->insert(it, {std::move(key), std::move(value)});
}

void put(JsonValue& object, std::string key, JsonValue value) {
  auto* members = object.object();
  if (!members) return;
  if (JsonValue* existing = object.find(key)) {
    *existing = std::move(value);
    return;
  }
  members->emplace_back(std::move(key), std::move(value));
}

bool is_string_array(const JsonValue& value) {
  const auto* items = value.array();
  return items && std::all_of(items->begin(), items->end(), [](const JsonValue& v) { return v.string_value(); });
}

bool array_has_string(const JsonValue* array, std::string_view text) {
  if (!array || !array->array()) return false;
  return std::any_of(array->array()->begin(), array->array()->end(), [&](const JsonValue& v) {
    return v.string_value() && *v.string_value() == text;
  });
}

bool has_role(const JsonValue& asset, std::string_view role) {
  return asset.object() && array_has_string(const_cast<JsonValue&>(asset).find("roles"), role);
}

bool is_model_asset(const JsonValue& asset) { return has_role(asset, kModelRole); }

std::vector<std::pair<std::string, JsonValue*>> model_assets(Context& ctx) {
  std::vector<std::pair<std::string, JsonValue*>> out;
  if (JsonValue* assets = ctx.assets()) {
    for (auto& [key, asset] : *assets->object()) {
      if (is_model_asset(asset)) out.emplace_back(key, &asset);
    }
  }
  return out;
}

std::string ptr(std::initializer_list<std::string_view> tokens) {
  std::string out;
  for (auto token : tokens) out = pointer_append(out, token);
  return out;
}

std::string ptr_index(std::string_view base, std::size_t index) { return pointer_append(base, index); }

std::string ptr_key(std::string_view base, std::string_view key) { return pointer_append(base, key); }

namespace {

std::vector<std::pair<std::string, JsonValue*>> io_objects(Context& ctx, std::string_view key) {
  std::vector<std::pair<std::string, JsonValue*>> out;
  JsonValue* props = ctx.properties();
  JsonValue* list = props ? props->find(key) : nullptr;
  if (!list || !list->array()) return out;
  const std::string base = ptr({"properties", key});
  for (std::size_t i = 0; i < list->array()->size(); ++i) {
    JsonValue& io = (*list->array())[i];
    if (io.object()) out.emplace_back(ptr_index(base, i), &io);
  }
  return out;
}

}  // namespace

std::vector<std::pair<std::string, JsonValue*>> model_inputs(Context& ctx) { return io_objects(ctx, "mlm:input"); }
std::vector<std::pair<std::string, JsonValue*>> model_outputs(Context& ctx) { return io_objects(ctx, "mlm:output"); }

std::string free_asset_key(Context& ctx, std::string_view wanted) {
  JsonValue* assets = ctx.assets();
  if (!assets || !assets->find(wanted)) return std::string(wanted);
  for (int n = 2;; ++n) {
    std::string key = std::string(wanted) + "-" + std::to_string(n);
    if (!assets->find(key)) return key;
  }
}

}  // namespace mlmlint::migrate

namespace mlmlint {

std::string_view migration_note_kind_name(MigrationNoteKind kind) {
  switch (kind) {
    case MigrationNoteKind::kChanged: return "changed";
    case MigrationNoteKind::kReview: return "review";
    case MigrationNoteKind::kManual: return "manual";
  }
  return "changed";
}

bool MigrationResult::manual_work_remaining() const {
  return std::any_of(notes.begin(), notes.end(), [](const MigrationNote& n) { return n.kind != MigrationNoteKind::kChanged; });
}

}  // namespace mlmlint

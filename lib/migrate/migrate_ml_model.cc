// ml-model v1.0.0 -> MLM (RULES.md §4.7 T11, legacy/ml-model.md): fields, roles and relations.
#include <algorithm>

#include "migrate_internal.h"
#include "mlmlint/core/tables_legacy.h"

namespace mlmlint::migrate {

namespace {

constexpr std::string_view kTrainingEnvironment =
    "ml-model described the training environment, MLM describes inference (mlm:framework, "
    "mlm:framework_version, mlm:accelerator): set those if you know them";

// One Item-level ml-model field of `props`; `base` is the pointer of `props`.
void migrate_property(Context& ctx, JsonValue& props, const std::string& base, const std::string& key) {
  const std::string where = ptr_key(base, key);
  if (key == "ml-model:type") {
    auto old = take(props, key);
    ctx.changed(where, "removed: the MLM URI in stac_extensions identifies a model", compact(*old));
  } else if (key == "ml-model:learning_approach") {
    auto old = take(props, key);
    ctx.manual(where, "removed: it has no MLM equivalent",
               "describe the training data with \"derived_from\" links (see MLM best practices)", compact(*old));
  } else if (key == "ml-model:prediction_type") {
    JsonValue* value = props.find(key);
    JsonValue* tasks = props.find("mlm:tasks");
    const std::optional<std::string> task =
        value->string_value() ? std::optional<std::string>(*value->string_value()) : std::nullopt;
    if (!tasks && task) {
      *value = JsonValue(Array{str(*task)});
      rename(props, key, "mlm:tasks");
      ctx.changed(ptr_key(base, "mlm:tasks"), "renamed " + json_literal(key) + " to \"mlm:tasks\" (an array)",
                  json_literal(*task));
    } else if (task && array_has_string(tasks, *task)) {
      auto old = take(props, key);
      ctx.changed(where, "removed: mlm:tasks already lists it", compact(*old));
    } else {
      auto old = take(props, key);
      ctx.manual(where, "removed: it does not match mlm:tasks", "add the task to mlm:tasks if it applies",
                 compact(*old));
    }
  } else if (key == "ml-model:architecture") {
    if (!props.find("mlm:architecture")) {
      rename(props, key, "mlm:architecture");
      ctx.changed(ptr_key(base, "mlm:architecture"), "renamed " + json_literal(key) + " to \"mlm:architecture\"");
    } else {
      auto old = take(props, key);
      const JsonValue* existing = props.find("mlm:architecture");  // found after take(): it moves members
      const bool same = *existing == *old;
      if (same) {
        ctx.changed(where, "removed: mlm:architecture has the same value", compact(*old));
      } else {
        ctx.manual(where, "removed: it contradicts mlm:architecture " + compact(*existing),
                   "keep the right architecture in mlm:architecture", compact(*old));
      }
    }
  } else if (key == "ml-model:training-processor-type" || key == "ml-model:training-os" ||
             key == "ml-model:training-environment") {
    auto old = take(props, key);
    ctx.manual(where, "removed: no automatic mapping", std::string(kTrainingEnvironment), compact(*old));
  } else {
    auto old = take(props, key);
    ctx.manual(where, "removed: not an ml-model v1.0.0 field, and not an MLM one", "move its information to an MLM field",
               compact(*old));
  }
}

void migrate_properties(Context& ctx) {
  JsonValue* props = ctx.properties();
  if (!props) return;
  std::vector<std::string> keys;
  for (const auto& [key, value] : *props->object()) {
    if (key.starts_with("ml-model:")) keys.push_back(key);
  }
  for (const auto& key : keys) migrate_property(ctx, *props, "/properties", key);
}

// Collections: MLM v1.5.2's schema rejects every array-valued summary of a Collection that declares MLM
// (RULES.md §6 G7), so mlm:* summaries cannot be written; the values are kept in the notes instead.
void migrate_summaries(Context& ctx) {
  JsonValue* summaries = ctx.doc.find("summaries");
  if (!summaries || !summaries->object()) return;
  std::vector<std::string> keys;
  for (const auto& [key, value] : *summaries->object()) {
    if (key.starts_with("ml-model:")) keys.push_back(key);
  }
  for (const auto& key : keys) {
    auto old = take(*summaries, key);
    const std::string where = ptr({"summaries", key});
    if (key == "ml-model:type") {
      ctx.changed(where, "removed: the MLM URI identifies a model", compact(*old));
    } else if (key == "ml-model:prediction_type" || key == "ml-model:architecture") {
      const std::string mlm = key == "ml-model:architecture" ? "mlm:architecture" : "mlm:tasks";
      ctx.manual(where, "removed: its MLM counterpart is the summary " + json_literal(mlm) +
                            ", but MLM " + kLatestMlm.str() + "'s schema rejects array summaries in Collections",
                 "keep the value on the Items (" + mlm + "); add the summary back once the MLM schema accepts it",
                 compact(*old));
    } else {
      ctx.manual(where, "removed: it has no MLM equivalent", "describe it on the Items or in the description",
                 compact(*old));
    }
  }
  if (summaries->object()->empty()) {
    take(ctx.doc, "summaries");
    ctx.changed("/summaries", "removed the summaries object, now empty");
  }
}

// Roles of one asset (or item_assets entry); `where` is its pointer.
void migrate_roles(Context& ctx, JsonValue& asset, const std::string& where) {
  JsonValue* roles = asset.find("roles");
  if (!roles || !roles->array()) return;
  Array& list = *roles->array();
  if (array_has_string(roles, "ml-model:checkpoint") && !array_has_string(roles, kModelRole)) {
    // A checkpoint is a model artifact in MLM: it needs mlm:model (MLM304) and an artifact type (MLM302).
    list.insert(list.begin(), str(kModelRole));
    ctx.changed(ptr_index(ptr_key(where, "roles"), 0), "added role \"mlm:model\": MLM requires it with mlm:checkpoint");
  }
  for (std::size_t i = 0; i < list.size();) {
    const std::string* role = list[i].string_value();
    const auto* legacy = role ? find_ml_model_role(*role) : nullptr;
    if (!legacy) {
      ++i;
      continue;
    }
    const std::string old = *role;
    if (array_has_string(roles, legacy->replacement)) {
      list.erase(list.begin() + static_cast<std::ptrdiff_t>(i));
      ctx.changed(ptr_index(ptr_key(where, "roles"), i), "removed role " + json_literal(old) + ": " +
                                                             json_literal(legacy->replacement) + " is already there");
      continue;
    }
    list[i] = str(legacy->replacement);
    ctx.changed(ptr_index(ptr_key(where, "roles"), i), "role " + json_literal(old) + " is now " + json_literal(legacy->replacement));
    ++i;
  }
}

void migrate_asset_fields(Context& ctx, JsonValue& asset, const std::string& where) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : *asset.object()) {
    if (key.starts_with("ml-model:")) keys.push_back(key);
  }
  for (const auto& key : keys) {
    auto old = take(asset, key);
    const std::string at = ptr_key(where, key);
    if (key == "ml-model:requires-gpu") {
      if (old->bool_value() && *old->bool_value() && !asset.find("mlm:accelerator")) {
        put(asset, "mlm:accelerator", str("cuda"));
        ctx.review(ptr_key(where, "mlm:accelerator"), "replaced \"ml-model:requires-gpu\": true by \"mlm:accelerator\": \"cuda\"",
                   "confirm the accelerator (cuda, amd-rocm, xla, …)", compact(*old));
      } else {
        ctx.review(at, "removed: MLM states the accelerator that is needed instead",
                   "set \"mlm:accelerator\" if the model needs a specific one", compact(*old));
      }
    } else {
      ctx.manual(at, "removed: MLM describes the runtime through a container asset",
                 "describe the command and volumes in the container asset (roles \"runtime\", "
                 "\"mlm:inference-runtime\") or its compose file",
                 compact(*old));
    }
  }
}

void migrate_asset_objects(Context& ctx, std::string_view member) {
  JsonValue* assets = ctx.doc.find(member);
  if (!assets || !assets->object()) return;
  for (auto& [key, asset] : *assets->object()) {
    if (!asset.object()) continue;
    const std::string where = ptr({member, key});
    migrate_asset_fields(ctx, asset, where);
    // The checkpoint's mlm:artifact_type comes later (add_artifact_types), from its file suffix and framework:
    // real ml-model checkpoints were scikit-learn, Keras, CatBoost … as often as PyTorch.
    migrate_roles(ctx, asset, where);
  }
}

// Image relations become runtime assets; data relations become derived_from with ml-aoi:split.
void migrate_links(Context& ctx) {
  JsonValue* links = ctx.doc.find("links");
  if (!links || !links->array()) return;
  // Image relations become assets: create "assets" first, as adding a member moves the others.
  const bool images = std::any_of(links->array()->begin(), links->array()->end(), [](JsonValue& link) {
    JsonValue* rel = link.object() ? link.find("rel") : nullptr;
    return rel && rel->string_value() && (*rel->string_value() == "ml-model:inferencing-image" ||
                                          *rel->string_value() == "ml-model:training-image");
  });
  if (images && !ctx.doc.find("assets")) {
    put(ctx.doc, "assets", JsonValue(Object{}));
    links = ctx.doc.find("links");
  }
  Array& list = *links->array();
  std::size_t original_index = 0;
  for (std::size_t i = 0; i < list.size(); ++original_index) {
    JsonValue& link = list[i];
    JsonValue* rel_value = link.object() ? link.find("rel") : nullptr;
    const std::string* rel = rel_value ? rel_value->string_value() : nullptr;
    const std::string where = ptr_index("/links", original_index);
    if (!rel || !rel->starts_with("ml-model:")) {
      ++i;
      continue;
    }
    const std::string old = *rel;
    if (old == "ml-model:train-data" || old == "ml-model:test-data") {
      *link.find("rel") = str("derived_from");
      const std::string split = old == "ml-model:train-data" ? "train" : "test";
      put_after(link, "rel", "ml-aoi:split", str(split));
      ctx.introduced_extensions.insert("ml-aoi");
      ctx.changed(ptr_index("/links", i), "relation " + json_literal(old) + " is now \"derived_from\" with \"ml-aoi:split\": " +
                                              json_literal(split));
      ++i;
      continue;
    }
    if (old == "ml-model:inferencing-image" || old == "ml-model:training-image") {
      const bool inference = old == "ml-model:inferencing-image";
      JsonValue asset(Object{});
      for (auto& [key, value] : *link.object()) {
        if (key != "rel") put(asset, key, value);
      }
      put(asset, "roles", JsonValue(Array{str("runtime"), str(inference ? "mlm:inference-runtime" : "mlm:training-runtime")}));
      if (JsonValue* assets = ctx.assets()) {
        const std::string key = free_asset_key(ctx, inference ? "inference-image" : "training-image");
        put(*assets, key, std::move(asset));
        JsonValue removed = std::move(list[i]);
        list.erase(list.begin() + static_cast<std::ptrdiff_t>(i));
        ctx.changed(where, "link " + json_literal(old) + " is now the asset " + json_literal(key) +
                               " with roles \"runtime\" and " +
                               json_literal(inference ? "mlm:inference-runtime" : "mlm:training-runtime"),
                    compact(removed));
        // The link's other members came along; its ml-model fields get the asset treatment now, or a second
        // migration would find them (migrate.h promises idempotence).
        migrate_asset_fields(ctx, *assets->find(key), ptr({"assets", key}));
        continue;
      }
      ++i;
      continue;
    }
    JsonValue removed = std::move(list[i]);
    list.erase(list.begin() + static_cast<std::ptrdiff_t>(i));
    ctx.manual(where, "removed the link: " + json_literal(old) + " is not an ml-model v1.0.0 relation",
               "add it back with a registered relation type", compact(removed));
  }
}

}  // namespace

void migrate_ml_model(Context& ctx) {
  if (!ctx.origin.ml_model) return;
  migrate_properties(ctx);
  if (ctx.is_collection) migrate_summaries(ctx);
  migrate_asset_objects(ctx, "assets");
  migrate_asset_objects(ctx, "item_assets");
  migrate_links(ctx);
}

}  // namespace mlmlint::migrate

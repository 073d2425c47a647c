// Fields renamed or removed between MLM versions (RULES.md §2.9 T10, CHANGELOG): renames, norm_* and
// statistics -> value_scaling (v1.4.0), class lists and colour hints, framework spellings (v1.1.0).
#include <cstdio>

#include "migrate_internal.h"

namespace mlmlint::migrate {

namespace {

// A key renamed in place when its replacement is absent; otherwise the old key is removed and kept in the
// notes (a person decides which value is right unless both are equal).
void rename_or_drop(Context& ctx, JsonValue& object, const std::string& base, std::string_view from,
                    std::string_view to) {
  JsonValue* old_value = object.find(from);
  if (!old_value) return;
  if (rename(object, from, to)) {
    ctx.changed(ptr_key(base, to), "renamed " + json_literal(from) + " to " + json_literal(to));
    return;
  }
  auto old = take(object, from);
  if (*object.find(to) == *old) {
    ctx.changed(ptr_key(base, from), "removed: " + json_literal(to) + " has the same value", compact(*old));
  } else {
    ctx.manual(ptr_key(base, from), "removed: " + json_literal(to) + " is also present with another value",
               "keep the right value in " + json_literal(to), compact(*old));
  }
}

// mlm:task (v1.0.0-beta) -> mlm:tasks, an array.
void migrate_task(Context& ctx, JsonValue& object, const std::string& base) {
  JsonValue* task = object.find("mlm:task");
  if (!task) return;
  if (!object.find("mlm:tasks")) {
    const std::string old = compact(*task);
    if (task->string_value()) *task = JsonValue(Array{*task});
    rename(object, "mlm:task", "mlm:tasks");
    ctx.changed(ptr_key(base, "mlm:tasks"), "renamed \"mlm:task\" to \"mlm:tasks\" (an array)", old);
    return;
  }
  auto old = take(object, "mlm:task");
  const bool listed = old->string_value() && array_has_string(object.find("mlm:tasks"), *old->string_value());
  if (listed) {
    ctx.changed(ptr_key(base, "mlm:task"), "removed: mlm:tasks already lists it", compact(*old));
  } else {
    ctx.manual(ptr_key(base, "mlm:task"), "removed: mlm:tasks is also present",
               "add the task to mlm:tasks if it applies", compact(*old));
  }
}

// mlm:file_size / mlm:disk_size / disk_size -> file:size on the model asset (CL v1.0.0).
void migrate_file_size(Context& ctx, JsonValue& object, const std::string& base, bool is_model_asset) {
  for (std::string_view key : {"mlm:file_size", "mlm:disk_size", "disk_size"}) {
    if (!object.find(key)) continue;
    if (is_model_asset) {
      rename_or_drop(ctx, object, base, key, "file:size");
      ctx.introduced_extensions.insert("file");
      continue;
    }
    auto models = model_assets(ctx);
    auto old = take(object, key);
    if (models.size() == 1 && !models[0].second->find("file:size")) {
      put(*models[0].second, "file:size", *old);
      ctx.introduced_extensions.insert("file");
      ctx.changed(ptr({"assets", models[0].first, "file:size"}),
                  "moved " + json_literal(key) + " from " + base + " to the model asset as \"file:size\"", compact(*old));
    } else {
      ctx.manual(ptr_key(base, key), "removed: the artifact size belongs in \"file:size\" on the model asset",
                 "set file:size on the asset with role \"mlm:model\"", compact(*old));
    }
  }
}

void migrate_mlm_object(Context& ctx, JsonValue& object, const std::string& base, bool is_properties,
                        bool is_model_asset) {
  migrate_task(ctx, object, base);
  rename_or_drop(ctx, object, base, "mlm:batch_size", "mlm:batch_size_suggestion");
  if (is_properties) {
    rename_or_drop(ctx, object, base, "mlm:inputs", "mlm:input");
    rename_or_drop(ctx, object, base, "mlm:outputs", "mlm:output");
    if (object.find("mlm:summary")) {
      // Never defined by a schema (RULES.md Q9); the DLM summary it stood for is a description.
      rename_or_drop(ctx, object, base, "mlm:summary", "description");
    }
  }
  migrate_file_size(ctx, object, base, is_model_asset);
  if (JsonValue* framework = object.find("mlm:framework"); framework && framework->string_value()) {
    // The v1.0.0 enum spellings, renamed in v1.1.0.
    const std::string old = *framework->string_value();
    const std::string_view now = old == "Scikit-learn" ? "scikit-learn" : old == "Huggingface" ? "Hugging Face" : "";
    if (!now.empty()) {
      *framework = str(now);
      ctx.changed(ptr_key(base, "mlm:framework"), "renamed the framework to " + json_literal(now) + " (MLM v1.1.0)",
                  json_literal(old));
    }
  }
}

// --- norm_* / statistics -> value_scaling (CL v1.4.0; RULES.md MLM508) -------------------------------

constexpr std::string_view kNormKeys[] = {"norm_by_channel", "norm_type", "norm_clip", "statistics"};

// One value-scaling object per statistics entry (or only the first one); nullopt when an entry lacks a
// number the type needs. `dropped` tells whether statistics held more than the scaling keeps.
std::optional<Array> scaling_from_statistics(const JsonValue& statistics, std::string_view type, bool per_channel,
                                             bool& dropped) {
  const auto* entries = statistics.array();
  if (!entries || entries->empty()) return std::nullopt;
  const std::string_view a = type == "z-score" ? "mean" : "minimum";
  const std::string_view b = type == "z-score" ? "stddev" : "maximum";
  Array out;
  const std::size_t count = per_channel ? entries->size() : 1;
  dropped = count < entries->size();
  for (std::size_t i = 0; i < count; ++i) {
    JsonValue entry = (*entries)[i];
    if (!entry.object()) return std::nullopt;
    JsonValue* first = entry.find(a);
    JsonValue* second = entry.find(b);
    if (!first || !second || !first->number_value() || !second->number_value()) return std::nullopt;
    dropped = dropped || entry.object()->size() > 2;
    out.push_back(JsonValue(Object{{"type", str(type)}, {std::string(a), *first}, {std::string(b), *second}}));
  }
  return out;
}

void migrate_normalization(Context& ctx, JsonValue& input, const std::string& base) {
  std::string anchor;  // where value_scaling goes: the place of statistics, else of the first norm key
  Object removed;
  for (const auto& [key, value] : *input.object()) {
    for (std::string_view norm : kNormKeys) {
      if (key == norm) removed.emplace_back(key, value);
    }
  }
  if (removed.empty()) return;
  anchor = input.find("statistics") ? "statistics" : removed.front().first;
  const std::string original = compact(JsonValue(removed));
  const std::string where = ptr_key(base, "value_scaling");

  auto drop_old = [&]() {
    for (const auto& [key, value] : removed) {
      if (key != anchor) take(input, key);
    }
  };
  if (input.find("value_scaling")) {
    drop_old();
    take(input, anchor);
    ctx.changed(base, "removed norm_*/statistics: value_scaling replaces them (MLM v1.4.0)", original);
    return;
  }
  const JsonValue* type_value = input.find("norm_type");
  const std::string* type = type_value ? type_value->string_value() : nullptr;
  const JsonValue* statistics = input.find("statistics");
  const JsonValue* by_channel = input.find("norm_by_channel");
  const bool per_channel = by_channel && by_channel->bool_value() && *by_channel->bool_value();

  std::optional<JsonValue> scaling;
  std::string problem;
  bool dropped = false;
  if (!type && !statistics) {
    scaling = JsonValue();  // no normalisation: value_scaling null
  } else if (type && (*type == "z-score" || *type == "min-max")) {
    auto objects = statistics ? scaling_from_statistics(*statistics, *type, per_channel, dropped) : std::nullopt;
    if (objects) {
      scaling = JsonValue(std::move(*objects));
    } else {
      problem = "\"" + *type + "\" needs statistics with " +
                (*type == "z-score" ? "\"mean\" and \"stddev\"" : "\"minimum\" and \"maximum\"") + " for each band";
    }
  } else if (type) {
    problem = "norm_type " + json_literal(*type) + " has no value_scaling equivalent";
  } else {
    problem = "statistics without a norm_type do not say how values were scaled";
  }

  drop_old();
  if (!scaling) {
    take(input, anchor);
    ctx.manual(base, "removed norm_*/statistics: " + problem,
               "describe the scaling in value_scaling (e.g. a \"processing\" expression) if the model needs it",
               original);
    return;
  }
  const bool is_null = scaling->is_null();
  *input.find(anchor) = std::move(*scaling);
  rename(input, anchor, "value_scaling");
  if (dropped) {
    ctx.review(where, "replaced norm_*/statistics by value_scaling (MLM v1.4.0); statistics held more than the scaling",
               "keep band statistics in raster:bands if you need them", original);
  } else {
    ctx.changed(where, std::string("replaced norm_*/statistics by value_scaling") + (is_null ? " null" : "") +
                           " (MLM v1.4.0)",
                original);
  }
}

void migrate_structure(Context& ctx, JsonValue& io, const std::string& base, std::string_view key) {
  JsonValue* structure = io.find(key);
  if (!structure || !structure->object()) return;
  const std::string where = ptr_key(base, key);
  rename_or_drop(ctx, *structure, where, "dtype", "data_type");
  rename_or_drop(ctx, *structure, where, "dim_names", "dim_order");
  if (auto old = take(*structure, "nodata_value")) {
    ctx.manual(ptr_key(where, "nodata_value"), "removed: the no-data value belongs to the band objects (\"nodata\")",
               "set \"nodata\" on the band objects (eo:bands / raster:bands / bands)", compact(*old));
  }
}

void migrate_io_nodata(Context& ctx, JsonValue& io, const std::string& base) {
  if (auto old = take(io, "nodata_value")) {
    ctx.manual(ptr_key(base, "nodata_value"), "removed: the no-data value belongs to the band objects (\"nodata\")",
               "set \"nodata\" on the band objects (eo:bands / raster:bands / bands)", compact(*old));
  }
}

// --- classes ---------------------------------------------------------------------------------------

constexpr std::string_view kMisspelledClassKeys[] = {"classification_classes", "classes", "classification:class",
                                                      "classification-classes"};

std::optional<std::string> hex_of(const JsonValue& color) {
  if (const auto* text = color.string_value()) {
    std::string hex = text->starts_with('#') ? text->substr(1) : *text;
    if (hex.size() != 6) return std::nullopt;
    for (char c : hex) {
      if (!std::isxdigit(static_cast<unsigned char>(c))) return std::nullopt;
    }
    return hex;
  }
  const auto* rgb = color.array();
  if (!rgb || rgb->size() != 3) return std::nullopt;
  std::string hex;
  for (const auto& component : *rgb) {
    auto n = component.integer_value();
    if (!n || *n < 0 || *n > 255) return std::nullopt;
    char buffer[3];
    std::snprintf(buffer, sizeof buffer, "%02X", static_cast<unsigned>(*n));
    hex += buffer;
  }
  return hex;
}

void migrate_class_list(Context& ctx, JsonValue& classes, const std::string& base) {
  if (!classes.array()) return;
  for (std::size_t i = 0; i < classes.array()->size(); ++i) {
    JsonValue& entry = (*classes.array())[i];
    if (!entry.object()) continue;
    const std::string where = ptr_index(base, i);
    if (JsonValue* color = entry.find("color_hint")) {
      const std::string old = compact(*color);
      if (color->is_null()) {
        take(entry, "color_hint");
        ctx.changed(ptr_key(where, "color_hint"), "removed color_hint null (optional, but null is not allowed)", old);
      } else if (auto hex = hex_of(*color)) {
        if (!color->string_value() || *color->string_value() != *hex) {
          *color = str(*hex);
          ctx.changed(ptr_key(where, "color_hint"), "color_hint is now the hex string " + json_literal(*hex), old);
        }
      } else {
        take(entry, "color_hint");
        ctx.manual(ptr_key(where, "color_hint"), "removed: not a colour the classification extension can hold",
                   "give a 6-digit hex RGB colour such as \"FF0000\"", old);
      }
    }
    // The MLM schema checks classes against classification v1.1.0, which requires a description, a string
    // (the official v1.0.0-v1.5.1 examples write "description": null).
    const JsonValue* name = entry.find("name");
    JsonValue* description = entry.find("description");
    if ((!description || description->is_null()) && name && name->string_value()) {
      if (description) {
        *description = *name;
      } else {
        put_after(entry, "name", "description", *name);
      }
      ctx.review(ptr_key(where, "description"), "added the class description (required) from its name",
                 "describe the class");
    }
  }
}

template <typename Visit>
void for_each_class_list(JsonValue& value, const std::string& base, const Visit& visit) {
  if (auto* items = value.array()) {
    for (std::size_t i = 0; i < items->size(); ++i) for_each_class_list((*items)[i], ptr_index(base, i), visit);
    return;
  }
  auto* members = value.object();
  if (!members) return;
  for (auto& [key, child] : *members) {
    if (key == "classification:classes" && child.array()) {
      visit(child, ptr_key(base, key));
    } else {
      for_each_class_list(child, ptr_key(base, key), visit);
    }
  }
}

}  // namespace

void migrate_renamed_fields(Context& ctx) {
  if (JsonValue* props = ctx.properties()) migrate_mlm_object(ctx, *props, "/properties", true, false);
  if (JsonValue* assets = ctx.assets()) {
    for (auto& [key, asset] : *assets->object()) {
      if (asset.object()) migrate_mlm_object(ctx, asset, ptr({"assets", key}), false, is_model_asset(asset));
    }
  }
  for (auto& [base, input] : model_inputs(ctx)) {
    migrate_normalization(ctx, *input, base);
    migrate_structure(ctx, *input, base, "input");
    migrate_io_nodata(ctx, *input, base);
  }
  for (auto& [base, output] : model_outputs(ctx)) {
    for (std::string_view key : kMisspelledClassKeys) rename_or_drop(ctx, *output, base, key, "classification:classes");
    migrate_structure(ctx, *output, base, "result");
    migrate_io_nodata(ctx, *output, base);
  }
  for_each_class_list(ctx.doc, "", [&](JsonValue& classes, const std::string& where) {
    migrate_class_list(ctx, classes, where);
  });
}

}  // namespace mlmlint::migrate

// Assets and inputs/outputs between MLM versions: the v1.0/v1.1 "mlm:model on every asset" workaround,
// mlm:artifact_type (required since v1.4.0), band lists on the model asset (v1.3.0), the reserved
// "bands"/"variables" dimensions (v1.5.0), and the fields MLM requires of an Item.
#include <algorithm>
#include <cctype>

#include "migrate_internal.h"
#include "mlmlint/core/tables_dimensions.h"
#include "mlmlint/core/tables_frameworks.h"

namespace mlmlint::migrate {

namespace {

constexpr std::string_view kArtifactPlaceholder =
    "TODO: how the model artifact was saved (e.g. torch.save, torch.export.save, safetensors.torch.save_file)";

std::string lower(std::string_view text) { return ascii_lower(text); }

// The framework family of an asset: its own mlm:framework, the Item's, or a media-type parameter.
std::string family_of(const JsonValue& asset, const JsonValue* properties) {
  auto& mutable_asset = const_cast<JsonValue&>(asset);
  for (const JsonValue* holder : {&asset, properties}) {
    const JsonValue* fw = holder ? const_cast<JsonValue*>(holder)->find("mlm:framework") : nullptr;
    if (fw && fw->string_value()) {
      auto family = framework_family(*fw->string_value());
      if (family.known()) return family.describe();
    }
  }
  const JsonValue* type = mutable_asset.find("type");
  if (type && type->string_value()) {
    const std::string media = lower(*type->string_value());
    for (std::string_view param : {"framework=", "application="}) {
      const auto at = media.find(param);
      if (at == std::string::npos) continue;
      std::string value = media.substr(at + param.size());
      value = value.substr(0, value.find(';'));
      auto family = framework_family(value);
      if (family.known()) return family.describe();
    }
  }
  return "unknown";
}

}  // namespace

std::optional<ArtifactGuess> guess_artifact_type(const JsonValue& asset, const JsonValue* properties) {
  const JsonValue* href = const_cast<JsonValue&>(asset).find("href");
  if (!href || !href->string_value()) return std::nullopt;
  std::string path = lower(*href->string_value());
  path = path.substr(0, path.find_first_of("?#"));
  const std::string family = family_of(asset, properties);
  const bool torch = family == "PyTorch" || family == "unknown";
  auto ends = [&](std::string_view suffix) { return path.ends_with(suffix); };
  auto guess = [&](std::string type, std::string_view suffix) {
    return ArtifactGuess{std::move(type), "inferred from the file suffix \"" + std::string(suffix) + "\"" +
                                              (family == "unknown" ? "" : " and the framework (" + family + ")")};
  };
  if (ends(".pt2")) return guess("torch.export.save", ".pt2");
  for (std::string_view suffix : {".pth", ".pt", ".ckpt"}) {
    if (ends(suffix) && torch) return guess("torch.save", suffix);
  }
  if (ends(".onnx")) return guess(family == "PyTorch" ? "torch.onnx.export" : "onnx.save", ".onnx");
  if (ends(".keras")) return guess("tf.keras.Model.save", ".keras");
  if (ends(".h5")) return guess("tf.keras.Model.save_weights", ".h5");
  if (ends(".safetensors")) {
    if (family == "PyTorch") return guess("safetensors.torch.save_file", ".safetensors");
    if (family == "TensorFlow/Keras") return guess("safetensors.tensorflow.save_file", ".safetensors");
    if (family == "JAX/Flax") return guess("safetensors.flax.save_file", ".safetensors");
    if (family == "Paddle") return guess("safetensors.paddle.save_file", ".safetensors");
  }
  return std::nullopt;
}

namespace {

// v1.0.0/v1.1.0 schemas required mlm:model on every asset (RULES.md G12), so source code carried it too;
// since v1.3.0 its role is mlm:source_code.
void drop_workaround_model_roles(Context& ctx) {
  // The v1.2.0 examples still carry the workaround; v1.3.0 replaced it by mlm:source_code.
  if (!ctx.origin.mlm || *ctx.origin.mlm > Version{1, 2, 0}) return;
  auto models = model_assets(ctx);
  if (models.size() < 2) return;
  for (auto& [key, asset] : models) {
    if (!has_role(*asset, "code")) continue;
    Array& roles = *asset->find("roles")->array();
    auto it = std::find_if(roles.begin(), roles.end(),
                           [](const JsonValue& r) { return r.string_value() && *r.string_value() == kModelRole; });
    const std::string where = ptr({"assets", key, "roles", std::to_string(it - roles.begin())});
    if (array_has_string(asset->find("roles"), "mlm:source_code")) {
      roles.erase(it);
      ctx.changed(where, "removed role \"mlm:model\" from source code (a workaround for MLM v1.0/v1.1, which "
                         "required it on every asset)");
    } else {
      *it = str("mlm:source_code");
      ctx.changed(where, "role \"mlm:model\" of source code is now \"mlm:source_code\" (a workaround for MLM "
                         "v1.0/v1.1, which required mlm:model on every asset)");
    }
  }
}

void add_artifact_types(Context& ctx) {
  if (!ctx.is_item) return;
  for (auto& [key, asset] : model_assets(ctx)) {
    if (asset->find("mlm:artifact_type")) continue;
    const std::string where = ptr({"assets", key, "mlm:artifact_type"});
    if (auto guess = guess_artifact_type(*asset, ctx.properties())) {
      put_after(*asset, "roles", "mlm:artifact_type", str(guess->type));
      ctx.review(where, "set to " + json_literal(guess->type) + " (required since MLM v1.4.0), " + guess->reason,
                 "confirm how the artifact was saved");
    } else {
      put_after(*asset, "roles", "mlm:artifact_type", str(kArtifactPlaceholder));
      ctx.manual(where, "added a placeholder: mlm:artifact_type is required since MLM v1.4.0",
                 "replace the placeholder by how the artifact was saved (e.g. \"torch.save\")");
    }
  }
}

bool references_bands(Context& ctx) {
  for (auto* list : {&model_inputs, &model_outputs}) {
    for (auto& [base, io] : (*list)(ctx)) {
      const JsonValue* bands = io->find("bands");
      if (bands && bands->array() && !bands->array()->empty()) return true;
    }
  }
  return false;
}

// Since v1.3.0 the MLM schema looks for band definitions on the model asset (RULES.md MLM402, MLM404,
// MLM405).
void move_band_lists(Context& ctx) {
  JsonValue* props = ctx.properties();
  auto models = model_assets(ctx);
  if (!props || models.empty() || !references_bands(ctx)) return;
  const bool assets_have_raster =
      std::any_of(models.begin(), models.end(), [](auto& m) { return m.second->find("raster:bands"); });
  JsonValue* raster = props->find("raster:bands");
  if (raster && raster->array() && !assets_have_raster) {
    auto bands = take(*props, "raster:bands");
    for (auto& [key, asset] : models) {
      put(*asset, "raster:bands", *bands);
      ctx.changed(ptr({"assets", key, "raster:bands"}),
                  "moved raster:bands from the Item properties to the model asset (an Asset field; MLM v1.3.0)");
    }
  }
  JsonValue* assets = ctx.assets();
  const bool any_asset_has_eo = assets && std::any_of(assets->object()->begin(), assets->object()->end(),
                                                      [](auto& a) { return a.second.object() && a.second.find("eo:bands"); });
  JsonValue* eo = props->find("eo:bands");
  if (eo && eo->array() && !any_asset_has_eo) {
    Array names;
    for (auto& band : *eo->array()) {
      const JsonValue* name = band.object() ? band.find("name") : nullptr;
      if (name) names.push_back(JsonValue(Object{{"name", *name}}));
    }
    for (auto& [key, asset] : models) {
      put(*asset, "eo:bands", JsonValue(names));
      ctx.changed(ptr({"assets", key, "eo:bands"}),
                  "listed the band names of properties.eo:bands on the model asset (EO v1 requires an asset-level list)");
    }
  }
}

std::string last_mlm_key(JsonValue& props) {
  std::string last;
  for (const auto& [key, value] : *props.object()) {
    if (key.starts_with("mlm:")) last = key;
  }
  return last;
}

// ^[a-zA-Z][a-zA-Z0-9_.\-\s]+[a-zA-Z0-9]$ (the mlm:name pattern), made from a title or id.
std::string as_model_name(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-' || c == ' ';
    out += ok ? c : '-';
  }
  while (!out.empty() && !std::isalpha(static_cast<unsigned char>(out.front()))) out.erase(out.begin());
  while (!out.empty() && !std::isalnum(static_cast<unsigned char>(out.back()))) out.pop_back();
  return out.size() >= 3 ? out : "";
}

// The fields MLM requires of an Item that a legacy document may not have: taken from what the document
// says where possible, else placeholders marked "TODO" (and reported as manual work).
void complete_item(Context& ctx) {
  JsonValue* props = ctx.properties();
  if (!props) return;
  if (!props->find("mlm:name")) {
    std::string name;
    std::string from;
    for (std::string_view source : {"title", "id"}) {
      const JsonValue* holder = source == "title" ? props->find("title") : ctx.doc.find("id");
      if (holder && holder->string_value()) name = as_model_name(*holder->string_value());
      if (!name.empty()) {
        from = source == "title" ? "the title" : "the Item id";
        break;
      }
    }
    if (name.empty()) {
      put_after(*props, last_mlm_key(*props), "mlm:name", str("TODO model name"));
      ctx.manual("/properties/mlm:name", "added a placeholder: mlm:name is required", "name the model");
    } else {
      put_after(*props, last_mlm_key(*props), "mlm:name", str(name));
      ctx.review("/properties/mlm:name", "set from " + from + " (mlm:name is required)",
                 "give the model a name that identifies it, not only its architecture");
    }
  }
  if (!props->find("mlm:architecture")) {
    put_after(*props, last_mlm_key(*props), "mlm:architecture", str("TODO: model architecture (e.g. ResNet-18)"));
    ctx.manual("/properties/mlm:architecture", "added a placeholder: mlm:architecture is required",
               "name the architecture");
  }
  if (!props->find("mlm:tasks")) {
    put_after(*props, last_mlm_key(*props), "mlm:tasks", JsonValue(Array{}));
    ctx.manual("/properties/mlm:tasks", "added an empty list: mlm:tasks is required", "list the tasks of the model");
  }
  for (std::string_view key : {"mlm:input", "mlm:output"}) {
    if (props->find(key)) continue;
    put_after(*props, last_mlm_key(*props), std::string(key), JsonValue(Array{}));
    ctx.manual(ptr({"properties", key}), "added an empty list: " + std::string(key) + " is required",
               key == "mlm:input" ? "describe each model input (name, bands, input shape, dim_order, data_type)"
                                  : "describe each model output (name, tasks, result shape, dim_order, data_type)");
  }
  if (!model_assets(ctx).empty()) return;
  if (!ctx.doc.find("assets")) put(ctx.doc, "assets", JsonValue(Object{}));
  JsonValue* assets = ctx.assets();
  if (!assets) return;
  const std::string key = free_asset_key(ctx, "model");
  put(*assets, key,
      JsonValue(Object{{"href", str("TODO: URL of the model artifact")},
                       {"type", str("application/octet-stream")},
                       {"title", str("TODO: model artifact")},
                       {"roles", JsonValue(Array{str(kModelRole)})},
                       {"mlm:artifact_type", str(kArtifactPlaceholder)}}));
  ctx.manual(ptr({"assets", key}), "added a placeholder model asset: MLM requires an asset with role \"mlm:model\"",
             "point href at the model artifact and set its type and mlm:artifact_type");
}

}  // namespace

void migrate_assets(Context& ctx) {
  drop_workaround_model_roles(ctx);
  if (ctx.is_item) complete_item(ctx);
  add_artifact_types(ctx);
  move_band_lists(ctx);
}

// --- reserved dimensions (v1.5.0) -----------------------------------------------------------------

namespace {

// The size of the dimension that stacks the listed bands must be their number (RULES.md MLM102); the
// older examples left a size from another band selection (13 for 4 bands). A pre-processing function may
// change the count, so the size is then left alone.
void match_stacked_size(Context& ctx, JsonValue& io, JsonValue& structure, const std::string& where, std::size_t k,
                        std::size_t listed) {
  const JsonValue* pre = io.find("pre_processing_function");
  if (pre && !pre->is_null() && !(pre->array() && pre->array()->empty())) return;
  JsonValue* shape = structure.find("shape");
  if (!shape || !shape->array() || k >= shape->array()->size()) return;
  JsonValue& size = (*shape->array())[k];
  const auto n = size.integer_value();
  if (!n || *n <= 0 || static_cast<std::size_t>(*n) == listed) return;
  const std::string old = compact(size);
  size = JsonValue(static_cast<std::int64_t>(listed));
  ctx.review(ptr_index(ptr_key(where, "shape"), k),
             "size " + old + " is now " + std::to_string(listed) + ", the number of listed entries it stacks",
             "confirm the input shape", old);
}

// `list_key` ("bands"/"variables") is listed, so dim_order needs the dimension of the same name, and
// the other way round (RULES.md MLM103).
void reserve_dimension(Context& ctx, JsonValue& io, const std::string& base, std::string_view structure_key,
                       std::string_view list_key) {
  JsonValue* structure = io.find(structure_key);
  JsonValue* dims = structure && structure->object() ? structure->find("dim_order") : nullptr;
  if (!dims || !is_string_array(*dims)) return;
  Array& order = *dims->array();
  const JsonValue* list = io.find(list_key);
  const bool listed = list && list->array() && !list->array()->empty();
  const bool has_dim = array_has_string(dims, list_key);
  const std::string where = ptr_key(ptr_key(base, structure_key), "dim_order");
  if (listed && !has_dim) {
    std::vector<std::size_t> channel;
    std::vector<std::size_t> unusual;
    for (std::size_t k = 0; k < order.size(); ++k) {
      const std::string& dim = *order[k].string_value();
      if (dim == "channel" && list_key == "bands") channel.push_back(k);
      if (!is_recommended_dimension(dim)) unusual.push_back(k);
    }
    if (channel.size() == 1) {
      order[channel[0]] = str(list_key);
      ctx.changed(ptr_index(where, channel[0]),
                  "dimension \"channel\" is now " + json_literal(list_key) + " (reserved since MLM v1.5.0 when " +
                      std::string(list_key) + " are listed)");
      match_stacked_size(ctx, io, *structure, ptr_key(base, structure_key), channel[0], list->array()->size());
    } else if (unusual.size() == 1) {
      const std::string old = *order[unusual[0]].string_value();
      order[unusual[0]] = str(list_key);
      ctx.review(ptr_index(where, unusual[0]),
                 "dimension " + json_literal(old) + " is now " + json_literal(list_key) + " (reserved since MLM v1.5.0 when " +
                     std::string(list_key) + " are listed)",
                 "confirm that this dimension stacks the listed " + std::string(list_key), json_literal(old));
    } else {
      ctx.manual(where, std::string(list_key) + " are listed but dim_order has no " + json_literal(list_key) + " dimension",
                 "rename the dimension that stacks the " + std::string(list_key) + " to " + json_literal(list_key));
    }
  } else if (!listed && has_dim && list_key == "bands" && !array_has_string(dims, "channel")) {
    auto it = std::find_if(order.begin(), order.end(), [](const JsonValue& d) { return *d.string_value() == "bands"; });
    *it = str("channel");
    ctx.review(ptr_index(where, static_cast<std::size_t>(it - order.begin())),
               "dimension \"bands\" is now \"channel\": \"bands\" is reserved for inputs that list their bands",
               "or list the bands of this input in \"bands\" and keep the dimension name \"bands\"", "\"bands\"");
  } else if (!listed && has_dim) {
    ctx.manual(where, "dim_order has a " + json_literal(list_key) + " dimension but no " + std::string(list_key) + " are listed",
               "list the " + std::string(list_key) + " or rename the dimension");
  }
}

}  // namespace

void migrate_dimensions(Context& ctx) {
  for (auto& [base, input] : model_inputs(ctx)) {
    reserve_dimension(ctx, *input, base, "input", "bands");
    reserve_dimension(ctx, *input, base, "input", "variables");
  }
  for (auto& [base, output] : model_outputs(ctx)) {
    reserve_dimension(ctx, *output, base, "result", "bands");
    reserve_dimension(ctx, *output, base, "result", "variables");
  }
}

}  // namespace mlmlint::migrate

// DLM (dl-model, v1.0.0-beta.3) -> MLM (RULES.md §4.7 T12). The DLM objects are replaced, where they
// stood, by the MLM fields they map to; what has no MLM counterpart is kept in the notes.
#include <algorithm>
#include <cmath>
#include <regex>

#include "migrate_internal.h"
#include "mlmlint/core/tables_frameworks.h"
#include "mlmlint/core/tables_legacy.h"

namespace mlmlint::migrate {

namespace {

constexpr std::string_view kDataTypes[] = {"int8",   "int16",  "int32",   "int64",    "uint8",    "uint16",
                                           "uint32", "uint64", "float16", "float32",  "float64",  "cint16",
                                           "cint32", "cfloat32", "cfloat64", "other"};

bool is_data_type(const JsonValue* value) {
  if (!value || !value->string_value()) return false;
  for (auto t : kDataTypes) {
    if (*value->string_value() == t) return true;
  }
  return false;
}

// Adds `key` to the members that replace a DLM object, unless the Item already has it: then an equal
// value is dropped and a different one goes to the notes.
void map_to(Context& ctx, JsonValue& props, Object& out, std::string key, JsonValue value, const std::string& from) {
  if (const JsonValue* existing = props.find(key)) {
    if (*existing == value) {
      ctx.changed(from, "removed: " + key + " already has this value", compact(value));
    } else {
      ctx.manual(from, "removed: it contradicts the existing " + key + " " + compact(*existing),
                 "keep the right value in " + key, compact(value));
    }
    return;
  }
  ctx.changed(ptr({"properties", key}), "mapped from " + from);
  out.emplace_back(std::move(key), std::move(value));
}

void keep_in_notes(Context& ctx, const std::string& where, const JsonValue& value, std::string suggestion) {
  ctx.manual(where, "removed: no MLM counterpart", std::move(suggestion), compact(value));
}

// "1.5" -> "1.5.0": mlm:framework_version is a semantic version.
std::string framework_version(const JsonValue& value) {
  std::string text;
  if (const auto* s = value.string_value()) {
    text = *s;
  } else {
    value.dump_scalar(text);
  }
  static const std::regex kPartial("^[0-9]+(\\.[0-9]+)?$");
  if (std::regex_match(text, kPartial)) {
    const auto dots = std::count(text.begin(), text.end(), '.');
    for (auto i = dots; i < 2; ++i) text += ".0";
  }
  return text;
}

void migrate_architecture(Context& ctx, JsonValue& props, JsonValue& arch) {
  const std::string base = "/properties/dlm:architecture";
  Object out;
  for (auto& [key, value] : *arch.object()) {
    const std::string from = ptr_key(base, key);
    if (key == "total_nb_parameters" && value.integer_value()) {
      map_to(ctx, props, out, "mlm:total_parameters", value, from);
    } else if (key == "estimated_total_size_mb" && value.number_value()) {
      // Q11: the factor is not specified; DLM's summaries come from torchsummary, which counts 2^20 bytes.
      const auto bytes = static_cast<std::int64_t>(std::llround(*value.number_value() * 1048576.0));
      map_to(ctx, props, out, "mlm:memory_size", JsonValue(bytes), from);
      ctx.review(ptr({"properties", "mlm:memory_size"}), "converted " + compact(value) + " MB to bytes (1 MB = 2^20 bytes)",
                 "confirm the memory size in bytes", compact(value));
    } else if (key == "type" && value.string_value()) {
      map_to(ctx, props, out, "mlm:architecture", value, from);
    } else if (key == "pretrained") {
      const std::string* source = value.string_value();
      const std::string lowered = source ? ascii_lower(*source) : "";
      const bool none = value.is_null() || (source && (lowered.empty() || lowered == "none" || lowered == "no" ||
                                                       lowered == "false"));
      if (value.bool_value()) {
        map_to(ctx, props, out, "mlm:pretrained", value, from);
      } else if (none) {
        map_to(ctx, props, out, "mlm:pretrained", JsonValue(false), from);
      } else if (source) {
        map_to(ctx, props, out, "mlm:pretrained", JsonValue(true), from);
        map_to(ctx, props, out, "mlm:pretrained_source", value, from);
      } else {
        keep_in_notes(ctx, from, value, "set mlm:pretrained and mlm:pretrained_source");
      }
    } else if (key == "summary" && value.string_value() && !props.find("description")) {
      map_to(ctx, props, out, "description", value, from);
    } else if (key == "summary") {
      keep_in_notes(ctx, from, value, "add the layer summary to the description or a documentation asset if wanted");
    } else {
      keep_in_notes(ctx, from, value, "move it to an MLM field if one fits");
    }
  }
  replace_with(props, "dlm:architecture", std::move(out));
}

void migrate_runtime(Context& ctx, JsonValue& props, JsonValue& runtime) {
  const std::string base = "/properties/dlm:runtime";
  Object out;
  std::optional<std::string> src_url;
  std::optional<std::string> handler;
  std::optional<std::string> commit;
  for (auto& [key, value] : *runtime.object()) {
    const std::string from = ptr_key(base, key);
    if (key == "framework" && value.string_value()) {
      auto canonical = canonical_framework_name(*value.string_value());
      map_to(ctx, props, out, "mlm:framework", str(canonical ? *canonical : *value.string_value()), from);
    } else if ((key == "version" || key == "framework_version") && !value.is_null() && !value.array() &&
               !value.object()) {
      const std::string version = framework_version(value);
      map_to(ctx, props, out, "mlm:framework_version", str(version), from);
      if (version != (value.string_value() ? *value.string_value() : "")) {
        ctx.review(ptr({"properties", "mlm:framework_version"}), "written as the semantic version " + json_literal(version),
                   "confirm the exact framework version", compact(value));
      }
    } else if (key == "model_src_url" && value.string_value()) {
      src_url = *value.string_value();
    } else if (key == "model_handler" && value.string_value()) {
      handler = *value.string_value();
    } else if (key == "model_commit_hash" && value.string_value()) {
      commit = *value.string_value();
    } else if (value.is_null()) {
      ctx.changed(from, "removed (null)", "null");
    } else if (key == "docker" && value.object()) {
      JsonValue& docker = value;
      const JsonValue* file = docker.find("docker_file");
      const JsonValue* image = docker.find("image_name");
      const JsonValue* href = file && file->string_value() ? file : image && image->string_value() ? image : nullptr;
      if (JsonValue* assets = ctx.assets(); assets && href) {
        const std::string asset_key = free_asset_key(ctx, "container");
        Object asset{{"href", *href}};
        if (image && image->string_value()) asset.emplace_back("title", str("Container image " + *image->string_value()));
        asset.emplace_back("roles", JsonValue(Array{str("runtime"), str("mlm:inference-runtime")}));
        put(*assets, asset_key, JsonValue(std::move(asset)));
        ctx.review(ptr({"assets", asset_key}), "added a container asset from " + from,
                   "check its href and describe how to run the container (the DLM run command, working directory "
                   "and tag are in the original value)",
                   compact(docker));
      } else {
        keep_in_notes(ctx, from, docker, "describe the container as an asset with roles \"runtime\" and "
                                         "\"mlm:inference-runtime\"");
      }
      const JsonValue* gpu = docker.find("gpu");
      if (gpu && gpu->bool_value() && *gpu->bool_value()) {
        map_to(ctx, props, out, "mlm:accelerator", str("cuda"), ptr_key(from, "gpu"));
        ctx.review(ptr({"properties", "mlm:accelerator"}), "\"gpu\": true read as the accelerator \"cuda\"",
                   "confirm the accelerator (cuda, amd-rocm, xla, …)");
      }
    } else {
      keep_in_notes(ctx, from, value, "describe it in the source code or container asset");
    }
  }
  if (src_url) {
    std::string href = *src_url;
    if (commit && href.find("github.com/") != std::string::npos) href += "/tree/" + *commit;
    if (JsonValue* assets = ctx.assets()) {
      const std::string asset_key = free_asset_key(ctx, "source_code");
      Object asset{{"href", str(href)}, {"type", str("text/html")}, {"title", str("Source code")},
                   {"roles", JsonValue(Array{str("mlm:source_code"), str("code")})}};
      if (handler) asset.emplace_back("mlm:entrypoint", str(*handler));
      put(*assets, asset_key, JsonValue(std::move(asset)));
      ctx.review(ptr({"assets", asset_key}),
                 "added a source code asset from dlm:runtime (model_src_url" +
                     std::string(commit ? ", model_commit_hash" : "") + (handler ? ", model_handler as mlm:entrypoint" : "") +
                     ")",
                 "check the href and the entrypoint", compact(runtime));
    }
  } else if (handler || commit) {
    ctx.manual(base, "removed model_handler/model_commit_hash: there is no model_src_url to make a source code asset of",
               "add a source code asset (roles \"mlm:source_code\", \"code\") with mlm:entrypoint", compact(runtime));
  }
  replace_with(props, "dlm:runtime", std::move(out));
}

// dlm:data describes the input raster: its processing level maps to processing:level, its data type is
// used for the input; band details have no MLM place.
std::optional<JsonValue> migrate_data(Context& ctx, JsonValue& props, JsonValue& data) {
  const std::string base = "/properties/dlm:data";
  Object out;
  std::optional<JsonValue> data_type;
  for (auto& [key, value] : *data.object()) {
    const std::string from = ptr_key(base, key);
    if (key == "process_level" && value.string_value()) {
      map_to(ctx, props, out, "processing:level", value, from);
      ctx.introduced_extensions.insert("processing");
    } else if ((key == "dtype" || key == "data_type") && is_data_type(&value)) {
      data_type = value;
      ctx.changed(from, "used as the data_type of the model input", compact(value));
    } else {
      keep_in_notes(ctx, from, value, "describe the bands (data type, no-data value, band selection) with band "
                                      "objects (eo:bands / raster:bands) on the model asset");
    }
  }
  replace_with(props, "dlm:data", std::move(out));
  return data_type;
}

std::optional<JsonValue> processing_expression(Context& ctx, const JsonValue& value, const std::string& from) {
  if (value.is_null()) {
    ctx.changed(from, "removed (null)", "null");
    return std::nullopt;
  }
  if (value.string_value()) {
    ctx.review(from, "written as a Processing Expression {\"format\": \"python\", \"expression\": …}",
               "confirm the format of the expression", compact(value));
    return JsonValue(Object{{"format", str("python")}, {"expression", value}});
  }
  if (value.object()) return value;
  keep_in_notes(ctx, from, value, "write it as a Processing Expression");
  return std::nullopt;
}

JsonValue data_type_or_placeholder(Context& ctx, const std::optional<JsonValue>& data_type, const std::string& where) {
  if (data_type) return *data_type;
  ctx.manual(where, "data_type is required; \"float32\" is a placeholder", "set the tensor's data type");
  return str("float32");
}

void migrate_inputs(Context& ctx, JsonValue& props, JsonValue& inputs, const std::optional<JsonValue>& data_type) {
  const std::string base = "/properties/dlm:inputs";
  const std::string where = "/properties/mlm:input/0";
  Object input{{"name", str("input")}};
  Array bands;
  Array shape;
  Array dims;
  Array mean;
  Array std_dev;
  bool bands_dim = false;
  std::optional<JsonValue> pre;
  // Band names by index, from the Item's eo:bands.
  const JsonValue* eo = props.find("eo:bands");
  if (const JsonValue* selected = inputs.find("selected_bands"); selected && selected->array()) {
    bool all = eo && eo->array();
    for (const auto& index : *selected->array()) {
      auto i = index.integer_value();
      const JsonValue* band = all && i && *i >= 0 && static_cast<std::size_t>(*i) < eo->array()->size()
                                  ? &(*eo->array())[static_cast<std::size_t>(*i)]
                                  : nullptr;
      const JsonValue* name = band && band->object() ? const_cast<JsonValue*>(band)->find("name") : nullptr;
      if (!name || !name->string_value()) {
        all = false;
        break;
      }
      bands.push_back(*name);
    }
    if (all) {
      ctx.review(ptr_key(where, "bands"), "band indices of selected_bands resolved to the names of eo:bands",
                 "confirm the bands", compact(*selected));
    } else {
      bands.clear();
      keep_in_notes(ctx, ptr_key(base, "selected_bands"), *selected, "list the input's band names in \"bands\"");
    }
  }
  for (auto& [key, value] : *inputs.object()) {
    const std::string from = ptr_key(base, key);
    if (key == "name" && value.string_value()) {
      input.front().second = value;
    } else if (key == "input_tensors" && value.object()) {
      for (auto& [dim, size] : *value.object()) {
        auto n = size.integer_value();
        std::string name = dim == "channels" || dim == "channel" || dim == "dim" || dim == "bands" ? "channel" : dim;
        if (name == "channel" && !bands.empty()) {
          name = "bands";
          bands_dim = true;
        }
        shape.push_back(JsonValue(n ? *n : std::int64_t{-1}));
        dims.push_back(str(name));
      }
      ctx.changed(ptr_key(where, "input"), "shape and dim_order built from " + from, compact(value));
    } else if (key == "normalization:mean" && value.array()) {
      mean = *value.array();
    } else if (key == "normalization:std" && value.array()) {
      std_dev = *value.array();
    } else if (key == "pre_processing_function") {
      pre = processing_expression(ctx, value, from);
    } else if (key == "selected_bands") {
      // handled above
    } else if (key == "scaling_factor") {
      ctx.manual(from, "removed: whether values are multiplied or divided by the factor is not specified (Q11)",
                 "add a value_scaling object (e.g. {\"type\": \"scale\", \"value\": …}) or a processing expression",
                 compact(value));
    } else {
      keep_in_notes(ctx, from, value, "describe it in the input's description");
    }
  }
  if (!bands.empty()) input.emplace_back("bands", JsonValue(bands));
  if (shape.empty()) {
    shape.push_back(JsonValue(std::int64_t{-1}));
    dims.push_back(str("batch"));
    ctx.manual(ptr_key(where, "input"), "no input_tensors: the shape [-1] and dim_order [\"batch\"] are placeholders",
               "give the input's shape and dim_order");
  }
  if (!bands.empty() && !bands_dim) {
    ctx.manual(ptr_key(where, "input"), "the bands are listed but no dimension stacks them",
               "add the \"bands\" dimension to dim_order and shape");
  }
  input.emplace_back("input", JsonValue(Object{{"shape", JsonValue(shape)},
                                               {"dim_order", JsonValue(dims)},
                                               {"data_type", data_type_or_placeholder(ctx, data_type,
                                                                                      where + "/input/data_type")}}));
  if (!mean.empty() && mean.size() == std_dev.size()) {
    Array scaling;
    for (std::size_t i = 0; i < mean.size(); ++i) {
      scaling.push_back(JsonValue(Object{{"type", str("z-score")}, {"mean", mean[i]}, {"stddev", std_dev[i]}}));
    }
    input.emplace_back("value_scaling", JsonValue(std::move(scaling)));
    ctx.changed(ptr_key(where, "value_scaling"), "z-score objects from normalization:mean and normalization:std");
  } else if (!mean.empty() || !std_dev.empty()) {
    ctx.manual(base, "removed normalization:mean/std: they do not pair up", "write the value_scaling objects",
               compact(JsonValue(Object{{"normalization:mean", JsonValue(mean)}, {"normalization:std", JsonValue(std_dev)}})));
  }
  if (pre) input.emplace_back("pre_processing_function", std::move(*pre));
  Object replacement;
  map_to(ctx, props, replacement, "mlm:input", JsonValue(Array{JsonValue(std::move(input))}), base);
  replace_with(props, "dlm:inputs", std::move(replacement));
}

// class_name_mapping: [{"0": "name"}, …] or {"0": "name", …} -> classification:classes.
std::optional<Array> classes_of(const JsonValue& mapping, std::optional<std::int64_t> dont_care) {
  Object pairs;
  if (const auto* items = mapping.array()) {
    for (const auto& item : *items) {
      if (!item.object()) return std::nullopt;
      for (const auto& pair : *item.object()) pairs.push_back(pair);
    }
  } else if (const auto* members = mapping.object()) {
    pairs = *members;
  } else {
    return std::nullopt;
  }
  Array classes;
  for (const auto& [key, name] : pairs) {
    if (!name.string_value() || key.empty() || key.size() > 18 || key.find_first_not_of("0123456789") != std::string::npos) {
      return std::nullopt;
    }
    const std::int64_t value = std::stoll(key);
    Object entry{{"value", JsonValue(value)}, {"name", name}, {"description", name}};
    if (dont_care && *dont_care == value) entry.emplace_back("nodata", JsonValue(true));
    classes.push_back(JsonValue(std::move(entry)));
  }
  return classes;
}

void migrate_outputs(Context& ctx, JsonValue& props, JsonValue& outputs) {
  const std::string base = "/properties/dlm:outputs";
  const std::string where = "/properties/mlm:output/0";
  Object output{{"name", str("output")}};
  Array tasks;
  Array shape;
  std::optional<std::int64_t> class_count;
  std::optional<std::int64_t> dont_care;
  std::optional<JsonValue> post;
  std::optional<Array> classes;
  if (const JsonValue* d = outputs.find("dont_care_index")) dont_care = d->integer_value();
  for (auto& [key, value] : *outputs.object()) {
    const std::string from = ptr_key(base, key);
    if (key == "task" && value.string_value()) {
      const auto task = dlm_task_to_mlm(ascii_lower(*value.string_value()));
      if (task.empty()) {
        keep_in_notes(ctx, from, value, "list the MLM task names in mlm:tasks and the output's tasks");
      } else {
        tasks.push_back(str(task));
        output.front().second = str(task);
        ctx.changed(ptr_key(where, "tasks"), "task " + compact(value) + " is the MLM task " + json_literal(task), compact(value));
      }
    } else if (key == "final_layer_size" && value.array()) {
      for (const auto& n : *value.array()) shape.push_back(JsonValue(n.integer_value() ? *n.integer_value() : std::int64_t{-1}));
      ctx.changed(ptr_key(where, "result"), "result shape from " + from, compact(value));
    } else if (key == "number_of_classes" && value.integer_value()) {
      class_count = value.integer_value();
    } else if (key == "class_name_mapping") {
      classes = classes_of(value, dont_care);
      if (classes) {
        ctx.changed(ptr_key(where, "classification:classes"), "classes from " + from, compact(value));
      } else {
        keep_in_notes(ctx, from, value, "list the classes in classification:classes");
      }
    } else if (key == "dont_care_index") {
      if (dont_care) {
        ctx.review(from, "the class with this value is marked \"nodata\": true", "confirm the no-data class",
                   compact(value));
      } else {
        keep_in_notes(ctx, from, value, "mark the no-data class with \"nodata\": true");
      }
    } else if (key == "post_processing_function") {
      post = processing_expression(ctx, value, from);
    } else {
      keep_in_notes(ctx, from, value, "describe it in the output's description");
    }
  }
  if (shape.empty()) {
    shape = {JsonValue(std::int64_t{-1}), JsonValue(class_count ? *class_count : std::int64_t{-1})};
  } else if (class_count && !(shape.size() >= 2 && shape[1].integer_value() == class_count)) {
    ctx.manual(ptr_key(base, "number_of_classes"), "removed: it does not match the class dimension of final_layer_size",
               "check result.shape", std::to_string(*class_count));
  }
  Array dims;
  if (shape.size() == 4) {
    dims = {str("batch"), str("class"), str("height"), str("width")};
  } else if (shape.size() == 3) {
    dims = {str("class"), str("height"), str("width")};
  } else {
    for (std::size_t i = 0; i < shape.size(); ++i) dims.push_back(str(i == 0 ? "batch" : i == 1 ? "class" : "dim"));
  }
  ctx.review(where + "/result/dim_order", "dim_order inferred from the rank of the result shape",
             "confirm the dimension names");
  output.emplace_back("tasks", JsonValue(tasks));
  output.emplace_back("result", JsonValue(Object{{"shape", JsonValue(shape)},
                                                {"dim_order", JsonValue(dims)},
                                                {"data_type", data_type_or_placeholder(ctx, std::nullopt,
                                                                                       where + "/result/data_type")}}));
  if (classes) output.emplace_back("classification:classes", JsonValue(std::move(*classes)));
  if (post) output.emplace_back("post_processing_function", std::move(*post));
  Object replacement;
  if (!tasks.empty() && !props.find("mlm:tasks")) {
    replacement.emplace_back("mlm:tasks", JsonValue(tasks));
    ctx.changed("/properties/mlm:tasks", "mapped from " + base + "/task");
  }
  map_to(ctx, props, replacement, "mlm:output", JsonValue(Array{JsonValue(std::move(output))}), base);
  replace_with(props, "dlm:outputs", std::move(replacement));
}

// dlm:archive lists the files of the model archive with DLM roles (T12, inferred).
void migrate_archive(Context& ctx, JsonValue& props, JsonValue& archive) {
  const std::string base = "/properties/dlm:archive";
  JsonValue* assets = ctx.assets();
  if (!assets) {
    keep_in_notes(ctx, base, archive, "describe each file as an asset");
    take(props, "dlm:archive");
    return;
  }
  for (std::size_t i = 0; i < archive.array()->size(); ++i) {
    JsonValue& entry = (*archive.array())[i];
    const JsonValue* name = entry.object() ? entry.find("name") : nullptr;
    const JsonValue* roles = entry.object() ? entry.find("role") : nullptr;
    if (!name || !name->string_value()) {
      keep_in_notes(ctx, ptr_index(base, i), entry, "describe the file as an asset");
      continue;
    }
    Array mlm_roles;
    bool weights = false;
    if (roles && roles->array()) {
      for (const auto& role : *roles->array()) {
        const std::string r = role.string_value() ? *role.string_value() : "";
        if (r == "model weight") {
          mlm_roles.push_back(str(kModelRole));
          mlm_roles.push_back(str("mlm:weights"));
          weights = true;
        } else if (r == "config file") {
          mlm_roles.push_back(str("metadata"));
        } else if (r == "handling function" || r == "dependency") {
          mlm_roles.push_back(str("code"));
        } else {
          mlm_roles.push_back(role);
        }
      }
    }
    std::string key = *name->string_value();
    key = key.substr(key.find_last_of('/') == std::string::npos ? 0 : key.find_last_of('/') + 1);
    key = free_asset_key(ctx, key);
    Object asset{{"href", *name}, {"title", str(key + " (in the model archive)")}};
    if (weights) asset.emplace_back("type", str("application/octet-stream"));
    asset.emplace_back("roles", JsonValue(std::move(mlm_roles)));
    put(*assets, key, JsonValue(std::move(asset)));
    ctx.review(ptr({"assets", key}), "added an asset for the archive entry " + ptr_index(base, i),
               "its href is the file's path inside the model archive: point it at a downloadable file",
               compact(entry));
  }
  take(props, "dlm:archive");
}

// DLM-era Items (v1.0.0-beta.3) list their assets as an array of one-member objects with "role".
void migrate_asset_array(Context& ctx) {
  JsonValue* assets = ctx.doc.find("assets");
  if (!assets || !assets->array()) return;
  JsonValue merged(Object{});
  bool ok = true;
  for (const auto& item : *assets->array()) {
    if (!item.object()) ok = false;
    for (const auto& [key, asset] : item.object() ? *item.object() : Object{}) {
      if (merged.find(key)) ok = false;
      put(merged, key, asset);
    }
  }
  if (!ok) return;
  const std::string original = compact(*assets);
  *assets = std::move(merged);
  ctx.review("/assets", "the array of assets is now an object keyed by asset name (STAC)", "check the asset keys",
             original);
  for (auto& [key, asset] : *assets->object()) {
    if (asset.object() && rename(asset, "role", "roles")) {
      ctx.changed(ptr({"assets", key, "roles"}), "renamed \"role\" to \"roles\"");
    }
  }
}

void drop_remaining(Context& ctx, JsonValue& object, const std::string& base) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : *object.object()) {
    if (key.starts_with("dlm:")) keys.push_back(key);
  }
  for (const auto& key : keys) {
    auto value = take(object, key);
    keep_in_notes(ctx, ptr_key(base, key), *value, "move its information to the MLM fields of RULES.md T12");
  }
}

}  // namespace

void migrate_dlm(Context& ctx) {
  if (!ctx.origin.dlm) return;
  migrate_asset_array(ctx);
  if (JsonValue* props = ctx.properties()) {
    std::optional<JsonValue> data_type;
    if (JsonValue* v = props->find("dlm:architecture"); v && v->object()) migrate_architecture(ctx, *props, *v);
    if (JsonValue* v = props->find("dlm:runtime"); v && v->object()) migrate_runtime(ctx, *props, *v);
    if (JsonValue* v = props->find("dlm:data"); v && v->object()) data_type = migrate_data(ctx, *props, *v);
    if (JsonValue* v = props->find("dlm:inputs"); v && v->object()) migrate_inputs(ctx, *props, *v, data_type);
    if (JsonValue* v = props->find("dlm:outputs"); v && v->object()) migrate_outputs(ctx, *props, *v);
    if (JsonValue* v = props->find("dlm:archive"); v && v->array()) migrate_archive(ctx, *props, *v);
    drop_remaining(ctx, *props, "/properties");
  }
  if (JsonValue* assets = ctx.assets()) {
    for (auto& [key, asset] : *assets->object()) {
      if (asset.object()) drop_remaining(ctx, asset, ptr({"assets", key}));
    }
  }
}

}  // namespace mlmlint::migrate

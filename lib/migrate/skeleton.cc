#include "mlmlint/migrate/skeleton.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

#include "mlmlint/core/json_value.h"
#include "mlmlint/core/mlm_fields.h"
#include "mlmlint/core/mlm_version.h"
#include "mlmlint/core/tables_extensions.h"
#include "mlmlint/core/tables_frameworks.h"

namespace mlmlint {

namespace {

constexpr std::array<std::string_view, 14> kTasks = {
    "regression",         "classification",       "scene-classification", "detection",
    "object-detection",   "segmentation",         "semantic-segmentation", "instance-segmentation",
    "panoptic-segmentation", "similarity-search", "generative",           "image-captioning",
    "super-resolution",   "downscaling"};

using Object = JsonValue::Object;
using Array = JsonValue::Array;

JsonValue str(std::string_view s) { return JsonValue(std::string(s)); }
JsonValue num(std::int64_t n) { return JsonValue(n); }

JsonValue strings(const std::vector<std::string>& items) {
  Array out;
  for (const auto& item : items) out.push_back(str(item));
  return JsonValue(std::move(out));
}

JsonValue numbers(const std::vector<std::int64_t>& items) {
  Array out;
  for (auto n : items) out.push_back(num(n));
  return JsonValue(std::move(out));
}

std::string slug(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string extension_uri(std::string_view name) {
  return default_extension_uri(*extension_by_name(name));
}

bool parse_shape(std::string_view text, std::vector<std::int64_t>& out, std::string& error) {
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    const std::string_view part = text.substr(start, comma - start);
    std::int64_t n = 0;
    auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), n);
    if (part.empty() || ec != std::errc() || end != part.data() + part.size() || n < -1 || n == 0) {
      error = "--shape: \"" + std::string(part) + "\" is not a dimension size (a positive integer, or -1 for a "
              "variable size)";
      return false;
    }
    out.push_back(n);
    start = comma + 1;
  }
  return true;
}

// Dimension names for an input of `rank` dimensions; `stack` names the one holding bands/channels.
std::vector<std::string> input_dims(std::size_t rank, const std::string& stack) {
  switch (rank) {
    case 1: return {stack};
    case 2: return {"batch", stack};
    case 3: return {stack, "height", "width"};
    case 4: return {"batch", stack, "height", "width"};
    case 5: return {"batch", "time", stack, "height", "width"};
    default: return {};
  }
}

bool is_one_of(std::string_view task, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), task) != names.end();
}

// A plausible result layout for the first task; the output's description says it is to be checked.
// Pixel-wise results take the height and width of a 4-dimensional input.
void result_layout(std::string_view task, std::int64_t classes, const std::vector<std::int64_t>& input_shape,
                   std::vector<std::int64_t>& shape, std::vector<std::string>& dims) {
  const std::int64_t class_size = classes > 0 ? classes : -1;
  const std::int64_t height = input_shape.size() == 4 ? input_shape[2] : -1;
  const std::int64_t width = input_shape.size() == 4 ? input_shape[3] : -1;
  if (is_one_of(task, {"segmentation", "semantic-segmentation", "instance-segmentation", "panoptic-segmentation"})) {
    shape = {-1, class_size, height, width};
    dims = {"batch", "class", "height", "width"};
  } else if (is_one_of(task, {"super-resolution", "downscaling", "generative"})) {
    shape = {-1, -1, -1, -1};
    dims = {"batch", "channel", "height", "width"};
  } else if (task == "similarity-search") {
    shape = {-1, -1};
    dims = {"batch", "embedding"};
  } else if (task == "image-captioning") {
    shape = {-1, -1};
    dims = {"batch", "token"};
  } else if (task == "regression") {
    shape = {-1, 1};
    dims = {"batch", "score"};
  } else {  // classification, detection
    shape = {-1, class_size};
    dims = {"batch", "class"};
  }
}

}  // namespace

std::span<const std::string_view> mlm_task_names() { return kTasks; }

SkeletonResult make_skeleton(const SkeletonOptions& options) {
  SkeletonResult result;
  // The schema's patterns, as MLM004 reads them (ECMAScript \s includes the Unicode spaces).
  if (!is_valid_mlm_name(options.name)) {
    result.error = "--name \"" + options.name + "\" is not a valid mlm:name: start with a letter, end with a letter "
                   "or digit, use at least 3 characters, only letters, digits, whitespace, \"_\", \".\" and \"-\"";
    return result;
  }
  std::string framework = options.framework;
  if (auto canonical = canonical_framework_name(framework)) {
    framework = std::string(*canonical);
  } else if (!is_valid_framework_text(framework)) {
    result.error = "--framework \"" + framework + "\" is not a valid mlm:framework: give a framework name such "
                   "as PyTorch, TensorFlow, scikit-learn, ONNX or JAX";
    return result;
  }
  if (options.tasks.empty()) {
    result.error = "--task: give at least one task";
    return result;
  }
  for (const auto& task : options.tasks) {
    if (std::find(kTasks.begin(), kTasks.end(), task) == kTasks.end()) {
      std::string known;
      for (auto t : kTasks) known += (known.empty() ? "" : ", ") + std::string(t);
      result.error = "--task \"" + task + "\" is not an MLM task; use one of: " + known;
      return result;
    }
  }
  const std::string stack = options.bands.empty() ? "channel" : "bands";
  std::vector<std::int64_t> shape;
  if (options.shape.empty()) {
    shape = {-1, options.bands.empty() ? -1 : static_cast<std::int64_t>(options.bands.size()), -1, -1};
  } else if (!parse_shape(options.shape, shape, result.error)) {
    return result;
  }
  const std::vector<std::string> dims = input_dims(shape.size(), stack);
  if (dims.empty()) {
    result.error = "--shape has " + std::to_string(shape.size()) + " dimensions; give 1 to 5";
    return result;
  }
  const std::size_t stack_at = static_cast<std::size_t>(std::find(dims.begin(), dims.end(), stack) - dims.begin());
  if (!options.bands.empty() && shape[stack_at] > 0 && shape[stack_at] != static_cast<std::int64_t>(options.bands.size())) {
    result.error = "--shape gives the bands dimension size " + std::to_string(shape[stack_at]) + " but " +
                   std::to_string(options.bands.size()) + " bands are listed";
    return result;
  }

  Array extensions{str(canonical_mlm_uri(kLatestMlm))};
  if (!options.bands.empty()) extensions.push_back(str(extension_uri("eo")));
  if (!options.classes.empty()) extensions.push_back(str(extension_uri("classification")));

  Object input{{"name", str("TODO: input name")},
               {"description", str("TODO: describe the input; check data_type (float32 is a placeholder) and add "
                                   "value_scaling if the values are normalised")}};
  if (!options.bands.empty()) input.emplace_back("bands", strings(options.bands));
  input.emplace_back("input", JsonValue(Object{{"shape", numbers(shape)},
                                               {"dim_order", strings(dims)},
                                               {"data_type", str("float32")}}));

  std::vector<std::int64_t> result_shape;
  std::vector<std::string> result_dims;
  result_layout(options.tasks.front(), static_cast<std::int64_t>(options.classes.size()), shape, result_shape,
                result_dims);
  Object output{{"name", str("TODO: output name")},
                {"description", str("TODO: describe the output; check the result shape, dim_order and data_type "
                                    "(placeholders for the task)")},
                {"tasks", strings(options.tasks)},
                {"result", JsonValue(Object{{"shape", numbers(result_shape)},
                                            {"dim_order", strings(result_dims)},
                                            {"data_type", str("float32")}})}};
  if (!options.classes.empty()) {
    Array classes;
    for (std::size_t i = 0; i < options.classes.size(); ++i) {
      classes.push_back(JsonValue(Object{{"value", num(static_cast<std::int64_t>(i))},
                                         {"name", str(options.classes[i])},
                                         {"description", str("TODO: describe the class " + options.classes[i])}}));
    }
    output.emplace_back("classification:classes", JsonValue(std::move(classes)));
  }

  Object properties{
      {"description", str("TODO: describe the model: what it predicts, the data it was trained on and how to run it. "
                          "Set start_datetime/end_datetime to the temporal domain of the training data.")},
      {"datetime", JsonValue()},
      {"start_datetime", str("1900-01-01T00:00:00Z")},
      {"end_datetime", str("9999-12-31T23:59:59Z")},
      {"mlm:name", str(options.name)},
      {"mlm:architecture", str("TODO: model architecture (e.g. ResNet-18)")},
      {"mlm:tasks", strings(options.tasks)},
      {"mlm:framework", str(framework)},
      {"mlm:input", JsonValue(Array{JsonValue(std::move(input))})},
      {"mlm:output", JsonValue(Array{JsonValue(std::move(output))})},
  };

  Object model{{"href", str("TODO: URL of the model artifact")},
               {"type", str("application/octet-stream")},
               {"title", str("TODO: title of the model artifact")},
               {"roles", JsonValue(Array{str("mlm:model")})},
               {"mlm:artifact_type", str("TODO: how the artifact was saved (e.g. torch.save, "
                                         "torch.export.save, safetensors.torch.save_file)")}};
  if (!options.bands.empty()) {
    Array eo_bands;
    for (const auto& band : options.bands) eo_bands.push_back(JsonValue(Object{{"name", str(band)}}));
    model.emplace_back("eo:bands", JsonValue(std::move(eo_bands)));
  }

  std::string id = slug(options.name);
  JsonValue item(Object{
      {"stac_version", str("1.0.0")},
      {"stac_extensions", JsonValue(std::move(extensions))},
      {"type", str("Feature")},
      {"id", str(id)},
      {"geometry", JsonValue()},
      {"properties", JsonValue(std::move(properties))},
      {"links", JsonValue(Array{})},
      {"assets", JsonValue(Object{{"model", JsonValue(std::move(model))}})},
  });
  result.ok = true;
  result.text = item.dump(2) + "\n";
  return result;
}

}  // namespace mlmlint

#include "class_support.h"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "mlmlint/core/json_pointer.h"

namespace mlmlint::rules {

namespace {

constexpr std::string_view kClassesKey = "classification:classes";

void add_classes(element owner, std::string_view owner_pointer, std::vector<Located>& out) {
  auto classes = member(owner, kClassesKey);
  if (classes && as_array(*classes)) out.push_back({*classes, pointer_append(owner_pointer, kClassesKey), kClassesKey, 0});
}

// The owner itself and every band of its raster:bands / bands lists.
void add_owner_and_bands(element owner, std::string_view owner_pointer, std::vector<Located>& out) {
  add_classes(owner, owner_pointer, out);
  for (std::string_view key : {"raster:bands", "bands"}) {
    auto bands = member(owner, key);
    if (!bands) continue;
    for (const auto& band : array_entries(*bands, pointer_append(owner_pointer, key))) {
      add_classes(band.value, band.pointer, out);
    }
  }
}

}  // namespace

std::vector<Located> class_arrays(const RuleContext& ctx) {
  std::vector<Located> out;
  for (const auto& output : mlm_outputs(ctx)) add_classes(output.value, output.pointer, out);
  if (auto props = properties(ctx)) add_owner_and_bands(*props, "/properties", out);
  for (const auto& asset : assets(ctx)) add_owner_and_bands(asset.value, asset.pointer, out);
  if (ctx.kind == DocumentKind::kCollection) {
    if (auto item_assets = member(ctx.root, "item_assets")) {
      for (const auto& asset : object_entries(*item_assets, "/item_assets")) {
        add_owner_and_bands(asset.value, asset.pointer, out);
      }
    }
  }
  return out;
}

std::vector<Located> misspelled_class_arrays(const RuleContext& ctx) {
  std::vector<Located> out;
  for (const auto& output : mlm_outputs(ctx)) {
    for (std::string_view key : kMisspelledClassKeys) {
      auto classes = member(output.value, key);
      if (classes && as_array(*classes)) out.push_back({*classes, pointer_append(output.pointer, key), key, 0});
    }
  }
  return out;
}

std::string class_label(std::string_view array_key, std::size_t index, element class_object) {
  std::string label = fmt::format("{}/{}", array_key, index);
  if (auto name = string_member(class_object, "name")) label += fmt::format(" ({})", quote(*name));
  return label;
}

std::vector<element> elements_of(element array_value) {
  std::vector<element> out;
  auto arr = as_array(array_value);
  if (!arr) return out;
  out.reserve(arr->size());
  for (auto child : *arr) out.push_back(child);
  return out;
}

namespace {
void canonical_into(element value, std::string& out) {
  if (auto obj = as_object(value)) {
    std::vector<std::pair<std::string_view, element>> fields;
    for (auto field : *obj) fields.emplace_back(field.key, field.value);
    std::stable_sort(fields.begin(), fields.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    out += '{';
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) out += ',';
      out += quote(fields[i].first);
      out += ':';
      canonical_into(fields[i].second, out);
    }
    out += '}';
  } else if (auto arr = as_array(value)) {
    out += '[';
    bool first = true;
    for (auto child : *arr) {
      if (!first) out += ',';
      first = false;
      canonical_into(child, out);
    }
    out += ']';
  } else {
    out += render(value);
  }
}
}  // namespace

std::string canonical_json(element value) {
  std::string out;
  canonical_into(value, out);
  return out;
}

}  // namespace mlmlint::rules

#include "class_support.h"

#include <algorithm>
#include <cctype>
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

namespace {

bool is_hex6(std::string_view text) {
  if (text.size() != 6) return false;
  for (char c : text) {
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// "FF0000" for an array of exactly three integers in [0, 255].
std::optional<std::string> rgb_to_hex(element value) {
  auto arr = as_array(value);
  if (!arr || arr->size() != 3) return std::nullopt;
  std::string out;
  for (auto component : *arr) {
    auto n = as_integer(component);
    if (!n || *n < 0 || *n > 255) return std::nullopt;
    out += fmt::format("{:02X}", *n);
  }
  return out;
}

}  // namespace

namespace {

// "3", "0 and 2", "0 to 9", "0, 2 and 5 to 8": runs of three or more consecutive positions become ranges.
std::string describe_positions(const std::vector<std::size_t>& positions) {
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < positions.size();) {
    std::size_t j = i;
    while (j + 1 < positions.size() && positions[j + 1] == positions[j] + 1) ++j;
    if (j - i >= 2) {
      parts.push_back(fmt::format("{} to {}", positions[i], positions[j]));
    } else {
      for (std::size_t k = i; k <= j; ++k) parts.push_back(std::to_string(positions[k]));
    }
    i = j + 1;
  }
  return join_with_and(parts);
}

}  // namespace

std::string describe_color_hint_problems(const std::vector<ColorHintProblem>& problems) {
  std::vector<std::pair<std::string, std::vector<std::size_t>>> groups;  // by value, in order of appearance
  for (const auto& p : problems) {
    auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == p.got; });
    if (it == groups.end()) {
      groups.push_back({p.got, {p.index}});
    } else {
      it->second.push_back(p.index);
    }
  }
  std::vector<std::string> items;
  for (const auto& [got, positions] : groups) {
    items.push_back(fmt::format("{} {}: {}", positions.size() == 1 ? "class" : "classes",
                                describe_positions(positions), got));
  }
  return join_with_and(items);
}

// The safe fixes keep the colour: an RGB array or "#RRGGBB" is rewritten, a null (no colour) is removed.
std::vector<ColorHintProblem> color_hint_problems(element classes) {
  std::vector<ColorHintProblem> out;
  const auto items = elements_of(classes);
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto color = member(items[i], "color_hint");
    if (!color) continue;
    ColorHintProblem p;
    p.index = i;
    p.example = "FF0000";
    if (auto text = as_string(*color)) {
      if (is_hex6(*text)) continue;
      if (text->size() == 7 && text->front() == '#' && is_hex6(text->substr(1))) {
        p.example = text->substr(1);
        p.replacement = quote(p.example);
      }
      p.got = quote(*text);
    } else if (auto hex = rgb_to_hex(*color)) {
      p.example = *hex;
      p.got = "the RGB array " + render(*color);
      p.replacement = quote(p.example);
    } else if (as_array(*color)) {
      p.got = "the array " + render(*color);
    } else {
      p.got = render(*color);
      p.remove_value = is_null(*color);
    }
    out.push_back(std::move(p));
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

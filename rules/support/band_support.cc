#include "band_support.h"

#include <cctype>

#include <fmt/format.h>

#include "io_support.h"
#include "mlmlint/core/json_pointer.h"

namespace mlmlint::rules {

namespace {

constexpr std::string_view kBandKeys[] = {kEoBands, kCoreBands, kRasterBands};

void collect_lists(element owner, const std::string& owner_pointer, bool in_properties, bool model,
                   std::vector<BandList>& out) {
  for (std::string_view key : kBandKeys) {
    auto list = array_member(owner, key);
    if (!list) continue;
    BandList band_list;
    band_list.key = key;
    band_list.pointer = pointer_append(owner_pointer, key);
    band_list.owner_pointer = owner_pointer;
    band_list.in_properties = in_properties;
    band_list.on_model_asset = model;
    band_list.value = *member(owner, key);
    band_list.size = list->size();
    out.push_back(std::move(band_list));
  }
}

// Leading "MAJOR.MINOR.PATCH" digits of a version string.
bool has_numeric_triplet(std::string_view version) {
  int parts = 0;
  std::size_t i = 0;
  while (parts < 3) {
    const std::size_t start = i;
    while (i < version.size() && std::isdigit(static_cast<unsigned char>(version[i]))) ++i;
    if (i == start) return false;
    ++parts;
    if (parts < 3) {
      if (i >= version.size() || version[i] != '.') return false;
      ++i;
    }
  }
  return true;
}

std::optional<int> leading_int(std::string_view text, std::size_t& i) {
  const std::size_t start = i;
  int value = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
    if (i - start >= 6) return std::nullopt;  // absurdly large; not a version we know
    value = value * 10 + (text[i] - '0');
    ++i;
  }
  if (i == start) return std::nullopt;
  return value;
}

}  // namespace

std::vector<BandList> band_lists(const RuleContext& ctx) {
  std::vector<BandList> out;
  if (auto props = properties(ctx)) collect_lists(*props, "/properties", true, false, out);
  for (const auto& asset : assets(ctx)) {
    collect_lists(asset.value, asset.pointer, false, has_role(asset.value, "mlm:model"), out);
  }
  return out;
}

bool BandIndex::any_entries() const {
  for (const auto& list : lists) {
    if (list.size > 0) return true;
  }
  return false;
}

BandIndex build_band_index(const RuleContext& ctx) {
  BandIndex index;
  index.lists = band_lists(ctx);
  for (const auto& list : index.lists) {
    const array bands = list.value.get_array().value_unsafe();
    for (auto band : bands) {
      auto name = string_member(band, "name");
      if (name && index.names.insert(*name).second) index.names_in_order.push_back(*name);
      if (!name) continue;
      for (std::string_view key : {"common_name", "eo:common_name"}) {
        if (auto common = string_member(band, key)) index.common_names.emplace(*common, *name);
      }
    }
  }
  return index;
}

VariableIndex build_variable_index(const RuleContext& ctx) {
  VariableIndex index;
  auto add = [&](element owner, const std::string& owner_pointer) {
    auto variables = member(owner, "cube:variables");
    if (!variables || !as_object(*variables)) return;
    const std::string pointer = pointer_append(owner_pointer, "cube:variables");
    index.objects.push_back({*variables, pointer, "cube:variables", 0});
    const object obj = variables->get_object().value_unsafe();
    for (auto field : obj) {
      if (index.names.insert(field.key).second) index.names_in_order.push_back(field.key);
    }
  };
  if (auto props = properties(ctx)) add(*props, "/properties");
  for (const auto& asset : assets(ctx)) add(asset.value, asset.pointer);
  return index;
}

std::vector<Reference> references(const RuleContext& ctx, std::string_view list_key) {
  std::vector<Reference> out;
  auto collect = [&](const std::vector<Located>& ios) {
    for (const auto& io : ios) {
      auto list = member(io.value, list_key);
      if (!list) continue;
      for (const auto& entry : array_entries(*list, pointer_append(io.pointer, list_key))) {
        Reference ref;
        ref.io_pointer = io.pointer;
        ref.name = reference_name(entry.value);
        ref.is_virtual = is_virtual(entry.value);
        ref.pointer = as_object(entry.value) && has_member(entry.value, "name")
                          ? pointer_append(entry.pointer, "name")
                          : entry.pointer;
        out.push_back(std::move(ref));
      }
    }
  };
  collect(mlm_inputs(ctx));
  collect(mlm_outputs(ctx));
  return out;
}

std::vector<ReferencingIo> referencing_ios(const RuleContext& ctx, std::string_view list_key) {
  std::vector<ReferencingIo> out;
  auto collect = [&](const std::vector<Located>& ios) {
    for (const auto& io : ios) {
      auto list = array_member(io.value, list_key);
      if (!list || list->size() == 0) continue;
      out.push_back({io.pointer, pointer_append(io.pointer, list_key), list->size()});
    }
  };
  collect(mlm_inputs(ctx));
  collect(mlm_outputs(ctx));
  return out;
}

std::string join_names(const std::vector<std::string_view>& names, std::size_t limit) {
  std::string out;
  const std::size_t shown = names.size() < limit ? names.size() : limit;
  for (std::size_t i = 0; i < shown; ++i) {
    if (i > 0) out += ", ";
    out += names[i];
  }
  if (names.size() > shown) out += fmt::format(", … ({} more)", names.size() - shown);
  return out;
}

std::vector<DeclaredExtension> declared_extensions(const RuleContext& ctx, std::string_view extension) {
  std::vector<DeclaredExtension> out;
  auto list = member(ctx.root, "stac_extensions");
  if (!list) return out;
  const std::string prefix = fmt::format("https://stac-extensions.github.io/{}/v", extension);
  constexpr std::string_view kSuffix = "/schema.json";
  for (const auto& entry : array_entries(*list, "/stac_extensions")) {
    auto uri = as_string(entry.value);
    if (!uri || uri->size() < prefix.size() + kSuffix.size() || !uri->starts_with(prefix) ||
        !uri->ends_with(kSuffix)) {
      continue;
    }
    DeclaredExtension declared;
    declared.index = entry.index;
    declared.uri = *uri;
    declared.version = uri->substr(prefix.size(), uri->size() - prefix.size() - kSuffix.size());
    if (has_numeric_triplet(declared.version)) {
      std::size_t i = 0;
      declared.major = leading_int(declared.version, i);
    }
    out.push_back(declared);
  }
  return out;
}

bool declares_major(const RuleContext& ctx, std::string_view extension, int major) {
  for (const auto& declared : declared_extensions(ctx, extension)) {
    if (declared.major == major) return true;
  }
  return false;
}

std::optional<bool> stac_1_1_or_later(const RuleContext& ctx) {
  const std::string_view version = ctx.stac_version;
  std::size_t i = 0;
  auto major = leading_int(version, i);
  if (!major || i >= version.size() || version[i] != '.') return std::nullopt;
  ++i;
  auto minor = leading_int(version, i);
  if (!minor) return std::nullopt;
  return *major > 1 || (*major == 1 && *minor >= 1);
}

std::vector<UnsupportedBandExtension> unsupported_band_extensions(const RuleContext& ctx,
                                                                  const std::vector<BandList>& lists) {
  std::vector<UnsupportedBandExtension> out;
  bool core_bands = false;
  for (const auto& list : lists) {
    if (list.key == kCoreBands && list.in_properties && list.size > 0) core_bands = true;
  }
  if (core_bands && stac_1_1_or_later(ctx).value_or(false)) return out;
  for (std::string_view extension : {"eo", "raster"}) {
    const std::string key = fmt::format("{}:bands", extension);
    bool used = false;
    for (const auto& list : lists) {
      if (list.key == key && list.size > 0) used = true;
    }
    if (!used) continue;
    const auto declared = declared_extensions(ctx, extension);
    bool v1 = false;
    const DeclaredExtension* other = nullptr;
    for (const auto& d : declared) {
      if (d.major == 1) v1 = true;
      else if (!other && d.major) other = &d;
    }
    if (!v1 && other) out.push_back({extension, *other});
  }
  return out;
}

}  // namespace mlmlint::rules

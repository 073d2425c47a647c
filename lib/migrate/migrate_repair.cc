// Defects that make a migrated document fail MLM v1.5.2 although they are not version changes, repaired
// only when the intended value is unambiguous (each repair is reported for review): band and variable
// references that miss their definition by a suffix or word order, MLM fields at the root of an Item,
// 0-360 longitudes and swapped bbox latitudes; and `datetime` next to a range (RULES.md MLM703).
#include <algorithm>
#include <cctype>
#include <functional>

#include "migrate_internal.h"

namespace mlmlint::migrate {

namespace {

// --- band and variable references ----------------------------------------------------------------

struct BandName {
  std::string name;
  std::string common_name;
};

void collect_bands(const JsonValue* holder, std::vector<BandName>& out) {
  if (!holder || !holder->object()) return;
  for (std::string_view key : {"eo:bands", "raster:bands", "bands"}) {
    const JsonValue* list = const_cast<JsonValue*>(holder)->find(key);
    if (!list || !list->array()) continue;
    for (const auto& band : *list->array()) {
      if (!band.object()) continue;
      auto& b = const_cast<JsonValue&>(band);
      const JsonValue* name = b.find("name");
      if (!name || !name->string_value()) continue;
      BandName entry{*name->string_value(), ""};
      for (std::string_view common : {"common_name", "eo:common_name"}) {
        const JsonValue* c = b.find(common);
        if (c && c->string_value()) entry.common_name = *c->string_value();
      }
      out.push_back(std::move(entry));
    }
  }
}

// The single defined name a reference most plausibly means: "B04" -> "B04 - red" (the name followed by a
// separator), or the band whose common_name it is.
std::optional<std::string> resolve_band(const std::string& ref, const std::vector<BandName>& bands) {
  std::vector<std::string> by_prefix;
  std::vector<std::string> by_common;
  for (const auto& band : bands) {
    if (band.name.size() > ref.size() && band.name.starts_with(ref) &&
        !std::isalnum(static_cast<unsigned char>(band.name[ref.size()]))) {
      by_prefix.push_back(band.name);
    }
    if (band.common_name == ref) by_common.push_back(band.name);
  }
  auto unique = [](std::vector<std::string>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v.size() == 1 ? std::optional<std::string>(v[0]) : std::nullopt;
  };
  if (auto hit = unique(by_prefix)) return hit;
  return unique(by_common);
}

std::vector<std::string> words(std::string_view name) {
  std::vector<std::string> out;
  std::string current;
  for (char c : name) {
    if (c == '_' || c == '-' || c == ' ') {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      current += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  std::sort(out.begin(), out.end());
  return out;
}

// "temperature_2m" -> "2m_temperature": the single variable with the same words in another order.
std::optional<std::string> resolve_variable(const std::string& ref, const std::vector<std::string>& variables) {
  std::optional<std::string> hit;
  const auto wanted = words(ref);
  for (const auto& v : variables) {
    if (words(v) != wanted) continue;
    if (hit) return std::nullopt;
    hit = v;
  }
  return hit;
}

void repair_list(Context& ctx, JsonValue& io, const std::string& base, std::string_view key, const char* what,
                 const std::function<bool(const std::string&)>& defined,
                 const std::function<std::optional<std::string>(const std::string&)>& resolve) {
  JsonValue* list = io.find(key);
  if (!list || !list->array()) return;
  for (std::size_t i = 0; i < list->array()->size(); ++i) {
    JsonValue& entry = (*list->array())[i];
    JsonValue* name = &entry;
    if (entry.object()) {
      if (entry.find("expression")) continue;  // a virtual band/variable, computed rather than defined
      name = entry.find("name");
    }
    if (!name || !name->string_value() || defined(*name->string_value())) continue;
    const std::string old = *name->string_value();
    if (auto target = resolve(old)) {
      *name = str(*target);
      ctx.review(ptr_index(ptr_key(base, key), i),
                 std::string(what) + " reference " + json_literal(old) + " is now " + json_literal(*target) +
                     ", the defined name it stands for",
                 "confirm the " + std::string(what) + ", or rename its definition instead", json_literal(old));
    }
  }
}

void repair_band_and_variable_names(Context& ctx) {
  std::vector<BandName> bands;
  std::vector<std::string> variables;
  auto collect_variables = [&](JsonValue* holder) {
    JsonValue* cube = holder && holder->object() ? holder->find("cube:variables") : nullptr;
    if (!cube || !cube->object()) return;
    for (const auto& [key, value] : *cube->object()) variables.push_back(key);
  };
  collect_bands(ctx.properties(), bands);
  collect_variables(ctx.properties());
  if (JsonValue* assets = ctx.assets()) {
    for (auto& [key, asset] : *assets->object()) {
      collect_bands(&asset, bands);
      collect_variables(&asset);
    }
  }
  auto band_defined = [&](const std::string& n) {
    return std::any_of(bands.begin(), bands.end(), [&](const BandName& b) { return b.name == n; });
  };
  auto variable_defined = [&](const std::string& n) {
    return std::find(variables.begin(), variables.end(), n) != variables.end();
  };
  auto band = [&](const std::string& r) { return resolve_band(r, bands); };
  auto variable = [&](const std::string& r) { return resolve_variable(r, variables); };
  for (auto* list : {&model_inputs, &model_outputs}) {
    for (auto& [base, io] : (*list)(ctx)) {
      if (!bands.empty()) repair_list(ctx, *io, base, "bands", "band", band_defined, band);
      if (!variables.empty()) repair_list(ctx, *io, base, "variables", "variable", variable_defined, variable);
    }
  }
}

// MLM fields at the root of an Item are read by nobody (RULES.md MLM002): asset-only fields go to the one
// asset they belong to, the others into properties.
void move_root_mlm_fields(Context& ctx) {
  if (!ctx.is_item) return;
  std::vector<std::string> keys;
  for (const auto& [key, value] : *ctx.doc.object()) {
    if (key.starts_with("mlm:")) keys.push_back(key);
  }
  for (const auto& key : keys) {
    const std::string where = ptr({key});
    // Taken first: removing a member moves the others, so targets are looked up afterwards.
    auto value = take(ctx.doc, key);
    JsonValue* target = nullptr;
    std::string target_pointer;
    if (key == "mlm:entrypoint" || key == "mlm:artifact_type" || key == "mlm:compile_method") {
      const std::string_view role = key == "mlm:entrypoint" ? "code" : kModelRole;
      std::vector<std::pair<std::string, JsonValue*>> owners;
      if (JsonValue* assets = ctx.assets()) {
        for (auto& [asset_key, asset] : *assets->object()) {
          if (has_role(asset, role)) owners.emplace_back(asset_key, &asset);
        }
      }
      if (owners.size() == 1) {
        target = owners[0].second;
        target_pointer = ptr({"assets", owners[0].first});
      }
    } else {
      target = ctx.properties();
      target_pointer = "/properties";
    }
    if (target && !target->find(key)) {
      put(*target, key, *value);
      ctx.changed(ptr_key(target_pointer, key), "moved " + json_literal(key) + " from the root of the Item, where MLM fields "
                                                "are not read", compact(*value));
    } else if (target && *target->find(key) == *value) {
      ctx.changed(where, "removed: " + target_pointer + " has the same " + json_literal(key), compact(*value));
    } else {
      ctx.manual(where, "removed " + json_literal(key) + " from the root of the Item, where MLM fields are not read",
                 "set it where it belongs (Item properties or the asset it describes)", compact(*value));
    }
  }
}

// --- geometry --------------------------------------------------------------------------------------

void for_each_position(JsonValue& coordinates, const std::function<void(Array&)>& visit) {
  auto* items = coordinates.array();
  if (!items) return;
  if (!items->empty() && (*items)[0].number_value()) {
    visit(*items);
    return;
  }
  for (auto& child : *items) for_each_position(child, visit);
}

void for_each_geometry_position(JsonValue* geometry, const std::function<void(Array&)>& visit) {
  if (!geometry || !geometry->object()) return;
  if (JsonValue* coordinates = geometry->find("coordinates")) for_each_position(*coordinates, visit);
  if (JsonValue* parts = geometry->find("geometries"); parts && parts->array()) {
    for (auto& part : *parts->array()) for_each_geometry_position(&part, visit);
  }
}

}  // namespace

void repair_references(Context& ctx) { repair_band_and_variable_names(ctx); }

void move_root_fields(Context& ctx) { move_root_mlm_fields(ctx); }

void repair_geometry(Context& ctx) {
  if (!ctx.is_item) return;
  JsonValue* bbox = ctx.doc.find("bbox");
  JsonValue* geometry = ctx.doc.find("geometry");
  Array* box = bbox ? bbox->array() : nullptr;
  const bool box_ok = box && (box->size() == 4 || box->size() == 6) &&
                      std::all_of(box->begin(), box->end(), [](const JsonValue& v) { return v.number_value(); });
  const std::size_t half = box_ok ? box->size() / 2 : 0;

  // Longitudes written in the 0-360 convention: every longitude within [-180, 360] and some above 180.
  double lowest = 0;
  double highest = 0;
  bool any = false;
  auto see = [&](double lon) {
    lowest = any ? std::min(lowest, lon) : lon;
    highest = any ? std::max(highest, lon) : lon;
    any = true;
  };
  if (box_ok) {
    see(*(*box)[0].number_value());
    see(*(*box)[half].number_value());
  }
  for_each_geometry_position(geometry, [&](Array& p) {
    if (auto lon = p[0].number_value()) see(*lon);
  });
  if (any && highest > 180 && highest <= 360 && lowest >= -180) {
    const std::string original_box = box_ok ? compact(*bbox) : "";
    const std::string original_geometry = geometry ? compact(*geometry) : "";
    auto shift = [](JsonValue& lon) {
      if (*lon.number_value() > 180) lon = JsonValue(*lon.number_value() - 360);
    };
    if (box_ok) {
      shift((*box)[0]);
      shift((*box)[half]);
      ctx.review("/bbox", "longitudes above 180 read as 0-360 degrees and shifted by -360",
                 "confirm the bounding box", original_box);
    }
    bool moved = false;
    for_each_geometry_position(geometry, [&](Array& p) {
      if (p[0].number_value() && *p[0].number_value() > 180) {
        shift(p[0]);
        moved = true;
      }
    });
    if (moved) {
      ctx.review("/geometry", "longitudes above 180 read as 0-360 degrees and shifted by -360",
                 "confirm the geometry", original_geometry);
    }
  }
  if (box_ok) {
    const double south = *(*box)[1].number_value();
    const double north = *(*box)[half + 1].number_value();
    if (south > north && south <= 90 && north >= -90) {
      const std::string original = compact(*bbox);
      std::swap((*box)[1], (*box)[half + 1]);
      ctx.review("/bbox", "swapped the south and north latitudes (bbox order is west, south, east, north)",
                 "confirm the bounding box", original);
    }
  }
}

void migrate_temporal(Context& ctx) {
  JsonValue* props = ctx.properties();
  if (!props) return;
  const bool range = props->find("start_datetime") && props->find("end_datetime");
  JsonValue* datetime = props->find("datetime");
  if (datetime && !datetime->is_null() && range) {
    const std::string old = compact(*datetime);
    *datetime = JsonValue();
    ctx.changed("/properties/datetime",
                "set to null: start_datetime/end_datetime describe the model's temporal domain (MLM best practice)",
                old);
  } else if (!datetime && range) {
    put_after(*props, "end_datetime", "datetime", JsonValue());
    ctx.changed("/properties/datetime", "added datetime null (required; the range gives the temporal domain)");
  } else if (!datetime) {
    ctx.manual("/properties", "datetime is missing", "set datetime, or datetime null with start_datetime/end_datetime");
  }
}

}  // namespace mlmlint::migrate

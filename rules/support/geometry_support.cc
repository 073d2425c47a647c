#include "geometry_support.h"

#include "mlmlint/core/json_pointer.h"

namespace mlmlint::rules {

std::optional<Bbox> parse_bbox(element value) {
  auto arr = as_array(value);
  if (!arr || (arr->size() != 4 && arr->size() != 6)) return std::nullopt;
  Bbox out;
  for (auto v : *arr) {
    auto n = as_number(v);
    if (!n) return std::nullopt;
    out.values.push_back(*n);
  }
  return out;
}

bool bbox_in_range(const Bbox& b) {
  auto lat_ok = [](double v) { return v >= -90 && v <= 90; };
  auto lon_ok = [](double v) { return v >= -180 && v <= 180; };
  if (!lat_ok(b.south()) || !lat_ok(b.north()) || b.south() > b.north()) return false;
  if (!lon_ok(b.west()) || !lon_ok(b.east())) return false;
  return !b.has_z() || b.zmin() <= b.zmax();
}

namespace {

bool is_position(element value, Position& out) {
  auto arr = as_array(value);
  if (!arr || arr->size() < 2) return false;
  auto lon = as_number(arr->at(0).value_unsafe());
  auto lat = as_number(arr->at(1).value_unsafe());
  if (!lon || !lat) return false;
  out.lon = *lon;
  out.lat = *lat;
  out.z = arr->size() >= 3 ? as_number(arr->at(2).value_unsafe()) : std::nullopt;
  return true;
}

}  // namespace

void for_each_position(element geometry, std::string_view pointer,
                       const std::function<void(const Position&)>& visit) {
  struct Frame {
    element value;
    std::string pointer;
    bool coordinates;  // inside a "coordinates" tree (else: a geometry object or a "geometries" array)
  };
  std::vector<Frame> stack;
  stack.push_back({geometry, std::string(pointer), false});
  std::vector<Frame> children;
  while (!stack.empty()) {
    Frame f = std::move(stack.back());
    stack.pop_back();
    children.clear();
    if (f.coordinates) {
      Position p;
      if (is_position(f.value, p)) {
        p.value = f.value;
        p.pointer = std::move(f.pointer);
        visit(p);
        continue;
      }
      for (const auto& e : array_entries(f.value, f.pointer)) children.push_back({e.value, e.pointer, true});
    } else if (as_object(f.value)) {
      if (auto c = member(f.value, "coordinates")) children.push_back({*c, pointer_append(f.pointer, "coordinates"), true});
      if (auto g = member(f.value, "geometries")) {
        for (const auto& e : array_entries(*g, pointer_append(f.pointer, "geometries"))) {
          children.push_back({e.value, e.pointer, false});
        }
      }
    }
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(std::move(*it));
  }
}

}  // namespace mlmlint::rules

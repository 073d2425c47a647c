// GeoJSON helpers for MLM006 / MLM007: bbox parsing and a total, iterative walk over geometry positions.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "support.h"

namespace mlmlint::rules {

// A bbox of 4 or 6 numbers, in document order.
struct Bbox {
  std::vector<double> values;
  bool has_z() const { return values.size() == 6; }
  double west() const { return values[0]; }
  double south() const { return values[1]; }
  double east() const { return values[has_z() ? 3 : 2]; }
  double north() const { return values[has_z() ? 4 : 3]; }
  double zmin() const { return values[2]; }
  double zmax() const { return values[5]; }
};

// The bbox if it is an array of 4 or 6 numbers (no range checks).
std::optional<Bbox> parse_bbox(element value);
// True if a well-formed bbox also satisfies MLM006 case 3 (ranges and order).
bool bbox_in_range(const Bbox& bbox);

// A GeoJSON position: an array whose first two entries are numbers.
struct Position {
  element value;
  std::string pointer;
  double lon = 0;
  double lat = 0;
  std::optional<double> z;
};

// Visits every position of a geometry (any type, GeometryCollection members included) in document order.
// Positions are found structurally under "coordinates", so malformed geometries never crash the walk.
void for_each_position(element geometry, std::string_view pointer, const std::function<void(const Position&)>& visit);

}  // namespace mlmlint::rules

// MLM006: an Item's geometry and bbox must be consistent with each other and with the WGS 84 ranges
// (RFC 7946): bbox of 4 or 6 numbers in [west, south, east, north] order, positions within range.
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "support/geometry_support.h"
#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"
#include "support/support.h"

namespace mlmlint::rules {

namespace {

std::string_view bbox_order(bool has_z) {
  return has_z ? "[west, south, zmin, east, north, zmax]" : "[west, south, east, north]";
}

bool lat_ok(double v) { return v >= -90 && v <= 90; }
bool lon_ok(double v) { return v >= -180 && v <= 180; }
// Larger than any angle: metres or feet of a projected CRS.
bool projected(double v) { return std::fabs(v) > 360; }

// What is out of WGS 84 range, in bbox and in geometry. One mistake (projected coordinates, longitude and
// latitude swapped) shows in both, and in both latitude and longitude: it is reported once.
struct RangeProblems {
  std::optional<Bbox> bbox;          // set when the bbox is out of range
  bool bbox_lat = false, bbox_lon = false;
  std::optional<Position> first_bad;  // the first position out of range
  std::size_t bad_positions = 0;
  bool any_projected = false;
  double projected_example = 0;
  bool all_swapped = true;            // every value out of range would be in range with lon and lat swapped
  void note(double v) {
    if (projected(v) && !any_projected) {
      any_projected = true;
      projected_example = v;
    }
  }
};

// Well-formedness of bbox (reported here); its range goes into `problems`.
void check_bbox(element bbox, RuleSink& sink, RangeProblems& problems) {
  auto arr = as_array(bbox);
  if (!arr) {
    sink.report("/bbox", fmt::format("bbox must be an array of 4 or 6 numbers, got {}.", render(bbox)));
    return;
  }
  if (arr->size() != 4 && arr->size() != 6) {
    sink.report("/bbox", fmt::format("bbox must have 4 or 6 numbers ([west, south, east, north] or [west, south, "
                                     "zmin, east, north, zmax]), got {}.",
                                     arr->size()));
    return;
  }
  bool numbers = true;
  for (const auto& e : array_entries(bbox, "/bbox")) {
    if (as_number(e.value)) continue;
    numbers = false;
    sink.report(e.pointer, fmt::format("bbox entries must be numbers, got {}.", render(e.value)));
  }
  if (!numbers) return;
  const Bbox b = *parse_bbox(bbox);
  problems.bbox_lat = !lat_ok(b.south()) || !lat_ok(b.north()) || b.south() > b.north();
  problems.bbox_lon = !lon_ok(b.west()) || !lon_ok(b.east());
  if (problems.bbox_lat || problems.bbox_lon) {
    problems.bbox = b;
    for (double v : {b.west(), b.south(), b.east(), b.north()}) problems.note(v);
    const bool swapped_fits = lat_ok(b.west()) && lat_ok(b.east()) && lon_ok(b.south()) && lon_ok(b.north());
    problems.all_swapped = problems.all_swapped && swapped_fits;
  }
  if (b.has_z() && b.zmin() > b.zmax()) {
    sink.report("/bbox", fmt::format("zmin must not exceed zmax (got zmin={}, zmax={}); bbox order is {}.",
                                     render_number(b.zmin()), render_number(b.zmax()), bbox_order(true)));
  }
}

void check_geometry(element geometry, RuleSink& sink, RangeProblems& problems) {
  if (auto type = string_member(geometry, "type"); type && *type == "GeometryCollection") {
    sink.report("/geometry/type", "a GeometryCollection geometry is not supported for model Items; describe the "
                                  "model's spatial domain with a Polygon or MultiPolygon.");
  }
  for_each_position(geometry, "/geometry", [&](const Position& p) {
    if (std::fabs(p.lon) <= 180 && std::fabs(p.lat) <= 90) return;
    if (problems.bad_positions++ == 0) problems.first_bad = p;
    problems.note(p.lon);
    problems.note(p.lat);
    problems.all_swapped = problems.all_swapped && std::fabs(p.lon) <= 90 && std::fabs(p.lat) <= 180;
  });
}

std::string describe_positions(const RangeProblems& p) {
  std::string out = fmt::format("position {}", render(p.first_bad->value));
  if (p.bad_positions > 1) out += fmt::format(" and {} more positions", p.bad_positions - 1);
  return out;
}

void report_ranges(const RangeProblems& p, RuleSink& sink) {
  if (!p.bbox && !p.first_bad) return;
  const bool both = p.bbox && p.first_bad;
  // One place for the finding: the bbox when it is affected (one line), else the first bad position.
  const std::string pointer = p.bbox ? "/bbox" : p.first_bad->pointer;
  if (p.any_projected) {
    std::string parts = p.bbox ? "bbox" : "";
    if (both) parts += " and ";
    if (p.first_bad) {
      parts += p.bad_positions == 1 ? std::string("1 geometry position")
                                    : fmt::format("{} geometry positions", p.bad_positions);
    }
    sink.report(pointer,
                fmt::format("coordinates look projected (e.g. {}), not WGS 84 longitude/latitude ({} out of "
                            "range); STAC bbox and geometry are always in EPSG:4326 degrees.",
                            render_number(p.projected_example), parts),
                "reproject bbox and geometry to longitude/latitude; keep the native values in proj:bbox / "
                "proj:geometry (projection extension)");
    return;
  }
  std::vector<std::string> what;
  if (p.bbox && p.bbox_lat) {
    what.push_back(fmt::format("latitudes must lie in [-90, 90] with south <= north (got south={}, north={})",
                               render_number(p.bbox->south()), render_number(p.bbox->north())));
  }
  if (p.bbox && p.bbox_lon) {
    what.push_back(fmt::format("longitudes must lie in [-180, 180] (got west={}, east={})",
                               render_number(p.bbox->west()), render_number(p.bbox->east())));
  }
  std::string message;
  if (p.bbox) {
    message = fmt::format("{}; bbox order is {}", join_with_and(what), bbox_order(p.bbox->has_z()));
    if (both) message += fmt::format("; the geometry's {} are out of range too", describe_positions(p));
  } else {
    message = fmt::format("position {} lies outside the valid range (longitude in [-180, 180], latitude in "
                          "[-90, 90]); GeoJSON positions are [longitude, latitude]",
                          render(p.first_bad->value));
    if (p.bad_positions > 1) message += fmt::format(" ({} positions are affected)", p.bad_positions);
  }
  // Said as a possibility: a single typo (south=-91) also reads as valid once swapped.
  if (p.all_swapped) message += "; the values would be valid with longitude and latitude swapped";
  sink.report(pointer, message + ".");
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind != DocumentKind::kItem) return;
  auto geometry = member(ctx.root, "geometry");
  auto bbox = member(ctx.root, "bbox");
  const bool has_bbox = bbox && !bbox->is_null();
  if (geometry) {
    if (geometry->is_null() && has_bbox) {
      sink.report("/bbox", "geometry is null but a bbox is given; an Item without geometry must not have a bbox "
                           "(remove it or add the geometry).");
    } else if (!geometry->is_null() && !has_bbox) {
      sink.report(bbox ? "/bbox" : "", "the Item has a geometry but no bbox; STAC requires a bbox whenever "
                                       "geometry is not null.");
    }
  }
  RangeProblems ranges;
  if (has_bbox) check_bbox(*bbox, sink, ranges);
  if (geometry && as_object(*geometry)) check_geometry(*geometry, sink, ranges);
  report_ranges(ranges, sink);
}

const RuleInfo kMlm006 = {
    .code = "MLM006",
    .name = "invalid-bbox-or-geometry",
    .severity = Severity::kError,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "bbox and geometry are present together, well-formed and within WGS 84 ranges",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

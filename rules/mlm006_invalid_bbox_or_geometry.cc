// MLM006: an Item's geometry and bbox must be consistent with each other and with the WGS 84 ranges
// (RFC 7946): bbox of 4 or 6 numbers in [west, south, east, north] order, positions within range.
#include <cmath>

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

void check_bbox(element bbox, RuleSink& sink) {
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
  auto lat_ok = [](double v) { return v >= -90 && v <= 90; };
  auto lon_ok = [](double v) { return v >= -180 && v <= 180; };
  if (!lat_ok(b.south()) || !lat_ok(b.north()) || b.south() > b.north()) {
    sink.report("/bbox", fmt::format("latitudes must lie in [-90, 90] with south <= north (got south={}, north={}); "
                                     "bbox order is {}.",
                                     render_number(b.south()), render_number(b.north()), bbox_order(b.has_z())));
  }
  if (!lon_ok(b.west()) || !lon_ok(b.east())) {
    sink.report("/bbox", fmt::format("longitudes must lie in [-180, 180] (got west={}, east={}); bbox order is {}.",
                                     render_number(b.west()), render_number(b.east()), bbox_order(b.has_z())));
  }
  if (b.has_z() && b.zmin() > b.zmax()) {
    sink.report("/bbox", fmt::format("zmin must not exceed zmax (got zmin={}, zmax={}); bbox order is {}.",
                                     render_number(b.zmin()), render_number(b.zmax()), bbox_order(true)));
  }
}

void check_geometry(element geometry, RuleSink& sink) {
  if (auto type = string_member(geometry, "type"); type && *type == "GeometryCollection") {
    sink.report("/geometry/type", "a GeometryCollection geometry is not supported for model Items; describe the "
                                  "model's spatial domain with a Polygon or MultiPolygon.");
  }
  std::optional<Position> first_bad;
  std::size_t bad = 0;
  for_each_position(geometry, "/geometry", [&](const Position& p) {
    if (std::fabs(p.lon) <= 180 && std::fabs(p.lat) <= 90) return;
    if (bad++ == 0) first_bad = p;
  });
  if (!first_bad) return;
  std::string message = fmt::format("position {} lies outside the valid range (longitude in [-180, 180], latitude in "
                                    "[-90, 90]); GeoJSON positions are [longitude, latitude]",
                                    render(first_bad->value));
  if (bad > 1) message += fmt::format(" ({} positions are affected)", bad);
  sink.report(first_bad->pointer, message + ".");
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
  if (has_bbox) check_bbox(*bbox, sink);
  if (geometry && as_object(*geometry)) check_geometry(*geometry, sink);
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

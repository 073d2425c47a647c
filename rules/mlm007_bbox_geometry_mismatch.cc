// MLM007: the bbox of an Item should equal the extent of its geometry (stac-check's 5e-7 degree tolerance).
// Preconditions: a valid bbox (MLM006), a non-null geometry with valid positions, no antimeridian crossing.
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>

#include <fmt/format.h>

#include "support/fix_support.h"
#include "support/geometry_support.h"
#include "rule_list.h"
#include "support/support.h"

namespace mlmlint::rules {

namespace {

constexpr double kTolerance = 5e-7;

std::string render_list(const std::vector<double>& values) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + render_number(values[i]);
  return out + "]";
}

// The fix: the computed extent, in the bbox's own layout (a 6-element bbox keeps its elevations when they
// were not compared). None for a geometry wider than 180 degrees: it probably crosses the antimeridian,
// where the correct bbox has west > east and cannot be computed from the positions alone.
std::optional<Fix> extent_fix(const Bbox& bbox, double min_lon, double min_lat, double max_lon, double max_lat,
                              std::optional<std::pair<double, double>> z_range) {
  if (max_lon - min_lon > 180) return std::nullopt;
  std::vector<double> fixed = {min_lon, min_lat, max_lon, max_lat};
  if (bbox.has_z()) {
    const auto [zmin, zmax] = z_range.value_or(std::pair{bbox.zmin(), bbox.zmax()});
    fixed = {min_lon, min_lat, zmin, max_lon, max_lat, zmax};
  }
  const std::string value = render_list(fixed);
  return safe_fix("replace bbox with the geometry extent " + value, {replace_edit("/bbox", value)});
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind != DocumentKind::kItem) return;
  auto geometry = member(ctx.root, "geometry");
  auto bbox_value = member(ctx.root, "bbox");
  if (!geometry || !as_object(*geometry) || !bbox_value) return;
  auto bbox = parse_bbox(*bbox_value);
  if (!bbox || !bbox_in_range(*bbox) || bbox->west() > bbox->east()) return;

  constexpr double kInf = std::numeric_limits<double>::infinity();
  double min_lon = kInf, min_lat = kInf, min_z = kInf, max_lon = -kInf, max_lat = -kInf, max_z = -kInf;
  bool any = false, all_z = true, valid = true;
  for_each_position(*geometry, "/geometry", [&](const Position& p) {
    any = true;
    if (std::fabs(p.lon) > 180 || std::fabs(p.lat) > 90) valid = false;
    min_lon = std::min(min_lon, p.lon);
    max_lon = std::max(max_lon, p.lon);
    min_lat = std::min(min_lat, p.lat);
    max_lat = std::max(max_lat, p.lat);
    if (p.z) {
      min_z = std::min(min_z, *p.z);
      max_z = std::max(max_z, *p.z);
    } else {
      all_z = false;
    }
  });
  if (!any || !valid) return;

  const bool compare_z = bbox->has_z() && all_z;
  std::vector<std::string_view> names;
  std::vector<double> actual, expected;
  auto add = [&](std::string_view name, double bbox_value, double extent_value) {
    names.push_back(name);
    actual.push_back(bbox_value);
    expected.push_back(extent_value);
  };
  add("west", bbox->west(), min_lon);
  add("south", bbox->south(), min_lat);
  if (compare_z) add("zmin", bbox->zmin(), min_z);
  add("east", bbox->east(), max_lon);
  add("north", bbox->north(), max_lat);
  if (compare_z) add("zmax", bbox->zmax(), max_z);

  std::vector<std::string> differences;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const double diff = std::fabs(actual[i] - expected[i]);
    if (diff > kTolerance) differences.push_back(fmt::format("{} differs by {:.6g}", names[i], diff));
  }
  if (differences.empty()) return;
  std::string joined;
  for (std::size_t i = 0; i < differences.size(); ++i) joined += (i ? ", " : "") + differences[i];
  const bool horizontal_only = bbox->has_z() && !compare_z;
  sink.report("/bbox",
              fmt::format("bbox {} does not match the geometry {}extent {} ({}).", render_list(bbox->values),
                          horizontal_only ? "horizontal " : "", render_list(expected), joined),
              {},
              extent_fix(*bbox, min_lon, min_lat, max_lon, max_lat,
                         compare_z ? std::optional(std::pair{min_z, max_z}) : std::nullopt));
}

const RuleInfo kMlm007 = {
    .code = "MLM007",
    .name = "bbox-geometry-mismatch",
    .severity = Severity::kWarning,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kSafe,
    .summary = "the bbox equals the extent of the geometry",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

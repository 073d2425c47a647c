#include "tables_dimensions.h"

#include <algorithm>

#include "io_support.h"

namespace mlmlint::rules {

bool is_recommended_dimension(std::string_view name) {
  return std::find(kRecommendedDimensions.begin(), kRecommendedDimensions.end(), name) !=
         kRecommendedDimensions.end();
}

std::optional<IntegerType> integer_data_type(std::string_view name) {
  for (const auto& type : kIntegerDataTypes) {
    if (type.name == name) return type;
  }
  return std::nullopt;
}

std::optional<std::pair<std::string_view, std::string_view>> find_spatial_pair(element dim_order) {
  for (const auto& pair : kSpatialPairs) {
    if (dimension_index(dim_order, pair.first) && dimension_index(dim_order, pair.second)) return pair;
  }
  return std::nullopt;
}

}  // namespace mlmlint::rules

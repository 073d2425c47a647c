#include "mlmlint/core/tables_dimensions.h"

#include <algorithm>

namespace mlmlint {

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


}  // namespace mlmlint

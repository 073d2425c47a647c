// Shared tables about tensor dimensions and data types (RULES.md §2.2 and §2.5).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

namespace mlmlint {

// T8: dimension names recommended by README §Dimension Order (with `embedding` since v1.5.0, mlm#84),
// plus the README abbreviations in lower case. "bands" and "variables" are reserved (MLM103).
inline constexpr std::array<std::string_view, 31> kRecommendedDimensions = {
    "batch", "channel", "bands", "variables", "temperature", "pressure", "time",
    "latitude", "longitude", "altitude", "height", "width", "depth", "x", "y", "z",
    "token", "class", "score", "confidence", "embedding",
    // README abbreviations, lower-cased
    "b", "c", "t", "p", "lat", "lon", "alt", "h", "w", "d",
};

bool is_recommended_dimension(std::string_view name);

// §2.2 integer data types and their value ranges (complex integer types use the range of their parts).
struct IntegerType {
  std::string_view name;
  double minimum;
  double maximum;
};
inline constexpr std::array<IntegerType, 10> kIntegerDataTypes = {{
    {"int8", -128.0, 127.0},
    {"uint8", 0.0, 255.0},
    {"int16", -32768.0, 32767.0},
    {"uint16", 0.0, 65535.0},
    {"int32", -2147483648.0, 2147483647.0},
    {"uint32", 0.0, 4294967295.0},
    {"int64", -9223372036854775808.0, 9223372036854775807.0},
    {"uint64", 0.0, 18446744073709551615.0},
    {"cint16", -32768.0, 32767.0},
    {"cint32", -2147483648.0, 2147483647.0},
}};

// The entry of kIntegerDataTypes with this exact name, if any.
std::optional<IntegerType> integer_data_type(std::string_view name);
inline bool is_integer_data_type(std::string_view name) { return integer_data_type(name).has_value(); }

// §2.2 spatial pairs: both members of one of these must appear in a dim_order.
inline constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kSpatialPairs = {{
    {"height", "width"},
    {"h", "w"},
    {"y", "x"},
    {"lat", "lon"},
    {"latitude", "longitude"},
}};

}  // namespace mlmlint

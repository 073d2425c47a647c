// RFC 3339 date/time parsing, shared by the schema "format" check and the temporal rules.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace mlmlint {

struct DateTime {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  double fraction = 0;          // fractional seconds
  int offset_minutes = 0;       // east of UTC
  // Seconds since 0000-03-01 in UTC: comparable across offsets (leap seconds count as :59+1).
  double instant() const;
};

// "YYYY-MM-DDTHH:MM:SS[.frac](Z|+HH:MM|-HH:MM)"; 'T' and 'Z' may be lower case.
std::optional<DateTime> parse_rfc3339_date_time(std::string_view text);
bool is_rfc3339_date(std::string_view text);   // full-date
bool is_rfc3339_time(std::string_view text);   // full-time

}  // namespace mlmlint

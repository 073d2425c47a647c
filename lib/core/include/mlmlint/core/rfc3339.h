// RFC 3339 date/time parsing, shared by the schema "format" check and the temporal rules (MLM005).
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mlmlint {

// A point in time, exact: whole seconds since 0000-03-01 (proleptic Gregorian) in UTC plus the fraction digits
// without trailing zeros, so that instants written with other offsets or precisions compare exactly.
struct Instant {
  std::int64_t seconds = 0;
  std::string fraction;  // "5" for .50; empty for none
  std::strong_ordering operator<=>(const Instant& other) const {
    if (auto c = seconds <=> other.seconds; c != 0) return c;
    return fraction <=> other.fraction;  // digits after the point compare lexicographically
  }
  bool operator==(const Instant& other) const = default;
};

struct DateTime {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  std::string fraction;     // fraction digits as written, without trailing zeros
  int offset_minutes = 0;   // east of UTC
  bool utc = false;         // offset "Z" or "+00:00" ("-00:00" means an unknown local offset, RFC 3339 §4.3)
  // Comparable across offsets (a leap second counts as :59 + 1).
  Instant instant() const;
};

// "YYYY-MM-DDTHH:MM:SS[.frac](Z|+HH:MM|-HH:MM)"; 'T' and 'Z' may be lower case.
std::optional<DateTime> parse_rfc3339_date_time(std::string_view text);
bool is_rfc3339_date(std::string_view text);   // full-date
bool is_rfc3339_time(std::string_view text);   // full-time

// The instant written in UTC: "YYYY-MM-DDThh:mm:ss[.frac]Z" (for messages that suggest the UTC form).
std::string to_utc_text(const Instant& instant);

}  // namespace mlmlint

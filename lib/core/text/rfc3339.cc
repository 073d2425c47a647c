#include "mlmlint/core/rfc3339.h"

#include <fmt/format.h>

namespace mlmlint {

namespace {

// ASCII digits only (std::isdigit would follow the locale).
bool digits(std::string_view s, std::size_t pos, std::size_t count, int& out) {
  if (pos + count > s.size()) return false;
  out = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

// Days from 0000-03-01 (H. Hinnant's days_from_civil without the epoch shift).
std::int64_t day_number(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe;
}

// Parses "YYYY-MM-DD" at the start of s.
bool parse_date(std::string_view s, DateTime& dt) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
  if (!digits(s, 0, 4, dt.year) || !digits(s, 5, 2, dt.month) || !digits(s, 8, 2, dt.day)) return false;
  return dt.month >= 1 && dt.month <= 12 && dt.day >= 1 && dt.day <= days_in_month(dt.year, dt.month);
}

// Parses "HH:MM:SS[.frac](Z|±HH:MM)" exactly (the whole string).
bool parse_time(std::string_view s, DateTime& dt) {
  if (s.size() < 9 || s[2] != ':' || s[5] != ':') return false;
  if (!digits(s, 0, 2, dt.hour) || !digits(s, 3, 2, dt.minute) || !digits(s, 6, 2, dt.second)) return false;
  if (dt.hour > 23 || dt.minute > 59 || dt.second > 60) return false;
  std::size_t pos = 8;
  if (pos < s.size() && s[pos] == '.') {
    const std::size_t start = ++pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
    if (pos == start) return false;
    dt.fraction = std::string(s.substr(start, pos - start));
    while (!dt.fraction.empty() && dt.fraction.back() == '0') dt.fraction.pop_back();
  }
  const std::string_view zone = s.substr(pos);
  if (zone == "Z" || zone == "z") {
    dt.utc = true;
    return true;
  }
  int oh = 0, om = 0;
  if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':' || !digits(zone, 1, 2, oh) ||
      !digits(zone, 4, 2, om) || oh > 23 || om > 59) {
    return false;
  }
  dt.offset_minutes = (zone[0] == '+' ? 1 : -1) * (oh * 60 + om);
  dt.utc = zone == "+00:00";
  return true;
}

}  // namespace

Instant DateTime::instant() const {
  return {day_number(year, month, day) * 86400 + hour * 3600 + minute * 60 + second -
              static_cast<std::int64_t>(offset_minutes) * 60,
          fraction};
}

std::optional<DateTime> parse_rfc3339_date_time(std::string_view text) {
  DateTime dt;
  if (text.size() < 20 || !parse_date(text, dt)) return std::nullopt;
  if (text[10] != 'T' && text[10] != 't') return std::nullopt;
  if (!parse_time(text.substr(11), dt)) return std::nullopt;
  return dt;
}

bool is_rfc3339_date(std::string_view text) {
  DateTime dt;
  return text.size() == 10 && parse_date(text, dt);
}

bool is_rfc3339_time(std::string_view text) {
  DateTime dt;
  return parse_time(text, dt);
}

std::string to_utc_text(const Instant& t) {
  std::int64_t days = t.seconds / 86400;
  std::int64_t rem = t.seconds % 86400;
  if (rem < 0) {
    rem += 86400;
    --days;
  }
  // civil_from_days, relative to 0000-03-01.
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t doe = days - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t y = yoe + era * 400;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  std::string out = fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", y, m, d, rem / 3600, rem % 3600 / 60, rem % 60);
  if (!t.fraction.empty()) out += "." + t.fraction;
  return out + "Z";
}

}  // namespace mlmlint

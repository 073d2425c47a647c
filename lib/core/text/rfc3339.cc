#include "mlmlint/core/rfc3339.h"

#include <cctype>

namespace mlmlint {

namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t count, int& out) {
  if (pos + count > s.size()) return false;
  out = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
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
    ++pos;
    const std::size_t start = pos;
    double scale = 0.1;
    while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos]))) {
      dt.fraction += (s[pos] - '0') * scale;
      scale /= 10;
      ++pos;
    }
    if (pos == start) return false;
  }
  if (pos >= s.size()) return false;
  if (s[pos] == 'Z' || s[pos] == 'z') return pos + 1 == s.size();
  if (s[pos] != '+' && s[pos] != '-') return false;
  int oh = 0, om = 0;
  if (s.size() != pos + 6 || s[pos + 3] != ':' || !digits(s, pos + 1, 2, oh) || !digits(s, pos + 4, 2, om)) return false;
  if (oh > 23 || om > 59) return false;
  dt.offset_minutes = (s[pos] == '+' ? 1 : -1) * (oh * 60 + om);
  return true;
}

}  // namespace

double DateTime::instant() const {
  // Days from civil (Howard Hinnant's algorithm), then seconds, then remove the offset.
  const int y = month <= 2 ? year - 1 : year;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int mp = (month + 9) % 12;
  const int doy = (153 * mp + 2) / 5 + day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  const double days = static_cast<double>(era) * 146097 + doe;
  return days * 86400 + hour * 3600 + minute * 60 + second + fraction - offset_minutes * 60.0;
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

}  // namespace mlmlint

// MLM005: the STAC temporal fields of an Item (datetime / start_datetime / end_datetime) and the temporal
// extent of a Collection are present, well-formed RFC 3339 UTC date-times and ordered.
#include <compare>
#include <cstdint>

#include <fmt/format.h>

#include "mlmlint/core/json_pointer.h"
#include "rule_list.h"
#include "support/support.h"

namespace mlmlint::rules {

namespace {

// A parsed RFC 3339 date-time as an instant: seconds since 0000-03-01 (proleptic Gregorian) in UTC plus the
// fraction digits without trailing zeros, so that instants compare exactly.
struct Instant {
  std::int64_t seconds = 0;
  std::string fraction;
  bool utc = false;  // offset Z or +00:00
  std::strong_ordering operator<=>(const Instant& other) const {
    if (auto c = seconds <=> other.seconds; c != 0) return c;
    return fraction <=> other.fraction;  // equal-length prefix digits compare lexicographically
  }
  bool operator==(const Instant& other) const = default;
};

bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
  if (pos + n > s.size()) return false;
  out = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

bool leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap_year(y) ? 29 : kDays[m - 1];
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

// RFC 3339 §5.6 date-time: YYYY-MM-DDThh:mm:ss[.frac](Z|±hh:mm); "t"/"z" accepted.
std::optional<Instant> parse_date_time(std::string_view s) {
  int year, month, day, hour, minute, second;
  if (!digits(s, 0, 4, year) || s.size() < 20 || s[4] != '-' || !digits(s, 5, 2, month) || s[7] != '-' ||
      !digits(s, 8, 2, day) || (s[10] != 'T' && s[10] != 't') || !digits(s, 11, 2, hour) || s[13] != ':' ||
      !digits(s, 14, 2, minute) || s[16] != ':' || !digits(s, 17, 2, second)) {
    return std::nullopt;
  }
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month) || hour > 23 || minute > 59 ||
      second > 60) {
    return std::nullopt;
  }
  Instant out;
  std::size_t pos = 19;
  if (pos < s.size() && s[pos] == '.') {
    const std::size_t start = ++pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
    if (pos == start) return std::nullopt;
    out.fraction = std::string(s.substr(start, pos - start));
    while (!out.fraction.empty() && out.fraction.back() == '0') out.fraction.pop_back();
  }
  int offset_minutes = 0;
  const std::string_view zone = s.substr(pos);
  if (zone == "Z" || zone == "z") {
    out.utc = true;
  } else {
    int oh, om;
    if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || !digits(zone, 1, 2, oh) || zone[3] != ':' ||
        !digits(zone, 4, 2, om) || oh > 23 || om > 59) {
      return std::nullopt;
    }
    offset_minutes = (zone[0] == '-' ? -1 : 1) * (oh * 60 + om);
    out.utc = zone == "+00:00";
  }
  out.seconds = day_number(year, month, day) * 86400 + hour * 3600 + minute * 60 + second -
                static_cast<std::int64_t>(offset_minutes) * 60;
  return out;
}

// The same instant written in UTC with "Z" (for messages).
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

struct Field {
  std::string_view key;
  std::optional<element> value;  // absent when the member is missing
  std::string pointer;
  bool non_null() const { return value && !value->is_null(); }
};

// Case 3: validates one present, non-null field; returns its instant when it is a valid UTC date-time.
std::optional<Instant> check_format(const Field& f, RuleSink& sink) {
  if (!f.non_null()) return std::nullopt;
  auto text = as_string(*f.value);
  if (!text) {
    sink.report(f.pointer, fmt::format("{} must be an RFC 3339 date-time string{}, got {}.", f.key,
                                       f.key == "datetime" ? " or null" : "", render(*f.value)));
    return std::nullopt;
  }
  auto instant = parse_date_time(*text);
  if (!instant) {
    sink.report(f.pointer, fmt::format("{} {} is not an RFC 3339 date-time in UTC (YYYY-MM-DDThh:mm:ss[.frac]Z).",
                                       f.key, quote(*text)));
    return std::nullopt;
  }
  if (!instant->utc) {
    sink.report(f.pointer, fmt::format("{} {} is not in UTC; STAC date-times use \"Z\": {}.", f.key, quote(*text),
                                       quote(to_utc_text(*instant))));
    return std::nullopt;
  }
  return instant;
}

void check_item(const RuleContext& ctx, RuleSink& sink) {
  auto props = properties(ctx);
  if (!props) return;
  auto field = [&](std::string_view key) {
    return Field{key, member(*props, key), pointer_append("/properties", key)};
  };
  const Field datetime = field("datetime");
  const Field start = field("start_datetime");
  const Field end = field("end_datetime");

  // Case 1.
  if (!datetime.value) {
    sink.report("/properties", "\"datetime\" is missing; STAC Items require it (null is allowed only together with "
                               "start_datetime and end_datetime).");
  } else if (datetime.value->is_null() && !(start.non_null() && end.non_null())) {
    sink.report(datetime.pointer, "datetime is null but start_datetime and end_datetime are not both given; set "
                                  "datetime or give the full range.");
  }
  // Case 2.
  if (start.non_null() != end.non_null()) {
    const Field& given = start.non_null() ? start : end;
    const Field& missing = start.non_null() ? end : start;
    sink.report(given.pointer, fmt::format("{} is given without {}; a date range needs both.", given.key, missing.key));
  }
  // Cases 3 and 4.
  check_format(datetime, sink);
  auto start_instant = check_format(start, sink);
  auto end_instant = check_format(end, sink);
  if (start_instant && end_instant && *start_instant > *end_instant) {
    sink.report(start.pointer,
                fmt::format("start_datetime ({}) is after end_datetime ({}); the range is inclusive and requires "
                            "start <= end.",
                            *as_string(*start.value), *as_string(*end.value)));
  }
}

void check_collection(const RuleContext& ctx, RuleSink& sink) {
  auto extent = member(ctx.root, "extent");
  if (!extent) return;
  auto temporal = member(*extent, "temporal");
  if (!temporal) return;
  auto interval = member(*temporal, "interval");
  if (!interval) return;
  for (const auto& pair : array_entries(*interval, "/extent/temporal/interval")) {
    auto arr = as_array(pair.value);
    if (!arr || arr->size() != 2) continue;
    auto a = as_string(arr->at(0).value_unsafe());
    auto b = as_string(arr->at(1).value_unsafe());
    if (!a || !b) continue;  // null = open end; other types are the STAC schema's concern
    auto start = parse_date_time(*a);
    auto end = parse_date_time(*b);
    if (start && end && *start > *end) {
      sink.report(pointer_append(pair.pointer, std::size_t{0}),
                  fmt::format("the temporal interval starts ({}) after it ends ({}); intervals require start <= end "
                              "(use null for an open end).",
                              *a, *b));
    }
  }
}

}  // namespace

static void check(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.kind == DocumentKind::kItem) check_item(ctx, sink);
  if (ctx.kind == DocumentKind::kCollection) check_collection(ctx, sink);
}

const RuleInfo kMlm005 = {
    .code = "MLM005",
    .name = "invalid-temporal-fields",
    .severity = Severity::kError,
    .schema = SchemaRelation::kNo,
    .versions = kAllVersions,
    .fix = FixClass::kNone,
    .summary = "datetime / start_datetime / end_datetime are present, RFC 3339 UTC date-times, and ordered",
    .check = &check,
    .any_stac_document = true,
};

}  // namespace mlmlint::rules

// MLM005: the STAC temporal fields of an Item (datetime / start_datetime / end_datetime) and the temporal
// extent of a Collection are present, well-formed RFC 3339 UTC date-times and ordered.
#include <fmt/format.h>

#include "mlmlint/core/json_pointer.h"
#include "mlmlint/core/rfc3339.h"
#include "rule_list.h"
#include "support/support.h"

namespace mlmlint::rules {

namespace {

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
  auto parsed = parse_rfc3339_date_time(*text);
  if (!parsed) {
    sink.report(f.pointer, fmt::format("{} {} is not an RFC 3339 date-time in UTC (YYYY-MM-DDThh:mm:ss[.frac]Z).",
                                       f.key, quote(*text)));
    return std::nullopt;
  }
  if (!parsed->utc) {
    sink.report(f.pointer, fmt::format("{} {} is not in UTC; STAC date-times use \"Z\": {}.", f.key, quote(*text),
                                       quote(to_utc_text(parsed->instant()))));
    return std::nullopt;
  }
  return parsed->instant();
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
    auto start = parse_rfc3339_date_time(*a);
    auto end = parse_rfc3339_date_time(*b);
    if (start && end && start->instant() > end->instant()) {
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

// RFC 3339 date-times: one parser serves the schema "format" check and MLM005, so the exact instant (not a
// double), the UTC flag and the UTC spelling must hold for both.
#include "mlmlint/core/rfc3339.h"

#include <gtest/gtest.h>

namespace mlmlint {
namespace {

Instant instant_of(std::string_view text) {
  auto dt = parse_rfc3339_date_time(text);
  EXPECT_TRUE(dt.has_value()) << text;
  return dt ? dt->instant() : Instant{};
}

TEST(Rfc3339, AcceptsTheGrammarAndRejectsTheRest) {
  for (std::string_view ok : {"2024-01-01T00:00:00Z", "2024-01-01t00:00:00z", "2024-02-29T23:59:60.5+01:00",
                              "2000-02-29T12:00:00-00:00", "9999-12-31T23:59:59.000000001Z"}) {
    EXPECT_TRUE(parse_rfc3339_date_time(ok).has_value()) << ok;
  }
  for (std::string_view bad : {"", "2024-01-01", "2024-01-01 00:00:00Z", "2024-13-01T00:00:00Z",
                               "2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2024-01-01T24:00:00Z",
                               "2024-01-01T00:60:00Z", "2024-01-01T00:00:61Z", "2024-01-01T00:00:00.Z",
                               "2024-01-01T00:00:00", "2024-01-01T00:00:00+0100", "2024-01-01T00:00:00+24:00",
                               "2024-01-01T00:00:00Zjunk", "２024-01-01T00:00:00Z"}) {
    EXPECT_FALSE(parse_rfc3339_date_time(bad).has_value()) << bad;
  }
  EXPECT_TRUE(is_rfc3339_date("2024-02-29"));
  EXPECT_FALSE(is_rfc3339_date("2024-02-30"));
  EXPECT_FALSE(is_rfc3339_date("2024-02-29T00:00:00Z"));
  EXPECT_TRUE(is_rfc3339_time("23:59:60.25-05:30"));
  EXPECT_FALSE(is_rfc3339_time("23:59:60"));
}

TEST(Rfc3339, UtcMeansZOrPlusZero) {
  EXPECT_TRUE(parse_rfc3339_date_time("2024-01-01T00:00:00Z")->utc);
  EXPECT_TRUE(parse_rfc3339_date_time("2024-01-01T00:00:00+00:00")->utc);
  // "-00:00" says the local offset is unknown (RFC 3339 §4.3): the same instant, but not a UTC statement.
  EXPECT_FALSE(parse_rfc3339_date_time("2024-01-01T00:00:00-00:00")->utc);
  EXPECT_FALSE(parse_rfc3339_date_time("2024-01-01T01:00:00+01:00")->utc);
}

TEST(Rfc3339, InstantsCompareExactlyAcrossOffsetsAndPrecision) {
  EXPECT_EQ(instant_of("2024-01-01T01:00:00+01:00"), instant_of("2024-01-01T00:00:00Z"));
  EXPECT_EQ(instant_of("2023-12-31T19:30:00-04:30"), instant_of("2024-01-01T00:00:00Z"));
  EXPECT_EQ(instant_of("2024-01-01T00:00:00.500Z"), instant_of("2024-01-01T00:00:00.5Z"));
  EXPECT_EQ(instant_of("2024-01-01T00:00:00.000Z"), instant_of("2024-01-01T00:00:00Z"));
  // Beyond a double's precision at this magnitude: one nanosecond still orders.
  EXPECT_LT(instant_of("9999-12-31T23:59:59.000000001Z"), instant_of("9999-12-31T23:59:59.000000002Z"));
  EXPECT_LT(instant_of("2024-01-01T00:00:00.09Z"), instant_of("2024-01-01T00:00:00.1Z"));
  EXPECT_LT(instant_of("2023-12-31T23:59:59.999Z"), instant_of("2024-01-01T00:00:00Z"));
  // A leap second counts as :59 + 1.
  EXPECT_EQ(instant_of("2016-12-31T23:59:60Z"), instant_of("2017-01-01T00:00:00Z"));
}

TEST(Rfc3339, UtcText) {
  EXPECT_EQ(to_utc_text(instant_of("2024-01-01T01:30:00+02:00")), "2023-12-31T23:30:00Z");
  EXPECT_EQ(to_utc_text(instant_of("2024-02-29T23:00:00.250-01:00")), "2024-03-01T00:00:00.25Z");
  EXPECT_EQ(to_utc_text(instant_of("2000-03-01T00:00:00Z")), "2000-03-01T00:00:00Z");
}

}  // namespace
}  // namespace mlmlint

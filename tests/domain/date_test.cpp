#include "kith/domain/date.hpp"

#include <gtest/gtest.h>

namespace kith::domain {
namespace {

TEST(Date, ParsesAndPrintsIsoDates) {
  auto d = Date::parse("2026-03-31");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year(), 2026);
  EXPECT_EQ(d->month(), 3u);
  EXPECT_EQ(d->day(), 31u);
  EXPECT_EQ(d->to_string(), "2026-03-31");
  EXPECT_EQ(Date::parse("2028-02-29")->to_string(), "2028-02-29");
  EXPECT_EQ(Date::parse("1970-01-01")->days_since_epoch(), 0);
}

TEST(Date, RefusesWhatIsNotADay) {
  for (const char* bad : {"2026-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "26-01-01",
                          "2026/01/01", "2026-01-01T00", "", "abcd-ef-gh", "1899-12-31"}) {
    auto d = Date::parse(bad);
    ASSERT_FALSE(d) << bad;
    EXPECT_EQ(d.error().code, ErrorCode::invalid_date) << bad;
  }
}

TEST(Date, OrdersAndCountsDays) {
  const Date a = *Date::parse("2026-12-30");
  const Date b = *Date::parse("2027-01-02");
  EXPECT_LT(a, b);
  EXPECT_EQ(days_between(a, b), 3);
  EXPECT_EQ(days_between(b, a), -3);
  EXPECT_EQ(Date::from_days(b.days_since_epoch()), b);
}

}  // namespace
}  // namespace kith::domain
